"""Speakers nobody listed: read where the text names them, slugged by transliteration; pronouns and
role phrases resolved to the person named before them. Sentences are our own."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.lexicon.matcher import Hit
from treatywatch.models import Document, Mention
from treatywatch.text.sentences import split_sentences
from treatywatch.understand.cues import Cues
from treatywatch.understand.names import _family_slug, find_people

from .helpers import quotes, read


@pytest.mark.parametrize("language, text, speaker", [
    # Latin: after the quote verb with an apposition, after a role noun, between commas after a role
    ("en", '"We will not sign the treaty," said Jane Holloway, a senior fellow at the institute.', "holloway"),
    ("en", 'Defence ministry spokesman Tomas Lindqvist said: "Sweden will not deploy such missiles."', "lindqvist"),
    ("en", 'The deputy foreign minister, Piotr Nowak, said: "Poland will not join the talks."', "nowak"),
    ("en", 'Marek Dvorak said: "The treaty has served us well."', "dvorak"),
    # a Chinese name in Latin letters: the family name comes first
    ("en", 'Chinese foreign ministry spokesperson Zhang Wei said: "China will not join the talks."', "zhang"),
    ("fr", "« Nous ne signerons pas ce texte », a déclaré la porte-parole Ursula von der Leyen.", "von-der-leyen"),
    ("es", "“No firmaremos el tratado”, dijo el portavoz de la Cancillería, Juan Pérez.", "perez"),
    ("de", "„Wir halten uns an den Vertrag“, sagte Regierungssprecher Steffen Hebestreit.", "hebestreit"),
    ("tr", 'Dışişleri Bakanlığı Sözcüsü Ahmet Yılmaz, "Türkiye anlaşmaya bağlı kalacak" dedi.', "yilmaz"),
    # Cyrillic
    ("ru", "«Мы не вернемся к договору», — заявила официальный представитель МИД Анна Смирнова.", "smirnova"),
    # the role's state between the role and the name
    ("uk", "«Договір більше не діє», — заявив міністр закордонних справ Естонії Марко Тамм.", "tamm"),
    # Han: the family name first, one character (or two: 欧阳)
    ("zh", "外交部发言人张伟表示：「中方不会参加谈判。」", "zhang"),
    ("zh", "外交部发言人欧阳明表示：「中方不会参加谈判。」", "ouyang"),
    # Arabic script: the name after the role noun, ending at the clause's mark
    ("ar", 'قال المتحدث باسم وزارة الخارجية يوهان شميت: "ألمانيا لن تنضم إلى المحادثات".', "shmyt"),
])
def test_a_speaker_nobody_listed_is_the_name_the_text_gives(language: str, text: str, speaker: str) -> None:
    assert [s for s, _ in quotes(text, language)] == [speaker]


def test_words_that_are_not_names_make_no_speaker() -> None:
    for text in ['The Foreign Ministry said: "We will not sign the treaty."',
                 'Officials said: "We will not sign the treaty."']:
        assert [s for s, _ in quotes(text, "en")] == [None]
    assert [s for s, _ in quotes('Die Regierung sagte: „Wir halten uns an den Vertrag.“', "de")] == [None]


def test_a_family_name_read_once_names_the_person_again() -> None:
    text = ('Deputy foreign minister Piotr Nowak spoke in Warsaw on Monday.\n'
            'Nowak added: "Poland will not join the talks."')
    assert quotes(text, "en")[-1][0] == "nowak"


def _people(text: str, language: str, roles: list[tuple[str, str]], verbs: tuple[str, ...] = ()
            ) -> list[tuple[str, str]]:
    """find_people on a text whose role nouns and quote verbs are given (languages without data yet)."""
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)))
    mentions = tuple(Mention("role", slug, text.index(form), text.index(form) + len(form), form)
                     for form, slug in roles)
    hits = tuple(Hit(text.index(v), text.index(v) + len(v), 0, 0, "quote_verbs", v) for v in verbs)
    return [(m.slug, m.text) for m in find_people(doc, lexicon, mentions, Cues((), {"quote_verbs": hits})).mentions]


def test_hangul_names_family_first_with_the_news_spelling_and_without_particles() -> None:
    assert _people("외교부 대변인 김철수는 조약을 지지한다고 말했다.", "ko",
                   [("대변인", "spokesman")]) == [("kim", "김철수")]
    assert _people("이영희 대변인은 회담을 제안했다.", "ko", [("대변인", "spokesman")]) == [("lee", "이영희")]


def test_hebrew_and_devanagari_names_after_a_role_noun() -> None:
    # no vowels: as the script writes it
    assert _people("דובר המשרד, יוסי כהן, אמר כי", "he", [("דובר המשרד", "spokesman")]) == [("khhn", "יוסי כהן")]
    assert _people("प्रवक्ता राहुल वर्मा ने कहा कि", "hi", [("प्रवक्ता", "spokesman")], ("कहा",)) == [("vrma", "राहुल वर्मा")]


def test_a_foreign_name_in_han_or_kana_is_its_last_part() -> None:
    assert _people("特使约翰·史密斯", "zh", [("特使", "special_envoy")]) == [("shimisi", "约翰·史密斯")]
    assert _people("ジョン・スミス報道官", "ja", [("報道官", "spokesman")]) == [("sumisu", "ジョン・スミス")]


def test_slugs_are_the_family_name_in_ascii() -> None:
    naming = load_lexicon().naming
    assert _family_slug("Захарова", naming) == "zakharova"
    assert _family_slug("毛", naming) == "mao"
    assert _family_slug("김", naming) == "kim"
    assert _family_slug("O'Brien", naming) == "obrien"
    assert _family_slug("Kosiniak-Kamysz", naming) == "kosiniak-kamysz"
    assert _family_slug("Keçeli", naming) == "keceli"


def test_two_people_with_one_family_name_are_first_last() -> None:
    text = ('Spokeswoman Anna Berg said: "We will not sign."\n'
            'Analyst Erik Berg told reporters: "They will not sign."')
    assert [s for s, _ in quotes(text, "en")] == ["anna-berg", "erik-berg"]


@pytest.mark.parametrize("language, text, speaker", [
    ("en", 'Jane Holloway, a senior fellow at the institute, warned that the treaty was in danger.\n'
           'Later she spoke to students. "The treaty is dead," she said.', "holloway"),
    # a pronoun after a paragraph about someone listed, with no quotation before
    ("ru", "Владимир Путин провел совещание с членами правительства.\n«Мы готовы к диалогу», — сказал он.",
     "putin"),
    # the verb alone carries the subject
    ("ar", 'ترأس بوتين اجتماعا لمجلس الأمن.\nوأضاف: "لن نعود إلى المعاهدة".', "putin"),
    # the subject of the last sentence naming someone, not its object
    ("en", 'Piotr Nowak said he had spoken with Sergei Ryabkov on Monday.\n"The talks went well," he added.', "nowak"),
])
def test_a_pronoun_is_the_last_person_named_before_it(language: str, text: str, speaker: str) -> None:
    assert [s for s, _ in quotes(text, language)] == [speaker]


def test_a_name_inside_a_quotation_is_no_antecedent() -> None:
    text = ('Piotr Nowak, a senior diplomat, warned on Monday that talks were over.\n'
            '"We will not follow Sergei Ryabkov," he said. "Never again," he added.')
    assert [s for s, _ in quotes(text, "en")] == ["nowak", "nowak"]


@pytest.mark.parametrize("language, text", [
    ("en", 'The Kremlin chief said: "We are ready to talk."'),
    ("ru", "Владимир Путин провел совещание.\n«Мы готовы к диалогу», — сказал глава государства."),
    ("fr", "« Nous sommes prêts », a déclaré le maître du Kremlin."),
])
def test_role_phrases_that_stand_for_one_person(language: str, text: str) -> None:
    assert [q.speaker for q in read(text, language, "2024-07-09").quotes] == ["putin"]


def test_the_minister_added_is_the_last_minister_named() -> None:
    text = ('Defence minister Tomas Lindqvist visited the base on Monday.\n'
            '"We will not deploy such missiles," the minister added.')
    assert [s for s, _ in quotes(text, "en")] == ["lindqvist"]


def test_an_attribution_between_dashes_splits_the_quotation() -> None:
    text = "«Выбора нет. Мы ответим, — сказал Рябков. — Другого пути нет».\n"
    assert quotes(text, "ru") == [("ryabkov", "Выбора нет. Мы ответим"), ("ryabkov", "Другого пути нет")]


def test_an_impersonal_source_after_the_quotation_is_nobody() -> None:
    text = "Путин выступил в Думе.\n«Договор приостановлен», — говорится в сообщении."
    assert [s for s, _ in quotes(text, "ru")] == [None]



@pytest.mark.parametrize("language, text", [
    ("ko", '트럼프 대통령은 조약에 대해 언급했다. '
           '러시아 외무부는 성명에서 "우리는 어떤 의무에도 구속되지 않는다"고 밝혔다.'),
    ("en", 'Trump spoke about the treaty on Monday. '
           'The Russian Foreign Ministry said: "We are bound by no obligation."'),
    ("en", 'Putin praised the army on Monday. '
           '"The missile was launched from a silo at noon," the Russian Defence Ministry said.'),
])
def test_an_institution_that_speaks_is_no_earlier_person(language: str, text: str) -> None:
    # the ministry's words: no person said them, not the one named in the sentence before
    assert [q.speaker for q in read(text, language).quotes] == [None]


def test_a_bare_verb_still_goes_on_with_the_person_before() -> None:
    text = 'بوتين تحدث عن المعاهدة يوم الاثنين. وأضاف: "روسيا مستعدة للحوار مع واشنطن".'
    assert [q.speaker for q in read(text, "ar").quotes] == ["putin"]


def test_a_korean_name_starts_a_word() -> None:
    # 동부시간 (eastern time) holds 부시: no Bush is named
    found = read("미국 행정부는 미 동부시간 4일 자정까지 답하지 않았다.", "ko").entities
    assert not [m for m in found if m.kind == "person"], found


@pytest.mark.parametrize("language, text", [
    ("zh", "朝鲜试射了“火星-15”型洲际弹道导弹，发言人耿爽说。"),
    ("en", 'Russia deployed the "S-400" systems, the spokesman Dmitry Peskov said.'),
])
def test_a_weapons_designation_in_quotation_marks_is_no_quotation(language: str, text: str) -> None:
    assert read(text, language).quotes == ()


def test_an_outlet_or_a_body_is_no_speaker_s_name() -> None:
    """"according to The Financial Times": capitalised words that name an outlet or a body (naming.yaml
    not_in_names) are no person's name, in whatever language the article is written."""
    assert quotes("„Договорът вече не действа“, според The Financial Times.", "bg") == [
        (None, "Договорът вече не действа")]
    assert quotes('"The treaty is dead and nobody will revive it," according to The Financial Times.', "en") == [
        (None, "The treaty is dead and nobody will revive it")]
    assert quotes('"The treaty is dead and nobody will revive it," said Jane Doe of the Arms Control '
                  "Association.", "en") == [("doe", "The treaty is dead and nobody will revive it")]
