"""The multilingual matcher: folding, word boundaries, clitics, inflection, run-together words, gaps,
and offsets that always point into the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from treatywatch.lexicon.fold import fold, fold_text
from treatywatch.lexicon.matcher import Entry, Matcher


def found(matcher: Matcher, text: str) -> list[tuple[str, object]]:
    return [(text[h.start:h.end], h.payload) for h in matcher.find(fold_text(text), text)]


def test_arabic_variants_and_clitics() -> None:
    m = Matcher([Entry("الولايات المتحدة", "usa"), Entry("روسيا", "russia")], clitics=["و", "ل", "ال"])
    text = "وقعت عليها كل من روسيا والولايات المتحدة، لروسيا"
    assert found(m, text) == [("روسيا", "russia"), ("الولايات المتحدة", "usa"), ("روسيا", "russia")]
    assert fold("أكتوبر") == fold("اكتوبر") and fold("مُعاهدة") == fold("معاهده")


def test_greek_accents_fold() -> None:
    m = Matcher([Entry("υπέγραψε", "sign"), Entry("Ρωσία", "russia")], suffix_tolerance=2)
    text = "Η ΡΩΣΙΑ ΥΠΕΓΡΑΨΕ, η Ρωσίας υπεγράψε"
    assert [p for _, p in found(m, text)] == ["russia", "sign", "russia", "sign"]
    assert fold("Άλλη ΐ ϋ") == fold("αλλη ι υ")


def test_whole_words_and_case_sensitive_forms() -> None:
    m = Matcher([Entry("US", "usa", case_sensitive=True), Entry("Putin", "putin")])
    assert found(m, "Let us see: the US and Putinism, Putin.") == [("US", "usa"), ("Putin", "putin")]


def test_russian_inflection_within_tolerance() -> None:
    m = Matcher([Entry("Рябков", "ryabkov")], suffix_tolerance=3)
    assert found(m, "слова Рябкова и Рябковым, не Рябковщиною") == [("Рябкова", "ryabkov"), ("Рябковым", "ryabkov")]


def test_words_run_together_are_glued_to_known_words() -> None:
    m = Matcher([Entry("Sullivan", "sullivan")], glue=["cho biết"])
    assert found(m, "Jake Sullivancho biết, và Sullivanxyz") == [("Sullivan", "sullivan")]


def test_gapped_forms_stay_in_their_sentence() -> None:
    m = Matcher([Entry("lässt…ruhen", "suspend")])
    text = "Russland lässt seine Teilnahme ruhen. Er lässt es. Dann ruhen sie."
    assert found(m, text) == [("lässt seine Teilnahme ruhen", "suspend")]


def test_a_tie_goes_to_the_entry_given_first_whatever_its_first_word() -> None:
    # both spans run from "zich" to "terugtrekken"; the negated form is listed first and wins
    m = Matcher([Entry("zich niet…terugtrekken", "negated"), Entry("zich…terugtrekken", "asserted")], gap_reach=100)
    assert found(m, "dat het zich niet uit het verdrag zal terugtrekken.") == [
        ("zich niet uit het verdrag zal terugtrekken", "negated")]
    m = Matcher([Entry("zich…terugtrekken", "asserted"), Entry("zich niet…terugtrekken", "negated")], gap_reach=100)
    assert found(m, "dat het zich niet uit het verdrag zal terugtrekken.")[0][1] == "asserted"


def test_chinese_needs_no_spaces() -> None:
    m = Matcher([Entry("俄罗斯", "russia"), Entry("新削减战略武器条约", "new-start")])
    assert found(m, "俄罗斯暂停参加新削减战略武器条约。") == [("俄罗斯", "russia"), ("新削减战略武器条约", "new-start")]


# How news really writes one letter several ways (the expectation, written out here, not taken from
# fold.py): alef with or without hamza or madda, ta marbuta or heh, alef maqsura, Persian ya or ya,
# Persian or Arabic kaf, ё or е; and harakat, shadda or a tatweel between two letters.
SPELLINGS = {"ا": "اأإآ", "ه": "هة", "ي": "يىی", "ك": "كک", "е": "её"}
INSIDE = ["", "", "\u064e", "\u0650", "\u064f", "\u0651", "\u0640"]
ENTRIES = {"معاهده": "treaty", "امريكي": "american", "الاتفاقيه": "agreement", "Федоров": "fedorov"}
NOISE = ["في", "قال", "إن", "على", "и", "на", "сказал", "the", "2023", "،", "."]


@st.composite
def written(draw: st.DrawFn) -> tuple[str, str, str]:
    """(text, the entry's word as written in it, its payload): the word spelt any usual way, among noise."""
    word = draw(st.sampled_from(sorted(ENTRIES)))
    letters = [draw(st.sampled_from(SPELLINGS.get(c, c))) for c in word]
    spelt = letters[0] + "".join(draw(st.sampled_from(INSIDE)) + c for c in letters[1:])
    before = draw(st.lists(st.sampled_from(NOISE), max_size=4))
    after = draw(st.lists(st.sampled_from(NOISE), max_size=4))
    return " ".join([*before, spelt, *after]), spelt, ENTRIES[word]


@given(written())
def test_every_usual_spelling_is_found_where_it_is_written(case: tuple[str, str, str]) -> None:
    text, spelt, payload = case
    m = Matcher([Entry(word, p) for word, p in ENTRIES.items()])
    assert found(m, text) == [(spelt, payload)]


def test_hebrew_points_devanagari_nukta_and_urdu_heh_fold_away() -> None:
    from treatywatch.lexicon.fold import fold

    assert fold("פזֶשכיאן") == fold("פזשכיאן")
    assert fold('ארה״ב') == fold('ארה"ב')
    assert fold("फ़ैसला") == fold("फैसला")
    assert fold("معاہدہ") == fold("معاهده")
