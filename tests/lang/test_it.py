"""Italian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

CODE = "it"
CASES[CODE] = [
    # the future tense by the verb's ending (future_endings): due, not done
    ("La Russia si ritirerà dal trattato Cieli aperti.", None,
     [("withdraw", "open-skies", "russia", None, "scheduled")]),
    # was due, whether or not it came: scheduled, never done
    ("Il trattato New START doveva scadere nel 2021, ma è stato prorogato.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    ("Il 21 febbraio 2023 la Russia ha sospeso la partecipazione al trattato New START.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Nel 2019 gli Stati Uniti sono usciti dal trattato INF.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Mosca ha detto che non si ritirerà dal trattato New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("La Russia potrebbe ritirarsi dal trattato sui cieli aperti.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("L'India non ha mai firmato il TNP.", None, [("sign", "npt", "india", None, "negated")]),
    ("Il trattato New START scade nel febbraio 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Il Regno Unito ha ratificato il CTBT nel 1998.", None, [("ratify", "ctbt", "uk", "1998", "asserted")]),
]

# Clause scope (issue 9): a negation stops at "ma"; a counterfactual is no denial; a description is no
# event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("La Russia ha sospeso la sua partecipazione al trattato New START, ma non si è ritirata "
     "dall'accordo.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Senza la proroga, il trattato New START sarebbe scaduto nel febbraio 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    ("Washington ha accusato Mosca di aver schierato missili vietati dal trattato INF.", None, []),
    ("La Russia ha firmato il CTBT il 24 settembre 1996 e lo ha ratificato il 30 giugno 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "martedì" is the 21st
    ("La Russia ha sospeso la sua partecipazione al trattato New START, ha dichiarato Putin "
     "martedì.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # the reportative conditional ("avrebbe testato", reportedly tested) states no test
    ("Secondo fonti americane, la Russia avrebbe effettuato un test nucleare vietato dal CTBT.", None, []),
]


# the conditional states no act
CASES[CODE] += [
    ("Secondo Mosca, la Russia uscirebbe dal trattato New START.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
]

# Fresh-article mechanisms (own sentences): "rinnovato" extends; a clitic object ("estenderlo") and "propone di"
# make an offer; "denunciare il trattato" is leaving it; "il ritiro … della ratifica" undoes it; "stipulato"
# signs; "si avvicinano a un accordo" hedges; a draft ("bozza di") states nothing.
CASES[CODE] += [
    ("Il trattato New Start fu rinnovato nel 2021 da Stati Uniti e Russia.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Mosca propone di estendere il New Start di un anno.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Il New Start scade a febbraio: Mosca propone di estenderlo di un anno.", None,
     [("expire", "new-start", None, "XXXX-02", "scheduled"),
      ("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Nel 2019 Trump ha deciso di denunciare il trattato INF.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("La Duma ha votato il ritiro da parte della Russia della ratifica del CTBT nell'ottobre 2023.", None,
     [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    ("Russia e Stati Uniti si avvicinano a un accordo per la proroga del New Start.", None,
     [("extend", "new-start", "russia", None, "possible"), ("extend", "new-start", "usa", None, "possible")]),
    ("Il trattato INF fu stipulato nel 1987 da Stati Uniti e Unione Sovietica.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
    ("La bozza di rinnovo del New Start attende l'approvazione dei presidenti.", None, []),
]

# Fresh-article mechanisms, round 3 (own sentences): "lo Start" is New START; the CTBT without "totale";
# "usciranno dall'accordo" and the JCPOA by its description; a refusal negates; readiness to extend is an
# offer; "impedire" negates and talks "per rinnovare" are a topic; a state's adjective after the act's noun
# owns it; the instrument of ratification withdrawn; sanctions taking effect are no treaty's act
CASES[CODE] += [
    ("Mosca sospende lo Start da oggi.", None,
     [("suspend", "new-start", "russia", None, "asserted")]),
    ("La Duma ha votato per revocare la ratifica del Trattato per la messa al bando degli esperimenti nucleari.",
     None, [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Washington uscirà dall'accordo sul programma nucleare dell'Iran entro l'estate.", None,
     [("withdraw", "jcpoa", "usa", None, "asserted")]),
    ("Il rifiuto degli Stati Uniti di ratificare il CTBT pesa ancora.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    ("Mosca è pronta a prorogare il New Start per altri dodici mesi.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Il conflitto impedisce a Mosca e Washington di prorogare il New Start.", None,
     [("extend", "new-start", "russia", None, "negated"), ("extend", "new-start", "usa", None, "negated")]),
    ("Russia e Stati Uniti avviano negoziati per rinnovare il trattato New Start.", None, []),
    ("Mosca ha criticato il ritiro americano dal trattato INF.", None, [("withdraw", "inf", "usa", None, "asserted")]),
    ("Il Cremlino ha condannato il ritiro degli Stati Uniti dal trattato Cieli aperti.", None,
     [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Mosca ha deciso il ritiro dello strumento di ratifica del CTBT.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Dopo l'uscita dall'accordo sul nucleare iraniano, le sanzioni entreranno in vigore.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_judgement_states_no_signing() -> None:
    # "should never have been signed" judges the treaty: no signing, not even a possible one
    found = _events(
        CODE, "Il presidente ha detto che il trattato INF non avrebbe mai dovuto essere firmato.", None)
    assert not {e for e in found if e[0] == "sign"}, found


def test_what_a_treaty_lets_each_side_deploy_is_no_deployment() -> None:
    # a limit on what the sides "can deploy" (a not_event), not a deployment, nor a possible one
    text = 'Il New Start fissa a 1550 le testate che Russia e Stati Uniti possono schierare.'
    assert not {e for e in _events(CODE, text, None) if e[0] == "deploy"}
