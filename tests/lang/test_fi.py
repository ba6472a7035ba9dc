"""Finnish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .e2e_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope, events_of

CODE = "fi"
CASES[CODE] = [
    ("Yhdysvallat vetäytyi Avoin taivas -sopimuksesta vuonna 2020.", None,
     [("withdraw", "open-skies", "usa", "2020", "asserted")]),
    # the negative verb: "ei allekirjoita"
    ("Venäjä ei allekirjoita ydinasekieltosopimusta.", None, [("sign", "tpnw", "russia", None, "negated")]),
    # the conditional (-isi-) is possible
    ("Moskova vetäytyisi ydinsulkusopimuksesta vain äärimmäisessä tilanteessa.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    # "does not rule out" is a hedge, not a denial
    ("Venäjä ei sulje pois, että se vetäytyy New START -sopimuksesta.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Jos Yhdysvallat vetäytyy New START -sopimuksesta, Venäjä vastaa.", None, []),
    ("New START -sopimus astui voimaan 5. helmikuuta 2011.", None,
     [("enter_into_force", "new-start", None, "2011-02-05", "asserted")]),
    ("New START -sopimus päättyy 5. helmikuuta 2026.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Venäjä ja Yhdysvallat jatkoivat New START -sopimusta viidellä vuodella vuonna 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    # "the following year" counts from the date before it
    ("Venäjä ja Yhdysvallat allekirjoittivat New START -sopimuksen vuonna 2010, ja se tuli voimaan "
     "seuraavana vuonna.", None,
     [("sign", "new-start", "russia", "2010", "asserted"),
      ("enter_into_force", "new-start", None, "2011", "asserted")]),
    # a denial with "lähtien" (since) covers the years after, not a day
    ("Venäjä ei ole tehnyt ydinkokeita vuodesta 1990 lähtien.", "2023-02-23",
     [("test", None, "russia", "1990", "negated")]),
]


# found on fresh articles (sentences of our own): "solmia" (to conclude) a treaty; "päätti olla uusimatta"
# (decided not to renew); "harkitsisivat" (would consider) is a hedge; a call back to the negotiating table
CASES[CODE] += [
    ("Venäjä ja Yhdysvallat solmivat New START -sopimuksen vuonna 2010.", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
    ("Yhdysvallat päätti olla uusimatta New START -sopimusta.", None,
     [("extend", "new-start", "usa", None, "negated")]),
    ("Venäjä harkitsisi New START -sopimuksen jatkamista.", None,
     [("extend", "new-start", "russia", None, "possible")]),
    ("Venäjä kehotti Yhdysvaltoja palaamaan neuvottelupöytään New START -sopimuksesta.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
]

CASES[CODE] += [
    # "jatkamisen sijaan" (instead of extending): no extension
    ("Yhdysvallat haluaa uuden sopimuksen New START -sopimuksen jatkamisen sijaan.", None,
     [("extend", "new-start", "usa", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_partners_and_places_do_not_act() -> None:
    found = events_of(CODE, "Venäjä allekirjoitti New START -sopimuksen Yhdysvaltojen kanssa Prahassa "
                            "8. huhtikuuta 2010.")
    assert ("sign", "new-start", "russia", "2010-04-08", "asserted") in found
    assert not any(e[2] == "usa" for e in found), found
    found = events_of(CODE, "Yhdysvallat sijoitti Saksassa INF-sopimuksen kieltämiä ohjuksia.")
    assert ("deploy", "inf", "usa", "2023-02-23", "asserted") in found
    assert not any(e[2] == "germany" for e in found), found


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "mutta"
# (but), a counterfactual ("olisi") is no denial, a description ("syytti") is no event, a weekday follows
# its own verb, a topic of talks is not stated.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Venäjä keskeytti osallistumisensa New START -sopimukseen, mutta ei vetäytynyt sopimuksesta.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Ilman jatkoa New START -sopimus olisi päättynyt helmikuussa 2021.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("Washington syytti Moskovaa INF-sopimuksen kieltämien ohjusten sijoittamisesta.",
     [],
     [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Venäjä keskeytti tiistaina osallistumisensa INF-sopimukseen, kun taas Yhdysvallat vetäytyi sopimuksesta "
     "torstaina.",
     [("suspend", "inf", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
    ("Neuvottelut New START -sopimuksen jatkamisesta alkavat ensi viikolla.",
     [],
     [("extend", "asserted"), ("extend", "scheduled")]),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quote_keeps_its_speaker() -> None:
    check_quote(CODE, "”Emme aio jatkaa sopimusta”, sanoi Sergei Lavrov keskiviikkona.", "lavrov",
                "Emme aio jatkaa sopimusta")
    check_quote(CODE, "Dmitri Peskov totesi: ”Moskova on yhä avoin vuoropuhelulle.”", "peskov",
                "Moskova on yhä avoin vuoropuhelulle.")


# A short article of our own, ingested and exported as the CLI does: dateline, quote, treaty actions, a denial.
ARTICLE = (
    "Moskova jäädyttää viimeisen suuren asevalvontasopimuksen\n\n"
    "HELSINKI, 2. maaliskuuta 2023. Venäjä keskeytti maanantaina osallistumisensa New START -sopimukseen, "
    "mutta ei vetäytynyt siitä. "
    "”Emme salli tarkastuksia, mutta sopimus pysyy muodollisesti voimassa”, sanoi varaulkoministeri "
    "Sergei Rjabkov keskiviikkona. "
    "Sopimus allekirjoitettiin Prahassa 8. huhtikuuta 2010, ja se astui voimaan 5. helmikuuta 2011. "
    "Sopimus päättyy 5. helmikuuta 2026. "
    "Yhdysvallat vetäytyi INF-sopimuksesta jo vuonna 2019. "
    "Washingtonin mukaan päätös on vastuuton."
)


def test_an_article_end_to_end(tmp_path: Path) -> None:
    check_article(tmp_path, "fi-own-1", ARTICLE, "2023-03-02", CODE,
                  events=[("suspend", "new-start", "russia", "2023-02-27", "asserted"),
                          ("withdraw", "new-start", "russia", "2023-03-02", "negated"),
                          ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                          ("expire", "new-start", None, "2026-02-05", "scheduled"),
                          ("withdraw", "inf", "usa", "2019", "asserted")],
                  quotes=[("ryabkov", "Emme salli tarkastuksia, mutta sopimus pysyy muodollisesti voimassa")])
