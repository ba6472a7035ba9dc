"""Swedish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "sv"
CASES[CODE] = [
    ("Sovjetledaren Michail Gorbatjov undertecknade INF-avtalet 1987.", None, [("sign", "inf", "ussr", "1987", "asserted")]),
    ("Den 21 februari 2023 suspenderade Ryssland sitt deltagande i New Start-avtalet.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("År 2019 drog USA sig ur INF-avtalet.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moskva sade att Ryssland inte drar sig ur New Start-avtalet.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Ryssland kan dra sig ur Open Skies-avtalet.", None, [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Indien har aldrig undertecknat icke-spridningsavtalet.", None, [("sign", "npt", "india", None, "negated")]),
    ("New Start-avtalet löper ut i februari 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
