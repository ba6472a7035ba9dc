"""The date vocabulary of one language, assembled from data rather than typed by hand.

Three sources, the later winning:
1. dateparser's per-language tables, vendored as data (``data/dateparser/<lang>.yaml``, BSD-3-Clause,
   written by bench/gen_dateparser_tables.py): month and
   weekday names with their abbreviations, words for "year", "month", "day", relative words
   ("today", "last month"...) and the small words that sit inside dates (``skip``, ``in``, ``pertain``);
2. CLDR through babel (installed with trafilatura): whether the language writes month and weekday
   names with a capital ("May" is a month, "may" a verb; "mars" is a month in French, lowercase);
3. the language pack's ``date_words`` (data/languages/<code>.yaml): relative words (``today``,
   ``last_month``...) and, when the schema has them, weekday forms that stand alone without a cue
   (``tuesday: [mardi]``) and inflected month forms (``july: [июле]``).

Built once per language and pack (``functools.cache`` on a pure loader), and kept on disk
(lexicon/built.py) for the next process.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ..lexicon import cldr
from ..lexicon.built import built, code_fingerprint
from ..lexicon.types import CalendarUse, LanguagePack
from .datecalc import calendar_month_names

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_KEYS = (
    "today", "yesterday", "tomorrow", "day_before_yesterday", "day_after_tomorrow",
    "this_week", "last_week", "next_week", "this_month", "last_month", "next_month",
    "this_year", "last_year", "next_year",
)
# dateparser's names for its relative expressions -> ours (LanguagePack.date_words keys)
_DATEPARSER_RELATIVE = {
    "0 day ago": "today", "1 day ago": "yesterday", "in 1 day": "tomorrow",
    "2 day ago": "day_before_yesterday", "in 2 day": "day_after_tomorrow",
    "0 week ago": "this_week", "1 week ago": "last_week", "in 1 week": "next_week",
    "0 month ago": "this_month", "1 month ago": "last_month", "in 1 month": "next_month",
    "0 year ago": "this_year", "1 year ago": "last_year", "in 1 year": "next_year",
}
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")
_ALPHA_RE = re.compile(r"^[^\W\d_]+(?:[\s'’-][^\W\d_]+)*$")


class _Alpha:
    """Words of letters (and the vowel and tone marks some scripts write as combining marks: Thai ปี),
    joined by spaces, apostrophes or hyphens."""

    @staticmethod
    def match(word: str) -> bool:
        plain = "".join(c for c in word if not unicodedata.category(c).startswith("M"))
        return bool(plain) and bool(_ALPHA_RE.match(plain))


_ALPHA = _Alpha()


@dataclass(frozen=True, eq=False)  # compared by identity: one per language and pack, from a cache
class DateVocab:
    """What the date grammar of one language is built from. Forms are casefolded."""

    code: str
    months: Mapping[str, int]               # every form, abbreviations too -> 1..12
    month_alone: frozenset[str]             # full names that may stand alone ("in July")
    month_stems: tuple[tuple[str, int], ...]  # inflection stems (ru "июле" from "июля"), suffix_tolerance
    weekdays: Mapping[str, int]             # every form -> 0 (Monday) .. 6
    weekday_alone: frozenset[str]           # full names that may stand alone under the case/cue rules
    trusted: frozenset[str]                 # the pack's own forms: stand alone without a cue
    relative: Mapping[str, str]             # form -> "today" ... or "last:0" (last Monday) ...
    year_words: tuple[str, ...]             # before a year: năm, عام, سال, year, Jahr
    cues: frozenset[str]                    # small words before a date (dateparser skip/in/ago): in, в, في, منذ
    connectors: tuple[str, ...]             # words between day, month and year: de, del, of
    unit_words: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # 年 / 月 / 日, 년 / 월 / 일
    cased_months: bool                      # CLDR writes month names with a capital (en, de, tr)
    cased_weekdays: bool
    compact: bool                           # no spaces between words (zh, ja): no word boundaries
    numeric_order: str                      # dmy | mdy | ymd, for a/b/yyyy when the numbers do not settle it
    suffix_tolerance: int
    future: tuple[str, ...]                 # will, sẽ, будет: a weekday after one lies ahead
    calendars: tuple[CalendarUse, ...] = ()  # other calendars the news writes (data: calendars)
    markers: Mapping[str, str] | None = None  # era word -> calendar: พ.ศ. -> buddhist, هـ -> hijri
    calendar_months: Mapping[str, tuple[str, int]] | None = None  # مهر -> (solar_hijri, 7)
    month_words: tuple[str, ...] = ()       # "month" after a month name: fa "دی ماه"
    day_words: tuple[str, ...] = ()         # "day" before a day number: vi "ngày 2/8", id "tanggal"
    day_unit: str = ""                      # the one-letter unit of a day-only date: 日, 일 ("21日", "13일")
    day_abbreviations: tuple[str, ...] = ()  # a day's one-letter word, with its dot, after it: lt "14 d."


T = TypeVar("T")


def per_pack(kept: dict[int, tuple[LanguagePack, T]], pack: LanguagePack,
             build: Callable[[LanguagePack], T]) -> T:
    """``build(pack)``, kept by the pack's identity (a pack holds dicts: it has no hash, and a key of its
    content would cost a sort and a deep hash on every article). The pack is kept beside the value, so
    its id stays its own."""
    known = kept.get(id(pack))
    if known is not None and known[0] is pack:
        return known[1]
    value = build(pack)
    kept[id(pack)] = (pack, value)
    return value


# The vocabulary of each pack seen (asked for every article).
_BY_PACK: dict[int, tuple[LanguagePack, DateVocab]] = {}


def vocab_for(pack: LanguagePack) -> DateVocab:
    """The vocabulary for ``pack`` (cached on the pack's date-relevant content)."""
    return per_pack(_BY_PACK, pack, _vocab_of)


def _vocab_of(pack: LanguagePack) -> DateVocab:
    words = tuple(sorted((k, tuple(v)) for k, v in pack.date_words.items()))
    return _vocab(pack.code, words, pack.suffix_tolerance, tuple(pack.future), pack.numeric_date_order,
                  pack.calendars)


def dateparser_table(code: str) -> dict[str, Any]:
    """dateparser's table for ``code`` (data/dateparser/<code>.yaml of the data directory in effect; {}
    when there is none)."""
    path = _table_path(code)
    return _table(path) if path else {}


def _table_path(code: str) -> Path | None:
    from ..lexicon.load import active_data_dir

    if not _LANGUAGE_CODE.match(code):
        return None
    return active_data_dir() / "dateparser" / f"{code}.yaml"


@functools.cache
def _table(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    info = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    return info if isinstance(info, dict) else {}


@functools.cache
def _cldr_case(code: str) -> tuple[bool, bool]:
    """(months capitalised, weekdays capitalised) in running text, from CLDR's format-context names."""
    try:
        from babel import Locale

        locale = Locale.parse(code.replace("-", "_"))
        # the locale's own file where it names them (babel's full data merges every parent's: slower)
        own = cldr.own_data(str(locale))
        month = own.get("months", {}).get("format", {}).get("wide", {}).get(5)
        day = own.get("days", {}).get("format", {}).get("wide", {}).get(1)
        if not (isinstance(month, str) and isinstance(day, str)):
            month = str(locale.months["format"]["wide"][5])
            day = str(locale.days["format"]["wide"][1])
    except Exception:  # noqa: BLE001 — babel raises several kinds for unknown codes: no case rule then
        return False, False
    return _capitalised(month), _capitalised(day)


def _capitalised(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and letters[0].isupper() and letters[0].lower() != letters[0]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def _full_names(forms: list[str], shortest: int = 3) -> set[str]:
    """Forms that are not abbreviations: a form that begins another form of the same name is one
    ("jan" for "january", "февр" for "февраль"), and so is anything under three letters (two in a
    syllabic script: zh 周二)."""
    folded = {f.casefold() for f in forms}
    full = set()
    for f in folded:
        if any(ch.isdigit() for ch in f) or (
                len(f) >= shortest and not any(o != f and o.startswith(f) for o in folded)):
            full.add(f)
    return full


def _stem(full: set[str]) -> str | None:
    """What the full names of a month share ("июль", "июля" -> "июл"), three letters at least; a lone
    name gives its form less the last letter when five letters or more."""
    words = sorted(f for f in full if f.isalpha())
    if not words:
        return None
    if len(words) == 1:
        return words[0][:-1] if len(words[0]) >= 5 else None
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix if len(prefix) >= 3 else None


@functools.cache
def _vocab(code: str, words: tuple[tuple[str, tuple[str, ...]], ...], suffix_tolerance: int,
           future: tuple[str, ...], order: str | None, calendars: tuple[CalendarUse, ...] = ()) -> DateVocab:
    """The vocabulary, read back from the disk cache (lexicon/built.py) when it was made from the same
    pack words and dateparser table before: reading the table and CLDR's file costs ten times more."""
    path = _table_path(code.split("-")[0]) if code else None
    table = path.read_bytes() if path and path.is_file() else b""
    made_of = repr((code, words, suffix_tolerance, future, order, calendars)).encode() + b"\0" + table
    return built(code_fingerprint()[:24], f"dates-{hashlib.sha256(made_of).hexdigest()[:40]}",
                 lambda: _make_vocab(code, words, suffix_tolerance, future, order, calendars))


def _make_vocab(code: str, words: tuple[tuple[str, tuple[str, ...]], ...], suffix_tolerance: int,
                future: tuple[str, ...], order: str | None, calendars: tuple[CalendarUse, ...]) -> DateVocab:
    info = dateparser_table(code.split("-")[0]) if code else {}
    pack_words = dict(words)
    compact = bool(info.get("no_word_spacing")) or _unspaced_script(_strings(info.get("january")))

    months: dict[str, int] = {}
    month_alone: set[str] = set()
    stems: dict[str, int] = {}
    trusted_months: set[str] = set()
    for number, name in enumerate(MONTHS, start=1):
        forms = _strings(info.get(name)) + list(pack_words.get(name, ()))
        for f in forms:
            months[f.casefold()] = number
        trusted_months.update(f.casefold() for f in pack_words.get(name, ()))
        full = _full_names(forms)
        # written without spaces in an alphabet, a three-letter abbreviation hides inside words (th มีค in
        # มีคลัง "has a stockpile"): only a longer name stands alone
        month_alone |= {f for f in full if len(f) >= 4} if _unspaced_script(forms) else full
        stem = _stem(full)
        if suffix_tolerance > 0 and stem:  # inflections dateparser does not list: ru июле, uk липні
            stems[stem] = number

    weekdays: dict[str, int] = {}
    weekday_alone: set[str] = set()
    trusted: set[str] = set(trusted_months)
    for number, name in enumerate(WEEKDAYS):
        dp_forms = _strings(info.get(name))
        own = list(pack_words.get(name, ()))
        for f in dp_forms + own:
            # es "Do", de "So": two letters are other words; one letter of th/ja (พ, 火) sits in other words
            if len(f) >= 3 or (compact and len(f) >= 2) or f in own:
                weekdays[f.casefold()] = number
        # es "Do", de "So": short Latin forms are other words; a syllabic script's are not (zh 周二, ko 화요일)
        weekday_alone |= {f for f in _full_names(dp_forms, 2 if compact or _syllabic(dp_forms) else 3)
                          if len(f) >= 4 or compact or _syllabic([f])}
        trusted |= {f.casefold() for f in own}

    relative: dict[str, str] = {}
    for dp_key, forms in (info.get("relative-type") or {}).items():
        key = _DATEPARSER_RELATIVE.get(dp_key)
        if key is None:
            parts = dp_key.split()  # "last monday", "this tue", "next friday"
            if len(parts) == 2 and parts[0] in ("last", "this", "next") and parts[1] in WEEKDAYS:
                key = f"{parts[0]}:{WEEKDAYS.index(parts[1])}"
        if key is not None:
            for f in _strings(forms):
                relative[f.casefold()] = key
    for key in RELATIVE_KEYS:
        for f in pack_words.get(key, ()):
            relative[f.casefold()] = key
            trusted.add(f.casefold())

    # a year word may start with a hyphen: the ordinal suffix written after the digits ("2010-cu ildə");
    # and end with the dot of its abbreviation ("2023 թ. փետրվարի 21-ին", lt "2023 m.", lv "2023. g.")
    year_words = tuple(w.casefold() for w in _strings(info.get("year")) + list(pack_words.get("year", ()))
                       if _ALPHA.match(w.removeprefix("-").removesuffix(".")) and (len(w) >= 2 or compact))
    small = (_strings(info.get("skip")) + _strings(info.get("in")) + _strings(info.get("pertain"))
             + _strings(info.get("ago")) + _strings(info.get("month")) + _strings(info.get("day")))
    cues = frozenset(w.casefold() for w in small if _ALPHA.match(w))
    connectors = tuple(w.casefold() for w in _strings(info.get("pertain")) if _ALPHA.match(w))
    units = (
        tuple(w for w in _strings(info.get("year")) if len(w) == 1),
        tuple(w for w in _strings(info.get("month")) if len(w) == 1),
        tuple(w for w in _strings(info.get("day")) if len(w) == 1),
    )
    # "2011년 2월 5일": a script with spaces may still write dates with one-letter units, as Han does;
    # only letters without case (Hangul), never a Latin or Cyrillic one ("5 m" is five metres)
    if not (compact or all(u and all(w.isalpha() and w.lower() == w.upper() for w in u) for u in units)):
        units = ((), (), ())
    cased_months, cased_weekdays = _cldr_case(code) if info else (False, False)
    markers: dict[str, str] = {}
    calendar_months: dict[str, tuple[str, int]] = {}
    for use in calendars:
        for marker in use.markers:
            markers[marker.casefold()] = use.calendar
        for number, names in enumerate(calendar_month_names(use.calendar, code.split("-")[0]), start=1):
            for name in names:
                calendar_months[name.casefold()] = (use.calendar, number)
    year_words = tuple(dict.fromkeys(year_words + tuple(markers)))  # an era word stands where "year" does
    month_words = tuple(w.casefold() for w in _strings(info.get("month")) if _ALPHA.match(w) and len(w) >= 2)
    day_words = tuple(w.casefold() for w in _strings(info.get("day")) + list(pack_words.get("day", ()))
                      if _ALPHA.match(w) and len(w) >= 3)
    # forms of the tables that are ordinary words of the language (ca "des" of "des de": since)
    not_dates = {w.casefold() for w in pack_words.get("not_dates", ())}
    months = {k: n for k, n in months.items() if k not in not_dates}
    weekdays = {k: n for k, n in weekdays.items() if k not in not_dates}
    month_alone -= not_dates
    weekday_alone -= not_dates
    return DateVocab(
        code=code, months=months, month_alone=frozenset(month_alone),
        month_stems=tuple(sorted(stems.items(), key=lambda s: -len(s[0]))),
        weekdays=weekdays, weekday_alone=frozenset(weekday_alone), trusted=frozenset(trusted),
        relative=relative, year_words=year_words, cues=cues, connectors=connectors, unit_words=units,
        cased_months=cased_months, cased_weekdays=cased_weekdays, compact=compact,
        numeric_order=order if order in ("dmy", "mdy", "ymd") else "dmy",
        suffix_tolerance=suffix_tolerance, future=tuple(f.casefold() for f in future),
        calendars=calendars, markers=markers, calendar_months=calendar_months, month_words=month_words,
        day_words=day_words, day_unit=units[2][0] if units[2] else "",
        day_abbreviations=tuple(w.casefold() for w in _strings(info.get("day")) if len(w) == 1 and w.isalpha()),
    )


_UNSPACED_SCRIPTS = ("THAI", "LAO", "KHMER", "MYANMAR")
_SYLLABIC_SCRIPTS = ("HANGUL", "CJK", "HIRAGANA", "KATAKANA")


def _syllabic(forms: list[str]) -> bool:
    """Whether the forms are written in a script of syllables or words (Hangul, Han, kana), where two
    or three characters make a full name (ko 화요일, zh 周二)."""
    letters = [c for f in forms for c in f if c.isalpha()]
    return bool(letters) and unicodedata.name(letters[0], "").startswith(_SYLLABIC_SCRIPTS)


def _unspaced_script(forms: list[str]) -> bool:
    """Whether a language's month names are in a script written without spaces between words (Thai
    "ในเดือนมกราคม"), which dateparser's table does not always say (no_word_spacing)."""
    letters = [c for f in forms for c in f if c.isalpha()]
    return bool(letters) and unicodedata.name(letters[0], "").startswith(_UNSPACED_SCRIPTS)


def month_of(vocab: DateVocab, form: str) -> int | None:
    """The month a matched form names (exact forms first, then inflection stems)."""
    key = " ".join(form.casefold().replace("i\u0307", "i").split())  # tr "EKİM" folds to "eki̇m"
    if key in vocab.months:
        return vocab.months[key]
    for stem, number in vocab.month_stems:
        if key.startswith(stem) and len(key) - len(stem) <= vocab.suffix_tolerance:
            return number
    return None
