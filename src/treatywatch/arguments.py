"""What a user types as a filter, checked once for the command line and the API alike: dates and slugs.

- ``parse_date`` takes ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY/MM/DD``, a day-first or month-first
  ``DD/MM/YYYY`` only when one reading alone is a real day, and the natural days ``today``,
  ``yesterday``, ``N days|weeks|months|years ago``, resolved against the day given (the clock is the
  caller's). Anything else is an ``ArgumentError`` naming the accepted forms; never a quiet guess.
- ``check_slug`` takes a treaty, actor or speaker slug that the lexicon (data/arms_control) knows;
  anything else is an ``ArgumentError`` with the nearest known slugs and the command that lists them.

Both answer the canonical text (``2023-03-01``, ``new-start``) that the queries take.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date, timedelta
from typing import Literal

from .errors import ArgumentError

FORMS = ("YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, or N days/weeks/months/years ago")

_ISO = re.compile(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$", re.ASCII)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", re.ASCII)
_AGO = re.compile(r"^(\d{1,4}|a|an|one)\s+(day|week|month|year)s?\s+ago$", re.ASCII)
_UNITS = {"day": 1, "week": 7}

Kind = Literal["treaty", "actor", "speaker"]
_LISTED_BY = {"treaty": "treatywatch slugs treaties", "actor": "treatywatch slugs actors",
              "speaker": "treatywatch slugs speakers"}


def _day(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _months_back(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def parse_date(value: str, name: str = "date", *, today: date | None = None) -> str:
    """The canonical partial date ``value`` states (``2023``, ``2023-02``, ``2023-02-21``), or an
    ``ArgumentError`` that names ``name`` and the accepted forms."""
    text = " ".join(value.strip().lower().split())

    def refuse(why: str = "") -> ArgumentError:
        return ArgumentError(f"{name}: not a date: {value!r}{f' ({why})' if why else ''}; accepted: {FORMS}")

    if not text:
        raise refuse()
    if m := _ISO.match(text):
        year = int(m[1])
        if year == 0:
            raise refuse("there is no year 0")
        if m[2] is None:
            return f"{year:04d}"
        month = int(m[2])
        if not 1 <= month <= 12:
            raise refuse(f"there is no month {month}")
        if m[3] is None:
            return f"{year:04d}-{month:02d}"
        day = _day(year, month, int(m[3]))
        if day is None:
            raise refuse(f"{calendar.month_name[month]} {year} has {calendar.monthrange(year, month)[1]} days")
        return day
    if m := _NUMERIC.match(text):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        day_first, month_first = _day(year, b, a), _day(year, a, b)
        if day_first and month_first and day_first != month_first:
            raise ArgumentError(f"{name}: ambiguous date: {value!r} may be {day_first} or {month_first}; "
                                f"write it YYYY-MM-DD")
        if day_first or month_first:
            return day_first or month_first  # type: ignore[return-value]
        raise refuse("no such day, day or month first")
    now = today or date.today()
    if text == "today":
        return now.isoformat()
    if text == "yesterday":
        return (now - timedelta(days=1)).isoformat()
    if m := _AGO.match(text):
        n = 1 if m[1] in ("a", "an", "one") else int(m[1])
        unit = m[2]
        if unit in _UNITS:
            try:
                return (now - timedelta(days=n * _UNITS[unit])).isoformat()
            except OverflowError:
                raise refuse("too long ago") from None
        months = n * (12 if unit == "year" else 1)
        if months > (now.year - 1) * 12:
            raise refuse("too long ago")
        return _months_back(now, months).isoformat()
    raise refuse()


def check_language(value: str, name: str = "--lang") -> str:
    """``value`` as an ISO 639-1 code (``EN`` -> en), the codes articles are identified in; else an
    ``ArgumentError``: a filter on a language that cannot exist is a mistake, not an empty answer."""
    from .ingest.build import ISO_639_1

    code = value.strip().lower()
    if code in ISO_639_1:
        return code
    raise ArgumentError(f"{name}: not a language code: {value!r}; give an ISO 639-1 code such as ar, en, vi "
                        "(treatywatch languages lists those with data)")


def known_slugs(kind: Kind) -> tuple[str, ...]:
    """The slugs the lexicon knows for ``kind``: treaties; states and organisations (actors); people
    (speakers)."""
    from .lexicon import load_lexicon

    lexicon = load_lexicon()
    if kind == "treaty":
        return tuple(t.slug for t in lexicon.treaties)
    if kind == "actor":
        return tuple(s.slug for s in lexicon.states)
    return tuple(p.slug for p in lexicon.people)


def suggest(value: str, known: tuple[str, ...], n: int = 3) -> list[str]:
    """The nearest known slugs to ``value`` ("new_start" -> new-start), best first."""
    norm = value.strip().lower().replace("_", "-").replace(" ", "-")
    if norm in known:
        return [norm]
    return difflib.get_close_matches(norm, known, n=n, cutoff=0.6)


def check_slug(value: str, kind: Kind, name: str | None = None, *, listed: bool = True) -> str:
    """``value`` when the lexicon knows it as a ``kind``; else an ``ArgumentError`` with the nearest
    known slugs and the command that lists them (``listed=False``: every known slug, for the API)."""
    known = known_slugs(kind)
    if value in known:
        return value
    label = f"{name}: " if name else ""
    close = suggest(value, known)
    if kind == "actor" and value in known_slugs("speaker"):
        hint = f": {value} is a person; actors are states and organisations"
    elif kind == "speaker" and value in known_slugs("actor"):
        hint = f": {value} is a state; speakers are people"
    else:
        hint = f": did you mean {' or '.join(close)}?" if close else ""
    where = f"({_LISTED_BY[kind]} lists them)" if listed else f"(known: {', '.join(sorted(known))})"
    raise ArgumentError(f"{label}unknown {kind} {value!r}{hint} {where}")


def check_event(value: str, name: str = "event") -> str:
    """An event type (models.EVENT_TYPES); else an ``ArgumentError`` with the nearest and all of them."""
    from .models import EVENT_TYPES

    if value in EVENT_TYPES:
        return value
    close = suggest(value, tuple(EVENT_TYPES))
    hint = f": did you mean {' or '.join(close)}?" if close else ""
    raise ArgumentError(f"{name}: unknown event {value!r}{hint} (one of {', '.join(EVENT_TYPES)})")
