"""A quick proof that dateparser reads no date in a line, so that the line need not be given to it.

dateparser takes 15-30 ms to give up on a line such as "The pact was signed on 14 March 2025." (a
head line with a year and a day in it, ingest/dateline.py): it asks each of our languages'
locales whether every word of the line is one of its date words, twice. ``no_date`` answers in a
fraction of that, and only ever says True when dateparser would return None, by the same rule:

    A locale reads a line only when every token of it is a word of the locale's dictionary, a
    number, or a relative expression ("3 days ago"), once the line is normalised (NFKD, marks
    dropped), lower-cased and simplified (dateparser/languages/locale.py ``is_applicable``).

So a locale cannot read a line that holds a run of letters found in none of its dictionary words,
when none of its simplifications and relative expressions matches anywhere in the line (they rewrite
or keep words the dictionary lacks). Where a locale writes words with spaces a run of letters is
never cut inside (a dictionary word starts and ends at a non-letter), so the whole run must occur in
one word; where it writes none (Chinese, Japanese, Thai) each of its letters must occur in one.

Whatever this argument does not cover is left to dateparser: a Roman year, a quarter, a time zone
abbreviation (the line is checked with and without it), letters that some locale reads as variants of
others. It leans on dateparser's internals, so it answers only under the dateparser it was checked
against (``CHECKED``; any other leaves every line to dateparser), and tests/ingest/test_ingest_nodate.py
checks it against dateparser itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import dateparser
import dateparser.date
import dateparser.timezone_parser
import regex
from dateparser.utils import normalize_unicode

CHECKED = "1.5.0"   # the dateparser whose internals the argument above was read from
# Its private names, untyped (the published stubs are of an older version).
_date: Any = dateparser.date
_zones: Any = dateparser.timezone_parser

_LETTERS = regex.compile(r"\p{L}+")   # letters are word characters for dateparser's regex: never cut inside
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})   # dropped after a number ("5th"), never checked


@dataclass(frozen=True)
class _Locale:
    """What one locale accepts, as ``no_date`` reads it."""

    words: str   # every dictionary word, as written, lower-cased and case-folded, one a line
    letters: frozenset[str]   # every character of them
    spaced: bool   # words are written with spaces between them
    rewrites: tuple[Any, ...]   # compiled patterns: the simplifications, then the relative expressions

    def lacks_a_word_of(self, line: str) -> bool:
        """Whether ``line`` (normalised, lower-cased) holds a run of letters that no word of this locale
        can cover: the cheap half of the proof, asked first."""
        return any(self._unknown(run) for run in _LETTERS.findall(line) if run not in _ORDINAL_ENDS)

    def rewrites_nothing_in(self, line: str) -> bool:
        """Whether none of this locale's simplifications and relative expressions matches in ``line``:
        the other half (a few regex searches)."""
        return not any(p.search(line) for p in self.rewrites)

    def _unknown(self, run: str) -> bool:
        if self.spaced:
            return run not in self.words and run.casefold() not in self.words
        return any(ch not in self.letters and ch.casefold() not in self.words for ch in run)


_READERS: dict[tuple[tuple[str, ...], str], tuple[Any, Any, list[_Locale]]] = {}


def _reader(languages: tuple[str, ...], settings: dict[str, Any]) -> tuple[Any, Any, list[_Locale]]:
    key = (languages, repr(sorted(settings.items())))
    if key not in _READERS:
        _READERS[key] = _made(languages, settings)
    return _READERS[key]


def _made(languages: tuple[str, ...], settings: dict[str, Any]) -> tuple[Any, Any, list[_Locale]]:
    """dateparser's settings object, its numeral translation (digits of any script to 0-9: the same for
    every locale) and our view of the locales it tries for ``languages``."""
    parser = _date.DateDataParser(languages=list(languages), settings=settings)
    locales, numerals = [], None
    for found in parser._get_locale_loader().get_locales(languages=list(languages), locales=None, region=None,
                                                         use_given_order=False):
        locale = found._native   # the locale dateparser asks (letter variants are left to it, below)
        numerals = locale._translate_numerals
        dictionary = locale._get_dictionary(parser._settings)
        keys = list(dictionary)
        words = "\n".join(f"{k}\n{k.lower()}\n{k.casefold()}" for k in keys)
        relative = "|".join(dictionary._get_sorted_relative_strings_from_cache())
        rewrites = [next(iter(s)) for s in locale._get_simplifications(settings=parser._settings)]
        if relative:
            rewrites.append(regex.compile(f"({relative})", regex.UNICODE | regex.IGNORECASE))
        locales.append(_Locale(words, frozenset(words), not dictionary._no_word_spacing, tuple(rewrites)))
    return parser._settings, numerals, locales


def no_date(value: str, languages: Sequence[str], settings: dict[str, Any]) -> bool:
    """True only when ``dateparser.parse(value, languages=languages, settings=settings)`` is None (and
    known to be so without calling it); False when dateparser must be asked."""
    if dateparser.__version__ != CHECKED:
        return False
    conf, numerals, locales = _reader(tuple(languages), settings)
    if conf.IGNORE_SURROUNDING_TEXT or conf.DEFAULT_LANGUAGES or conf.PARSERS != ["timestamp", "relative-time",
                                                                                  "custom-formats", "absolute-time"]:
        return False   # other ways to a date than the one argued above
    line = _date.sanitize_date(value)
    if (_date._replace_quarter(line, conf) is not None or _date._RE_ROMAN_YEAR.search(line)
            or _date._VARIANT_LETTERS.intersection(line)):
        return False
    without_zone, _ = _zones.pop_tz_offset_from_string(line, as_offset=False, settings=conf)
    forms = [normalize_unicode(numerals(form)).lower() for form in dict.fromkeys((line, without_zone))]
    return (all(locale.lacks_a_word_of(form) for locale in locales for form in forms)
            and all(locale.rewrites_nothing_in(form) for locale in locales for form in forms))

