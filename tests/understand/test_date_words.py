"""Date words of the real language data: years beside their words, table forms that are ordinary
words, weekdays typed without diacritics. Sentences of our own."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.understand.dates import find_dates

from .test_dates import doc_of


def dates(text: str, language: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(doc_of(text, language, published), load_lexicon())]



@pytest.mark.parametrize("language, text, expected", [
    # the year word after the ordinal dot: "2000. godine" (sr, hr), "2000. gadā" (lv)
    ("sr", "Rusija je ratifikovala sporazum 2000. godine.", [("2000", "2000")]),
    ("sr", "Русија је ратификовала споразум 2000. године.", [("2000", "2000")]),
    ("hr", "Rusija je ratificirala sporazum 2000. godine.", [("2000", "2000")]),
    ("lv", "Krievija ratificēja līgumu 2000. gadā.", [("2000", "2000")]),
    # a table's month form that is an ordinary word of the language (date_words not_dates): ca "des de"
    ("ca", "Rússia no ha fet cap prova des de 1990.", [("1990", "1990")]),
])
def test_years_beside_their_words_and_words_that_are_no_months(language: str, text: str,
                                                                expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, "2023-11-02") == expected


def test_a_weekday_typed_without_diacritics_is_no_month() -> None:
    # ro "marti" (marți) is Tuesday though "mart" opens "martie" (March)
    assert dates("Rusia a anuntat marti decizia.", "ro", "2023-11-02") == [("marti", "2023-10-31")]
    assert dates("Rusia a anunțat decizia în martie 2023.", "ro", "2023-11-02") == [("martie 2023", "2023-03")]
