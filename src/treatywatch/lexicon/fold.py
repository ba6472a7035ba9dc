"""The normalised view that names and cues are matched on, with a map back to the original offsets.

Folding works character by character, so every folded character knows which original character it
came from: a match in the folded view becomes a span of the original text without any search.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

# One letter for every way Arabic-script news writes it (alef with hamza or madda, alef maqsura and
# Persian ya, ta marbuta, Persian kaf); ё is written е in most Russian news.
_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه",
    "ک": "ك",
    "ؤ": "و",
    "ё": "е",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    "\u00a0": " ", "\u200c": " ",
}
# Persian and Arabic-Indic digits read as ASCII digits.
_LETTERS.update({chr(0x0660 + i): str(i) for i in range(10)})
_LETTERS.update({chr(0x06F0 + i): str(i) for i in range(10)})
_TATWEEL = "\u0640"


@cache
def fold_char(ch: str) -> str:
    """The folded form of one character: one character, or "" when it is dropped (diacritics)."""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch == _TATWEEL:
        return ""
    if unicodedata.category(ch) == "Mn" and "\u0610" <= ch <= "\u06ff":
        return ""  # Arabic harakat, shadda, sukun: written or not, the same word
    low = ch.lower()
    return low if len(low) == 1 else ch  # "İ".lower() is two characters: keep one for one


def fold(text: str) -> str:
    """The folded form of a name or cue from the data files."""
    return " ".join("".join(fold_char(c) for c in text).split())


@dataclass(frozen=True)
class Folded:
    """A text's folded view; ``origin[i]`` is the offset in the original of folded character ``i``."""

    text: str
    origin: tuple[int, ...]
    length: int  # the original's length, so a match ending at the folded end maps to it

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span [start, end)."""
        if start >= len(self.origin):
            return self.length, self.length
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])


def fold_text(text: str, breaks: frozenset[int] = frozenset()) -> Folded:
    """The folded view of ``text``; a space is put before every offset in ``breaks`` (words that
    real text runs together, "Sullivancho biết": the space maps to the next character)."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if i in breaks:
            chars.append(" ")
            origin.append(i)
        f = fold_char(ch)
        if f:
            chars.append(f)
            origin.append(i)
    return Folded("".join(chars), tuple(origin), len(text))
