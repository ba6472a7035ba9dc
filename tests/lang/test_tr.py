"""Turkish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "tr"
CASES[CODE] = [('Rusya, Yeni START anlaşmasına katılımını askıya aldı.', None, [('suspend', 'new-start', 'russia', None, 'asserted')]), ("ABD 2019 yılında INF Antlaşması'ndan çekildi.", None, [('withdraw', 'inf', 'usa', '2019', 'asserted')])]

# round 2: a state in the locative is a place, not the actor
CASES[CODE] += [
    ("ABD Berlin'de INF Antlaşması'ndan çekildiğini açıkladı.", None, [("withdraw", "inf", "usa", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Longer suffix chains, negation after the verb, a suspension named by its noun.
CASES[CODE] += [
    ("Rusya, 2019 yılında INF Antlaşması'ndan çekilmişti.", None, [("withdraw", "inf", "russia", "2019", "asserted")]),
    ("Türkiye için konu INF Antlaşması'ndan çekilmek değil.", None, [("withdraw", "inf", "turkey", None, "negated")]),
    ("ABD, Açık Semalar Antlaşması'na yeniden dönmeyeceğini açıkladı.", None,
     [("resume", "open-skies", "usa", None, "negated")]),
    ("Türkiye, Yeni START Antlaşması'nın uygulanmasının durdurulmasına karar verdi.", None,
     [("suspend", "new-start", "turkey", None, "asserted")]),
    ("Eğer ABD INF Antlaşması'ndan çekilirse Rusya karşılık verecek.", None, []),
]
