"""The words search reads (text/terms.py): the same cut for the index and the query, each word's span
in the original text, letter forms and accents folded, scripts without spaces letter by letter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from treatywatch.store.fulltext import Phrase, fts5_query, tsquery
from treatywatch.text.terms import MAX_FORM, search_form, tokens, words


def test_folding_as_the_lexicon_folds_and_latin_accents_dropped() -> None:
    assert words("أعلنَ الإتفاقيّة ـــ مُعَاهَدَة") == ["اعلن", "الاتفاقيه", "معاهده"]
    assert words("پیمان کرملین") == words("پيمان كرملين")          # Persian ya and kaf
    assert words("Genève, Nguyễn, İstanbul, ВЛАДИМИР, ёж") == ["geneve", "nguyen", "istanbul", "владимир", "еж"]
    assert words("бо́льшая") == ["большая"]                        # a stress mark is no letter
    assert words("हिंदी में समझौता") == ["हिंदी", "में", "समझौता"]        # vowel signs are part of the word


def test_unspaced_scripts_letter_by_letter_and_spaced_ones_by_word() -> None:
    assert words("普京表示abc") == ["普", "京", "表", "示", "abc"]
    assert words("푸틴은 밝혔다") == ["푸", "틴", "은", "밝", "혔", "다"]
    assert words("New-START's l'accord 2010") == ["new", "start", "s", "l", "accord", "2010"]


@given(st.text(alphabet=st.sampled_from("aé ÉИй\u0301ـأإ普京 ,.-'\n\u064e푸"), max_size=60))
def test_tokens_are_the_words_and_point_into_the_text(text: str) -> None:
    found = tokens(text)
    assert [t.text for t in found] == words(text)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert words(text[t.start:t.end]) == [t.text]


def test_the_indexed_form_is_cut_at_a_word_end() -> None:
    assert search_form("Title", "the text") == "title the text"
    long = " ".join(f"word{i}" for i in range(60_000))
    form = search_form(None, long)
    assert len(form) <= MAX_FORM and long.startswith(form) and form.split()[-1] in long.split()


def test_query_words_are_quoted_never_syntax() -> None:
    odd = Phrase(('a"b', "c'd\\"), prefix=True)
    assert fts5_query([odd, Phrase(("x",))]) == '"a""b c\'d\\"* OR "x"'
    assert tsquery([odd, Phrase(("x",))]) == "('a\"b' <-> 'c''d\\\\':*) | ('x')"
