"""Estonian: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope, events_of

CODE = "et"
CASES[CODE] = [
    # fresh-article forms: "sõlmima" (conclude) signs, "kehtima hakanud" enters into force, the short noun "lepe"
    ("USA ja Nõukogude Liit sõlmisid INF-leppe 1987. aasta detsembris.", None,
     [("sign", "inf", "usa", "1987-12", "asserted"), ("sign", "inf", "ussr", "1987-12", "asserted")]),
    ("Uus START-lepe oli kehtima hakanud 2011. aasta veebruaris.", None,
     [("enter_into_force", "new-start", None, "2011-02", "asserted")]),
    # an extension offered is a proposal, not an extension done
    ("Venemaa tegi USA-le ettepaneku pikendada uut START-lepet ühe aasta võrra.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Trump teatas 2018. aasta oktoobris, et USA loobub INF-leppest.", None,
     [("withdraw", "inf", "usa", "2018-10", "asserted")]),
    ("Venemaa tühistas 2023. aastal tuumakatsetuste keelu leppe ratifitseeringu.", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
    # a moratorium on tests is no test
    ("USA kehtestas 1992. aastal tuumakatsetustele moratooriumi ja allkirjastas hiljem "
     "tuumakatsetuste keelustamise lepingu.", None,
     [("sign", "ctbt", "usa", None, "asserted")]),
    ("Ameerika Ühendriigid taganesid avatud taeva lepingust 2020. aastal.", None,
     [("withdraw", "open-skies", "usa", "2020", "asserted")]),
    # the negation is a word of its own; "kunagi" (ever) is no "kuna" (because) that would end its scope
    ("India ei ole kunagi allkirjastanud tuumarelvade leviku tõkestamise lepingut.", None,
     [("sign", "npt", "india", None, "negated")]),
    # the treaty's name before the verb, the negation inside: "ei taganenud" alone
    ("Venemaa INF-lepingust ei taganenud.", None, [("withdraw", "inf", "russia", None, "negated")]),
    # the conditional (-ks) is possible; a hedge
    ("Moskva taganeks tuumarelvade leviku tõkestamise lepingust ainult äärmuslikus olukorras.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Venemaa võib taganeda avatud taeva lepingust.", None, [("withdraw", "open-skies", "russia", None, "possible")]),
    # "does not rule out" is a hedge, not a denial
    ("Venemaa ei välista, et ta taganeb uuest START-lepingust.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Juhul kui USA paigutab Euroopasse raketid, taganeb Venemaa INF-lepingust.", None, []),
    # year first with the year word, and a day with its month in the adessive
    ("Uus START-leping jõustus 2011. aasta 5. veebruaril.", None,
     [("enter_into_force", "new-start", None, "2011-02-05", "asserted")]),
    ("Uus START-leping aegub 5. veebruaril 2026.", None, [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Venemaa ja USA pikendasid uut START-lepingut 2021. aastal viie aasta võrra.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Riigiduuma tühistas tuumakatsetuste keelustamise lepingu ratifitseerimise.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Kreml lükkab tagasi igasugused läbirääkimised Washingtoniga relvastuskontrolli üle, ütles pressiesindaja.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_partners_and_places_do_not_act() -> None:
    found = events_of(CODE, "Venemaa allkirjastas uue START-lepingu Ameerika Ühendriikidega Prahas 8. aprillil 2010.")
    assert ("sign", "new-start", "russia", "2010-04-08", "asserted") in found
    assert not any(e[2] == "usa" for e in found), found
    found = events_of(CODE, "Venemaa allkirjastas uue START-lepingu USA-ga 2010. aastal.")
    assert ("sign", "new-start", "russia", "2010", "asserted") in found
    assert not any(e[2] == "usa" for e in found), found


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "kuid"
# (but), a counterfactual ("oleks") is no denial, a description ("süüdistas") is no event, a weekday follows
# its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Venemaa peatas osalemise uues START-lepingus, kuid ei taganenud sellest lepingust.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Ilma pikendamiseta oleks uus START-leping aegunud 2021. aasta veebruaris.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("Washington süüdistas Moskvat INF-lepinguga keelatud rakettide paigutamises.",
     [],
     [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Venemaa allkirjastas CTBT 24. septembril 1996 ja ratifitseeris selle 30. juunil 2000.",
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"), ("ratify", "ctbt", "russia", "2000-06-30", "asserted")],
     []),
    ("Venemaa peatas osalemise uues START-lepingus, ütles Putin teisipäeval.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quote_keeps_its_speaker() -> None:
    check_quote(CODE, "„Venemaa on endiselt avatud dialoogile strateegilise stabiilsuse üle,“ ütles Lavrov.", "lavrov",
                "Venemaa on endiselt avatud dialoogile strateegilise stabiilsuse üle")


ARTICLE = """Moskva lahkus veel ühest relvastuskontrolli kokkuleppest
14.03.2024 10:32

TALLINN. Venemaa taganes kolmapäeval ametlikult avatud taeva lepingust, teatas välisministeerium.
Kremli pressiesindaja Dmitri Peskov ütles ajakirjanikele: „Otsus on lõplik ja Moskval pole põhjust seda ümber vaadata.“
Tema sõnul Venemaa uuest START-lepingust ei tagane, kuid leping aegub 2026. aasta veebruaris.
Ameerika Ühendriigid taganesid INF-lepingust juba 2019. aasta augustis.
Analüütikud hoiatavad, et Venemaa võib tuumakatsetused taastada."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "kolmapäeval" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Otsus on lõplik ja Moskval pole põhjust seda ümber vaadata.")])
