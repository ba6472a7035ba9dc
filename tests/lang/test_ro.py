"""Romanian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ro"
CASES[CODE] = [
    ("Pe 21 februarie 2023, Rusia a suspendat participarea la tratatul New START.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Statele Unite au ieșit din Tratatul INF în 2019.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moscova a declarat că nu se va retrage din tratatul New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rusia s-ar putea retrage din Tratatul Cerul Deschis.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("India nu a semnat niciodată Tratatul de neproliferare.", None, [("sign", "npt", "india", None, "negated")]),
    ("Tratatul New START expiră în februarie 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusia și SUA au prelungit tratatul New START în 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
