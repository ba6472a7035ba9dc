"""The words a text is searched by: its folded view (lexicon/fold.py: case, Arabic and Persian letter
forms, harakat, tatweel, ё, Greek accents) cut into words, with the diacritics of Latin letters removed
(é is e, ễ is e: as SQLite's unicode61 tokenizer with remove_diacritics 2 reads them), and every letter
of a script written without spaces (Han, kana, Thai, Hangul) a word of its own, so that 普京 is found
inside 普京表示 as the phrase 普 京.

The same cut is made of the articles (``search_form``, what the store indexes) and of a query
(``tokens``), so that both databases' indexes and the check in Python agree on what a word is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..lexicon.fold import fold_text
from ..lexicon.matcher import _is_unspaced as is_unspaced

# The indexed form of one article stops after this many characters: PostgreSQL's tsvector holds at
# most 1 MB, which a hostile text of distinct words could pass; news articles are far shorter.
MAX_FORM = 200_000
_COMBINING = (0x0300, 0x036F)   # Combining Diacritical Marks: what Latin letters carry
_LATIN_WITH_MARKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def _latin_base(ch: str) -> str:
    """A Latin letter with diacritics as its base letter; any other character as it is."""
    if not any(lo <= ord(ch) <= hi for lo, hi in _LATIN_WITH_MARKS):
        return ch
    parts = unicodedata.normalize("NFD", ch)
    if (len(parts) > 1 and unicodedata.name(parts[0], "").startswith("LATIN")
            and all(_COMBINING[0] <= ord(p) <= _COMBINING[1] for p in parts[1:])):
        return parts[0].lower()
    return ch


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" and ch != "_"


class _Flat(dict[int, str]):
    """str.translate table, filled as characters are met: a separator becomes a space, a Latin letter
    its base letter; ``spaced`` puts spaces around each letter of an unspaced script."""

    def __init__(self, spaced: bool) -> None:
        super().__init__()
        self.spaced = spaced

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if _COMBINING[0] <= code <= _COMBINING[1]:
            value = _DROPPED if not self.spaced else ""   # a stress mark (бо́тин), a lone accent
        elif not _is_word_char(ch):
            value = " "
        elif is_unspaced(ch):
            value = f" {ch} " if self.spaced else ch
        else:
            value = _latin_base(ch)
        self[code] = value
        return value


_DROPPED = "\x00"   # in the one-for-one view: a character no word keeps
_WORDS = _Flat(spaced=True)    # bounded: one entry per character ever met
_ONE_FOR_ONE = _Flat(spaced=False)
_RUN = re.compile(r"\S+")


@dataclass(frozen=True)
class Token:
    """One searched word: its search form, and where it stands in the original text."""

    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The words of ``text`` in order, each with its span in ``text`` (the same words as ``words``)."""
    view = fold_text(text)
    flat = view.text.translate(_ONE_FOR_ONE)   # one character for one: offsets stay those of the view
    out: list[Token] = []

    def add(start: int, end: int) -> None:
        word = flat[start:end].replace(_DROPPED, "")
        if word:
            out.append(Token(word, *view.span(start, end)))

    for m in _RUN.finditer(flat):
        run, at = m.group(), m.start()
        if run.isascii() or not any(is_unspaced(ch) for ch in run):
            add(at, m.end())
            continue
        i = 0
        for j, ch in enumerate(run):
            if is_unspaced(ch):
                add(at + i, at + j)
                add(at + j, at + j + 1)
                i = j + 1
        add(at + i, m.end())
    return out


def words(text: str) -> list[str]:
    """The search forms of the words of ``text`` (``tokens`` without the spans, quicker)."""
    return fold_text(text).text.translate(_WORDS).split()


def search_form(title: str | None, text: str) -> str:
    """What the store indexes for an article: the words of its title and text, one space between, cut
    at ``MAX_FORM`` characters (at a word's end)."""
    form = " ".join(words(f"{title}\n{text}" if title else text))
    if len(form) <= MAX_FORM:
        return form
    cut = form.rfind(" ", 0, MAX_FORM + 1)
    return form[:cut] if cut > 0 else form[:MAX_FORM]


def is_unspaced_word(word: str) -> bool:
    """A word that is one letter of a script written without spaces (it is matched whole)."""
    return len(word) == 1 and is_unspaced(word)
