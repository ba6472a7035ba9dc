"""Japanese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ja"
CASES[CODE] = [
    # dated (年月日)
    ("米国は2019年8月2日、中距離核戦力全廃条約から正式に脱退した。", None,
     [("withdraw", "inf", "usa", "2019-08-02", "asserted")]),
    # negation after the verb
    ("ロシアは新START条約の履行を停止したが、条約から脱退はしないと強調した。", None,
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("ロシアは包括的核実験禁止条約から脱退する可能性を示唆した。", None,
     [("withdraw", "ctbt", "russia", None, "possible")]),
    # the Warsaw Pact is no Polish actor
    ("ロシアはワルシャワ条約機構の時代に結ばれた欧州通常戦力条約を破棄した。", None,
     [("withdraw", "cfe", "russia", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
