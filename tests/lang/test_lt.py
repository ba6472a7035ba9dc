"""Lithuanian: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "lt"
CASES[CODE] = [
    # fresh-article forms: "dislokuotų galvučių" counts deployed warheads, it deploys nothing; "sudaryta"
    # (concluded) signs; an extension offered (pasiūlė pratęsti) is a proposal; "2021-aisiais"; "atšaukti
    # sutartį" (revoke) withdraws; "pritartų" (would back) hedges
    ("Sutartis riboja kiekvienos šalies dislokuotų branduolinių galvučių skaičių iki 1 550, numato Naujoji "
     "START sutartis.", None, []),
    ("Naujoji START sutartis buvo sudaryta 2010 m. balandžio 8 d. tarp JAV ir Rusijos.", None,
     [("sign", "new-start", "usa", "2010-04-08", "asserted")]),
    ("Rusija pasiūlė pratęsti Naująją START sutartį dar vieneriems metams.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Naujosios START sutarties galiojimas baigsis 2021-aisiais.", None,
     [("expire", "new-start", None, "2021", "scheduled")]),
    ("JAV ketina atšaukti INF sutartį.", None, [("withdraw", "inf", "usa", None, "scheduled")]),
    ("JAV pritartų Naujosios START sutarties pratęsimui.", None, [("extend", "new-start", "usa", None, "possible")]),
    # dated (year first: "2023 m. vasario 21 d."), and a negated withdrawal written with the verb's own prefix
    ("Rusija 2023 m. vasario 21 d. sustabdė dalyvavimą Naujojoje START sutartyje, tačiau iš jos nepasitraukė.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Jungtinės Valstijos Visuotinio branduolinių bandymų uždraudimo sutartį pasirašė, bet neratifikavo.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Maskva gali pasitraukti iš Branduolinio ginklo neplatinimo sutarties, teigė analitikas.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    # the conditional (-tų) is possible
    ("Rusija esą ruošiasi pasitraukti iš Atviro dangaus sutarties.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Vašingtonas 2019 m. rugpjūtį pasitraukė iš INF sutarties.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Valstybės Dūma priėmė įstatymą dėl Visuotinio branduolinių bandymų uždraudimo sutarties ratifikacijos "
     "atšaukimo.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Indija niekada nepasirašė Branduolinio ginklo neplatinimo sutarties.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Naujosios START sutarties galiojimas baigsis 2026 m. vasarį.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusija ir JAV 2021 m. pratęsė Naująją START sutartį.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kremlius atmeta bet kokias derybas su Vašingtonu dėl ginklų kontrolės, sakė atstovas spaudai.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    # a denial with "nuo" and a year covers the years after, not a day
    ("Rusija neatliko branduolinių bandymų nuo 1990 m.", "2023-02-23", [("test", None, "russia", "1990", "negated")]),
    # conditional: no event stated
    ("Jei JAV dislokuos raketas Europoje, Rusija pasitrauks iš INF sutarties.", None, []),
]

# Clause scope (issue 9): a negation stops at "bet"; a counterfactual ("būtų ... nustojusi galioti") is no
# denial of what "be" precedes; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rusija sustabdė dalyvavimą Naujojoje START sutartyje, bet iš jos nepasitraukė.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Be pratęsimo Naujoji START sutartis būtų nustojusi galioti 2021 m. vasarį.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Vašingtonas apkaltino Maskvą dislokavus INF sutartimi uždraustas raketas.", None, []),
    ("Rusija pasirašė CTBT 1996 m. rugsėjo 24 d. ir ją ratifikavo 2000 m. birželio 30 d.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "antradienį" is the 21st
    ("Rusija sustabdė dalyvavimą Naujojoje START sutartyje, antradienį pareiškė Putinas.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_bet() -> None:
    check_scope(CODE, "Rusija nepasirašė naujo susitarimo, bet trečiadienį sustabdė dalyvavimą Naujojoje START "
                "sutartyje.", [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_in_force_and_powers_are_no_hedge() -> None:
    # "galioja" (is in force) and "galių" (powers) are not "gali" (may) with an ending
    check_scope(CODE, "Sutartis galioja, o branduolinių galių atstovai trečiadienį pasirašė Naująją START sutartį.",
                [], [("sign", "possible")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Rusija lieka atvira dialogui dėl strateginio stabilumo“, – sakė Lavrovas.", "lavrov",
                "Rusija lieka atvira dialogui dėl strateginio stabilumo")


ARTICLE = """Maskva galutinai pasitraukė iš dar vieno ginklų kontrolės susitarimo
2024 m. kovo 14 d. 10:32

VILNIUS. Rusija trečiadienį oficialiai pasitraukė iš Atviro dangaus sutarties, pranešė Užsienio reikalų ministerija.
Kremliaus atstovas spaudai Dmitrijus Peskovas sakė: „Sprendimas galutinis, ir Maskva jo nepersvarstys.“
Pasak jo, Rusija iš Naujosios START sutarties nepasitrauks, tačiau jos galiojimas baigsis 2026 m. vasarį.
Jungtinės Valstijos iš INF sutarties pasitraukė dar 2019 m. rugpjūtį.
Analitikai perspėja, kad Rusija galėtų atnaujinti branduolinius bandymus."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "trečiadienį" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Sprendimas galutinis, ir Maskva jo nepersvarstys.")])
