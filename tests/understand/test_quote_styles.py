"""Quotation styles of every press, speakers nobody listed in every script, chained and unattributed
quotations. All sentences are our own."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize("language, text, said", [
    ("en", 'Lavrov said: "The treaty is dead."', "The treaty is dead."),
    ("en", "Lavrov said: “The treaty is dead.”", "The treaty is dead."),
    ("en", "Sergei Lavrov spoke on Monday. ‘We will not sign the treaty,’ he said.", "We will not sign the treaty"),
    ("de", "Peskow sagte: „Wir halten uns an den Vertrag.“", "Wir halten uns an den Vertrag."),
    ("de", "Peskow sagte: »Wir halten uns an den Vertrag«.", "Wir halten uns an den Vertrag"),
    ("fr", "Lavrov a déclaré : « Le traité est mort ».", "Le traité est mort"),
    ("ru", "Лавров заявил: «Договор мертв».", "Договор мертв"),
    ("pl", "„To logiczny krok” – stwierdził Siergiej Ławrow.", "To logiczny krok"),
    ("he", "שר החוץ לברוב אמר: ״רוסיה לא תחזור לאמנה״.", "רוסיה לא תחזור לאמנה"),
    ("ja", "プーチン大統領は「ロシアは条約を守る」と述べた。", "ロシアは条約を守る"),
    ("ja", "プーチン大統領は『ロシアは条約を守る』と述べた。", "ロシアは条約を守る"),
    ("zh", "普京表示：「俄罗斯将继续遵守条约。」", "俄罗斯将继续遵守条约。"),
    ("es", "‹Rusia no volverá al tratado›, dijo Lavrov.", "Rusia no volverá al tratado"),
])
def test_each_quotation_mark_style(language: str, text: str, said: str) -> None:
    found = quotes(text, language)
    assert found and found[0][1] == said and found[0][0] is not None


@pytest.mark.parametrize("language, text, speaker, said", [
    # a dialogue paragraph opened by a dash, the attribution after a comma
    ("sv", "– Vi kommer inte att skriva under avtalet, sa utrikesminister Anna Lindqvist.", "lindqvist",
     "Vi kommer inte att skriva under avtalet"),
    # the Russian way: the attribution between dashes, the speech going on after it
    ("ru", "— Мы не вернемся к договору, — сказал Сергей Рябков. — Другого пути нет.", "ryabkov",
     "Другого пути нет."),
    # the Hungarian way: no comma, the speech ends at the second dash
    ("hu", "– Nem térünk vissza a szerződéshez – mondta Szergej Rjabkov.", "ryabkov",
     "Nem térünk vissza a szerződéshez"),
    # an attribution set between hyphens inside the marks
    ("it", '"Per noi è chiaro - ha detto Lavrov - che il trattato è morto".', "lavrov", "che il trattato è morto"),
])
def test_dialogue_dashes_and_inner_attributions(language: str, text: str, speaker: str, said: str) -> None:
    assert (speaker, said) in quotes(text, language)


@pytest.mark.parametrize("language, text, speaker", [
    ("ko", '외교부 대변인 김철수는 "한국은 조약을 지지한다"고 말했다.', "kim"),
    ("el", "Ο εκπρόσωπος του υπουργείου Εξωτερικών Γιάννης Παπαδόπουλος δήλωσε: «Η Ελλάδα στηρίζει τη συνθήκη».",
     "papadopoulos"),
    ("ja", "外務省のジョン・スミス報道官は「日本は条約を支持する」と述べた。", "sumisu"),
    ("uk", "Речник МЗС Олег Коваленко заявив: «Україна підтримує договір».", "kovalenko"),
    ("hi", 'विदेश मंत्रालय के प्रवक्ता राजेश वर्मा ने कहा, "भारत संधि पर हस्ताक्षर नहीं करेगा।"', "vrma"),
    ("he", 'דובר משרד החוץ יוסי כהן אמר: "ישראל לא תצטרף לאמנה".', "khhn"),
    ("th", 'โฆษกกระทรวงการต่างประเทศ สมชาย ใจดี กล่าวว่า "ไทยสนับสนุนสนธิสัญญา"', "aichdi"),
    ("fa", "سخنگوی وزارت امور خارجه علی رضایی گفت: «ایران به معاهده پایبند است».", "rdyy"),
    ("pl", "„To logiczny krok” – stwierdził Sergiusz Nowicki, rzecznik ministerstwa.", "nowicki"),
])
def test_speakers_nobody_listed_in_more_scripts(language: str, text: str, speaker: str) -> None:
    """The slug is the family name transliterated (Greek by its usual Latin spelling, naming.yaml)."""
    assert [s for s, _ in quotes(text, language)] == [speaker]


def test_quotations_chained_by_a_connective_share_the_attribution() -> None:
    found = quotes('라브로프 장관은 "조약은 끝났다"며 "돌아가지 않겠다"고 말했다.', "ko")
    assert found == [("lavrov", "조약은 끝났다"), ("lavrov", "돌아가지 않겠다")]
    found = quotes('Lavrov ha detto che il trattato è "ormai morto", e poi "nessuno lo farà rivivere".', "it")
    assert [s for s, _ in found] == ["lavrov", "lavrov"]


def test_an_attribution_after_the_chain_covers_a_state_named_between() -> None:
    text = "Mosca «non tornerà al trattato», un patto che gli Usa «hanno violato per anni»: lo ha affermato Lavrov."
    assert [s for s, _ in quotes(text, "it")] == ["lavrov", "lavrov"]


def test_a_scare_quote_after_an_attribution_is_nobody_s() -> None:
    text = ('Lavrov said Moscow was ready for talks "without preconditions" with Washington on '
            '"strategic stability" and "new weapons".')
    found = quotes(text, "en")
    assert found[0] == ("lavrov", "without preconditions")
    assert all(s is None for s, _ in found[1:])


def test_a_pronoun_right_before_the_verb_is_the_speaker_not_the_name_after() -> None:
    text = ("Sergei Lavrov spoke on Monday. He stressed through his spokesman Jean Dupont his "
            "“deep disappointment with this choice”.")
    assert [s for s, _ in quotes(text, "en")] == ["lavrov"]


def test_a_quotation_with_no_attribution_is_the_person_just_named() -> None:
    text = 'Lavrov zei maandag dat Rusland niet zal terugkeren. "Wij zien geen reden om het verdrag te redden."'
    assert [s for s, _ in quotes(text, "nl")] == ["lavrov"]
    # but not where a verb of saying gives the words to no person
    text = 'Lavrov sprach am Montag. „Russland wird den Vertrag einhalten", so das Außenministerium.'
    assert [s for s, _ in quotes(text, "de")] == [None]


def test_a_single_word_is_a_quotation_only_where_someone_says_it() -> None:
    assert quotes('Lavrov called the decision "illegal" on Monday.', "en") == [("lavrov", "illegal")]
    assert quotes('The minister wrote on "Telegram" that talks were over.', "en") == []
    assert quotes('The so-called "reset" is over, the report says.', "en") == []


def test_the_verb_s_own_ending_is_not_a_subject_after_it() -> None:
    text = "プーチン大統領は議会で演説した。\n「ロシアが最初に実験することはない」と述べた。"
    assert [s for s, _ in quotes(text, "ja")] == ["putin"]


def test_a_quotation_inside_a_quotation_stays_in_it() -> None:
    text = 'Lavrov said: "We called it a “temporary pause” and we meant it, nothing more."'
    assert quotes(text, "en") == [("lavrov", "We called it a “temporary pause” and we meant it, nothing more.")]
    text = "プーチン大統領は「米国は『新しい現実』を認めるべきだ」と述べた。"
    assert quotes(text, "ja") == [("putin", "米国は『新しい現実』を認めるべきだ")]
