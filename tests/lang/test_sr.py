"""Serbian, in both scripts: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "sr"
CASES[CODE] = [
    # dated, Cyrillic, and a negated withdrawal
    ("Русија је 21. фебруара 2023. суспендовала учешће у споразуму Нови СТАРТ, али се није повукла из споразума.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    # Latin: signed but never ratified
    ("Sjedinjene Države su potpisale Ugovor o sveobuhvatnoj zabrani nuklearnih proba, ali ga nikada nisu ratifikovale.",
     None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskva bi mogla da se povuče iz Ugovora o neširenju nuklearnog oružja, rekao je analitičar.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Vašington se u avgustu 2019. povukao iz sporazuma INF.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Државна дума је повукла ратификацију Уговора о свеобухватној забрани нуклеарних проба.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Ako SAD rasporede rakete u Evropi, Rusija će se povući iz sporazuma INF.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
