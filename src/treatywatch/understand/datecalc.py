"""Calendar arithmetic for dates the text gives relative to its publication, and for a missing year.

Everything resolves against the publication date passed in, never the clock: with no publication
date, a relative expression stays unresolved (None) and a missing year stays ``XXXX``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Precision = Literal["year", "month", "day"]

# A date with no year is placed in the latest year that puts it no more than this many days after
# the publication date: news reports what happened, and announces what is due in the coming weeks
# (seeds/001, published 2021-01-27: "February 5" is 2021-02-05; "December 28" would be 2020-12-28).
AHEAD_DAYS = 62


def parse_iso(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) -> date; None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` (of ``year``; a leap year when the year is unknown)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def resolve_year(value: str, published: str | None) -> str:
    """Fill the ``XXXX`` of ``XXXX-MM`` / ``XXXX-MM-DD`` from the publication date: the latest year
    that puts the date no more than ~2 months after publication. Unchanged when ``published`` is
    None or the value already has its year."""
    pub = parse_iso(published)
    if pub is None or not value.startswith("XXXX-"):
        return value
    parts = value.split("-")
    try:
        month = int(parts[1])
        day = int(parts[2]) if len(parts) > 2 else 1
    except (IndexError, ValueError):
        return value
    limit = pub + timedelta(days=AHEAD_DAYS)
    for year in (pub.year + 1, pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February outside a leap year, or a bad month
            continue
        if candidate <= limit:
            return f"{year:04d}" + value[4:]
    return value


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


RELATIVE_PRECISION: dict[str, Precision] = {
    "today": "day", "yesterday": "day", "tomorrow": "day", "day_before_yesterday": "day",
    "day_after_tomorrow": "day", "this_week": "month", "last_week": "month", "next_week": "month",
    "this_month": "month", "last_month": "month", "next_month": "month",
    "this_year": "year", "last_year": "year", "next_year": "year",
}
_DAY_SHIFT = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2, "day_after_tomorrow": 2}


def resolve_relative(key: str, published: date | None) -> tuple[str | None, Precision]:
    """today / last_month / next_year ... against the publication date (None without one)."""
    precision = RELATIVE_PRECISION.get(key, "day")
    if published is None:
        return None, precision
    if key in _DAY_SHIFT:
        return (published + timedelta(days=_DAY_SHIFT[key])).isoformat(), "day"
    when, _, unit = key.partition("_")
    shift = {"this": 0, "last": -1, "next": 1}[when]
    if unit == "week":  # a week (Monday to Sunday) at the precision it supports: its month, else its year
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}", "month"
        if monday.year == sunday.year:
            return f"{monday.year:04d}", "year"
        return None, "month"
    if unit == "month":
        year, month = _shift_month(published, shift)
        return f"{year:04d}-{month:02d}", "month"
    return f"{published.year + shift:04d}", "year"


def resolve_weekday(weekday: int, published: date | None, direction: str) -> str | None:
    """A weekday named without a date, against the publication date.

    ``past`` (the default for news): the most recent such day on or before publication;
    ``future`` (a future marker precedes it in its sentence): the next such day, publication day included;
    ``last`` / ``next``: strictly before / after publication day ("last Monday", "next Friday")."""
    if published is None:
        return None
    if direction == "future":
        return (published + timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
    if direction == "next":
        return (published + timedelta(days=(weekday - published.weekday()) % 7 or 7)).isoformat()
    back = (published.weekday() - weekday) % 7
    if direction == "last" and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()
