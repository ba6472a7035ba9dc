"""Publication dates stated in an article's own first lines (a dateline) or in its metadata strings.

A dateline is a short line near the top that is nothing but a full date, perhaps with a weekday and a
time: "Tuesday 9 July 2024 - 06:04" (seeds/002), "3 Feb 2021 17:56" (corpus d01),
"Wed 03rd February 2021 | 06:40 PM" (corpus d02). A date inside a sentence is not a dateline:
dateparser is asked to read the whole line, and it fails when other words remain.

dateparser fills a missing year or day from today ("9 July" → this year), so a date counts only
when the line itself states its day, month and year: STRICT_PARSING plus a check that the year and
the day it returns are numbers written in the line.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import dateparser

# Datelines are short; the longest seen (corpus d02) is 33 characters.
MAX_DATELINE_CHARS = 60
# How many non-blank lines from the top may hold the dateline (d02 has it on its third).
DATELINE_LINES = 5
# Above the body (the first line of running text, PARAGRAPH_CHARS or longer) a page's chrome may
# print more stamps, down to this many lines from the top.
HEAD_LINES_MAX = 30
PARAGRAPH_CHARS = 150
_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    # Never the clock: a relative word would resolve against this, and then fail the year check.
    "RELATIVE_BASE": datetime(1900, 1, 1),
}
_NUMBER = re.compile(r"\d+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d])")
# "09/07/2024": day-month or month-day? Unless the language is known, it is a guess.
_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-]\d{4}(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
# Up to three words and a colon before the first digit: a dateline's label ("Publié le", "Updated:").
_LABEL = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s*){1,3}:?\s*(?=\d)")
_YEARS = range(1900, 2101)


def _languages() -> list[str]:
    """The languages treatywatch has data for (languages/<code>.yaml of the data directory in effect)
    that dateparser reads: trying only these keeps it from testing some 200 locales on every line
    (10 ms a line, most of an ingest)."""
    from ..lexicon.load import active_data_dir

    return _readable(active_data_dir() / "languages")


@functools.cache
def _readable(folder: Path) -> list[str]:
    codes = sorted(p.stem for p in folder.glob("*.yaml"))
    return [code for code in codes if _dateparser_reads(code)] or ["en"]


def _dateparser_reads(code: str) -> bool:
    try:
        dateparser.parse("2000", languages=[code])
    except ValueError:   # "Unknown language(s)": a language of ours that dateparser has no tables for
        return False
    return True


def full_date(value: str) -> str | None:
    """The ISO date (YYYY-MM-DD) that ``value`` states in full, day, month and year; else None.

    ``value`` must be a date and nothing else: "9 July 2024, 06:04" yes, "On 9 July 2024 Russia
    said" no, "July 2024" no (no day), "09/07/2024" no (day-month order unknowable).
    """
    value = value.strip()
    if not value or len(value) > 200:
        return None
    iso = _ISO_DATE.match(value)
    if iso:
        # Metadata such as "2021-02-03T17:56:00+03:00": the publisher's own calendar day.
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    numbers = [int(n) for n in _NUMBER.findall(value)]
    years = {n for n in numbers if n in _YEARS}
    # The day read must be a number of the line (below), so a line with no number from 1 to 31 ("signed
    # in 2010", "Story 1146609") states no full date: not worth dateparser's milliseconds.
    if not years or not any(1 <= n <= 31 for n in numbers) or _ambiguous(value):
        return None
    parsed = _parse(value, tuple(_languages()))
    if parsed is None or parsed.year not in years or parsed.day not in numbers:
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


@functools.lru_cache(maxsize=4096)
def _parse(value: str, languages: tuple[str, ...]) -> datetime | None:
    # Kept: a feed prints the same few stamps over many articles, and dateparser takes some ten
    # milliseconds a line it cannot read (it tries every language). The settings never change.
    found: datetime | None = dateparser.parse(value, languages=list(languages), settings=_SETTINGS)
    return found


def dateline_date(line: str) -> str | None:
    """The date of ``line`` if the line is a dateline, else None."""
    if len(line.strip()) > MAX_DATELINE_CHARS:
        return None
    found = full_date(line)
    if found is None:
        # "Publié le 21/02/2023 à 14h05", "Опубликовано: 21.02.2023", "Updated: 3 Feb 2021": a label of
        # a few words before the date; the date itself must still be all that follows.
        label = _LABEL.match(line.strip())
        if label:
            found = full_date(line.strip()[label.end():])
    return found


def find_dateline(text: str) -> str | None:
    """The ISO date of the dateline among the first non-blank lines of ``text``, else None.

    A page may print more than one stamp above its body: its clock or an update time besides the
    article's own ("Москва / 14 ноября 2025 / 11:53" over the headline, "2 ноября 2023 / 13:43" under
    it). Every stamp line above the first paragraph counts, and the article's date is the earliest: a
    clock or an update never comes before the publication."""
    lines = [line for line in text.splitlines() if line.strip()]
    head = lines[:DATELINE_LINES]
    for line in lines[DATELINE_LINES:HEAD_LINES_MAX]:
        if len(line.strip()) >= PARAGRAPH_CHARS:
            break
        head.append(line)
    stamps = [found for line in head if (found := dateline_date(line)) is not None]
    return min(stamps) if stamps else None


def _ambiguous(value: str) -> bool:
    if any(not ch.isascii() for ch in _LETTER.findall(value)):
        # A weekday word in Vietnamese, Russian, Arabic... tells dateparser the language, and these
        # write day before month; English (ASCII letters or none) writes both orders.
        return False
    for m in _NUMERIC_DMY.finditer(value):
        a, b = int(m[1]), int(m[2])
        if a != b and a <= 12 and b <= 12:
            return True
    return False


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
