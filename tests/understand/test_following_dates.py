"""A "following year" word counts from the date before it, not from publication (翌年, 次年, 이듬해, năm sau
đó, ปีถัดมา); with no dated anchor it dates nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand


def events(text: str, language: str, published: str | None = None) -> set[tuple[str, str | None]]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), published,
                   "metadata" if published else "unknown")
    return {(e.event, e.date) for e in understand(doc, lexicon).events}


@pytest.mark.parametrize("language, text", [
    ("ja", "新戦略兵器削減条約は2010年に署名され、翌年発効した。"),
    ("zh", "《新削减战略武器条约》于2010年签署，次年生效。"),
    ("ko", "신전략무기감축조약은 2010년 서명됐고 이듬해 발효됐다."),
    ("vi", "Hiệp ước New START được ký năm 2010 và có hiệu lực vào năm sau đó."),
    ("th", "สนธิสัญญานิวสตาร์ทลงนามในปี 2010 และมีผลบังคับใช้ในปีถัดมา"),
])
def test_the_following_year_counts_from_the_date_before_it(language: str, text: str) -> None:
    # published in 2023: "next year" would be 2024; the following year of 2010 is 2011
    found = events(text, language, "2023-02-23")
    assert ("sign", "2010") in found and ("enter_into_force", "2011") in found, found


def test_the_following_day_and_month() -> None:
    lexicon = load_lexicon()
    text = "条約は2023年12月31日に署名され、翌日に公表され、翌月に発効した。"
    doc = Document("t", text, "ja", split_sentences(text, lexicon.language("ja")), None, "unknown")
    assert [d.value for d in understand(doc, lexicon).dates] == ["2023-12-31", "2024-01-01", "2024-01"]


def test_without_a_dated_anchor_it_dates_nothing() -> None:
    lexicon = load_lexicon()
    text = "ロシアは翌年、新戦略兵器削減条約から脱退した。"
    doc = Document("t", text, "ja", split_sentences(text, lexicon.language("ja")), "2023-02-23", "metadata")
    assert [d.value for d in understand(doc, lexicon).dates] == []


def _dates(text: str, language: str, published: str | None) -> list[tuple[str, str | None]]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), published,
                   "metadata" if published else "unknown")
    return [(d.text, d.value) for d in understand(doc, lexicon).dates]


@pytest.mark.parametrize("language, text, day, word", [
    ("ko", "미국은 13일 조약 탈퇴를 러시아에 통보했다. 국무장관은 이날 기자회견을 열었다.", "13일", "이날"),
    ("zh", "美国13日通知俄罗斯退出条约。国务卿当天举行了记者会。", "13日", "当天"),
    ("en", "The United States notified Russia of its withdrawal on 13 December. The secretary of state "
           "spoke to reporters the same day.", "13 December", "the same day"),
])
def test_the_same_day_is_the_day_last_stated(language: str, text: str, day: str, word: str) -> None:
    # published the day after: "이날" is the 13th the lead stated, not the day of publication
    found = dict(_dates(text, language, "2001-12-14"))
    assert found[word] == found[day] and found[word].endswith("12-13"), found


def test_with_no_day_before_it_this_day_is_the_article_s_own() -> None:
    found = dict(_dates("국무장관은 이날 기자회견을 열었다.", "ko", "2001-12-14"))
    assert found["이날"] == "2001-12-14"


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The treaty was adopted in September 1996. Russia signed the CTBT on 24 September of the same year.",
     ("sign", "1996-09-24")),
    ("id", "Traktat itu disahkan pada 10 September 1996. Rusia menandatangani CTBT pada 24 September tahun yang "
           "sama.", ("sign", "1996-09-24")),
    ("zh", "条约于1996年通过。俄罗斯于同年9月24日签署了《全面禁止核试验条约》。", ("sign", "1996-09-24")),
    ("en", "New START was signed in 2010. The same year, Russia ratified New START.", ("ratify", "2010")),
    ("ru", "ДСНВ подписан в апреле 2010 года. В том же году Россия ратифицировала ДСНВ.", ("ratify", "2010")),
])
def test_the_same_year_is_the_year_last_stated(language: str, text: str, expected: tuple[str, str]) -> None:
    # published in 2023: a yearless "24 September" would be read as 2023's
    found = events(text, language, "2023-11-02")
    assert expected in found
    assert not any(date and date.startswith("2023") for _, date in found)


def test_the_same_year_with_no_year_before_it_dates_nothing() -> None:
    found = events("The same year, Russia ratified New START.", "en")
    assert found == {("ratify", None)}


@pytest.mark.parametrize("language, text", [
    ("ko", "신전략무기감축조약은 2010년 4월 8일 체결됐으며, 다음 해에 발효됐다."),
    ("tr", "ABD, 2018 yılında İran nükleer anlaşmasından çekildi; İran ise bir yıl sonra anlaşmadaki taahhütlerini "
           "askıya aldı."),
])
def test_more_following_year_words(language: str, text: str) -> None:
    found = events(text, language, "2023-02-23")
    assert ("enter_into_force", "2011") in found or ("suspend", "2019") in found, found


def test_a_not_dates_phrase_dates_nothing() -> None:
    # vi "năm sau khi" is "the year after [something]", not "next year" (năm sau): a not_dates phrase
    lexicon = load_lexicon()
    text = "Một năm sau khi Mỹ rút khỏi Hiệp ước INF, Nga bắt đầu sản xuất tên lửa."
    doc = Document("t", text, "vi", split_sentences(text, lexicon.language("vi")), "2020-08-02", "metadata")
    assert [d.value for d in understand(doc, lexicon).dates] == []
