"""Russian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ru"
CASES[CODE] = [('Россия приостановила участие в ДСНВ 21 февраля 2023 года, но не вышла из договора.', None, [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'), ('withdraw', 'new-start', 'russia', '2023-02-21', 'negated')]), ('Госдума 18 октября 2023 года приняла закон об отзыве ратификации ДВЗЯИ.', None, [('deratify', 'ctbt', 'russia', '2023-10-18', 'asserted')])]

# round 2: "will consider the question of" and a lifted moratorium are no acts done
CASES[CODE] += [
    ("Госдума рассмотрит вопрос об отзыве ратификации ДВЗЯИ.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("Россия сняла мораторий на размещение ракет, запрещенных Договором о РСМД.", None,
     [("deploy", "inf", "russia", None, "possible")]),
    ("Россия может возобновить ядерные испытания, запрещенные ДВЗЯИ.", None, [("test", None, "russia", None, "possible")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
