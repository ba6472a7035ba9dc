"""The normalised view that names and cues are matched on, with a map back to the original offsets.

Folding works character by character, so every folded character knows which original character it
came from: a match in the folded view becomes a span of the original text without any search.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from treatywatch.lexicon.hanzi import SIMPLIFIED, TRADITIONAL

# One letter for every way Arabic-script news writes it (alef with hamza or madda, alef maqsura and
# Persian ya, ta marbuta, Persian kaf); ё is written е in most Russian news.
_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه",
    "ک": "ك",
    "ہ": "ه", "ۃ": "ه", "ۂ": "ه",   # Urdu heh goal and its ta marbuta / hamza forms: Arabic heh
    "ؤ": "و",
    "ё": "е",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'",
    "ʻ": "'",                        # the turned comma of Uzbek oʻ, gʻ, written ' ‘ ’ ` as often
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    "\u00a0": " ", "\u200c": " ",
    "״": '"', "׳": "'",              # Hebrew gershayim and geresh, as news types them
}
# Greek tonos and dialytika: headlines in capitals drop them (ΥΠΕΓΡΑΨΕ / υπέγραψε) and news is not
# consistent about them, so a Greek form is matched with or without its accents.
_LETTERS.update({a: b for a, b in zip("άέήίόύώΐΰϊϋΆΈΉΊΌΎΏΪΫ", "αεηιουωιυιυαεηιουωιυ", strict=True)})
# A Traditional Chinese character reads as its Simplified form (OpenCC's character table, lexicon/hanzi.py):
# a Chinese form written in either script matches text in both.
_LETTERS.update(zip(TRADITIONAL, SIMPLIFIED, strict=True))
# Malayalam writes a word-final consonant two ways: the atomic chillu (ൻ, ർ, ൽ, ൾ, ൺ, ൿ) or the consonant
# with a virama (ന്, also with a zero-width joiner: the older encoding many sites keep): "പുടിൻ" / "പുടിന്".
# The chillu reads as its consonant and the Malayalam virama and the joiner are dropped, so both spellings
# fold alike.
_LETTERS.update(zip("\u0d7a\u0d7b\u0d7c\u0d7d\u0d7e\u0d7f", "\u0d23\u0d28\u0d30\u0d32\u0d33\u0d15", strict=True))
_LETTERS["\u200d"] = ""
# Persian and Arabic-Indic digits read as ASCII digits.
_LETTERS.update({chr(0x0660 + i): str(i) for i in range(10)})
_LETTERS.update({chr(0x06F0 + i): str(i) for i in range(10)})
_TATWEEL = "\u0640"
# Marks that spell the same word with or without them: Arabic harakat, Hebrew niqqud and cantillation,
# and the Devanagari nukta (फ़ैसला / फैसला; NFC keeps it apart from its letter).
_DROPPED_MARKS = (("\u0610", "\u06ff"), ("\u0591", "\u05c7"), ("\u093c", "\u093c"))


@cache
def fold_char(ch: str) -> str:
    """The folded form of one character: one character, or "" when it is dropped (diacritics)."""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch == _TATWEEL:
        return ""
    if unicodedata.category(ch) == "Mn" and any(lo <= ch <= hi for lo, hi in _DROPPED_MARKS):
        return ""  # Arabic harakat, Hebrew points, Devanagari nukta: written or not, the same word
    low = ch.lower()
    return low if len(low) == 1 else ch  # "İ".lower() is two characters: keep one for one


def fold_passage(text: str) -> str:
    """A passage of an article folded as ``fold`` folds a form, and not kept: an article's text comes
    once, and ``fold``'s cache filled with whole passages would hold gigabytes over an archive."""
    mapped = text.translate(_FOLD_TABLE)
    lowered = mapped.lower()
    if len(lowered) != len(mapped) or "Σ" in mapped:
        # lower() of the whole string changed a length ("İ") or read a context (final sigma): fold_char
        # folds each character alone, one for one
        lowered = "".join(fold_char(c) for c in text)
    return " ".join(lowered.split())


@lru_cache(maxsize=1 << 17)  # a pure function of the data's forms, asked again for every language's matcher
def fold(text: str) -> str:
    """The folded form of a name or cue from the data files."""
    return fold_passage(text)


@dataclass(frozen=True)
class Folded:
    """A text's folded view; ``origin[i]`` is the offset in the original of folded character ``i``
    (``origin`` is None when folding kept every character in place, the common case)."""

    text: str
    origin: tuple[int, ...] | None
    length: int  # the original's length, so a match ending at the folded end maps to it

    def at(self, i: int) -> int:
        return i if self.origin is None else self.origin[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span [start, end)."""
        if start >= len(self.text):
            return self.length, self.length
        return self.at(start), (self.at(end - 1) + 1 if end > start else self.at(start))

    def offset(self, original: int) -> int:
        """The folded offset of the first folded character at or after an original offset."""
        if self.origin is None:
            return original
        return bisect.bisect_left(self.origin, original)


# Every character that folds to something else than itself, or to nothing.
_SPECIAL_CHARS = frozenset(set(_LETTERS) | {_TATWEEL} | {
    chr(c) for lo, hi in _DROPPED_MARKS for c in range(ord(lo), ord(hi) + 1)
    if unicodedata.category(chr(c)) == "Mn"})


# fold(): the characters fold_char maps or drops; every other one is lowered (whole-string lower() is
# the same one for one, but for the cases fold() checks).
_FOLD_TABLE = str.maketrans({**_LETTERS, _TATWEEL: None, **{
    chr(c): None for lo, hi in _DROPPED_MARKS for c in range(ord(lo), ord(hi) + 1)
    if unicodedata.category(chr(c)) == "Mn"}})


# The special characters, and those folded to nothing, each found by one regex search over a text (a
# character class is tested in C, faster than a set of the text's characters or a loop over them).


@cache
def _special() -> re.Pattern[str]:
    """The class of the special characters: compiled at first use and kept on disk (lexicon/patterns.py),
    since its 4,000 Han characters take ``re`` some 10 ms to compile in every process."""
    from .patterns import compiled  # here: patterns -> built imports nothing of fold, but keep it lazy
    return compiled("[" + "".join(re.escape(c) for c in sorted(_SPECIAL_CHARS)) + "]")


_SPECIAL_FOLDED = {c: fold_char(c) for c in _SPECIAL_CHARS}


@cache
def _special_kept() -> re.Pattern[str]:
    """``_special``'s class as a group: a text split at it keeps the special characters between its pieces."""
    from .patterns import compiled
    return compiled("([" + "".join(re.escape(c) for c in sorted(_SPECIAL_CHARS)) + "])")


def _fold_special(lowered: str) -> str:
    """``lowered`` with each special character folded (``fold_char``): a split at their class, which
    touches only them. (``str.translate`` with a table of them looked every character of the text up:
    some 250 ns a character beyond Latin-1, most of the time of folding a text.)"""
    pieces = _special_kept().split(lowered)
    pieces[1::2] = [_SPECIAL_FOLDED[c] for c in pieces[1::2]]
    return "".join(pieces)
_DROPPED = re.compile("[" + "".join(re.escape(c) for c in sorted(_SPECIAL_CHARS) if not fold_char(c)) + "]")


def fold_text(text: str, breaks: frozenset[int] = frozenset()) -> Folded:
    """The folded view of ``text``; a space is put before every offset in ``breaks`` (words that
    real text runs together, "Sullivancho biết": the space maps to the next character)."""
    if not breaks:
        lowered = text.lower()
        if len(lowered) == len(text):
            # Fast path: lower() kept one character for one; the few characters that fold further
            # (Arabic letters, quotes, dashes, diacritics) go through a translation table.
            if _special().search(lowered) is None:
                return Folded(lowered, None, len(text))
            folded = _fold_special(lowered)
            if len(folded) == len(text):
                return Folded(folded, None, len(text))
            return Folded(folded, _kept(lowered), len(text))
    return _fold_each(text, breaks)


def _kept(lowered: str) -> tuple[int, ...]:
    """The offsets of the characters that fold to something (all but the dropped marks), as runs of
    ranges between the dropped ones."""
    runs: list[range] = []
    done = 0
    for m in _DROPPED.finditer(lowered):
        runs.append(range(done, m.start()))
        done = m.start() + 1
    runs.append(range(done, len(lowered)))
    return tuple(itertools.chain.from_iterable(runs))


class _EachChar(dict[int, str]):
    """``fold_char`` as a translation table that fills itself: ``str.translate`` asks it for each
    character, and a character first seen is folded then (no table built per text)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_EACH = _EachChar()


def _fold_each(text: str, breaks: frozenset[int]) -> Folded:
    """Every character folded by itself (``fold_char``), with a space before each offset in ``breaks``:
    one ``translate`` for the text, and the spaces put in between its slices."""
    if "Σ" not in text and len(text.lower()) == len(text):
        # fold_char of each character, piece by piece: the special characters by their fold, the pieces
        # between them by lower(), which is fold_char's lower() of each of their characters here (none
        # grew, and the final sigma, the one letter lower() reads in context, is absent)
        pieces = _special_kept().split(text)
        pieces[0::2] = [piece.lower() for piece in pieces[0::2]]
        pieces[1::2] = [_SPECIAL_FOLDED[c] for c in pieces[1::2]]
        folded = "".join(pieces)
    else:
        folded = text.translate(_EACH)
    if len(folded) == len(text):
        kept: Sequence[int] = range(len(text))
    else:  # some characters fold to nothing (diacritics): the others keep their offsets
        kept = _kept(text)
    chars: list[str] = []
    origin: list[int] = []
    done = 0
    for at in sorted(b for b in breaks if 0 <= b < len(text)):
        upto = bisect.bisect_left(kept, at)
        chars += (folded[done:upto], " ")
        origin += (*kept[done:upto], at)
        done = upto
    chars.append(folded[done:])
    origin += kept[done:]
    return Folded("".join(chars), tuple(origin), len(text))
