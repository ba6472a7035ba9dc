"""Ukrainian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "uk"
CASES[CODE] = [('Росія призупинила участь у договорі СНО-3 у лютому 2023 року.', None, [('suspend', 'new-start', 'russia', '2023-02', 'asserted')]), ('США вийшли з Договору про відкрите небо 22 листопада 2020 року.', None, [('withdraw', 'open-skies', 'usa', '2020-11-22', 'asserted')])]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
