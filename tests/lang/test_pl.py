"""Polish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "pl"
CASES[CODE] = [
    # dated, and a negated withdrawal
    ("Rosja 21 lutego 2023 roku zawiesiła udział w traktacie New START, ale nie wycofała się z niego.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"), ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Stany Zjednoczone podpisały Traktat o całkowitym zakazie prób jądrowych, ale nigdy go nie ratyfikowały.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskwa może wycofać się z Układu o nierozprzestrzenianiu broni jądrowej, powiedział ekspert.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("W sierpniu 2019 roku Waszyngton wystąpił z traktatu INF.", None, [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Duma Państwowa przyjęła ustawę o cofnięciu ratyfikacji Traktatu o całkowitym zakazie prób jądrowych.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Jeśli USA rozmieszczą rakiety w Europie, Rosja wycofa się z traktatu INF.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
