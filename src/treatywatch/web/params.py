"""Query parameters as the API and the pages take them: checked once, a clear 400 otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as _date
from typing import Any

from .. import dates
from ..arguments import check_language, check_slug, parse_date
from ..errors import ArgumentError
from ..models import EVENT_TYPES

MAX_LIMIT = 500
MAX_OFFSET = 100_000


class WebError(Exception):
    """An answer other than 200: ``status`` and one line for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def bad(message: str) -> WebError:
    return WebError(400, message)


def blank(value: str | None) -> str | None:
    """An empty form field means "not given"."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def date(value: str | None, name: str) -> str | None:
    """A partial date with a known year (YYYY, YYYY-MM, YYYY-MM-DD) or a natural day (yesterday, 2 weeks
    ago), resolved: the command line's parser (treatywatch.arguments), so both accept the same."""
    value = blank(value)
    if value is None:
        return None
    try:
        return parse_date(value, name, today=_date.today())
    except ArgumentError as e:
        raise bad(str(e)) from None


def day_bounds(value: str | None, name: str) -> tuple[str, str] | None:
    checked = date(value, name)
    return dates.bounds(checked) if checked else None


def lang(value: str | None) -> str | None:
    """An ISO 639-1 code, as the command line's --lang takes it (treatywatch.arguments)."""
    value = blank(value)
    if value is None:
        return None
    try:
        return check_language(value, "lang")
    except ArgumentError as e:
        raise bad(str(e)) from None


def _known(value: str | None, kind: Any, name: str) -> str | None:
    """A slug the lexicon knows as ``kind``; a 400 with the nearest ones and every known one otherwise."""
    value = blank(value)
    if value is None:
        return None
    try:
        return check_slug(value, kind, name, listed=False)
    except ArgumentError as e:
        raise bad(str(e)) from None


def treaty(value: str | None) -> str | None:
    return _known(value, "treaty", "treaty")


def actor(value: str | None) -> str | None:
    return _known(value, "actor", "actor")


def speaker(value: str | None) -> str | None:
    return _known(value, "speaker", "speaker")


def event(value: str | None) -> str | None:
    return choice(value, "event", EVENT_TYPES)


def choice(value: str | None, name: str, allowed: tuple[str, ...]) -> str | None:
    value = blank(value)
    if value is not None and value not in allowed:
        raise bad(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def bounded(value: int | str | None, name: str, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise bad(f"{name}: not a whole number: {value!r}") from None
    if not low <= n <= high:
        raise bad(f"{name}: {n} is out of range ({low} to {high})")
    return n


def paging(limit: int | str | None, offset: int | str | None, default: int = 50) -> tuple[int, int]:
    return (bounded(limit, "limit", default, 1, MAX_LIMIT), bounded(offset, "offset", 0, 0, MAX_OFFSET))


def page(items: Sequence[Any], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    """``items`` holds up to ``limit`` + 1 entries: the extra one says there is a next page. ``total``:
    how many match in all (None when counting would cost a second scan)."""
    more = len(items) > limit
    return {"items": items[:limit], "limit": limit, "offset": offset, "total": total,
            "next_offset": offset + limit if more else None}
