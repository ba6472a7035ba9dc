"""Query parameters as the API and the pages take them: checked once, a clear 400 otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..know import dates
from ..know.reference import TREATIES

LANG = re.compile(r"^[a-z]{2,3}$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
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
    """A partial date with a known year: YYYY, YYYY-MM or YYYY-MM-DD."""
    value = blank(value)
    if value is None:
        return None
    p = dates.parse(value)
    if p is None or p.year is None or str(p) != value:
        raise bad(f"{name}: not a date: {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def day_bounds(value: str | None, name: str) -> tuple[str, str] | None:
    checked = date(value, name)
    return dates.bounds(checked) if checked else None


def lang(value: str | None) -> str | None:
    value = blank(value)
    if value is not None and not LANG.match(value):
        raise bad(f"lang: not a language code: {value!r} (ISO 639-1, such as ar, en, vi)")
    return value


def treaty(value: str | None) -> str | None:
    value = blank(value)
    if value is not None and value not in TREATIES:
        raise bad(f"treaty: unknown treaty {value!r} (known: {', '.join(TREATIES)})")
    return value


def slug(value: str | None, name: str) -> str | None:
    value = blank(value)
    if value is not None and not SLUG.match(value):
        raise bad(f"{name}: not a slug: {value!r} (lower-case letters, digits, - and _)")
    return value


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


def page(items: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    """``items`` holds up to ``limit`` + 1 entries: the extra one says there is a next page."""
    more = len(items) > limit
    return {"items": items[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}
