"""Dates counted from the date before them: "2010年に署名され、翌年発効した" (the following year is 2011),
"次日生效", "이듬해", "năm sau đó". Such a word is relative to the story's last date, not to the day of
publication (which is what dateparser's tables make of 翌年, beside 来年 "next year").

The words are data (``date_words``: following_year, following_month, following_day); the anchor is the
nearest date before the word, within ``REACH`` characters, that states its year at the precision the
word needs (a year for the following year, a month for the following month, a day for the next day).
Without one the word dates nothing: a wrong year is worse than none.

``same_day`` words ("이날", "当天", "the same day") point back to the last day the text stated (within
``SAME_DAY_REACH``): "부시 대통령은 13일 ... 이날" is the 13th, not the day of publication. With no day
before them they keep what the language's other tables make of them (often "today").

``same_year`` words ("the same year", "того же года", "tahun yang sama", "同年") are the year of the last
date that states one (within ``SAME_DAY_REACH``); beside a date without its year ("24 September of the
same year", "同年9月24日") they give that date its year. Without such a year they date nothing.

``not_dates`` phrases (forms of more than one word) hold a relative word but date nothing: vi "năm sau
khi" is "the year after [something]", not "next year" (năm sau); "một năm trước khi" "a year before": a
date found overlapping one is dropped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from datetime import timedelta

from ..lexicon.patterns import prefix_tree
from ..lexicon.types import LanguagePack
from ..models import DateMention
from .datecalc import parse_iso
from .datewords import per_pack

__all__ = ["FOLLOWING_KEYS", "following_dates"]

FOLLOWING_KEYS = {"following_year": "year", "following_month": "month", "following_day": "day",
                  "same_day": "day", "same_year": "year"}
REACH = 200            # characters back to the date a "following year" counts from
SAME_DAY_REACH = 1500  # ... and to the day "이날", "当天", "the same day" points back to
_RANK = {"year": 0, "month": 1, "day": 2}


def following_dates(text: str, pack: LanguagePack,
                    mentions: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """``mentions`` with each following-word dated from its anchor (or dropped when it has none)."""
    gate = per_pack(_GATES, pack, _gate)
    if gate is None or gate.search(text) is None:
        return tuple(mentions)  # no such word in the text (most texts): one search, not one per form
    found = [(m, key) for key in FOLLOWING_KEYS for m in _occurrences(text, pack.date_words.get(key, ()))]
    phrases = _occurrences(text, _phrases(pack))
    if not found and not phrases:
        return tuple(mentions)
    words = [(m, FOLLOWING_KEYS[key]) for m, key in found]
    same = {m.start() for m, key in found if key == "same_day"}
    kept = [d for d in mentions
            if not any(d.start < m.end() and m.start() < d.end for m in [w for w, _ in words] + phrases)]
    for m, key in found:
        if key == "same_year":
            _same_year(text, m, kept)
    for m, key in found:
        if key == "same_year":
            continue
        unit = FOLLOWING_KEYS[key]
        reach = SAME_DAY_REACH if m.start() in same else REACH
        anchors = [d for d in kept if d.end <= m.start() and m.start() - d.end <= reach and d.value
                   and (not d.value.startswith("X") or m.start() in same)  # the same day keeps an unknown year
                   and _RANK[d.precision] >= _RANK[unit]]
        if anchors:
            value = anchors[-1].value if m.start() in same else _next(anchors[-1].value or "", unit)
            if value:
                kept.append(DateMention(m.start(), m.end(), m.group(), value, unit))  # type: ignore[arg-type]
        elif m.start() in same:
            # no day before it: "this day" is the article's own (dateparser's "today", if it reads it so)
            kept += [d for d in mentions if d.start < m.end() and m.start() < d.end]
    return tuple(sorted(kept, key=lambda d: (d.start, d.end)))


_BESIDE = re.compile(r"[\s,،]{0,3}(?:\w{1,3}\s{1,2})?")   # between a yearless date and "(of) the same year"


def _same_year(text: str, word: re.Match[str], kept: list[DateMention]) -> None:
    """Date ``word`` (a same-year word) in ``kept``: the year of the last date before it that states one;
    a date without its year right beside it takes that year and the word into its span."""
    yearless = [d for d in kept if d.value and d.value.startswith("XXXX")
                and ((d.end <= word.start() and _BESIDE.fullmatch(text, d.end, word.start()))
                     or (d.start >= word.end() and _BESIDE.fullmatch(text, word.end(), d.start)))]
    beside = yearless[0] if yearless else None
    anchors = [d for d in kept if d.end <= word.start() and word.start() - d.end <= SAME_DAY_REACH
               and d is not beside and d.value and d.value[:4].isdigit()]
    if not anchors:
        return
    year = (max(anchors, key=lambda d: d.end).value or "")[:4]
    if beside is None:
        kept.append(DateMention(word.start(), word.end(), word.group(), year, "year"))
        return
    start, end = min(beside.start, word.start()), max(beside.end, word.end())
    kept.remove(beside)
    kept.append(DateMention(start, end, text[start:end], year + (beside.value or "")[4:], beside.precision,
                            beside.relative))


# The search for any following-word of each pack seen (datewords.per_pack): asked for every article.
_GATES: dict[int, tuple[LanguagePack, re.Pattern[str] | None]] = {}


def _gate(pack: LanguagePack) -> re.Pattern[str] | None:
    forms = tuple(f for key in FOLLOWING_KEYS for f in pack.date_words.get(key, ())) + _phrases(pack)
    return _any_of(forms) if forms else None


def _phrases(pack: LanguagePack) -> tuple[str, ...]:
    """The pack's ``not_dates`` forms of more than one word: phrases that date nothing ("năm sau khi")."""
    return tuple(f for f in pack.date_words.get("not_dates", ()) if " " in f.strip())


@functools.cache
def _any_of(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``forms`` anywhere (inside words too): where none is found, ``_occurrences`` finds none.
    (Their first letters are tested at once first: one test at most positions, not one per form.)"""
    any_form = "|".join(re.escape(f) for f in forms)
    if not all(forms):
        return re.compile(any_form, re.IGNORECASE)  # an empty form is found anywhere
    # (the forms as a tree of their letters, not a list tried in turn; a space in one is any space there:
    # it finds every place a form is written, and ``_occurrences`` reads each exactly)
    firsts = set(f[0] for f in forms)
    gate = "".join(re.escape(c) for c in sorted(firsts - {" "})) + (r"\s" if " " in firsts else "")
    return re.compile(f"(?=[{gate}])(?:{prefix_tree(set(forms))})", re.IGNORECASE)


def _occurrences(text: str, forms: Sequence[str]) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for form in sorted(forms, key=len, reverse=True):
        # a word of a script with spaces stands whole; Han, kana, Hangul and Thai run into their neighbours
        edge = "" if _unspaced(form[0]) else r"(?<!\w)"
        tail = "" if _unspaced(form[-1]) else r"(?!\w)"
        for m in re.finditer(edge + re.escape(form) + tail, text, re.IGNORECASE):
            if not any(o.start() < m.end() and m.start() < o.end() for o in found):
                found.append(m)
    return found


def _unspaced(char: str) -> bool:
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"))


def _next(value: str, unit: str) -> str | None:
    """The year, month or day after the one ``value`` (YYYY, YYYY-MM, YYYY-MM-DD) falls in."""
    year = int(value[:4])
    if unit == "year":
        return f"{year + 1:04d}"
    if unit == "month":
        month = int(value[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    day = parse_iso(value)
    return (day + timedelta(days=1)).isoformat() if day else None
