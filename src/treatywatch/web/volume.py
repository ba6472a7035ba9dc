"""Articles per day by language, drawn on the server as SVG (web/charts.py's conventions: no script,
every shape titled, colours as attributes): one stacked bar per day, one colour per language (the most
frequent ones; the rest together as "other"), a legend with each language's total."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from markupsafe import Markup

from .charts import _svg, _title

PALETTE = ("#3d6aa3", "#d08a1a", "#5f9e6e", "#b02a2a", "#7a5aa6", "#2a9ab0", "#a0862a", "#c0568a")
OTHER = "#9a9a9a"
WIDTH, HEIGHT, LEFT, TOP = 920, 160, 40, 8


def _days(first: str, last: str) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def _colours(counts: dict[str, dict[str, int]]) -> dict[str, str]:
    totals: dict[str, int] = {}
    for by_lang in counts.values():
        for lang, n in by_lang.items():
            totals[lang] = totals.get(lang, 0) + n
    ranked = sorted(totals, key=lambda lang: (-totals[lang], lang))
    return {lang: PALETTE[i] if i < len(PALETTE) else OTHER for i, lang in enumerate(ranked)}


def _legend(counts: dict[str, dict[str, int]], colours: dict[str, str], y: float) -> list[Markup]:
    totals: dict[str, int] = {}
    for by_lang in counts.values():
        for lang, n in by_lang.items():
            key = lang if colours[lang] != OTHER else "other"
            totals[key] = totals.get(key, 0) + n
    out, x = [], float(LEFT)
    for lang, n in sorted(totals.items(), key=lambda kv: (kv[0] == "other", -kv[1], kv[0])):
        colour = OTHER if lang == "other" else colours[lang]
        label = f"{lang} {n}"
        out.append(Markup('<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" '
                          'font-size="11" fill="#333333">{}</text>').format(x, y, colour, x + 16, y + 10, label))
        x += 28 + 7 * len(label)
    return out


def articles_per_day(data: dict[str, Any]) -> Markup:
    """``data``: know.articles.per_day's answer. An empty picture says so in its description."""
    counts: dict[str, dict[str, int]] = data["counts"]
    if not data["first"] or not data["last"]:
        return _svg("per-day", WIDTH, 40, "Articles per day by language", "No dated article to count.",
                    [Markup('<text x="{}" y="24" font-size="12" fill="#555555">No dated article.</text>')
                     .format(LEFT)])
    days = _days(data["first"], data["last"])
    colours = _colours(counts)
    peak = max((sum(v.values()) for v in counts.values()), default=1) or 1
    step = (WIDTH - LEFT - 10) / len(days)
    body: list[Markup] = [Markup('<text x="{}" y="{}" text-anchor="end" font-size="11" fill="#555555">{}</text>'
                                 '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#bbbbbb"/>').format(
        LEFT - 4, TOP + 10, peak, LEFT, WIDTH - 10, TOP + HEIGHT, TOP + HEIGHT)]
    for i, day in enumerate(days):
        x, y = LEFT + i * step, float(TOP + HEIGHT)
        by_lang = counts.get(day, {})
        for lang, n in sorted(by_lang.items(), key=lambda kv: (-kv[1], kv[0])):
            h = n / peak * HEIGHT
            y -= h
            tip = f"{day}: {n} in {lang} (of {sum(by_lang.values())})"
            body.append(Markup('<a href="/articles?lang={l}&amp;since={d}&amp;until={d}" aria-label="{t}">'
                               '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{c}">{tt}</rect></a>').format(
                l=lang, d=day, t=tip, x=round(x + 0.5, 1), y=round(y, 1), w=round(max(step - 1, 1), 1),
                h=round(h, 1), c=colours[lang], tt=_title(tip)))
        if i % max(1, len(days) // 8) == 0:
            body.append(Markup('<text x="{}" y="{}" font-size="11" fill="#555555">{}</text>').format(
                round(x, 1), TOP + HEIGHT + 14, day))
    body += _legend(counts, colours, TOP + HEIGHT + 24)
    total = sum(sum(v.values()) for v in counts.values())
    desc = (f"{total} articles published from {days[0]} to {days[-1]}, one stacked bar per day, coloured by "
            f"language ({len(colours)} languages); a bar opens that day's articles in that language.")
    return _svg("per-day", WIDTH, TOP + HEIGHT + 44, "Articles per day by language", desc, body)
