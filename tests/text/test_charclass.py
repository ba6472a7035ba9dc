"""The character classes used on every article: generated tables true to this Python's Unicode data,
and the words language identification counts."""

from __future__ import annotations

import unicodedata

import pytest

from treatywatch.lexicon.fold import fold
from treatywatch.text import _charclasses
from treatywatch.text.charclass import char_class, ranges_where
from treatywatch.text.language import _words, identify, word_mark
from treatywatch.text.normalise import dropped, normalise


@pytest.mark.parametrize("name, accept", [("DROPPED", dropped), ("WORD_MARKS", word_mark)])
def test_generated_tables_are_this_pythons_unicode_data(name: str, accept: object) -> None:
    # stale after a Python with other Unicode data: run bench/gen_charclasses.py
    assert _charclasses.UNIDATA_VERSION == unicodedata.unidata_version
    assert getattr(_charclasses, name) == tuple(ranges_where(accept))  # type: ignore[arg-type]


def test_ranges_and_class() -> None:
    assert ranges_where(str.isdigit, [range(0x2F, 0x3B)]) == [(0x30, 0x39)]
    assert char_class([(0x30, 0x39), (0x2D, 0x2D)]) == "0-9\\-"


def _words_one_by_one(text: str) -> list[str]:
    """The definition: runs of characters that are alphanumeric or a mark (Mn, Mc)."""
    out, word = [], ""
    for ch in text + " ":
        if ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc"):
            word += ch
        elif word:
            out.append(word)
            word = ""
    return out


@pytest.mark.parametrize("text", [
    "रूस ने संधि से हटने की घोषणा की।",          # Devanagari vowel signs inside words
    "ประเทศไทยลงนามสนธิสัญญา",                    # Thai vowel marks
    "new_start treaty__ _x_ 2026",                 # the underscore is no word character
    "𑀅𑀲𑁄𑀓 and 𝅘𝅥𝅮 notes",                       # astral letters and an astral spacing mark
    "Договор СНВ-3, «New START» (2010).",
])
def test_words_are_letters_digits_and_their_marks(text: str) -> None:
    assert _words(text) == _words_one_by_one(text)


def test_identifying_an_article_keeps_no_copy_of_its_text() -> None:
    identify("Le traité a été signé à Moscou par les deux ministres.")   # the lexicon's own forms folded
    text = normalise("Россия приостановила участие в договоре СНВ-3, заявил министр. " * 20)
    before = fold.cache_info().currsize
    assert identify(text) == "ru"
    assert fold.cache_info().currsize == before
