"""Calendar arithmetic for dates the text gives relative to its publication, and for a missing year.

Everything resolves against the publication date passed in, never the clock: with no publication
date, a relative expression stays unresolved (None) and a missing year stays ``XXXX``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from .. import dates

Precision = Literal["year", "month", "day"]

# A date with no year is placed in the latest year that puts it no more than this many days after
# the publication date: news reports what happened, and announces what is due in the coming weeks
# (seeds/001, published 2021-01-27: "February 5" is 2021-02-05; "December 28" would be 2020-12-28).
AHEAD_DAYS = 62


parse_iso = dates.day_of    # ``YYYY-MM-DD`` (or a longer ISO timestamp) -> date; None when absent, malformed


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` (of ``year``; a leap year when the year is unknown)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def resolve_year(value: str, published: str | None, ahead: bool = False) -> str:
    """Fill the ``XXXX`` of ``XXXX-MM`` / ``XXXX-MM-DD`` from the publication date: the latest year
    that puts the date no more than ~2 months after publication; for what is still ahead (``ahead``:
    "the treaty expires in February", written in September) the first such date from the publication
    on. Unchanged when ``published`` is None or the value already has its year."""
    pub, p = parse_iso(published), dates.parse(value)
    if pub is None or p is None or p.year is not None or p.month is None:
        return value
    if ahead:
        for year in (pub.year, pub.year + 1):
            if valid_day(year, p.month, p.day or 1) and date(year, p.month, p.day or 1) >= pub.replace(day=1):
                return str(dates.PartialDate(year, p.month, p.day))
    limit = pub + timedelta(days=AHEAD_DAYS)
    for year in (pub.year + 1, pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4):
        if not valid_day(year, p.month, p.day or 1):  # 29 February outside a leap year
            continue
        if date(year, p.month, p.day or 1) <= limit:
            return str(dates.PartialDate(year, p.month, p.day))
    return value


def day_ahead(day: int, published: str | None) -> str | None:
    """The first day numbered ``day`` (zh/ja "5日", ko "5일") from the publication day on: this month's,
    or next month's when this month's has gone. None without a publication date."""
    pub = parse_iso(published)
    if pub is None:
        return None
    year, month = (pub.year, pub.month) if day >= pub.day else _shift_month(pub, 1)
    return date(year, month, day).isoformat() if valid_day(year, month, day) else None


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
    ``last`` / ``next``: strictly before / after publication day ("last Monday", "next Friday");
    ``this``: that day of the publication's week, Monday to Sunday ("this Thursday", written on Monday, is
    three days ahead; written on Saturday, two days back)."""
    if published is None:
        return None
    if direction == "this":
        return (published + timedelta(days=weekday - published.weekday())).isoformat()
    if direction == "future":
        return (published + timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
    if direction == "next":
        return (published + timedelta(days=(weekday - published.weekday()) % 7 or 7)).isoformat()
    back = (published.weekday() - weekday) % 7
    if direction == "last" and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()


# --- other calendars ------------------------------------------------------------------------------
# Years the news of some languages writes in another era: Thai Buddhist-era (พ.ศ. 2566 = 2023), Solar
# Hijri (۱۴۰۲ = 2023, Persian), Hijri (1445 هـ, Arabic), Hebrew (5784 / תשפ״ד). Only each calendar's
# modern years count (Gregorian 1900-2100): nothing else in news is an era year. Conversions come from
# jdatetime (Solar Hijri), hijridate (Umm al-Qura Hijri) and convertdate (Hebrew), imported on first use.
CALENDAR_YEARS: dict[str, tuple[int, int]] = {
    "buddhist": (2443, 2643),
    "solar_hijri": (1279, 1479),
    "hijri": (1343, 1500),       # hijridate's Umm al-Qura table (1924-2077)
    "hebrew": (5660, 5860),
}


def in_calendar_range(calendar: str, year: int) -> bool:
    low, high = CALENDAR_YEARS.get(calendar, (0, -1))
    return low <= year <= high


def calendar_to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian day of ``day``/``month``/``year`` in ``calendar``; None when it does not exist."""
    if not in_calendar_range(calendar, year):
        return None
    try:
        if calendar == "buddhist":
            return date(year - 543, month, day)
        if calendar == "solar_hijri":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]
        if calendar == "hijri":
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()
        if calendar == "hebrew":
            import warnings

            from convertdate import hebrew

            with warnings.catch_warnings():  # convertdate 2.4+ calls its own deprecated month_days
                warnings.simplefilter("ignore", DeprecationWarning)
                y, m, d = hebrew.to_gregorian(year, month, day)
            return date(y, m, d)
    except (ValueError, OverflowError):
        return None
    return None


def calendar_year_to_gregorian(calendar: str, year: int) -> int | None:
    """The Gregorian year that holds most of ``year`` of ``calendar`` (the Buddhist era's years are
    Gregorian years; Solar Hijri 1402 runs March 2023 - March 2024: 2023; Hijri 1445, July 2023 - July
    2024: the year of its middle; Hebrew 5784, September 2023 - September 2024: 2024)."""
    if not in_calendar_range(calendar, year):
        return None
    # hebrew month 1 is Nisan
    middle = {"buddhist": (1, 1), "solar_hijri": (7, 1), "hijri": (7, 1), "hebrew": (1, 1)}[calendar]
    day = calendar_to_gregorian(calendar, year, *middle)
    return day.year if day else None


def resolve_calendar_day(calendar: str, month: int, day: int, published: date | None) -> date | None:
    """A day and month of ``calendar`` without a year, placed as resolve_year places a Gregorian one:
    the latest that falls no more than AHEAD_DAYS after publication (None without a publication date)."""
    if published is None:
        return None
    year = _calendar_year_at(calendar, published)
    if year is None:
        return None
    limit = published + timedelta(days=AHEAD_DAYS)
    for y in (year + 1, year, year - 1, year - 2):
        candidate = calendar_to_gregorian(calendar, y, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _calendar_year_at(calendar: str, day: date) -> int | None:
    """The year of ``calendar`` that holds the Gregorian ``day``."""
    try:
        if calendar == "buddhist":
            return day.year + 543
        if calendar == "solar_hijri":
            import jdatetime

            return int(jdatetime.date.fromgregorian(date=day).year)
        if calendar == "hijri":
            from hijridate import Gregorian

            return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
        if calendar == "hebrew":
            from convertdate import hebrew

            return int(hebrew.from_gregorian(day.year, day.month, day.day)[0])
    except (ValueError, OverflowError):
        return None
    return None


# The languages whose Hijri month names are taken from hijridate.
_HIJRI_MONTH_LANGUAGES: dict[str, Literal["ar", "en"]] = {"ar": "ar", "en": "en"}


def calendar_month_names(calendar: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The twelve month names of ``calendar`` as ``language`` writes them, from the calendar's library
    (Solar Hijri in Persian from jdatetime, Hijri in Arabic from hijridate); () when it has none."""
    if calendar == "solar_hijri" and language == "fa":
        import jdatetime

        return tuple((name,) for name in jdatetime.date.j_months_fa)
    hijri_language = _HIJRI_MONTH_LANGUAGES.get(language)
    if calendar == "hijri" and hijri_language is not None:
        from hijridate import Hijri

        return tuple((Hijri(1445, m, 1).month_name(hijri_language),) for m in range(1, 13))
    return ()


_CJK_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_TENS = {"廿": "二十", "卄": "二十", "卅": "三十"}


def number_of(numeral: str) -> int | None:
    """A date number in any script: Western, Arabic-Indic, Persian and full-width digits (``int``
    reads them all), or Chinese numerals: digit by digit for a year (二〇二三), positional up to
    ninety-nine for a month or day (十一, 二十一, 廿一)."""
    if numeral.isdigit():
        return int(numeral)
    for short, long in _CJK_TENS.items():
        numeral = numeral.replace(short, long)
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        if len(tens) > 1 or len(units) > 1 or "十" in units:
            return None
        t = _CJK_DIGITS.get(tens, -1) if tens else 1
        u = _CJK_DIGITS.get(units, -1) if units else 0
        return None if t <= 0 or u < 0 else t * 10 + u
    digits = [_CJK_DIGITS.get(c) for c in numeral]
    if not digits or any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


_GEMATRIA = dict(zip("אבגדהוזחטיכלמנסעפצקרשת", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90,
                                                  100, 200, 300, 400), strict=True))
_GEMATRIA.update({"ך": 20, "ם": 40, "ן": 50, "ף": 80, "ץ": 90})


def hebrew_year(numeral: str) -> int | None:
    """A Hebrew year written in letters (תשפ״ד = 5784, ה׳תשפ״ד too) in the modern range; None for
    anything else (acronyms such as ארה״ב: letters not in descending value or outside the range)."""
    letters = [c for c in numeral if c not in "\"'״׳"]
    if len(letters) >= 2 and letters[0] == "ה" and numeral[1:2] in "'׳":
        letters = letters[1:]  # the thousands: ה׳ = 5000
    values = [_GEMATRIA.get(c) for c in letters]
    if not values or any(v is None for v in values):
        return None
    if any(a < b for a, b in zip(values, values[1:], strict=False) if a is not None and b is not None):
        return None
    year = 5000 + sum(v for v in values if v is not None)
    return year if in_calendar_range("hebrew", year) else None
