"""Croatian: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "hr"
CASES[CODE] = [
    # a hedge before a form of what is due ("može isteći", may expire): possible, not scheduled
    ("Ministar je u siječnju rekao da sporazum Novi START može isteći bez zamjene.", "2026-02-05",
     [("expire", "new-start", None, "2026-01", "possible")]),
    ("Rusija je 21. veljače 2023. suspendirala sudjelovanje u sporazumu Novi START, ali se nije povukla iz njega.",
     None, [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
            ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Sjedinjene Države potpisale su Ugovor o sveobuhvatnoj zabrani nuklearnih pokusa, ali ga nisu ratificirale.",
     None, [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskva bi se mogla povući iz Ugovora o neširenju nuklearnog oružja, rekao je analitičar.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Washington se u kolovozu 2019. povukao iz sporazuma INF.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Državna duma usvojila je zakon o opozivu ratifikacije Ugovora o sveobuhvatnoj zabrani nuklearnih pokusa.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Indija nikada nije potpisala Ugovor o neširenju nuklearnog oružja.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Sporazum Novi START istječe u veljači 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusija i SAD produljile su sporazum Novi START 2021. godine.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kremlj odbija bilo kakve pregovore s Washingtonom o kontroli naoružanja, rekao je glasnogovornik.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    # "sad" (now) is no United States: only the capitals "SAD" are
    ("Rusija je sad odlučila obustaviti sudjelovanje u Ugovoru o otvorenom nebu.", None,
     [("suspend", "open-skies", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Ako SAD rasporede rakete u Europi, Rusija će se povući iz sporazuma INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "ali"; a counterfactual ("bi istekao") is no denial of what
# "bez" precedes; a description is no event, also past its "da"; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Bez produljenja sporazum Novi START bi istekao u veljači 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington je optužio Moskvu da je rasporedila rakete zabranjene sporazumom INF.", None, []),
    ("Rusija je potpisala CTBT 24. rujna 1996., a ratificirala ga je 30. lipnja 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "u utorak" is the 21st
    ("Rusija je suspendirala sudjelovanje u sporazumu Novi START, rekao je Putin u utorak.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


# found on fresh articles (sentences of our own): a countdown to the expiry is scheduled; "protiv"
# (against) opposes; a refused offer to extend; a relative clause of what a party may do describes a limit
CASES[CODE] += [
    ("Do isteka sporazuma Novi START ostala su tri tjedna.", None,
     [("expire", "new-start", None, None, "scheduled")]),
    ("Washington je glasovao protiv produljenja sporazuma Novi START.", None,
     [("extend", "new-start", "usa", None, "negated")]),
    ("Sporazum Novi START ograničava broj bojevih glava koje mogu rasporediti Rusija i SAD.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_ali() -> None:
    check_scope(CODE, "Rusija nije potpisala novi dogovor, ali je u srijedu suspendirala sudjelovanje u sporazumu "
                "Novi START.", [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Rusija ostaje otvorena za dijalog o strateškoj stabilnosti”, rekao je Lavrov.", "lavrov",
                "Rusija ostaje otvorena za dijalog o strateškoj stabilnosti")


def test_croatian_is_told_from_serbian_by_its_own_words() -> None:
    # the markers (languages/hr.yaml): tijekom, također, vanjskih, glasnogovornik, Europa ...
    assert identify("Glasnogovornik ministarstva vanjskih poslova rekao je tijekom konferencije da se Hrvatska "
                    "također zalaže za pregovore o razoružanju u Europi.") == CODE
    assert identify("Portparol ministarstva spoljnih poslova rekao je tokom konferencije da se Srbija takođe "
                    "zalaže za pregovore o razoružanju u Evropi.") == "sr"


ARTICLE = """Moskva se povlači iz još jednog sporazuma o nadzoru naoružanja
14. ožujka 2024. 10:32

MOSKVA - Rusija se u srijedu službeno povukla iz Ugovora o otvorenom nebu, priopćilo je ministarstvo vanjskih poslova.
Glasnogovornik Kremlja Dmitrij Peskov rekao je novinarima: „Odluka je konačna i Moskva je neće preispitivati.”
Prema njegovim riječima, Rusija se neće povući iz sporazuma Novi START, koji istječe u veljači 2026.
Sjedinjene Države povukle su se iz sporazuma INF još u kolovozu 2019. godine.
Analitičari upozoravaju da bi Rusija mogla nastaviti nuklearne pokuse."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "u srijedu" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Odluka je konačna i Moskva je neće preispitivati.")])
