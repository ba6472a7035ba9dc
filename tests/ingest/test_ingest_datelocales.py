"""The languages offered to dateparser for a line: only those that could read it, and the same reading."""

from __future__ import annotations

import dateparser
import pytest

from treatywatch.ingest.dateline import _SETTINGS, _languages
from treatywatch.ingest.datelocales import _consuming, readers

# Lines of our own in several scripts: datelines, a dateline behind a label or beside a time zone,
# a short Roman year, a quarter, sentences that are no date, a line without letters.
LINES = [
    "Tuesday 9 July 2024 - 06:04",
    "mardi 9 juillet 2024 à 06h04",
    "9 июля 2024, 06:04",
    "Опубликовано: 21 февраля 2023",
    "12 марта 2024 MSK",
    "الثلاثاء 9 يوليو 2024",
    "2024年7月9日 06:04",
    "Thứ Ba, 09/07/2024 06:04",
    "Updated on: 3 Feb 2021 17:56 GMT",
    "April MMX 12",
    "Q3 2024",
    "The treaty was signed in 2010.",
    "Договор истекает в 2026 году.",
    "21.02.2023",
]


@pytest.mark.parametrize("line", LINES)
def test_the_same_reading_with_the_languages_kept(line: str) -> None:
    every = tuple(_languages())
    kept = readers(line, every)
    assert [code for code in every if code in kept] == list(kept)  # the order is kept
    alone = dateparser.parse(line, languages=list(kept), settings=_SETTINGS) if kept else None
    assert alone == dateparser.parse(line, languages=list(every), settings=_SETTINGS)


def test_a_line_is_offered_to_the_languages_of_its_letters() -> None:
    every = tuple(_languages())
    russian = readers("9 июля 2024, 06:04", every)
    assert "ru" in russian and "en" not in russian and "fr" not in russian
    french = readers("mardi 9 juillet 2024", every)
    assert "fr" in french and "ar" not in french and "ru" not in french
    assert readers("21.02.2023", every) == every  # no letter: every language


def test_lookarounds_take_no_letter() -> None:
    assert _consuming(r"(\d+)月(?=.{0,30}[前后])") == r"(\d+)月"
    assert _consuming(r"(?<=[^\d]\s+|^)час(?=(\s+назад))") == "час"
    assert _consuming(r"a[(]b(?=x)c") == "a[(]bc"
