"""Slovak: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "sk"
CASES[CODE] = [
    # "do" (until) opening the trigger: the expiry is a point ahead, not the day of publication
    ("Do vypršania zmluvy New START zostávajú už len tri mesiace.", "2025-11-05",
     [("expire", "new-start", None, None, "scheduled")]),
    # dated, and a negated withdrawal written with the verb's own prefix
    ("Rusko 21. februára 2023 pozastavilo účasť na zmluve Nový START, zo zmluvy však nevystúpilo.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Spojené štáty Zmluvu o všeobecnom zákaze jadrových skúšok podpísali, ale neratifikovali.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskva by mohla zo Zmluvy o nešírení jadrových zbraní vystúpiť, uviedol analytik.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Rusko sa vraj chystá vystúpiť zo Zmluvy o otvorenom nebi.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Washington v auguste 2019 odstúpil od zmluvy INF.", None, [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Štátna duma schválila zákon o odvolaní ratifikácie Zmluvy o všeobecnom zákaze jadrových skúšok.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("India nikdy nepodpísala Zmluvu o nešírení jadrových zbraní.", None, [("sign", "npt", "india", None, "negated")]),
    ("Zmluva Nový START vyprší vo februári 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusko a USA predĺžili zmluvu Nový START v roku 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kremeľ odmieta akékoľvek rokovania s Washingtonom o kontrole zbrojenia, uviedol hovorca.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    # conditional: no event stated
    ("Ak Spojené štáty rozmiestnia rakety v Európe, Rusko vystúpi zo zmluvy INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "ale"; a counterfactual ("by ... vypršala") is no denial
# of what "bez" precedes; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rusko pozastavilo svoju účasť na zmluve Nový START, ale neodstúpilo od nej.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Bez predĺženia by zmluva Nový START vypršala vo februári 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington obvinil Moskvu z rozmiestnenia rakiet zakázaných zmluvou INF.", None, []),
    ("Rusko podpísalo CTBT 24. septembra 1996 a ratifikovalo ju 30. júna 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "v utorok" is the 21st
    ("Rusko pozastavilo svoju účasť na zmluve Nový START, povedal Putin v utorok.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


# found on fresh articles (sentences of our own): a countdown to the expiry and "má vypršať" are scheduled;
# "proti" (against) opposes; a relative clause of what a party may do describes a limit; "Nový ŠTART"
CASES[CODE] += [
    ("Do vypršania platnosti zmluvy Nový START zostávajú tri týždne.", None,
     [("expire", "new-start", None, None, "scheduled")]),
    ("Platnosť zmluvy Nový ŠTART má vypršať vo februári 2026.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Washington sa postavil proti predĺženiu zmluvy Nový START.", None,
     [("extend", "new-start", "usa", None, "negated")]),
    ("Zmluva Nový START obmedzuje počet hlavíc, ktoré môže každá strana rozmiestniť.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_ale() -> None:
    check_scope(CODE, "Rusko nepodpísalo novú dohodu, ale v stredu pozastavilo účasť na zmluve Nový START.",
                [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Rusko je naďalej otvorené dialógu o strategickej stabilite,“ povedal Lavrov.", "lavrov",
                "Rusko je naďalej otvorené dialógu o strategickej stabilite")


def test_a_short_slovak_sentence_is_read_as_slovak_not_czech() -> None:
    # fastText's compact model takes short Slovak for Czech; the markers (languages/sk.yaml) settle it
    assert identify("Slovenská vláda v stredu uviedla, že podporuje zmluvu o nešírení jadrových zbraní.") == CODE
    assert identify("Česká vláda ve středu uvedla, že podporuje smlouvu o nešíření jaderných zbraní.") == "cs"


ARTICLE = """Moskva definitívne odišla z ďalšej dohody o kontrole zbrojenia
14. marca 2024 10:32

MOSKVA - Rusko v stredu oficiálne vystúpilo zo Zmluvy o otvorenom nebi, oznámilo ministerstvo zahraničných vecí.
Hovorca Kremľa Dmitrij Peskov novinárom povedal: „Rozhodnutie je konečné a Moskva nemá dôvod ho prehodnocovať.“
Podľa neho Rusko zo zmluvy Nový START nevystúpi, jej platnosť však vyprší vo februári 2026.
Spojené štáty odstúpili od zmluvy INF už v auguste 2019.
Analytici upozorňujú, že Rusko by mohlo obnoviť jadrové skúšky."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "v stredu" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Rozhodnutie je konečné a Moskva nemá dôvod ho prehodnocovať.")])
