"""Sentences with offsets in the languages treatywatch reads, on sentences of our own and real text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treatywatch.lexicon.types import LanguagePack
from treatywatch.text.sentences import split_sentences

EN = LanguagePack(code="en", name="English", abbreviations=("Mr", "Dr", "Gen", "Feb"))
DE = LanguagePack(code="de", name="German", abbreviations=("Dr",), ordinal_dot=True)
PLAIN = LanguagePack(code="xx", name="none")


def texts(text: str, pack: LanguagePack) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, pack)]


def test_english_abbreviations_initials_and_quotes() -> None:
    text = 'Mr. Ryabkov met J. Sullivan in the U.S. capital. "We are ready," he said. Was it enough?'
    assert texts(text, EN) == ["Mr. Ryabkov met J. Sullivan in the U.S. capital.", '"We are ready," he said.',
                               "Was it enough?"]


def test_german_ordinal_dates_do_not_end_sentences() -> None:
    text = "Der Vertrag läuft am 5. Februar 2026 aus. Russland hält sich an die Obergrenzen."
    assert texts(text, DE) == ["Der Vertrag läuft am 5. Februar 2026 aus.", "Russland hält sich an die Obergrenzen."]


@pytest.mark.parametrize("text, expected", [
    ("في عام 2019، انسحبت الولايات المتحدة من هذه الاتفاقية. وأكدت موسكو أنها لن تنتج صواريخ؟ نعم.",
     ["في عام 2019، انسحبت الولايات المتحدة من هذه الاتفاقية.", "وأكدت موسكو أنها لن تنتج صواريخ؟", "نعم."]),
    ("Nga đình chỉ tham gia New START. Mỹ phản đối.", ["Nga đình chỉ tham gia New START.", "Mỹ phản đối."]),
    ("俄罗斯暂停参加新削减战略武器条约。美国表示反对！", ["俄罗斯暂停参加新削减战略武器条约。", "美国表示反对！"]),
    # the Armenian full stop "։"
    ("Ռուսաստանը կասեցրել է մասնակցությունը։ ԱՄՆ-ը դժգոհեց։",
     ["Ռուսաստանը կասեցրել է մասնակցությունը։", "ԱՄՆ-ը դժգոհեց։"]),
    # the ASCII colon typed for it after an Armenian word; a colon after a Latin word stays a colon
    ("Ռուսաստանը կասեցրել է մասնակցությունը (START): ԱՄՆ-ը դժգոհեց:",
     ["Ռուսաստանը կասեցրել է մասնակցությունը (START):", "ԱՄՆ-ը դժգոհեց:"]),
    ("Putin said: Russia suspends it.", ["Putin said: Russia suspends it."]),
    # Georgian writes no capital at a sentence's start (its letters are lower case to Unicode)
    ("რუსეთმა მონაწილეობა შეაჩერა. აშშ-მა გააპროტესტა.", ["რუსეთმა მონაწილეობა შეაჩერა.", "აშშ-მა გააპროტესტა."]),
    ("Россия приостановила участие в ДСНВ. США выразили сожаление.",
     ["Россия приостановила участие в ДСНВ.", "США выразили сожаление."]),
    ("روسیه مشارکت خود را در پیمان استارت نو تعلیق کرد. آمریکا انتقاد کرد.",
     ["روسیه مشارکت خود را در پیمان استارت نو تعلیق کرد.", "آمریکا انتقاد کرد."]),
    # a full stop typed with no space before the next Arabic word ends the sentence; a letter's dot does not
    ("قالت موسكو إنها ملتزمة بالمعاهدة.وأضافت أن القرار نهائي.",
     ["قالت موسكو إنها ملتزمة بالمعاهدة.", "وأضافت أن القرار نهائي."]),
    ("نقلت وكالة أ.ف.ب عن مسؤول قوله ذلك.", ["نقلت وكالة أ.ف.ب عن مسؤول قوله ذلك."]),
    # the same in Hangul: "다." run on into the next sentence (or its date, or its quote); "3.5" and "2023. 11." stay
    ("조약은 만료됐다.러시아는 연장을 제안했다.", ["조약은 만료됐다.", "러시아는 연장을 제안했다."]),
    ("협상을 촉구했습니다.2011년 2월 발효한 조약이다.", ["협상을 촉구했습니다.", "2011년 2월 발효한 조약이다."]),
    ("비준을 철회했다.“우리는 준수한다”고 밝혔다.", ["비준을 철회했다.", "“우리는 준수한다”고 밝혔다."]),
    ("지진 규모는 3.5였다.", ["지진 규모는 3.5였다."]),
    # the Urdu full stop, often with no space after, and the Devanagari danda
    ("روس نے معاہدہ معطل کر دیا۔امریکا نے تنقید کی۔", ["روس نے معاہدہ معطل کر دیا۔", "امریکا نے تنقید کی۔"]),
    ("रूस ने संधि निलंबित कर दी। अमेरिका ने आलोचना की।", ["रूस ने संधि निलंबित कर दी।", "अमेरिका ने आलोचना की।"]),
])
def test_other_scripts(text: str, expected: list[str]) -> None:
    assert texts(text, PLAIN) == expected


def test_lines_are_boundaries_and_lowercase_continues() -> None:
    text = "Tuesday 9 July 2024 - 06:04\n\nRussia Rules Out Talks\nthe talks e.g. on limits went on. Next one."
    assert texts(text, EN) == ["Tuesday 9 July 2024 - 06:04", "Russia Rules Out Talks",
                               "the talks e.g. on limits went on.", "Next one."]


@given(st.lists(st.sampled_from(list("ab .!?\n\"«»。ت") + ["Mr"]), max_size=40).map("".join))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    spans = split_sentences(text, EN)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == text[s.start:s.end].strip()
        last = s.end


def test_a_line_that_is_only_a_web_address_is_no_sentence() -> None:
    text = ("Moscow suspends the treaty\nhttps://example.org/news/2023-us-suspends-treaty-with-russia\n"
            "The ministry said so. See www.example.org/a for more.")
    assert texts(text, EN) == ["Moscow suspends the treaty", "The ministry said so.", "See www.example.org/a for more."]


def test_half_width_marks_end_a_sentence_where_chinese_or_japanese_goes_straight_on() -> None:
    zh = LanguagePack(code="zh", name="Chinese")
    assert texts("这一点很清楚?!他说,美国应当回应。", zh) == ["这一点很清楚?!", "他说,美国应当回应。"]
    assert texts("本当に?政府はそう述べた。", zh) == ["本当に?", "政府はそう述べた。"]
    # a Latin word after the mark: no change ("Why?No" is no sentence pair the splitter guesses)
    assert texts("是吗?OK", zh) == ["是吗?OK"]
