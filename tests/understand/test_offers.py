"""An extension offered is an offer of talks on the treaty (propose_talks by the one who offers it), not
an extension: "Putin proposed a one-year extension", "러시아가 제안한 … 연장", "延長を打診", "uzatma
girişimi". And "last year" beside a month is that month of last year. Sentences of our own."""

from __future__ import annotations

import pytest

from .helpers import events, read

PUBLISHED = "2026-02-06"


@pytest.mark.parametrize("language, text", [
    ("en", "In September Putin proposed a one-year extension of New START."),
    ("ru", "Путин предложил продлить ДСНВ еще на один год."),
    ("zh", "俄罗斯提议将《新削减战略武器条约》延长一年。"),
    ("ko", "푸틴 대통령은 뉴스타트 1년 연장을 제안했다."),
    ("ja", "ロシアは新STARTの延長を打診した。"),
    ("tr", "Rusya'nın Yeni START'ı uzatma girişimi yanıtsız kaldı."),
    ("ar", "اقترح بوتين تمديد معاهدة نيو ستارت لمدة عام."),
    ("fa", "پوتین پیشنهاد تمدید پیمان نیو استارت را داد."),
])
def test_an_extension_offered_is_an_offer_of_talks(language: str, text: str) -> None:
    found = events(text, language, PUBLISHED)
    assert {e[:3] for e in found} == {("propose_talks", "new-start", "russia")}, found


def test_the_offer_is_read_where_its_word_stands() -> None:
    # the one who proposes acts, not the states that would extend; the day is the proposal's
    found = events("On Monday Putin proposed that Russia and the United States extend New START by a year.", "en",
                   "2025-09-24")
    assert found == {("propose_talks", "new-start", "russia", "2025-09-22", "asserted")}


def test_an_extension_offered_names_its_treaty_as_the_extension_would() -> None:
    found = events("New START limits warheads. Russia offered an extension of the treaty by one year.", "en")
    assert {e[:3] for e in found if e[0] == "propose_talks"} == {("propose_talks", "new-start", "russia")}


def test_an_offer_left_unanswered_is_no_denied_offer() -> None:
    # the negation is the answer's: no "the US did not propose talks"
    assert events("Washington did not respond to the Russian offer to extend New START.", "en") == set()


def test_an_extension_done_stays_an_extension() -> None:
    found = events("Russia and the United States extended New START in 2021; the offer came from Moscow.", "en")
    assert {e[0] for e in found} == {"extend"}


@pytest.mark.parametrize("language, text", [
    ("en", "Putin made the offer in September last year."),
    ("ko", "푸틴 대통령은 지난해 9월 제안했다."),
    ("ja", "プーチン大統領は昨年9月に提案した。"),
    ("zh", "普京去年9月提出了建议。"),
    ("ar", "قدم بوتين العرض في سبتمبر من العام الماضي."),
])
def test_last_year_beside_a_month_is_that_month_of_last_year(language: str, text: str) -> None:
    assert [d.value for d in read(text, language, PUBLISHED).dates] == ["2025-09"]


def test_a_comma_keeps_last_year_and_a_month_apart() -> None:
    values = [d.value for d in read("Last year, in September, nothing was signed.", "en", PUBLISHED).dates]
    assert values[0] == "2025" and len(values) == 2
