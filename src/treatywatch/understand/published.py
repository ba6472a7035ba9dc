"""The publication date when the metadata does not give it: from the text's own dates, or nothing.

A wrong publication date is worse than none (every relative date and every lead event hangs on it),
so only two shapes count:
1. a dateline: one of the first lines is a full date and nothing else but a time and separators
   ("Tuesday 9 July 2024 - 06:04", "3 Feb 2021 17:56", "Wed 03rd February 2021 | 06:40 PM"),
   or a full date opens a paragraph after at most a place name ("MOSCOW, February 3, 2021 -");
2. a lead date without a year ("January 27th, local time, ..." — seeds/001; "MOSCOW. Feb 3
   (Interfax) -" — corpus/d01) whose year the text pins down: the same day restated with its year
   (d01: "On February 3, 2021"), else the dates the text gives with their year put it, in exactly
   one year, within two months of one of them (001: "February 5, 2021", nine days after January 27
   → 2021-01-27).
Anything else — a day and month with no dated company (corpus/d06 "сообщило 22 ноября"), a
weekday ("am Dienstagabend"), a month (seeds/003 "Hồi tháng 7"), only years — stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..dates import bounds
from ..dates import parse as parse_partial
from ..models import DateMention, Document, PublishedHow

__all__ = ["infer_published"]

HEAD_CHARS = 600          # datelines and leads sit in the first lines
HEAD_LINES = 5
LEAD_OFFSET = 40          # a lead date opens its paragraph: within this many characters
PIN_DAYS = 62             # a yearless lead date lies this close to a dated one in the same story
# a time, perhaps after a short word that ties it to the date ("at 06:04", sl "ob 10:32", sv "kl. 10.32")
_TIME = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?")
_ZONE = re.compile(r"(?<!\w)(?:[A-Z]{2,4}|[+\-−]\d{2}:?\d{2})(?!\w)")
_PREFIX_END = ",.-–—:/|"


def infer_published(doc: Document, dates: Sequence[DateMention]) -> tuple[str | None, PublishedHow]:
    """(publication date, how it is known): the metadata's when it has one, else a dateline's,
    else a lead date pinned by the text's dated events ("inferred"), else (None, "unknown")."""
    if doc.published:
        return doc.published, doc.published_how
    head = [d for d in dates if d.start < HEAD_CHARS and not d.relative and d.precision == "day"
            and _line_number(doc.text, d.start) < HEAD_LINES]
    for d in head:
        if d.value is not None and _full_day(d.value) and (
                _alone_on_line(doc.text, d) or _opens_paragraph(doc.text, d, placed=True)):
            return d.value, "dateline"
    for d in head:
        if d.value is not None and _yearless_day(d.value) and _opens_paragraph(doc.text, d):
            year = _pinned_year(d.value, dates)
            if year is not None:
                return f"{year:04d}{d.value[4:]}", "inferred"
    return None, "unknown"


def _full_day(value: str | None) -> bool:
    p = parse_partial(value)
    return p is not None and p.year is not None and p.day is not None


def _yearless_day(value: str | None) -> bool:
    p = parse_partial(value)
    return p is not None and p.year is None and p.day is not None


def _line_number(text: str, offset: int) -> int:
    """Which non-empty line (0-based) ``offset`` is on."""
    return sum(1 for line in text[:offset].split("\n")[:-1] if line.strip())


def _line(text: str, d: DateMention) -> tuple[int, int]:
    start = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.end)
    return start, len(text) if end < 0 else end


def _alone_on_line(text: str, d: DateMention) -> bool:
    """The line holds the date, perhaps a time and a zone, and separators: nothing else."""
    start, end = _line(text, d)
    rest = text[start:d.start] + " " + text[d.end:end]
    rest = _ZONE.sub(" ", _TIME.sub(" ", rest))
    return not any(c.isalnum() for c in rest)


def _opens_paragraph(text: str, d: DateMention, placed: bool = False) -> bool:
    """Nothing before the date in its line but a place name closed by a separator (MOSCOW, / موسكو -);
    ``placed``: the place name is required (a full date opening a paragraph may be an event's)."""
    start, _ = _line(text, d)
    if d.start - start > LEAD_OFFSET:
        return False
    prefix = text[start:d.start].strip()
    if not prefix:
        return not placed
    if prefix[-1] not in _PREFIX_END:
        return False  # "On January 26, Putin ..." reports an event, it is no dateline
    words = [w for w in re.split(r"[\s,.\-–—:/|()]+", prefix) if w]
    if not 0 < len(words) <= 3:
        return False
    cased = [w for w in words if any(c.lower() != c.upper() for c in w)]
    return all(w[0].isupper() for w in cased)


def _pinned_year(value: str, dates: Sequence[DateMention]) -> int | None:
    """The one year that puts ``XXXX-MM-DD`` within PIN_DAYS of a date the text gives with its year."""
    p = parse_partial(value)
    assert p is not None and p.month is not None and p.day is not None
    month, day = p.month, p.day
    # only days pin a year: a month ("entered into force in February 2011") is often background, and
    # a dateline "Feb 6" beside it would be dated fifteen years early
    anchors = [a for a in (_anchor(d) for d in dates if not d.relative and d.value and d.precision == "day")
               if a is not None]
    # the lead date restated with its year ("MOSCOW. Feb 3 (Interfax)" ... "On February 3, 2021") settles
    # it, even beside a dated expiry two days off in another year ("until February 5, 2026": corpus/d01)
    same = {first.year for first, last in anchors if first == last and (first.month, first.day) == (month, day)}
    if same:
        return same.pop() if len(same) == 1 else None
    years = set()
    for first, last in anchors:
        for year in (first.year - 1, first.year, first.year + 1):
            try:
                lead = date(year, month, day)
            except ValueError:
                continue
            gap = (first - lead).days if lead < first else (lead - last).days if lead > last else 0
            if gap <= PIN_DAYS:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def _anchor(d: DateMention) -> tuple[date, date] | None:
    """The span of days a dated mention covers (a day, or a month) when it states its year."""
    p = parse_partial(d.value)
    if p is None or p.year is None or p.month is None:
        return None
    if p.day is not None:
        day = date(p.year, p.month, p.day)
        return day, day
    first, last = bounds(str(p)) or ("", "")
    return date.fromisoformat(first), date.fromisoformat(last)
