"""Which of our languages dateparser could read a line in, judged by its letters, before asking it.

dateparser reads a line in the first language (of those it is given, in its order) whose date words
make up the whole line: for each language in turn it checks that every word of the line is one of
that language's date words (``Locale.is_applicable``, some 0.3 ms a language), then parses. Asked
with our ~40 languages, a line it cannot read costs some 10 ms, most of the dateline step.

A language can only read a line whose letters all occur in its date data: every letter left in the
line when dateparser checks it belongs to a date word of the language, or is taken away by one of the
language's own rewriting patterns (simplifications, relative expressions), which spell it out. So
the languages whose data lacks a letter of the line are left out beforehand; the others keep their
order, and dateparser's answer is the one it gives with every language (the first that reads it).

The line's letters are taken as dateparser sees them when it checks a language: after its own
clean-up (``sanitize_date``), with a time zone name taken away or not (it tries both), accents
stripped and lower-cased (``normalize_unicode``, its simplification step), a short Roman year apart.
Letters are compared case-folded. A language with a rewriting pattern that can take any letter
(``\\w``, ``.``, a negated or ranged class...) could read letters its data does not spell: it is
always kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from dateparser.date import sanitize_date
from dateparser.languages.dictionary import KNOWN_WORD_TOKENS, PARSER_KNOWN_TOKENS
from dateparser.languages.loader import default_loader
from dateparser.timezone_parser import pop_tz_offset_from_string
from dateparser.utils import normalize_unicode

# The fields of a language's data that make its date dictionary (dateparser's Dictionary): the words
# it reads, and those it passes over ("skip", "pertain"); beside them the parser's own tokens ("am",
# "utc"...) and the skipped "t", in every language; and the letters dateparser reads as the same
# (Arabic and Persian yeh and kaf).
_WORD_FIELDS = (*KNOWN_WORD_TOKENS, "skip", "pertain")
_EVERYWHERE = "".join(PARSER_KNOWN_TOKENS) + "t"
_LETTER_VARIANTS = "یکيك"
# A pattern piece that can match letters it does not spell: \w \S \D \p \X, an unescaped dot outside
# a class, a negated class, a class with a range of letters (not one of digits, [0-3]).
_ANY_LETTER = re.compile(r"\\[wSDpPX]|(?<!\\)\.(?![^\[]*\])|\[\^|\[[^\]]*[^\\\]\d]-[^\]]")
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
# Upper-case Roman numerals: dateparser may read a short one as a year and drop it from the line.
_ROMAN = re.compile(r"\b[MDCLXVI]+\b")


def readers(value: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """The ``languages`` (same order) that could read ``value``: all of them when it has no letter."""
    letters = _letters(value)
    if not letters:
        return languages
    kept = []
    for code in languages:
        alphabet = _alphabet(code)
        if alphabet is None or letters <= alphabet:
            kept.append(code)
    return tuple(kept)


def _letters(value: str) -> frozenset[str]:
    """The case-folded letters of ``value`` that stay in every form dateparser checks it in."""
    if not any(ch.isalpha() for ch in value):
        return frozenset()  # dateparser's clean-up adds no letter
    sanitized = sanitize_date(value)
    stripped = pop_tz_offset_from_string(sanitized, as_offset=False)[0]
    kept = _folded_letters(_ROMAN.sub(" ", sanitized)) & _folded_letters(_ROMAN.sub(" ", stripped))
    # A calendar quarter ("2024 Q1") is rewritten to digits before any language is tried.
    return frozenset() if kept <= {"q"} else kept


def _folded_letters(text: str) -> frozenset[str]:
    return frozenset(ch for ch in normalize_unicode(text).casefold() if ch.isalpha())


@functools.cache
def _alphabet(code: str) -> frozenset[str] | None:
    """Every letter (case-folded, with and without its accents) of the date words and rewriting
    patterns of dateparser's data for ``code``; None when one of its patterns could match letters it
    does not spell."""
    letters = set(_EVERYWHERE.casefold())
    for locale in default_loader.get_locales(languages=[code]):
        words, patterns = _words_and_patterns(locale.info)
        if any(_ANY_LETTER.search(_consuming(p)) for p in patterns):
            return None
        for text in (*words, *patterns):
            for form in (text, normalize_unicode(text)):
                letters.update(ch for ch in form.casefold() if ch.isalpha())
    if letters & set(_LETTER_VARIANTS):
        letters.update(_LETTER_VARIANTS)
    return frozenset(letters)


def _consuming(pattern: str) -> str:
    """``pattern`` without its lookaround groups ``(?=...)`` ``(?!...)`` ``(?<=...)`` ``(?<!...)``: what
    they look at is not taken away, so it must still be date words of the language."""
    out: list[str] = []
    depth = 0  # parentheses open in the lookaround being dropped; 0 outside one
    in_class = False
    i = 0
    while i < len(pattern):
        piece = pattern[i:i + 2] if pattern[i] == "\\" else pattern[i]
        if in_class:
            in_class = piece != "]"
        elif piece == "[":
            in_class = True
        elif depth == 0 and pattern.startswith(_LOOKAROUNDS, i):
            depth = 1
            i += 1
            continue
        elif depth and piece in ("(", ")"):
            depth += 1 if piece == "(" else -1
            i += 1
            continue
        if depth == 0:
            out.append(piece)
        i += len(piece)
    return "".join(out)


def _words_and_patterns(info: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    words = [str(w) for field in _WORD_FIELDS for w in info.get(field, [])]
    words += [str(w) for translations in info.get("relative-type", {}).values() for w in translations]
    patterns = [str(key) for simplification in info.get("simplifications", []) for key in simplification]
    patterns += [str(p) for expressions in info.get("relative-type-regex", {}).values() for p in expressions]
    return words, patterns
