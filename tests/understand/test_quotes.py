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


def test_a_treaty_name_in_quotation_marks_is_a_title_not_words_said() -> None:
    # Japanese and Arabic papers quote a treaty's full title; words around it are still someone's.
    text = "プーチン大統領は演説で「新戦略兵器削減条約（新START）」の履行を停止すると述べた。"
    assert quotes(text, "ja") == []
    from .helpers import events

    assert ("suspend", "new-start", "russia") in {e[:3] for e in events(text, "ja", "2023-02-21")}
    # Names that are not a treaty's, quoted among other words, are words said.
    assert quotes("報道官は、核の均衡が「プーチン大統領とロシアの目標」だと語った。", "ja") != []


def test_a_particle_after_a_role_noun_is_no_name() -> None:
    """Japanese writes the name before the role (田中報道官は…); what follows the role is a particle and
    the rest of the clause, never a name, and no name holds a digit."""
    said = quotes("外務省の田中報道官は5日の記者会見で「交渉に加わる考えはない」と述べた。", "ja")
    assert [q for _, q in said] == ["交渉に加わる考えはない"]
    assert said[0][0] is not None and said[0][0].isalpha() and len(said[0][0]) <= 8


def test_he_is_the_subject_of_the_last_verb_of_saying_not_the_first_name() -> None:
    """"…, when President Putin was in Minsk, said spokesman Peskov. «…», he said": "he" is who said it in
    the sentence before, the person named nearest its verb of saying, not the first person it names."""
    text = ("Решение приняли полгода назад, когда президент Владимир Путин был в Минске, заявил "
            "пресс-секретарь Кремля Дмитрий Песков. «Тогда всё и обсудили», — сказал он.")
    assert quotes(text, "ru") == [("peskov", "Тогда всё и обсудили")]
    text = 'Billingslea said he had agreed with Ryabkov on the terms. "We are close," he added.'
    assert quotes(text, "en") == [("billingslea", "We are close")]


def test_an_office_that_speaks_after_the_quotation_lends_it_no_person() -> None:
    """'"…", said the Russian Foreign Ministry' right after Lavrov's words: the ministry speaks, and the
    quotation chained to Lavrov's is not his. A person named after the verb is the speaker."""
    text = 'Lavrov said: "The treaty is dead." "Nobody will ever revive it," said the Russian Foreign Ministry.'
    assert quotes(text, "en") == [("lavrov", "The treaty is dead."), (None, "Nobody will ever revive it")]
    text = "Rjabkov řekl: „Smlouva je mrtvá.“ „Nikdo ji už nikdy neobnoví“, uvedlo ruské ministerstvo zahraničí."
    assert quotes(text, "cs")[1] == (None, "Nikdo ji už nikdy neobnoví")
    text = 'Lavrov said: "The treaty is dead." "Nobody will ever revive it," said Russian diplomat Ivan Petrov.'
    assert quotes(text, "en")[1] == ("petrov", "Nobody will ever revive it")


def test_the_topic_marked_person_says_the_quotation_of_a_verb_final_sentence() -> None:
    """ja は / ko 은 marks the subject: the spokesman said it, though Trump is named nearer the quotation."""
    text = ("中国外務省の王明副報道局長は3日、トランプ米大統領が3カ国協議を提案したことに対して"
            "「中国は交渉に参加しない」と述べた。")
    assert quotes(text, "ja") == [("wang", "中国は交渉に参加しない")]
