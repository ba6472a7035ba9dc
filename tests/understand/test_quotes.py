"""Quotations in every quote style and the speaker, named before, after, by role, by pronoun, or later."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize("language, text, speaker, said", [
    ("en", 'Lavrov said: “The treaty is dead and buried.”', "lavrov", "The treaty is dead and buried."),
    ("fr", "« La Russie ne reviendra pas au traité », a déclaré Sergueï Riabkov.", "ryabkov",
     "La Russie ne reviendra pas au traité"),
    ("de", "„Wir halten uns an die Obergrenzen“, sagte Kremlsprecher Dmitri Peskow.", "peskov",
     "Wir halten uns an die Obergrenzen"),
    ("de", "»Wir halten uns an die Obergrenzen«, sagte Peskow.", "peskov", "Wir halten uns an die Obergrenzen"),
    ("ru", "«Мы не вернемся к договору», — заявил Сергей Рябков.", "ryabkov", "Мы не вернемся к договору"),
    ("zh", "普京表示：「俄罗斯准备在一年内继续遵守条约的限制。」", "putin", "俄罗斯准备在一年内继续遵守条约的限制。"),
    ("ar", 'وقال لافروف: "لن نعود إلى المعاهدة".', "lavrov", "لن نعود إلى المعاهدة"),
    ("fa", "عراقچی گفت: «ایران به تعهدات خود پایبند است.»", "araghchi", "ایران به تعهدات خود پایبند است."),
    ("tr", 'Peskov, "Moskova anlaşmaya bağlı kalacak" dedi.', "peskov", "Moskova anlaşmaya bağlı kalacak"),
    ("vi", "“Nga sẽ không quay lại hiệp ước”, ông Lavrov nói.", "lavrov", "Nga sẽ không quay lại hiệp ước"),
    ("es", "‹Rusia no volverá al tratado›, dijo Serguéi Riabkov.", "ryabkov", "Rusia no volverá al tratado"),
])
def test_quote_styles_and_speakers(language: str, text: str, speaker: str, said: str) -> None:
    assert (speaker, said) in quotes(text, language)


def test_a_role_noun_resolves_to_a_person_named_later() -> None:
    text = ('"We will not return to the treaty," the senior diplomat said.\n'
            "Deputy Foreign Minister Sergei Ryabkov spoke in Moscow.")
    assert quotes(text, "en") == [("ryabkov", "We will not return to the treaty")]


def test_a_role_with_its_state_resolves_to_the_holder_at_the_date() -> None:
    text = '"We are ready to talk," the Russian president said on Tuesday.'
    from .helpers import read

    assert [q.speaker for q in read(text, "en", "2024-07-09").quotes] == ["putin"]
    assert [q.speaker for q in read(text, "en", "2010-07-09").quotes] == ["medvedev"]


def test_he_added_goes_on_with_the_last_speaker_across_sentences() -> None:
    text = 'Lavrov said: "The treaty is dead." He added: "Nobody will revive it."'
    assert quotes(text, "en") == [("lavrov", "The treaty is dead."), ("lavrov", "Nobody will revive it.")]


def test_scare_quotes_and_quoted_names_are_not_quotations_of_anyone() -> None:
    found = quotes('Russia’s actions are not motivated by “opportunistic” motives, the "New START" text says.', "en")
    assert all(speaker is None for speaker, _ in found)
    assert ("ryabkov", "no reason") not in found


def test_a_verb_that_qualifies_attributes_the_words() -> None:
    found = quotes("Antony Blinken a qualifié cette décision de « profondément regrettable et irresponsable ».", "fr")
    assert found == [("blinken", "profondément regrettable et irresponsable")]


def test_a_mark_inside_a_word_is_no_quotation_mark() -> None:
    """Hebrew writes abbreviations with gershayim typed as " (ארה"ב): between two letters of one word
    it neither opens nor closes a quotation; in Chinese, written without spaces, it still does."""
    found = quotes('שר החוץ לברוב אמר: "רוסיה לא תחזור לאמנה כל עוד ארה"ב מפרה אותה".', "he")
    assert found == [("lavrov", 'רוסיה לא תחזור לאמנה כל עוד ארה"ב מפרה אותה')]
    assert ("putin", "俄罗斯准备继续遵守条约的限制") in quotes('普京表示"俄罗斯准备继续遵守条约的限制"。', "zh")
