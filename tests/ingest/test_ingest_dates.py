"""Publication dates from datelines and addresses: stated in full, or not at all."""

from __future__ import annotations

import pytest

from treatywatch.ingest.dateline import dateline_date, find_dateline, full_date
from treatywatch.ingest.urls import date_from_url


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tuesday 9 July 2024 - 06:04", "2024-07-09"),  # seeds/002
        ("3 Feb 2021 17:56", "2021-02-03"),  # corpus d01
        ("Wed 03rd February 2021 | 06:40 PM", "2021-02-03"),  # corpus d02
        ("9 июля 2024, 06:04", "2024-07-09"),
        ("الثلاثاء 9 يوليو 2024", "2024-07-09"),
        ("2024年7月9日 06:04", "2024-07-09"),
        ("mardi 9 juillet 2024 à 06h04", "2024-07-09"),
        ("Thứ Ba, 09/07/2024 06:04", "2024-07-09"),  # Vietnamese: day before month
        ("13/07/2024", "2024-07-13"),  # 13 cannot be a month
        ("2021-02-03", "2021-02-03"),
    ],
)
def test_datelines(line: str, iso: str) -> None:
    assert dateline_date(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "July 2024",  # no day: dateparser would make one up
        "9 July",  # no year: dateparser would take this year's
        "21 февраля",
        "today",
        "2 days ago",
        "On 9 July 2024 Russia said it would not talk",  # a date inside a sentence
        "MOSCOW, July 9 2024 (TASS) - Russia",
        "09/07/2024",  # 9 July or 7 September: unknowable without a language
        "Wed 09/07/2024",
        "Story Code : 1146609",
        "Russia Rules Out Even Tentative Talks with US on Arms Control",
        "",
        "31 February 2024",
    ],
)
def test_not_datelines(line: str) -> None:
    assert dateline_date(line) is None


def test_metadata_strings_keep_the_publishers_day() -> None:
    assert full_date("2021-02-03T23:30:00-05:00") == "2021-02-03"
    assert full_date("2019-08-02T16:05:00Z") == "2019-08-02"
    assert full_date("3 February 2021") == "2021-02-03"
    assert full_date("2021-02") is None
    assert full_date("yesterday") is None


def test_dateline_must_be_near_the_top() -> None:
    body = "\n".join(f"Paragraph {n}: the two presidents said again that they would keep to the limits of the"
                     " treaty for one more year, and that their envoys would meet to talk about what comes next."
                     for n in range(6))
    assert find_dateline("3 Feb 2021 17:56\n\n" + body) == "2021-02-03"
    assert find_dateline(body + "\n3 Feb 2021 17:56") is None
    assert find_dateline("\n".join(f"Menu item {n}" for n in range(40)) + "\n3 Feb 2021 17:56\n" + body) is None


def test_a_page_clock_above_the_headline_is_not_the_articles_date() -> None:
    page = ("Москва\n14 ноября 2025 / 11:53\nКурсы валют\nUSD\n80.60\nБезопасность\n"
            "Президент подписал закон о выходе из договора\n2 ноября 2023 / 13:43\n\n"
            "Президент России подписал закон, который был принят Государственной думой на прошлой неделе и "
            "одобрен Советом Федерации, сообщила пресс-служба Кремля в четверг.")
    assert find_dateline(page) == "2023-11-02"


def test_a_long_line_is_not_a_dateline() -> None:
    assert dateline_date("Tuesday 9 July 2024 - 06:04" + " " * 10 + "x" * 40) is None


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://txt.newsru.co.il/world/22nov2020/treaty_511.html", "2020-11-22"),  # corpus d04
        ("https://susanin.news/world/other/20201122-279122/", "2020-11-22"),  # corpus d05
        ("https://example.org/news/2023/02/28/russia-suspends-new-start/", "2023-02-28"),
        ("https://example.org/2023/2/8/x", "2023-02-08"),
        ("https://example.org/politics/2020-11-22-open-skies", "2020-11-22"),
        ("https://example.org/a/07-June-2021/open-skies", "2021-06-07"),
        ("/local/path/2019_08_02_inf.html", "2019-08-02"),
        ("https://example.org/world/202102039912345-new-start-extended/", "2021-02-03"),  # date + number + slug
        ("https://example.org/article/2021020371234", "2021-02-03"),  # date + number ending the address
    ],
)
def test_dates_in_addresses(url: str, iso: str) -> None:
    assert date_from_url(url) == iso


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://www.krone.at/3905709",  # corpus d07: a number, not a date
        "https://www.tt.com/artikel/30846854/aussenministerium",  # corpus d10
        "https://example.org/2023/02/",  # a month, no day
        "https://example.org/20231399-x/",  # no 99th day
        "https://2020-11-22.example.org/story",  # the host is not the article's address
        "https://example.org/story?date=2020-11-22",  # queries carry unrelated numbers
        "https://example.org/news/2019031494362091234-slug/",  # a long number, not a date and an id
        "https://example.org/news/201903149436209.html",  # a number with no slug after it
        "https://example.org/news/2019031494362/comments",  # a number inside the address
    ],
)
def test_no_date_in_address(url: str | None) -> None:
    assert date_from_url(url) is None


def test_a_labelled_dateline() -> None:
    from treatywatch.ingest.dateline import dateline_date

    assert dateline_date("Publié le 21/02/2023 à 14h05") == "2023-02-21"
    assert dateline_date("Опубликовано: 21.02.2023 14:35") == "2023-02-21"
    assert dateline_date("Story Code : 1146609") is None
    assert dateline_date("Russia and the United States extended the treaty on 3 Feb 2021") is None
