"""French: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_quote, check_sentence

CODE = "fr"
CASES[CODE] = [
    # the future tense by the verb's ending (future_endings): due, not done
    ("La Russie suspendra sa participation au traité New START.", None,
     [("suspend", "new-start", "russia", None, "scheduled")]),
    # was due, whether or not it came: scheduled, never done
    ("Le traité New START devait expirer en 2021, mais il a été prolongé.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    ('La Russie a suspendu sa participation au traité New START le 21 février 2023.', None,
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')]),
    ('Les États-Unis se sont retirés du traité Ciel ouvert le 22 novembre 2020.', None,
     [('withdraw', 'open-skies', 'usa', '2020-11-22', 'asserted')]),
]
CASES[CODE] += [
    ("Moscou a gelé sa participation au traité sur les forces armées conventionnelles en Europe en 2007.", None,
     [("suspend", "cfe", "russia", "2007", "asserted")]),
    # purpose clause: the deployment is an aim, not a stated act
    ("Washington a quitté le traité ABM en 2002 afin de pouvoir déployer un bouclier antimissile.", None,
     [("withdraw", "abm", "usa", "2002", "asserted")]),
    ("La Russie a mis fin à sa participation au traité Ciel ouvert en décembre 2021.", None,
     [("withdraw", "open-skies", "russia", "2021-12", "asserted")]),
    ("Le traité FNI est arrivé à expiration le 2 août 2019.", None,
     [("expire", "inf", None, "2019-08-02", "asserted")]),
    ("Vladimir Poutine a promulgué la loi révoquant la ratification du TICE.", "2023-11-02",
     [("deratify", "ctbt", "russia", "2023-11-02", "asserted")]),
    ("Les États-Unis n'ont jamais ratifié le TICE.", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("La Chine pourrait reprendre les essais nucléaires, selon des experts du TICE.", None, []),
]
QUOTES = [
    # an unlisted delegate, named after a role noun, speaking through "a-t-il déclaré"
    ("Le représentant iranien, Karim Dastani, a pris la parole : « Nous refusons ce texte », a-t-il déclaré.",
     "dastani", "Nous refusons ce texte"),
    ("Il a exprimé sa « profonde inquiétude », a indiqué Antonio Guterres.", "guterres", "profonde inquiétude"),
    ("« Nous sommes prêts à discuter », a réaffirmé Sergueï Lavrov.", "lavrov", "Nous sommes prêts à discuter"),
    ("Emmanuel Macron a exprimé sa « profonde déception ».", "macron", "profonde déception"),
]

# Clause scope (issue 9): a negation stops at "mais"; a counterfactual ("aurait expiré") is no denial,
# even after "sans"; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("La Russie a suspendu sa participation au traité New START, mais ne s'en est pas retirée.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Sans la prolongation, le traité New START aurait expiré en février 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington a accusé Moscou d'avoir déployé des missiles interdits par le traité FNI.", None, []),
    ("La Russie a signé le TICE le 24 septembre 1996 et l'a ratifié le 30 juin 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "mardi" is the 21st
    ("La Russie a suspendu sa participation au traité New START, a déclaré Poutine mardi.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # a passive with its agent; "de 1987" is part of the name
    ("Le traité FNI de 1987 a été abandonné par les États-Unis en 2019.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # the reportative conditional: reportedly tested
    ("Selon Washington, la Russie aurait testé un missile interdit par le traité FNI.", None,
     [("test", None, "russia", None, "possible")]),
]

# the conditional states no act; the passé simple does
CASES[CODE] += [
    ("Selon Moscou, la Russie se retirerait du traité New START.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("En 1996, la France signa le TICE.", None, [("sign", "ctbt", "france", "1996", "asserted")]),
]

# Fresh-article mechanisms (own sentences): "revenir sur / annuler la ratification" undoes it; TICEN; a list of
# states joined by articles alone acts together; "mené d'essais" is a test; "dénoncer le traité" is leaving it;
# "prêts à discuter" offers talks.
CASES[CODE] += [
    ("La Russie est revenue sur sa ratification du TICE en novembre 2023.", None,
     [("deratify", "ctbt", "russia", "2023-11", "asserted")]),
    ("La Douma a voté pour annuler la ratification du TICE le 18 octobre 2023.", None,
     [("deratify", "ctbt", "russia", "2023-10-18", "asserted")]),
    ("Le Pakistan, l'Inde, la Corée du Nord n'ont jamais signé le TICEN.", None,
     [("sign", "ctbt", "pakistan", None, "negated"), ("sign", "ctbt", "india", None, "negated"),
      ("sign", "ctbt", "north-korea", None, "negated")]),
    ("La Russie n'a pas mené d'essais nucléaires depuis 1990.", None, [("test", None, "russia", None, "negated")]),
    ("Washington a dénoncé le traité FNI en février 2019.", None, [("withdraw", "inf", "usa", "2019-02", "asserted")]),
    ("Les États-Unis se disent prêts à discuter avec la Russie du traité New START.", None,
     [("propose_talks", "new-start", "usa", None, "asserted")]),
]

CASES[CODE] += [
    # "proposé de" is a talk topic and an offer: the extension offered is a proposal of talks
    ("Poutine a proposé de prolonger le traité New START d'un an.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Le renoncement à l'accord sur le nucléaire iranien par les États-Unis date de mai 2018.", None,
     [("withdraw", "jcpoa", "usa", "2018-05", "asserted")]),
]

# Fresh-article mechanisms, round 3 (own sentences): "l'année suivante" is the year after the date before;
# "pourtant" in an apposition opens no clause; a vote to come ("se prononcera sur") hedges; the conditional
# after "que" is an announced act; "cesser de respecter" suspends; a state's adjective after the act's noun
# owns it; "empêcher" negates; sanctions taking effect are no treaty's act
CASES[CODE] += [
    ("Paraphé en 2010, l'accord New START est entré en vigueur l'année suivante.", None,
     [("enter_into_force", "new-start", None, "2011", "asserted")]),
    ("Selon Moscou, les États-Unis, pourtant favorables au TICE, n'ont jamais ratifié ce traité.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    ("Les sénateurs russes se prononceront mardi sur la révocation de la ratification du TICE.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("Les États-Unis ont annoncé qu'ils se retireraient du traité FNI en août 2019.", None,
     [("withdraw", "inf", "usa", "2019-08", "scheduled")]),
    ("Les États-Unis ont cessé de respecter le traité FNI en février 2019.", None,
     [("suspend", "inf", "usa", "2019-02", "asserted")]),
    ("Le Kremlin a condamné le retrait des États-Unis du traité FNI.", None,
     [("withdraw", "inf", "usa", None, "asserted")]),
    ("Le Kremlin a regretté le retrait américain du traité Ciel ouvert.", None,
     [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Le traité FNI empêchait les États-Unis de déployer des missiles en Europe.", None, []),
    ("Malgré l'accord sur le nucléaire iranien, les sanctions entreront en vigueur lundi.", None, []),
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
    text = "Le traité New START fixe à 1550 le nombre d'ogives que la Russie et les États-Unis peuvent déployer."
    assert not {e for e in _events(CODE, text, None) if e[0] == "deploy"}
