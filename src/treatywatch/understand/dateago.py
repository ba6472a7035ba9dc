"""Dates counted back from the day of publication: "three years ago", "2 месяца назад", "قبل ثلاث
سنوات", "两年前", "vor zwei Jahren"; and "last year" joined to the month beside it ("지난해 9월", "昨年9月",
"September last year", "سبتمبر من العام الماضي": September of last year, not the year alone).

The words around the number are dateparser's, as its tables write "3 years ago" in each language
(``ago-templates`` of data/dateparser/<code>.yaml, written by bench/gen_dateparser_tables.py), with every
form the table gives for the unit (so Russian "лет" joins "года"); the number is digits or one of the
language's ``number_words`` (data/languages/<code>.yaml). The date has the precision of its unit: "three
years ago", written in 2026, is 2023; "two months ago" a month; "five days ago" a day. Without a
publication date nothing is counted (the expression still stands, so no other day is lent to it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..lexicon.patterns import compiled, prefix_tree
from ..lexicon.types import LanguagePack
from ..models import DateMention
from .datecalc import parse_iso
from .datewords import dateparser_table, per_pack

__all__ = ["ago_dates", "with_relative_years"]

_UNITS = ("year", "month", "day")
_NUMBER = r"\(\\d\+\+\[\.,\]\?\\d\*\+\)"   # dateparser's number group, as its templates write it
_MOST = {"year": 60, "month": 36, "day": 60}   # further back than this, the number is not a count of units
# The patterns built for each pack seen (datewords.per_pack).
_BUILT: dict[int, tuple[LanguagePack, _Grammar | None]] = {}


def ago_dates(text: str, pack: LanguagePack, published: str | None,
              mentions: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """``mentions`` with every "N units ago" the text writes, where no other date stands."""
    grammar = _grammar(pack)
    # (the whole phrases first: a cue alone is often a letter or a short word, ru "д", it "gg", ro "de",
    # dateparser's abbreviations, and most texts write one; where no alternative's phrase is written,
    # none can match)
    if grammar is None or (grammar.needed is not None and grammar.needed.search(text) is None):
        return tuple(mentions)
    if grammar.cue.search(text) is None:
        return tuple(mentions)  # no "ago" word: one search
    day = parse_iso(published)
    found: list[DateMention] = []
    for m in grammar.pattern.finditer(text):
        if m.lastindex is None or any(d.start < m.end() and m.start() < d.end for d in mentions):
            continue
        unit = grammar.units[m.lastindex - 1]
        written = m.group(m.lastindex)
        count = int(written) if written.isdigit() else grammar.numbers.get(written.casefold())
        if count is None or not 0 < count <= _MOST[unit]:
            continue
        value = _back(day, unit, count) if day is not None else None
        found.append(DateMention(m.start(), m.end(), m.group(), value, unit, relative=True))  # type: ignore[arg-type]
    if not found:
        return tuple(mentions)
    return tuple(sorted([*mentions, *found], key=lambda d: (d.start, d.end)))


# What may stand between a month and the relative year it belongs to: spaces and a short linking word
# ("of", "من", "de"), nothing where words are not spaced.
_JOIN = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?", re.UNICODE)


def with_relative_years(text: str, mentions: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """``mentions`` with a month of unknown year ("9월", "September", XXXX-09) and the relative year
    right beside it ("지난해", "last year": 2025) made one date of that month (2025-09), either order."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        joined = _joined(a, b, text) or _joined(b, a, text)
        if joined is not None and _JOIN.fullmatch(text[a.end:b.start]):
            out[i:i + 2] = [joined]
            continue
        i += 1
    return tuple(out)


def _joined(year: DateMention, month: DateMention, text: str) -> DateMention | None:
    if not (year.relative and year.precision == "year" and year.value and year.value[:4].isdigit()
            and month.value and month.value.startswith("XXXX-") and not month.relative):
        return None
    start, end = min(year.start, month.start), max(year.end, month.end)
    return DateMention(start, end, text[start:end], year.value[:4] + month.value[4:], month.precision,
                       relative=True)


def _back(day: date, unit: str, count: int) -> str:
    """The day ``count`` units before ``day``, at the unit's precision."""
    if unit == "year":
        return f"{day.year - count:04d}"
    if unit == "month":
        months = day.year * 12 + day.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (day - timedelta(days=count)).isoformat()


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str]      # one alternative per way of writing it, its number the only group
    units: tuple[str, ...]        # the unit of each alternative's group, by the group's number
    cue: re.Pattern[str]          # the words that say "ago" (not the units'): a text without one has none
    numbers: dict[str, int]       # number words, casefolded
    # the longer of the words before and after the number of each alternative, as written (the
    # alternative matches only where they stand): a text without any of them has no match. None where
    # an alternative is a number alone
    needed: re.Pattern[str] | None = None


def _grammar(pack: LanguagePack) -> _Grammar | None:
    return per_pack(_BUILT, pack, _build)


def _build(pack: LanguagePack) -> _Grammar | None:
    table = dateparser_table(pack.code)
    templates = table.get("ago-templates") or {}
    compact = bool(table.get("no_word_spacing"))
    words = sorted({f for forms in pack.number_words.values() for f in forms}, key=len, reverse=True)
    number = "(" + "|".join([r"\d{1,2}", *map(re.escape, words)]) + ")"
    gap, edge = (r"\s*", (r"(?<!\d)", r"(?!\d)")) if compact else (r"\s+", (r"(?<!\w)", r"(?!\w)"))
    alternatives: list[str] = []
    units: list[str] = []
    cues: set[str] = set()
    befores: set[str] = set()   # the words an alternative opens with, when it opens with no number
    needed: set[str] = set()    # of each alternative, the longer of its words before and after the number
    for unit in _UNITS:
        unit_words = [str(w) for w in table.get(unit) or []]
        # the language's own "ago" words join dateparser's templates: "N <unit> ago_after", "ago_before N <unit>"
        own = [(w, u) for w in pack.date_words.get("ago_before", ()) for u in unit_words] + [
            ("", f"{u} {w}") for w in pack.date_words.get("ago_after", ()) for u in unit_words]
        for before, after in [*_sides(templates.get(unit) or [], unit_words), *own]:
            alternatives.append((re.escape(before) + gap if before else "") + number
                                + ((r"\s*" if compact else gap) + re.escape(after) if after else ""))
            units.append(unit)
            befores.update([before] if before else ())
            needed.add(max(before, after, key=len))
            cues.update(w for w in (before, *after.split()) if w and w.casefold() not in
                        {u.casefold() for u in unit_words})
    if not alternatives or not cues:
        return None
    # Every alternative opens with a digit, a number word or its word before the number: one cheap test
    # per position (their first three letters) instead of trying each alternative there, as the date
    # grammar's gate does (dategrammar.py); it only rules out positions where no alternative can match
    gate = rf"(?=\d|{prefix_tree({w[:3] for w in (*words, *befores)})})" if all([*words, *befores]) else ""
    # compiled once per machine, not once per process (lexicon/patterns.py): some 4 ms a language
    pattern = compiled(f"{edge[0]}{gate}(?:{'|'.join(alternatives)}){edge[1]}", re.IGNORECASE)
    cue = compiled("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)), re.IGNORECASE)
    numbers = {f.casefold(): n for n, forms in pack.number_words.items() for f in forms}
    # (the phrases as a tree of their letters, under the pattern's own flag; their first letters tested at
    # once before it. A space in a phrase is any space there: found wherever the phrase is, and more)
    firsts = {w[0] for w in needed if w}
    gate = "".join(re.escape(c) for c in sorted(firsts - {" "})) + (r"\s" if " " in firsts else "")
    phrases = compiled(f"(?=[{gate}])(?:{prefix_tree(needed)})", re.IGNORECASE) if all(needed) else None
    return _Grammar(pattern, tuple(units), cue, numbers, phrases)


def _sides(templates: list[str], unit_words: list[str]) -> list[tuple[str, str]]:
    """The words before and after the number in each template, and the same with every other form of
    the unit the table gives in the place of the template's own ("(\\d+) года назад": "лет назад" too)."""
    by_length = sorted(unit_words, key=len, reverse=True)
    out: dict[tuple[str, str], None] = {}
    for template in templates:
        parts = re.split(_NUMBER, template)
        if len(parts) != 2:
            continue
        before, after = (p.strip() for p in parts)
        out[(before, after)] = None
        own = next((w for w in by_length if after.casefold().startswith(w.casefold())), None)
        if own is not None:   # "N <unit> ago": the unit follows the number
            out.update(((before, (w + after[len(own):]).strip()), None) for w in unit_words)
        own = next((w for w in by_length if before.casefold().endswith(w.casefold())), None)
        if own is not None and not after:
            out.update((((before[:len(before) - len(own)] + w).strip(), after), None) for w in unit_words)
    return list(out)
