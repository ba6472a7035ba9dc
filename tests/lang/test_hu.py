"""Hungarian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .e2e_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope, events_of

CODE = "hu"
CASES[CODE] = [
    # the verbal prefix leaves its verb under focus: "2019-ben lépett ki"
    ("Az Egyesült Államok 2019-ben lépett ki az INF-szerződésből.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Oroszország nem írta alá az atomfegyverek tilalmáról szóló szerződést.", None,
     [("sign", "tpnw", "russia", None, "negated")]),
    # "may" is a suffix (-het): possible
    ("Moszkva kiléphet a Nyitott Égbolt-szerződésből.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    # "does not rule out" is a hedge, not a denial
    ("Oroszország nem zárja ki, hogy kilép az Új START szerződésből.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Ha az Egyesült Államok kilép az Új START szerződésből, Oroszország válaszolni fog.", None, []),
    # dates: year first, with an ordinal dot; a year takes its case ending after a hyphen
    ("Az Új START szerződés 2011. február 5-én lépett hatályba.", None,
     [("enter_into_force", "new-start", None, "2011-02-05", "asserted")]),
    ("Oroszország 2023 februárjában felfüggesztette részvételét az Új START szerződésben.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("Az Új START szerződés 2026. február 5-én lejár.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Oroszország és az USA 2021-ben meghosszabbította az Új START szerződést.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    # a participle before the name describes it: signed in its own year, in force in another
    ("A 2010-ben aláírt Új START szerződés 2011-ben lépett hatályba.", None,
     [("sign", "new-start", "russia", "2010", "asserted"),
      ("enter_into_force", "new-start", None, "2011", "asserted")]),
    # the article between verb and name: the verb takes the treaty as its object
    ("Kína aláírta a nukleáris fegyverek tilalmáról szóló szerződést.", None,
     [("sign", "tpnw", "china", None, "asserted")]),
]

# a state in a partner or place case (-val, -ban) does not act
CASES[CODE] += [
    ("Az USA Németországban telepítette az INF-szerződés által tiltott rakétákat.", None,
     [("deploy", "inf", "usa", None, "asserted")]),
    ("Oroszország az Egyesült Államokkal együtt írta alá az Új START szerződést 2010. április 8-án.", None,
     [("sign", "new-start", "russia", "2010-04-08", "asserted")]),
]


# found on fresh articles (sentences of our own): a law's long qualifier before "törvényt"; the signed
# revocation; "tárgyalásokat nem javasol" (a denied offer, verb last); an intention; "-based" weapons;
# the signing as a time reference; the CTBT called "egyezmény"
CASES[CODE] += [
    ("Az orosz elnök aláírta az Átfogó Atomcsend-egyezmény orosz ratifikációjának visszavonásáról szóló törvényt.",
     None, [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Oroszország aláírta az atomcsend-egyezmény ratifikációjának visszavonását.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Moszkva új tárgyalásokat nem javasol Washingtonnak az Új START szerződésről.", None,
     [("propose_talks", "new-start", "russia", None, "negated")]),
    ("Washington bejelentette a kilépés szándékát az INF-szerződésből.", None,
     [("withdraw", "inf", "usa", None, "scheduled")]),
    ("Az INF-szerződés a szárazföldi telepítésű rakétákra vonatkozott.", None, []),
    ("Washington harminc évvel aláírása után felmondta az INF-szerződést.", None,
     [("withdraw", "inf", "usa", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_partners_and_places_do_not_act() -> None:
    found = events_of(CODE, "Az USA Németországban telepítette az INF-szerződés által tiltott rakétákat.")
    assert ("deploy", "inf", "usa", "2023-02-23", "asserted") in found
    assert not any(e[2] == "germany" for e in found), found


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "de"
# (but), a counterfactual ("volna") is no denial, a description ("azzal vádolta") is no event, a weekday
# follows its own verb, a topic of talks is not stated.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Oroszország felfüggesztette részvételét az Új START szerződésben, de nem lépett ki a megállapodásból.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Meghosszabbítás nélkül az Új START szerződés 2021 februárjában lejárt volna.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("Washington azzal vádolta Moszkvát, hogy az INF-szerződés által tiltott rakétákat telepített.",
     [],
     [("deploy", "asserted"), ("deploy", "scheduled")]),
    # "pedig" follows the new clause's subject: the US acts in the second clause, on its own day
    ("Oroszország kedden felfüggesztette részvételét az INF-szerződésben, az Egyesült Államok pedig "
     "csütörtökön kilépett a szerződésből.",
     [("suspend", "inf", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
    ("Oroszország tárgyalásokat javasolt az Egyesült Államoknak az Új START szerződés meghosszabbításáról.",
     [("propose_talks", "new-start", "russia", "2023-02-23", "asserted")],
     [("extend", "asserted")]),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quote_keeps_its_speaker() -> None:
    check_quote(CODE, "„Nem hosszabbítjuk meg a szerződést” – mondta Szergej Lavrov szerdán.", "lavrov",
                "Nem hosszabbítjuk meg a szerződést")
    check_quote(CODE, "Dmitrij Peszkov kijelentette: „Moszkva nyitott marad a párbeszédre.”", "peskov",
                "Moszkva nyitott marad a párbeszédre.")
    # a dialogue paragraph: the speech ends at a dash, no comma before it
    check_quote(CODE, "Interjú a miniszterrel.\n– Moszkva kész a párbeszédre – tette hozzá Peszkov.", "peskov",
                "Moszkva kész a párbeszédre")


# A short article of our own, ingested and exported as the CLI does: dateline, quote, treaty actions, a denial.
ARTICLE = (
    "Moszkva befagyasztja az utolsó nagy leszerelési szerződést\n\n"
    "BUDAPEST, 2023. március 2. – Oroszország hétfőn felfüggesztette részvételét az Új START szerződésben, "
    "de nem lépett ki belőle. "
    "„Az ellenőrzéseket nem engedjük, a megállapodás azonban formálisan érvényben marad” – mondta "
    "Szergej Rjabkov külügyminiszter-helyettes szerdán. "
    "A 2010. április 8-án aláírt szerződés 2011. február 5-én lépett hatályba, és 2026. február 5-én lejár. "
    "Az Egyesült Államok még 2019-ben kilépett az INF-szerződésből. "
    "Washington szerint a döntés felelőtlen."
)


def test_an_article_end_to_end(tmp_path: Path) -> None:
    check_article(tmp_path, "hu-own-1", ARTICLE, "2023-03-02", CODE,
                  events=[("suspend", "new-start", "russia", "2023-02-27", "asserted"),
                          ("withdraw", "new-start", "russia", "2023-03-02", "negated"),
                          ("sign", "new-start", "russia", "2010-04-08", "asserted"),
                          ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                          ("expire", "new-start", None, "2026-02-05", "scheduled"),
                          ("withdraw", "inf", "usa", "2019", "asserted")],
                  quotes=[("ryabkov", "Az ellenőrzéseket nem engedjük, a megállapodás azonban formálisan "
                                      "érvényben marad")])
