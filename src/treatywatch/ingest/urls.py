"""Publication dates written into an article's address, read from the address string alone.

Never hand an address to htmldate: given a bare URL it fetches the page. The forms seen in news
addresses: ``/2023/02/28/``, ``/22nov2020/`` (corpus d04), ``/20201122-279122/`` (corpus d05),
``/2020-11-22-slug``, and a date run into the article's number that opens a slug
(``/201903149436209-usa-russia/``, the Sputnik sites in every language) or ends the address
(``/article/2001121473398``). Only full dates count:
``/2023/02/`` says no day and gives nothing.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote, urlsplit

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_Y = r"((?:19|20)\d{2})"
# Each pattern yields (year, month, day) groups in the order given by ``_ORDER``.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_Y + r"/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])"), "ymd"),
    (re.compile(r"(?<!\d)" + _Y + r"[-_](\d{2})[-_](\d{2})(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)" + _Y + r"(\d{2})(\d{2})(?!\d)"), "ymd"),
    # "/201903149436209-slug": eight digits of date, then the article's number (5 to 9 digits), then a
    # slug, or the address's end ("/article/2001121473398", Korean and Japanese papers)
    (re.compile(r"(?<=/)" + _Y + r"(\d{2})(\d{2})\d{5,9}(?=-[a-z]|/?$)", re.IGNORECASE), "ymd"),
    (re.compile(r"(?<![a-z\d])(\d{1,2})[-_]?(" + "|".join(_MONTHS) + r")[a-z]*[-_]?" + _Y + r"(?!\d)",
                re.IGNORECASE), "dmy"),
)


def date_from_url(url: str | None) -> str | None:
    """The ISO date (YYYY-MM-DD) written in ``url``'s path, or None. Never fetches anything."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    # Host names hold no dates; queries rarely do and often hold unrelated numbers.
    path = unquote(parts.path if parts.scheme or parts.netloc else url)
    found: list[tuple[int, str]] = []
    for pattern, order in _PATTERNS:
        for m in pattern.finditer(path):
            iso = _iso(m.groups(), order)
            if iso is not None:
                found.append((m.start(), iso))
                break
    # The leftmost date is the one the site files the article under.
    return min(found)[1] if found else None


def _iso(groups: tuple[str | None, ...], order: str) -> str | None:
    if order == "ymd":
        year, month, day = int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0)
    else:
        day, year = int(groups[0] or 0), int(groups[2] or 0)
        month = _MONTHS.index((groups[1] or "")[:3].lower()) + 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
