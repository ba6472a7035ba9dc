"""Spanish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_quote, check_sentence

CODE = "es"
CASES[CODE] = [
    # the future tense by the verb's ending (future_endings): due, not done
    ("Rusia se retirará del Tratado de Cielos Abiertos el sábado.", "2021-02-03",
     [("withdraw", "open-skies", "russia", "2021-02-06", "scheduled")]),
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

# the conditional alone states no act; after "que" (reported speech) it is the future of the past, an act
# announced as due, as English "said it would withdraw" is
CASES[CODE] += [
    ("Según la prensa, Rusia se retiraría del tratado New START.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Rusia dijo que se retiraría del tratado New START.", None,
     [("withdraw", "new-start", "russia", None, "scheduled")]),
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

# Fresh-article mechanisms, round 3 (own sentences): a proposal told in the perfect or pluperfect and
# readiness to extend are offers; "preparada para" hedges; "impedir" (prevent) negates; "la denuncia del
# tratado" leaves it; "termina su vigencia" is an expiry; a state's adjective after the act's noun owns it;
# "días atrás" marks an earlier act; the JCPOA and the INF Treaty by their descriptions; sanctions taking
# effect are no treaty's act
CASES[CODE] += [
    ("Washington dijo que se retiraría del Tratado INF en 2019.", None,
     [("withdraw", "inf", "usa", "2019", "scheduled")]),
    ("Moscú ha propuesto prorrogar el Nuevo START otros doce meses.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Rusia está dispuesta a prorrogar el Nuevo START un año más.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("El ejército ruso está listo para realizar un ensayo nuclear.", None, []),
    ("Durante décadas, el pacto INF impidió a Moscú desplegar misiles en Europa.", None, []),
    ("Washington anunció la denuncia del tratado INF.", None, [("withdraw", "inf", "usa", None, "asserted")]),
    ("El Tratado INF terminó su vigencia en agosto de 2019.", None,
     [("expire", "inf", None, "2019-08", "asserted")]),
    ("El Kremlin criticó la salida de Estados Unidos del Tratado de Cielos Abiertos.", None,
     [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Moscú lamentó la retirada estadounidense del Tratado de Cielos Abiertos.", None,
     [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Días atrás, Washington comunicó su salida del Tratado de Cielos Abiertos.", "2020-05-24",
     [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Estados Unidos abandonó el acuerdo sobre el programa nuclear iraní en 2018.", None,
     [("withdraw", "jcpoa", "usa", "2018", "asserted")]),
    ("Washington abandonó en 2019 el pacto sobre armas nucleares de alcance intermedio.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Tras el anuncio sobre el acuerdo nuclear con Irán, las sanciones entrarán en vigor el lunes.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


@pytest.mark.parametrize("text, speaker, words", QUOTES)
def test_quotes(text: str, speaker: str, words: str) -> None:
    check_quote(CODE, text, speaker, words)


def test_what_a_treaty_lets_each_side_deploy_is_no_deployment() -> None:
    # a limit on what the sides "can deploy" (a not_event), not a deployment, nor a possible one
    text = 'El Nuevo START fija en 1550 las ojivas que Rusia y Estados Unidos pueden desplegar.'
    assert not {e for e in _events(CODE, text, None) if e[0] == "deploy"}
