"""Catalan: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "ca"
CASES[CODE] = [
    ("El 21 de febrer de 2023, Rússia va suspendre la seva participació en el tractat New START, però no se'n va "
     "retirar.", None, [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
                        ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Els Estats Units van signar el Tractat de Prohibició Completa dels Assajos Nuclears, però no l'han ratificat "
     "mai.", None, [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moscou podria retirar-se del Tractat de No Proliferació Nuclear, segons un analista.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Washington es va retirar del Tractat INF l'agost de 2019.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("L'Índia no ha signat mai el Tractat de No Proliferació Nuclear.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("El tractat New START expira el febrer de 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rússia i els EUA van prorrogar el tractat New START el 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("El Kremlin rebutja qualsevol negociació amb Washington sobre control d'armaments, va dir el portaveu.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    ("La Duma Estatal va aprovar la llei que revoca la ratificació del Tractat de Prohibició Completa dels Assajos "
     "Nuclears.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
    # the future, its denial, and the conditional mood
    ("Rússia es retirarà del tractat New START.", None, [("withdraw", "new-start", "russia", None, "scheduled")]),
    ("Moscou va declarar que no es retirarà del tractat New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rússia es retiraria del tractat New START si els EUA despleguen míssils.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("El Kremlin ha afirmat que Rússia està disposada a reprendre les converses amb Washington sobre el tractat "
     "New START.", None, [("propose_talks", "new-start", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Si els EUA despleguen míssils a Europa, Rússia es retirarà del Tractat INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "però"; a counterfactual ("hauria expirat") is no denial of
# what "sense" precedes; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Sense la pròrroga, el tractat New START hauria expirat el febrer de 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington va acusar Moscou de desplegar míssils prohibits pel tractat INF.", None, []),
    ("Rússia va signar el TPCE el 24 de setembre de 1996 i el va ratificar el 30 de juny de 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: a bare "dimarts" is the 21st
    ("Rússia ha suspès la seva participació en el tractat New START, va dir Putin dimarts.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_pero() -> None:
    check_scope(CODE, "Rússia no ha signat el nou acord, però dimecres va suspendre la seva participació en el "
                "tractat New START.", [("suspend", "new-start", "russia", "2023-02-22", "asserted")],
                [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "«Rússia continua oberta al diàleg sobre estabilitat estratègica», ha afirmat Lavrov.", "lavrov",
                "Rússia continua oberta al diàleg sobre estabilitat estratègica")


def test_catalan_is_told_from_spanish() -> None:
    assert identify("El ministre d'Afers Exteriors ha dit que el govern vol reprendre les negociacions sobre el "
                    "desarmament nuclear a Europa.") == CODE
    assert identify("El ministro de Asuntos Exteriores ha dicho que el gobierno quiere reanudar las negociaciones "
                    "sobre el desarme nuclear en Europa.") == "es"


ARTICLE = """Moscou abandona un altre acord de control d'armaments
14 de març de 2024, 10:32

MOSCOU - Rússia es va retirar formalment dimecres del Tractat de Cels Oberts, segons ha anunciat Exteriors.
El portaveu del Kremlin, Dmitri Peskov, va dir als periodistes: «La decisió és definitiva i Moscou no la revisarà.»
Segons ell, Rússia no es retirarà del tractat New START, que expira el febrer de 2026.
Els Estats Units ja havien sortit del Tractat INF l'agost de 2019.
Diversos analistes adverteixen que Rússia podria reprendre les proves nuclears."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "dimecres" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "La decisió és definitiva i Moscou no la revisarà.")])

# Fresh-article checks (session 11): a suspension of sanctions is no suspension of the deal; "ratificar que"
# (certify) ratifies nothing; an obligation is no act; "un dels pitjors mai signats" (ever signed) denies nothing.
CASES[CODE] += [
    ("La Casa Blanca va confirmar la suspensió de les sancions a l'Iran en virtut del JCPOA.", "2018-01-13", []),
    ("El Congrés obliga el president a ratificar que l'Iran respecta el JCPOA.", None, []),
    ("Trump va dir que el JCPOA és un dels pitjors mai signats pels EUA.", None,
     [("sign", "jcpoa", "usa", None, "asserted")]),
]
# The unnumbered "tractat START" is New START (treaties.yaml: START I expired in 2009).
CASES[CODE] += [
    ("La pròrroga del tractat START es va firmar entre Washington i Moscou el 2021.", None,
     [("extend", "new-start", "usa", "2021", "asserted")]),
]
