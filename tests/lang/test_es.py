"""Spanish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "es"
CASES[CODE] = [('Estados Unidos se retiró del Tratado INF en agosto de 2019.', None, [('withdraw', 'inf', 'usa', '2019-08', 'asserted')]), ('Rusia suspendió su participación en el tratado New START el 21 de febrero de 2023.', None, [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')])]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
