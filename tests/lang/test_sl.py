"""Slovenian: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "sl"
CASES[CODE] = [
    # dated, and a negated withdrawal with the object before the verb
    ("Rusija je 21. februarja 2023 suspendirala sodelovanje v pogodbi novi START, iz pogodbe pa ni izstopila.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Združene države so Pogodbo o celoviti prepovedi jedrskih poskusov podpisale, a je niso ratificirale.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskva bi lahko izstopila iz Pogodbe o neširjenju jedrskega orožja, meni analitik.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Rusija naj bi se pripravljala na izstop iz Pogodbe o odprtem nebu.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Washington je avgusta 2019 izstopil iz pogodbe INF.", None, [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Državna duma je sprejela zakon o preklicu ratifikacije Pogodbe o celoviti prepovedi jedrskih poskusov.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Indija nikoli ni podpisala Pogodbe o neširjenju jedrskega orožja.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Pogodba novi START bo potekla februarja 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusija in ZDA sta leta 2021 podaljšali pogodbo novi START.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kremelj zavrača vsakršna pogajanja z Washingtonom o nadzoru oborožitve, je dejal tiskovni predstavnik.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    # a denial with a year covers the years after
    ("Rusija ne izvaja jedrskih poskusov od leta 1990.", "2023-02-23", [("test", None, "russia", "1990", "negated")]),
    # conditional: no event stated
    ("Če bodo ZDA namestile rakete v Evropi, bo Rusija izstopila iz pogodbe INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "vendar"; a counterfactual ("bi ... potekla") is no denial of
# what "brez" precedes; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rusija je suspendirala sodelovanje v pogodbi novi START, vendar iz nje ni izstopila.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Brez podaljšanja bi pogodba novi START potekla februarja 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington je Moskvo obtožil namestitve raket, ki jih prepoveduje pogodba INF.", None, []),
    ("Rusija je podpisala CTBT 24. septembra 1996 in jo ratificirala 30. junija 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "v torek" is the 21st
    ("Rusija je suspendirala sodelovanje v pogodbi novi START, je v torek dejal Putin.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_vendar() -> None:
    check_scope(CODE, "Rusija ni podpisala novega sporazuma, vendar je v sredo suspendirala sodelovanje v pogodbi "
                "novi START.", [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "»Rusija ostaja odprta za dialog o strateški stabilnosti,« je dejal Lavrov.", "lavrov",
                "Rusija ostaja odprta za dialog o strateški stabilnosti")


def test_a_short_slovenian_sentence_is_read_as_slovenian() -> None:
    assert identify("Slovenska vlada je v sredo sporočila, da podpira pogodbo o neširjenju jedrskega orožja.") == CODE
    assert identify("Hrvatska vlada je u srijedu priopćila da podupire ugovor o neširenju nuklearnog oružja.") == "hr"


ARTICLE = """Moskva dokončno izstopila iz še enega sporazuma o nadzoru oborožitve
14. marec 2024 ob 10:32

MOSKVA - Rusija je v sredo uradno izstopila iz Pogodbe o odprtem nebu, je sporočilo zunanje ministrstvo.
Tiskovni predstavnik Kremlja Dmitrij Peskov je novinarjem dejal: »Odločitev je dokončna in Moskva je ne bo spreminjala.«
Po njegovih besedah Rusija iz pogodbe novi START ne bo izstopila, vendar bo pogodba potekla februarja 2026.
Združene države so iz pogodbe INF izstopile že avgusta 2019.
Analitiki opozarjajo, da bi Rusija lahko nadaljevala jedrske poskuse."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "v sredo" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Odločitev je dokončna in Moskva je ne bo spreminjala.")])

# Fresh-article checks (session 11): withdrawing "od" a treaty (odstopiti od, umik od); a treaty "sklenjen"
# is signed; "je sicer napovedal" is no counterfactual; "pred meseci" marks an earlier act.
CASES[CODE] += [
    ("Trump namerava odstopiti od jedrskega sporazuma z Iranom.", "2018-05-08",
     [("withdraw", "jcpoa", "usa", "2018-05-08", "scheduled")]),
    ("Ameriški predsednik Donald Trump je oktobra 2018 napovedal umik od pogodbe INF.", None,
     [("withdraw", "inf", "usa", "2018-10", "asserted")]),
    ("Združene države so leta 2015 sklenile jedrski sporazum z Iranom.", None,
     [("sign", "jcpoa", "usa", "2015", "asserted")]),
    ("ZDA so sicer že pred meseci napovedale umik od pogodbe INF.", "2018-12-05",
     [("withdraw", "inf", "usa", None, "asserted")]),
]
