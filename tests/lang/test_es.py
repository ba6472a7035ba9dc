"""Spanish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_quote, check_sentence

CODE = "es"
CASES[CODE] = [
    # was due, whether or not it came: scheduled, never done
    ("El tratado New START debía expirar en 2021, pero fue prorrogado.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    ('Estados Unidos se retiró del Tratado INF en agosto de 2019.', None,
     [('withdraw', 'inf', 'usa', '2019-08', 'asserted')]),
    ('Rusia suspendió su participación en el tratado New START el 21 de febrero de 2023.', None,
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')]),
]
CASES[CODE] += [
    ("Rusia dejó en suspenso su participación en el Tratado FACE en diciembre de 2007.", None,
     [("suspend", "cfe", "russia", "2007-12", "asserted")]),
    # purpose clause: the deployment is an aim, not a stated act
    ("Washington abandonó el Tratado ABM en 2002 para poder desplegar un escudo antimisiles.", None,
     [("withdraw", "abm", "usa", "2002", "asserted")]),
    ("Trump ordenó reanudar las pruebas de armas nucleares, pese al TPCE.", None,
     [("test", None, "usa", None, "scheduled")]),
    ("Estados Unidos nunca ha ratificado el TPCE.", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("Rusia podría retirarse del Tratado de Cielos Abiertos.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("El Tratado INF dejó de estar en vigor el 2 de agosto de 2019.", None,
     [("expire", "inf", None, "2019-08-02", "asserted")]),
]
QUOTES = [
    ("En opinión de Lavrov, el acuerdo “ya no sirve a nadie”.", "lavrov", "ya no sirve a nadie"),
    ("El portavoz del Kremlin, Dmitri Peskov, confirmó que Moscú “no tiene planes” de hacerlo.", "peskov",
     "no tiene planes"),
    ("“Seguiremos cumpliendo los límites”, aseveró Serguéi Riabkov.", "ryabkov", "Seguiremos cumpliendo los límites"),
]

# Clause scope (issue 9): a negation stops at "pero"; a counterfactual ("habría expirado") is no denial;
# a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rusia suspendió su participación en el tratado New START, pero no se retiró del acuerdo.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Sin la prórroga, el tratado New START habría expirado en febrero de 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    ("Washington acusó a Moscú de desplegar misiles prohibidos por el tratado INF.", None, []),
    ("Rusia firmó el TPCE el 24 de septiembre de 1996 y lo ratificó el 30 de junio de 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "el martes" is the 21st
    ("Rusia suspendió su participación en el tratado New START, dijo Putin el martes.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("El tratado INF fue abandonado por Estados Unidos en 2019.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
]

# the conditional states no act
CASES[CODE] += [
    ("Rusia dijo que se retiraría del tratado New START.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("El tratado New START fue prorrogado por Rusia y Estados Unidos en 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted")]),
]

# Fresh-article mechanisms (own sentences): compliance frozen is a suspension; an extension with a clitic
# object ("prorrogarlo") offered is an offer; "rescindir" / "dar marcha atrás a" a ratification undoes it;
# "y la entonces Unión Soviética" joins the list.
CASES[CODE] += [
    ("Moscú congeló el cumplimiento del Nuevo START en febrero de 2023.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("En 2025 Rusia propuso prorrogarlo un año, dijo el Kremlin sobre el Nuevo START.", None,
     [("propose_talks", "new-start", "russia", "2025", "asserted")]),
    ("El Senado ruso rescindió la ratificación del TPCE en octubre de 2023.", None,
     [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    ("La Duma dio marcha atrás a la ratificación del TPCE el 18 de octubre de 2023.", None,
     [("deratify", "ctbt", "russia", "2023-10-18", "asserted")]),
    ("El tratado INF fue firmado en 1987 por Estados Unidos y la entonces Unión Soviética.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
]

CASES[CODE] += [
    # "la propuesta de" is a talk topic and an offer: the extension offered is a proposal of talks
    ("Moscú defendió su propuesta de prorrogar el Nuevo START un año.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


@pytest.mark.parametrize("text, speaker, words", QUOTES)
def test_quotes(text: str, speaker: str, words: str) -> None:
    check_quote(CODE, text, speaker, words)
