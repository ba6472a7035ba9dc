"""Pictures drawn on the server as inline SVG (no script, nothing loaded from elsewhere): a treaty's
timeline, each party's status as coloured bars over time (the news lane beside the reference lane) with
the facts as marks; and the parties x treaties status grid of the dashboard.

Every shape has a ``<title>`` (the browser's tooltip, read by screen readers) and each picture a title and
a description (``role="img"``, ``aria-labelledby``); every text is escaped (markupsafe). Colours are
presentation attributes, not inline styles, so that the Content-Security-Policy holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from markupsafe import Markup

from .views import actor_name, treaty_name

COLOURS = {"signed": "#3d6aa3", "ratified": "#5f9e6e", "in_force": "#1d7a35", "suspended": "#d08a1a",
           "deratified": "#b06a00", "withdrawn": "#b02a2a", "expired": "#7d5a5a"}
NO_STATE = "#d8d8d8"
LABEL = 170        # width of the lane labels
WIDTH = 920
LANE = 18          # height of one lane
GAP = 8            # between two parties


def _year(value: str | None) -> float | None:
    """A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as a fractional year; None when undated or unreadable."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
    except ValueError:
        return None
    return year + (month - 1) / 12 + (day - 1) / 365


def _state_label(state: str | None) -> str:
    return (state or "unknown").replace("_", " ")


def _title(text: str) -> Markup:
    return Markup("<title>{}</title>").format(text)


class _Scale:
    def __init__(self, years: Iterable[float]) -> None:
        found = list(years)
        today = date.today()
        self.end = today.year + today.timetuple().tm_yday / 366
        self.start = float(int(min(found)) if found else today.year - 10)
        if self.end - self.start < 2:
            self.start = self.end - 2

    def x(self, year: float) -> float:
        return round(LABEL + (year - self.start) / (self.end - self.start) * (WIDTH - LABEL - 10), 1)

    def ticks(self) -> list[int]:
        span = self.end - self.start
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50) if span / s <= 12)
        first = int(self.start) + (-int(self.start)) % step
        return list(range(first, int(self.end) + 1, step))


def _lanes(data: dict[str, Any]) -> list[tuple[str, str, dict[str, Any] | None]]:
    """(party, basis, status row) for each party of the treaty: its news lane, then its reference lane."""
    return [(p["party"], basis, p[basis]) for p in data["parties"] for basis in ("news", "reference")]


def _bars(row: dict[str, Any] | None, party: str, basis: str, scale: _Scale, y: float) -> list[Markup]:
    steps = [(h, _year(h["date"])) for h in (row or {}).get("history", [])]
    dated = [(h, at) for h, at in steps if at is not None]
    out: list[Markup] = []
    for i, (h, at) in enumerate(dated):
        until = dated[i + 1][1] if i + 1 < len(dated) else scale.end
        end_text = dated[i + 1][0]["date"] if i + 1 < len(dated) else "today"
        x0, x1 = scale.x(at), scale.x(max(until, at))
        tip = (f"{actor_name(party)} ({basis}): {_state_label(h['state'])} from {h['date']} to {end_text}"
               f" ({h['event'].replace('_', ' ')}{', via ' + actor_name(h['via']) if h.get('via') else ''})")
        rect = Markup('<rect x="{}" y="{}" width="{}" height="{}" fill="{}">{}</rect>').format(
            x0, y + 2, max(round(x1 - x0, 1), 1.5), LANE - 4, COLOURS.get(h["state"], NO_STATE), _title(tip))
        if h.get("fact"):
            rect = Markup('<a href="/facts/{}" aria-label="{}">{}</a>').format(h["fact"], tip, rect)
        out.append(rect)
    return out


def _marks(facts: Sequence[dict[str, Any]], rows: dict[str, float], scale: _Scale) -> list[Markup]:
    out: list[Markup] = []
    for f in facts:
        at = _year(f.get("date"))
        if at is None:
            continue
        y = rows.get(f.get("actor") or "", rows["__other__"]) + LANE / 2
        tip = (f"{f['date']}: {f['event'].replace('_', ' ')}"
               f"{' by ' + actor_name(f['actor']) if f.get('actor') else ''} ({f['modality']}, "
               f"{f['sources']} source{'s' if f['sources'] != 1 else ''})")
        out.append(Markup('<a href="/facts/{}" aria-label="{}"><circle class="mark" cx="{}" cy="{}" r="4" '
                          'fill="#ffffff" stroke="#222222" stroke-width="1.5">{}</circle></a>').format(
            f["id"], tip, scale.x(at), y, _title(tip)))
    return out


def _axis(scale: _Scale, top: float, bottom: float) -> list[Markup]:
    out = []
    for year in scale.ticks():
        x = scale.x(year)
        out.append(Markup('<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="#e4e4e4"/>'
                          '<text x="{0}" y="{3}" text-anchor="middle" font-size="11" fill="#555555">{4}'
                          '</text>')
                   .format(x, top, bottom, bottom + 13, year))
    return out


def _legend(y: float, left: float = LABEL, marks: bool = True) -> Markup:
    items, x = [], float(left)
    for state, colour in COLOURS.items():
        items.append(Markup('<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" '
                            'font-size="11" fill="#333333">{}</text>').format(x, y, colour, x + 16, y + 10,
                                                                              _state_label(state)))
        x += 24 + 7 * len(_state_label(state))
    if not marks:
        items.append(Markup('<text x="{}" y="{}" font-size="11" fill="#333333">left: news · right: reference'
                            '</text>').format(x, y + 10))
        return Markup("").join(items)
    items.append(Markup('<circle cx="{}" cy="{}" r="4" fill="#ffffff" stroke="#222222" stroke-width="1.5"/>'
                        '<text x="{}" y="{}" font-size="11" fill="#333333">a fact (opens its evidence)'
                        '</text>')
                 .format(x + 4, y + 6, x + 12, y + 10))
    return Markup("").join(items)


def _svg(name: str, width: float, height: float, title: str, desc: str, body: Iterable[Markup]) -> Markup:
    return Markup('<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
                  'height="{h}" role="img" aria-labelledby="{n}-title {n}-desc">'
                  '<title id="{n}-title">{t}</title>'
                  '<desc id="{n}-desc">{d}</desc>{b}</svg>').format(
        n=name, w=width, h=height, t=title, d=desc, b=Markup("").join(body))


def treaty_timeline(data: dict[str, Any]) -> Markup:
    """A treaty page's picture: ``data`` is views.treaty's answer."""
    lanes = _lanes(data)
    years = [y for _, _, row in lanes for h in (row or {}).get("history", []) if (y := _year(h["date"]))]
    years += [y for f in data["facts"] if (y := _year(f.get("date")))]
    scale = _Scale(years)
    body: list[Markup] = []
    rows: dict[str, float] = {}
    y = 4.0
    for i, (party, basis, row) in enumerate(lanes):
        if basis == "news":
            rows[party] = y
            if i:
                y += GAP
                rows[party] = y
        label = f"{actor_name(party)} · news" if basis == "news" else "reference"
        body.append(Markup('<text x="{}" y="{}" text-anchor="end" font-size="12" fill="#222222">{}</text>')
                    .format(LABEL - 8, y + LANE - 5, label))
        body.append(Markup('<rect x="{}" y="{}" width="{}" height="{}" fill="#f6f6f6"/>').format(
            LABEL, y + 2, WIDTH - LABEL - 10, LANE - 4))
        body += _bars(row, party, basis, scale, y)
        y += LANE
    rows["__other__"] = y + GAP
    body.append(Markup('<text x="{}" y="{}" text-anchor="end" font-size="12" fill="#222222">other facts'
                       '</text>')
                .format(LABEL - 8, y + GAP + LANE - 5))
    bottom = y + GAP + LANE
    body = _axis(scale, 0, bottom) + body + _marks(data["facts"], rows, scale)
    body.append(_legend(bottom + 22))
    parties = ", ".join(actor_name(p["party"]) for p in data["parties"]) or "no party recorded"
    desc = (f"Status over time of each party to the {data['name']} ({parties}): the news lane (what the "
            f"articles say) above the reference lane (the public record), coloured by status; "
            f"{len([f for f in data['facts'] if _year(f.get('date'))])} dated facts as marks.")
    return _svg(f"tl-{data['slug']}", WIDTH, bottom + 44, f"{data['name']}: status of each party over time",
                desc, body)


def status_grid(status: Sequence[dict[str, Any]]) -> Markup:
    """The dashboard's parties x treaties grid: ``status`` is views.overview's answer. Each cell: the news
    state (left half) beside the reference state (right half); grey where a party has no row."""
    treaties = list(status)
    parties: list[str] = []
    for t in treaties:
        parties += [p["party"] for p in t["parties"] if p["party"] not in parties]
    cell, head, left = 64, 110, 150
    body: list[Markup] = []
    for j, t in enumerate(treaties):
        x = left + j * cell + cell / 2
        name = t["name"] if len(t["name"]) <= 20 else t["name"][:19] + "…"
        body.append(Markup('<a href="/treaties/{s}" aria-label="{full}"><text x="{x}" y="{y}" font-size="11" '
                           'fill="#222222" transform="rotate(-40 {x} {y})">{n}{tip}</text></a>').format(
            s=t["slug"], x=x, y=head - 6, n=name, full=t["title"], tip=_title(t["title"])))
    for i, party in enumerate(parties):
        y = head + i * 22
        body.append(Markup('<text x="{}" y="{}" text-anchor="end" font-size="12" fill="#222222">{}</text>')
                    .format(left - 8, y + 15, actor_name(party)))
        for j, t in enumerate(treaties):
            row = next((p for p in t["parties"] if p["party"] == party), None)
            x = left + j * cell
            if row is None:
                body.append(Markup('<rect x="{}" y="{}" width="{}" height="18" fill="none" '
                                   'stroke="#e4e4e4"/>')
                            .format(x + 2, y + 2, cell - 4))
                continue
            body.append(_grid_cell(t, party, row, x, y, cell))
    height = head + len(parties) * 22 + 10
    body.append(_legend(height + 4, left, marks=False))
    height += 26
    desc = (f"{len(parties)} parties by {len(treaties)} treaties; each cell shows the status the news gives "
            "(left half) and the public record's (right half), coloured by status; a cell opens the treaty.")
    return _svg("grid", max(left + len(treaties) * cell + 60, 820), height,
                "Status of each party to each treaty", desc, body)


def _since(row: dict[str, Any] | None) -> str:
    if row is None:
        return "nothing recorded"
    dates = " / ".join(row.get("dates", []))
    state = _state_label(row["state"]) if row["state"] or not row.get("never") else "not a party"
    return f"{state} since {dates}" if dates else state


def _grid_cell(t: dict[str, Any], party: str, row: dict[str, Any], x: float, y: float, cell: float) -> Markup:
    tip = (f"{actor_name(party)} · {treaty_name(t['slug'])}: news: {_since(row['news'])}; "
           f"reference: {_since(row['reference'])}")
    half = (cell - 4) / 2
    news = COLOURS.get((row["news"] or {}).get("state") or "", NO_STATE)
    ref = COLOURS.get((row["reference"] or {}).get("state") or "", NO_STATE)
    return Markup('<a href="/treaties/{}" aria-label="{}"><g>{}<rect x="{}" y="{}" width="{}" height="18" '
                  'fill="{}"/><rect x="{}" y="{}" width="{}" height="18" fill="{}" opacity="0.75"/>'
                  '</g></a>').format(
        t["slug"], tip, _title(tip), x + 2, y + 2, half, news, x + 2 + half, y + 2, half, ref)
