"""English: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "en"
CASES[CODE] = [('On August 2, 2019, the United States formally withdrew from the INF Treaty.', None, [('withdraw', 'inf', 'usa', '2019-08-02', 'asserted')]), ('Russia could resume nuclear testing if the US tests first, Ryabkov warned.', None, [])]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
