"""Years written with two digits ("19年に失効した", "21年に合意した"): Japanese news writes a year so once
the century is plain. The forms that follow such a year are data (``date_words: short_year``: ja "年に",
"年まで"); the century is the publication's, or the one before when that puts the year ahead of it.
A year read so must lie within ``_PAST`` years before the publication or ``_AHEAD`` after it: "50年に
及ぶ" (spanning fifty years) is a length of time, not 1950."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..lexicon.types import LanguagePack
from ..models import DateMention
from .datecalc import parse_iso

_PAST = 30
_AHEAD = 5


@cache
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\d０-９.,:/])(\d{2})(?:" + "|".join(map(re.escape, forms)) + ")")


def short_years(text: str, pack: LanguagePack, published: str | None,
                mentions: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """``mentions`` with the two-digit years of the text added, in order."""
    forms = tuple(pack.date_words.get("short_year", ()))
    pub = parse_iso(published)
    if not forms or pub is None:
        return tuple(mentions)
    added = []
    for m in _pattern(forms).finditer(text):
        year = 2000 + int(m.group(1))
        if year > pub.year + _AHEAD:
            year -= 100
        if not pub.year - _PAST <= year <= pub.year + _AHEAD:
            continue
        start, end = m.start(), m.start(1) + len(m.group(1)) + 1   # "19年": the number and its year word
        if any(d.start < end and start < d.end for d in mentions):
            continue
        added.append(DateMention(start, end, text[start:end], f"{year:04d}", "year"))
    if not added:
        return tuple(mentions)
    return tuple(sorted([*mentions, *added], key=lambda d: d.start))
