"""Ukrainian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "uk"
CASES[CODE] = [
    ('Росія призупинила участь у договорі СНО-3 у лютому 2023 року.', None,
     [('suspend', 'new-start', 'russia', '2023-02', 'asserted')]),
    ('США вийшли з Договору про відкрите небо 22 листопада 2020 року.', None,
     [('withdraw', 'open-skies', 'usa', '2020-11-22', 'asserted')]),
]

# round 2: "відміна ратифікації", "will consider the question of", resuming nuclear tests
CASES[CODE] += [
    ("Держдума розгляне питання про відміну ратифікації ДВЗЯВ.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("Росія відмінила ратифікацію ДВЗЯВ у 2023 році.", None, [("deratify", "ctbt", "russia", "2023", "asserted")]),
    ("Росія може відновити ядерні випробування, заборонені ДВЗЯВ.", None, [("test", None, "russia", None, "possible")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
