"""Partial dates as the record holds them (EDTF-like): ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an unknown
year as ``XXXX`` (``XXXX-07``, ``XXXX-11-22``), or None (the text gives no date).

The one partial-date type (``PartialDate``) and its one parser (``parse``), used by understand (a
missing year filled from the publication date, a dateline's day), link (a date's features, the news of
an article) and know (whether two dates agree, which is finer, the range of days a date covers, and a
sort key that puts ``2019`` before ``2019-08-02``). A value that does not parse is treated as unknown
(None), never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

Precision = Literal["year", "month", "day"]

_DATE = re.compile(r"^(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision | None:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None

    @property
    def known_year(self) -> bool:
        return self.year is not None

    def __str__(self) -> str:
        text = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def day_of(value: str | None) -> date | None:
    """The day of ``YYYY-MM-DD`` (or of a longer ISO timestamp); None when absent, less precise or
    malformed."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def first_day(value: str | None) -> date | None:
    """The first day a date with a known year can mean (``2019`` -> 2019-01-01); None otherwise."""
    p = parse(value)
    if p is None or p.year is None:
        return None
    return date(p.year, p.month or 1, p.day or 1)


# Pure function of its text, results immutable: memoised because status and timelines parse the same
# few thousand dates again and again (bench/query.py: half the time of a status query before this).
@lru_cache(maxsize=65536)
def parse(value: str | None) -> PartialDate | None:
    """The parts a date string states; None for no date or a malformed one (``XXXX`` alone, 2023-13)."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if m is None:
        return None
    year = None if m["y"] == "XXXX" else int(m["y"])
    month = int(m["m"]) if m["m"] else None
    day = int(m["d"]) if m["d"] else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        limit = calendar.monthrange(year if year is not None else 2000, month or 1)[1]  # 2000: leap
        if not 1 <= day <= limit:
            return None
    if year is None and month is None:
        return None  # "XXXX": says nothing
    return PartialDate(year, month, day)


def normalise(value: str | None) -> str | None:
    """The canonical text of a date, or None when it says nothing."""
    p = parse(value)
    return str(p) if p is not None else None


def precision(value: str | None) -> Precision | None:
    p = parse(value)
    return p.precision if p is not None else None


def rank(value: str | None) -> int:
    """How much a date says: 0 nothing, 1 year, 2 month, 3 day (an unknown year costs one)."""
    p = parse(value)
    if p is None:
        return 0
    return sum(x is not None for x in (p.year, p.month, p.day))


def agree(a: str | None, b: str | None) -> bool:
    """Both can be true of one day: every part both state is equal (2023 and 2023-02-21 agree;
    XXXX-07 and 2024-07-02 agree; None agrees with anything)."""
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None:
        return True
    return all(x is None or y is None or x == y
               for x, y in ((pa.year, pb.year), (pa.month, pb.month), (pa.day, pb.day)))


def refines(fine: str | None, coarse: str | None) -> bool:
    """``fine`` states everything ``coarse`` states, the same, and possibly more."""
    pf, pc = parse(fine), parse(coarse)
    if pc is None:
        return True
    if pf is None:
        return False
    return all(c is None or f == c
               for f, c in ((pf.year, pc.year), (pf.month, pc.month), (pf.day, pc.day)))


def bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day a date with a known year covers (``2019`` → 2019-01-01..2019-12-31)."""
    p = parse(value)
    if p is None or p.year is None:
        return None
    if p.month is None:
        return f"{p.year:04d}-01-01", f"{p.year:04d}-12-31"
    if p.day is None:
        last = calendar.monthrange(p.year, p.month)[1]
        return f"{p.year:04d}-{p.month:02d}-01", f"{p.year:04d}-{p.month:02d}-{last:02d}"
    return str(p), str(p)


def sort_key(value: str | None) -> tuple[int, int, int, int]:
    """Chronological order for partial dates: a coarse date before the finer ones inside it
    (2019, 2019-08, 2019-08-02); unknown years (XXXX-07) after every dated one, then undated."""
    p = parse(value)
    if p is None:
        return (2, 0, 0, 0)
    if p.year is None:
        return (1, 0, p.month or 0, p.day or 0)
    return (0, p.year, p.month or 0, p.day or 0)


def section(value: str | None) -> Literal["dated", "undated-year", "undated"]:
    """Where a date is listed: in the chronology, apart as year unknown, or apart as undated."""
    p = parse(value)
    if p is None:
        return "undated"
    return "dated" if p.year is not None else "undated-year"


def overlaps(value: str | None, since: str | None, until: str | None) -> bool:
    """The days ``value`` covers meet [since, until] (both partial dates, either open); a date
    without a known year meets no range but the unbounded one."""
    if since is None and until is None:
        return True
    b = bounds(value)
    if b is None:
        return False
    lo_b, hi_b = bounds(since), bounds(until)
    lo = lo_b[0] if lo_b else None
    hi = hi_b[1] if hi_b else None
    return (lo is None or b[1] >= lo) and (hi is None or b[0] <= hi)


def last_day(value: str) -> str | None:
    """The last day a date covers (``--as-of 2023`` means up to 2023-12-31)."""
    b = bounds(value)
    return b[1] if b else None
