""""N units ago" counts back from the day of publication ("three years ago" written in 2026 is 2023), in
the words dateparser's tables give each language and the language's number words; an act so dated in
the lead is not the day's news. Sentences of our own."""

from __future__ import annotations

import pytest

from .helpers import read

PUBLISHED = "2026-02-04"


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Russia suspended its part in New START two years ago.", "2024"),
    ("en", "Moscow halted its participation in New START 3 years ago, officials said.", "2023"),
    ("ru", "Россия приостановила участие в ДСНВ три года назад.", "2023"),
    ("ru", "Россия приостановила участие в ДСНВ 5 лет назад.", "2021"),      # "лет": the unit's other form
    ("ar", "علقت روسيا مشاركتها في معاهدة نيو ستارت قبل ثلاث سنوات.", "2023"),
    ("zh", "俄罗斯两年前暂停履行《新削减战略武器条约》。", "2024"),
    ("fr", "La Russie a suspendu sa participation au traité New START il y a trois ans.", "2023"),
    ("tr", "Rusya iki yıl önce Yeni START anlaşmasını askıya aldı.", "2024"),    # not part of the name after it
    ("fa", "روسیه سه سال پیش مشارکت خود در پیمان نیو استارت را تعلیق کرد.", "2023"),
    # the language's own "ago" word where dateparser's templates lack it (date_words: ago_after)
    ("fa", "روسیه ۳ سال قبل مشارکت خود در پیمان نیو استارت را تعلیق کرد.", "2023"),
    ("bn", "রাশিয়া ২ বছর আগে নিউ স্টার্ট চুক্তি স্থগিত করেছে।", "2024"),
])
def test_an_act_counted_back_in_years_is_dated_by_its_year(language: str, text: str, expected: str) -> None:
    u = read(text, language, PUBLISHED)
    assert [e.date for e in u.events if e.event == "suspend"] == [expected], u.events


def test_months_and_days_keep_their_precision() -> None:
    u = read("The United States tested a Minuteman III missile two months ago and another one 5 days ago.",
             "en", PUBLISHED)
    assert [(d.text, d.value, d.precision) for d in u.dates] == [
        ("two months ago", "2025-12", "month"), ("5 days ago", "2026-01-30", "day")]


def test_without_a_publication_day_nothing_is_counted_and_no_day_is_lent() -> None:
    u = read("Russia suspended its part in New START two years ago.", "en", None)
    assert [(d.text, d.value) for d in u.dates] == [("two years ago", None)]
    assert [e.date for e in u.events] == [None]


@pytest.mark.parametrize("language, text", [
    ("en", "Two years before the treaty expired, Russia suspended its part in New START."),  # "before": another act's
    ("zh", "俄罗斯在2010年前签署了该条约。"),   # before 2010, not "10 years ago"
])
def test_what_is_not_counted_back_from_publication(language: str, text: str) -> None:
    u = read(text, language, PUBLISHED)
    assert not [d for d in u.dates if d.relative], u.dates
