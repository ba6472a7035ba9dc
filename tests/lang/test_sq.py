"""Albanian: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "sq"
CASES[CODE] = [
    # a year with its case ending ("në 1996-ën"); "stance towards nuclear testing" is no test
    ("SHBA e nënshkroi traktatin CTBT në 1996-ën, por nuk e ka ratifikuar.", None,
     [("sign", "ctbt", "usa", "1996", "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    ("Ligji ndryshon qëndrimin e Moskës ndaj testimit bërthamor sipas traktatit CTBT.", None, []),
    # fresh-article forms: "u shty për ... vjet" (was extended for ... years); an offered extension is a proposal
    ("Traktati New START u shty për pesë vjet në shkurt 2021.", None,
     [("extend", "new-start", "russia", "2021-02", "asserted"), ("extend", "new-start", "usa", "2021-02", "asserted")]),
    ("Rusia ofroi zgjatjen e traktatit New START me një vit.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Më 21 shkurt 2023, Rusia pezulloi pjesëmarrjen në traktatin New START, por nuk u tërhoq prej tij.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Shtetet e Bashkuara e nënshkruan Traktatin për Ndalimin Gjithëpërfshirës të Provave Bërthamore, por nuk e "
     "ratifikuan.", None, [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moska mund të tërhiqet nga Traktati i Mospërhapjes së Armëve Bërthamore, tha një analist.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Uashingtoni u tërhoq nga Traktati INF në gusht 2019.", None, [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("India nuk e ka nënshkruar kurrë Traktatin e Mospërhapjes së Armëve Bërthamore.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Traktati New START skadon në shkurt 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusia dhe SHBA-të e zgjatën traktatin New START në vitin 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kremlini refuzon çdo negociatë me Uashingtonin për kontrollin e armëve, tha zëdhënësi.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    ("Duma e Shtetit miratoi ligjin për revokimin e ratifikimit të Traktatit për Ndalimin Gjithëpërfshirës të "
     "Provave Bërthamore.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
    # the future, and its denial after "se" (that)
    ("Rusia do të tërhiqet nga traktati New START.", None, [("withdraw", "new-start", "russia", None, "scheduled")]),
    ("Moska deklaroi se nuk do të tërhiqet nga traktati New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    # "u largua nga" (left), the conditional "do të + imperfect", readiness to talk
    ("Shtetet e Bashkuara u larguan nga Traktati INF në vitin 2019.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Rusia do të tërhiqej nga traktati New START nëse SHBA vendosin raketa në Evropë.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Kremlini tha se Rusia është e gatshme të rinisë bisedimet me Uashingtonin për traktatin New START.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Nëse SHBA vendosin raketa në Evropë, Rusia do të tërhiqet nga Traktati INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "por"; a counterfactual ("do të kishte skaduar") is no denial
# of what "pa" precedes; a description is no event, also past its "se"; a date and a weekday belong to
# their own verb.
CASES[CODE] += [
    ("Pa zgjatjen, traktati New START do të kishte skaduar në shkurt 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Uashingtoni akuzoi Moskën se ka vendosur raketa të ndaluara nga traktati INF.", None, []),
    ("Rusia nënshkroi CTBT më 24 shtator 1996 dhe e ratifikoi më 30 qershor 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "të martën" is the 21st
    ("Rusia pezulloi pjesëmarrjen në traktatin New START, tha Putin të martën.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_por() -> None:
    check_scope(CODE, "Rusia nuk nënshkroi marrëveshjen e re, por të mërkurën pezulloi pjesëmarrjen në traktatin "
                "New START.", [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Rusia mbetet e hapur për dialog për stabilitetin strategjik”, tha Lavrov.", "lavrov",
                "Rusia mbetet e hapur për dialog për stabilitetin strategjik")


def test_albanian_is_identified() -> None:
    assert identify("Ministri i Jashtëm tha se qeveria mbështet negociatat për çarmatimin bërthamor në Evropë.") == CODE


ARTICLE = """Moska braktis një tjetër marrëveshje për kontrollin e armëve
14 mars 2024, 10:32

MOSKË - Rusia u tërhoq zyrtarisht të mërkurën nga Traktati i Qiejve të Hapur, njoftoi Ministria e Jashtme.
Zëdhënësi i Kremlinit Dmitri Peskov u tha gazetarëve: „Vendimi është përfundimtar dhe Moska nuk do ta rishikojë.”
Sipas tij, Rusia nuk do të tërhiqet nga traktati New START, i cili skadon në shkurt 2026.
Shtetet e Bashkuara u tërhoqën nga Traktati INF që në gusht 2019.
Analistët paralajmërojnë se Rusia mund të rifillojë provat bërthamore."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "të mërkurën" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Vendimi është përfundimtar dhe Moska nuk do ta rishikojë.")])
