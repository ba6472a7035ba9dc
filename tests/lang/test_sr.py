"""Serbian, in both scripts: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "sr"
CASES[CODE] = [
    # dated, Cyrillic, and a negated withdrawal
    ("Русија је 21. фебруара 2023. суспендовала учешће у споразуму Нови СТАРТ, али се није повукла из споразума.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    # Latin: signed but never ratified
    ("Sjedinjene Države su potpisale Ugovor o sveobuhvatnoj zabrani nuklearnih proba, ali ga nikada nisu ratifikovale.",
     None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskva bi mogla da se povuče iz Ugovora o neširenju nuklearnog oružja, rekao je analitičar.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Vašington se u avgustu 2019. povukao iz sporazuma INF.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Државна дума је повукла ратификацију Уговора о свеобухватној забрани нуклеарних проба.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Ako SAD rasporede rakete u Evropi, Rusija će se povući iz sporazuma INF.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Fresh-article checks (session 11): the INF Treaty by its long names; suspended fulfilment of obligations;
# an offer to extend is an offer; "umesto da" denies; a call for a test is none; a perfective present
# ("istekne") lies ahead; what a treaty forbids is described, not stated.
CASES[CODE] += [
    ("Сједињене Америчке Државе су 1. фебруара 2019. обуставиле испуњавање одредби Споразума о ликвидацији "
     "ракета средњег и малог домета.", None, [("suspend", "inf", "usa", "2019-02-01", "asserted")]),
    ("Putin je u ponedeljak ponudio produženje Novog START sporazuma.", "2025-09-24",
     [("propose_talks", "new-start", "russia", "2025-09-22", "asserted")]),
    ("Umesto da produžimo Novi START, treba raditi na novom sporazumu, rekao je Tramp.", None, []),
    ("Poslanici su pozvali da se izvrši nuklearna proba, ali Rusija nije testirala od 1990.", None, []),
    ("Putin je rekao da će Moskva poštovati ograničenja i nakon što Novi START istekne u februaru.", "2025-09-22",
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Sporazum INF je zabranjivao svakoj od strana potpisnica da rasporedi rakete srednjeg dometa.", None, []),
]
# Serbian Latin is told from Slovenian by its own words (markers: učešće, poslednji, bojevih glava ...).
def test_serbian_latin_is_not_slovenian() -> None:
    from treatywatch.lexicon import load_lexicon
    from treatywatch.text.language import identify
    text = ("Predsednik je objavio da Rusija obustavlja učešće u Novom START-u. Ugovor je poslednji preostali "
            "sporazum i ograničava svaku stranu na 1.550 nuklearnih bojevih glava, što je manji broj nego ranije.")
    assert identify(text, load_lexicon()) == "sr"
