"""When a bare four-digit number is a year, and when it is a quantity.

"1,550 warheads", "700 missiles", "35 стран", "Story Code : 1146609" and "RS 12M" never reach here
(not four digits standing alone). What does: "in 2019", "the 2011 package", "seit 2023",
"عام 1987", "năm 2026", "2000 troops", "Resolution 2094", "$2012", "1990s". The rule:
- with a year word before it (năm, عام, سال, year, Jahr: dateparser's words for "year"): a year
  from 1800 to 2100;
- else a year from 1900 to 2060 that stands alone: not glued to letters ("1990s", "1990er",
  "1990-х"), not after a currency sign or a number sign, not before a unit or percent, not part of
  a number written with spaces ("1 950 000");
- a round hundred (1900, 2000, 2100), or a later year (2061–2100), is a count as often as a year:
  it needs a cue word just before it (in, в, في, en: dateparser's small date words) and nothing but
  punctuation or the end of the line after it.
"""

from __future__ import annotations

import re

_GLUED_AFTER = re.compile(r"[^\W\d_]|[-–][^\W\d_]")
_MONEY_OR_NUMBER_BEFORE = re.compile(r"(?:[$€£¥₽#№]|(?<![^\W\d_])(?:No|Nr|Nº|n°)\.?)\s*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*(?:[%‰$€£¥₽]|(?:km|kg|kt|Mt|MW|mm|cm)(?!\w))")
_THOUSANDS = re.compile(r"\d[ \u00a0\u202f]$")
_THOUSANDS_AFTER = re.compile(r"[ \u00a0\u202f]\d{3}(?!\d)")
_CLOSED = re.compile(r"\s*(?:[,.;:!?)\]»”\"'’]|$)")


def accept_year(text: str, start: int, end: int, year_word: bool, cues: frozenset[str], compact: bool,
                year: int | None = None) -> bool:
    """Whether ``text[start:end]`` (four digits) is a year in its context; ``year``: the Gregorian year
    it states when another calendar's (th 2566 -> 2023), else the number itself."""
    year = int(text[start:end]) if year is None else year
    if year_word:
        return 1800 <= year <= 2100
    before, after = text[max(0, start - 8):start], text[end:end + 8]
    if not compact and _GLUED_AFTER.match(after):
        return False
    if _MONEY_OR_NUMBER_BEFORE.search(before) or _UNIT_AFTER.match(after):
        return False
    if _THOUSANDS.search(before) or _THOUSANDS_AFTER.match(after):
        return False
    if year % 100 == 0 or year > 2060:
        return 1900 <= year <= 2100 and _cue_before(text, start, cues) and bool(_CLOSED.match(after))
    return 1900 <= year <= 2060


def _cue_before(text: str, start: int, cues: frozenset[str]) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].casefold() in cues
