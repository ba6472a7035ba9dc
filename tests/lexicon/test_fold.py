"""The folded view of a text: each character folded alone, and every folded character mapped back to
the original character it came from (the fast paths of ``fold_text`` find the characters to fold or
drop by regex; these properties hold whichever path a text takes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from treatywatch.lexicon.fold import fold, fold_char, fold_text

# plain letters and spaces, and characters that fold: Arabic letter variants, harakat and tatweel,
# Hebrew points, the Devanagari nukta, Greek accents, curly quotes, dashes, no-break spaces
# Traditional Chinese characters (條約 暫停), a Simplified one, a Japanese one that no table changes (発)
# (not "Σ" nor "İ": lower() reads the first in context and lengthens the second, as fold_text means it to)
_ALPHABET = "abc xyzأةیکـ\u064e\u0651\u05b0\u05b8\u093cकफάέΆ’‘ʻ—–\u00a0\u200cщё條約暫停条発"


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_each_character_folds_alone_and_maps_back(text: str) -> None:
    folded = fold_text(text)
    kept = [i for i, c in enumerate(text) if fold_char(c)]
    assert folded.text == "".join(fold_char(text[i]) for i in kept)
    assert folded.length == len(text)
    if len(kept) == len(text):
        assert folded.origin is None  # nothing dropped: offsets are the original's
    else:
        assert folded.origin == tuple(kept)


@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40), st.data())
def test_a_break_puts_a_space_that_maps_to_the_next_character(text: str, data: st.DataObject) -> None:
    breaks = frozenset(data.draw(st.sets(st.integers(0, len(text) - 1), min_size=1, max_size=3)))
    folded = fold_text(text, breaks)
    assert folded.origin is not None and len(folded.origin) == len(folded.text)
    assert list(folded.origin) == sorted(folded.origin)
    for char, at in zip(folded.text, folded.origin, strict=True):
        assert char == fold_char(text[at]) or (char == " " and at in breaks)
    assert len(folded.text) == len([c for c in text if fold_char(c)]) + len(breaks)  # one space a break


def test_traditional_chinese_reads_as_simplified_and_keeps_its_offsets() -> None:
    text = "俄羅斯暫時停止參與《新削減戰略武器條約》。"
    folded = fold_text(text)
    assert folded.text == "俄罗斯暂时停止参与《新削减战略武器条约》。"
    assert folded.origin is None and folded.length == len(text)  # one for one: offsets are the original's
    # a form written in either script is the same form; Japanese shinjitai and plain Simplified are kept
    assert fold("條約") == fold("条约") == "条约"
    assert fold("核実験") == "核実験" and fold("发表") == "发表"


def test_every_apostrophe_folds_to_one() -> None:
    """Uzbek writes its oʻ and gʻ with the turned comma ʻ or any apostrophe: one form finds them all."""
    assert {fold_text(f"to{mark}xtatdi").text for mark in "'’‘ʼʻ`"} == {"to'xtatdi"}


def test_a_malayalam_chillu_reads_as_its_consonant_and_the_joiner_is_dropped() -> None:
    """"പുടിൻ" (atomic chillu) and "പുടിന്" (consonant and virama, the older encoding): the chillu folds to
    its consonant, so the name is the other's stem; a zero-width joiner (ന്‍, र्‍य) is no letter."""
    assert fold("പുടിൻ") == "പുടിന" and fold_text("പുടിന്").text.startswith(fold("പുടിൻ"))
    assert fold("गर्\u200dयो") == fold("गर्यो")
    folded = fold_text("ന്\u200dx")
    assert folded.text == "ന്x" and folded.origin == (0, 1, 3)
