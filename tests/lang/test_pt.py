"""Portuguese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

CODE = "pt"
CASES[CODE] = [
    # the future tense by the verb's ending (future_endings): due, not done
    ("A Rússia suspenderá o tratado New START.", None,
     [("suspend", "new-start", "russia", None, "scheduled")]),
    # was due, whether or not it came: scheduled, never done
    ("O tratado New START deveria expirar em 2021, mas foi prorrogado.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    # the treaty named by its parties, and "the country" that does not withdraw is the one that suspends
    ("A Rússia suspendeu a participação no Tratado Russo-Americano de Redução de Armas Estratégicas, "
     "mas não vai se retirar do tratado.", None,
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "new-start", "russia", None, "negated")]),
    ("Em 21 de fevereiro de 2023, a Rússia suspendeu a participação no tratado New START.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Os Estados Unidos saíram do Tratado INF em 2019.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moscou afirmou que não vai se retirar do tratado New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("A Rússia poderia abandonar o Tratado de Céus Abertos.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("A Índia nunca assinou o TNP.", None, [("sign", "npt", "india", None, "negated")]),
    ("O tratado New START expira em fevereiro de 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("A China testou um míssil que o Tratado INF teria proibido.", None, [("test", None, "china", None, "asserted")]),
]

CASES[CODE] += [
    # "a proposta de" is a talk topic and an offer: the extension offered is a proposal of talks
    ("Moscou defendeu a sua proposta de prorrogar o Novo START por um ano.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
]

# Fresh-article mechanisms (own sentences): "chegou ao fim" expires; "havia proposto" offers; "romperam … o
# tratado" and "deixou o tratado" leave it; "a" before a state is its article, not "to" ("os EUA e a Rússia");
# "próximos de" hedges.
CASES[CODE] += [
    ("O Novo START chegou ao fim em 5 de fevereiro de 2026.", None,
     [("expire", "new-start", None, "2026-02-05", "asserted")]),
    ("A Rússia havia proposto prorrogar o Novo START por um ano.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Os Estados Unidos e a Rússia romperam em agosto de 2019 o tratado INF.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted"), ("withdraw", "inf", "russia", "2019-08", "asserted")]),
    ("Os EUA e a Rússia estão próximos de um acordo para estender o Novo START.", None,
     [("extend", "new-start", "usa", None, "possible"), ("extend", "new-start", "russia", None, "possible")]),
    ("Em 2019 Washington deixou o tratado INF.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
]

# Fresh-article mechanisms, round 3 (own sentences): backing or readiness to extend is an offer; a step
# towards an act hedges it; "o fato de" makes the act another's subject (no lead day); "e pela então União
# Soviética" goes on with the list; "previsto para terminar" is an expiry due; "voltariam ao tratado"
# returns; sanctions taking effect are no treaty's act
CASES[CODE] += [
    ("O Kremlin aposta na prorrogação do New START.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("A Rússia está disposta a estender o New START.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("A Rússia deu um passo rumo ao abandono do CTBT.", None, [("withdraw", "ctbt", "russia", None, "possible")]),
    ("Moscou criticou o fato de os EUA terem assinado o CTBT sem ratificá-lo.", "2023-10-25",
     [("sign", "ctbt", "usa", None, "asserted")]),
    ("Em 1987, o INF foi firmado por Washington e pela então União Soviética.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
    ("O acordo New START está previsto para terminar em 2026.", None,
     [("expire", "new-start", None, "2026", "scheduled")]),
    ("Os EUA disseram que não voltariam ao Tratado de Céus Abertos.", None,
     [("resume", "open-skies", "usa", None, "negated")]),
    ("Após a saída do acordo nuclear com o Irã, as sanções entrarão em vigor.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_what_a_treaty_lets_each_side_deploy_is_no_deployment() -> None:
    # a limit on what the sides "can deploy" (a not_event), not a deployment, nor a possible one
    text = 'O New START fixa em 1550 as ogivas que a Rússia e os Estados Unidos podem implantar.'
    assert not {e for e in _events(CODE, text, None) if e[0] == "deploy"}
