"""Tagalog (Filipino; fastText's "tl"): the data's own example sentences and sentences of our own, through
the real pipeline, and a short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "tl"
CASES[CODE] = [
    ("Noong Pebrero 21, 2023, sinuspinde ng Russia ang pakikilahok nito sa kasunduang New START, ngunit hindi ito "
     "umatras sa kasunduan.", None, [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
                                    ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Nilagdaan ng Estados Unidos ang Comprehensive Nuclear-Test-Ban Treaty, ngunit hindi nito niratipikahan ang "
     "kasunduan.", None, [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Maaaring umatras ang Moscow sa Non-Proliferation Treaty, ayon sa isang analyst.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Umatras ang Washington sa INF Treaty noong Agosto 2019.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Hindi kailanman lumagda ang India sa Non-Proliferation Treaty.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Mag-e-expire ang kasunduang New START sa Pebrero 2026.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    # the actor after "ng", two of them
    ("Pinalawig ng Russia at ng US ang kasunduang New START noong 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Tinanggihan ng Kremlin ang anumang negosasyon sa Washington tungkol sa kontrol ng armas, sabi ng tagapagsalita.",
     None, [("reject_talks", None, "russia", None, "asserted")]),
    # a law is approved, the ratification revoked
    ("Pinagtibay ng State Duma ang batas na bumabawi sa ratipikasyon ng Comprehensive Nuclear-Test-Ban Treaty.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # the contemplated aspect is the future; its denial
    ("Aatras ang Russia sa kasunduang New START.", None, [("withdraw", "new-start", "russia", None, "scheduled")]),
    ("Sinabi ng Moscow na hindi aatras ang Russia sa kasunduang New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Nilagdaan ng Russia ang kasunduang New START noong ika-8 ng Abril, 2010.", None,
     [("sign", "new-start", "russia", "2010-04-08", "asserted")]),
    # the subject between the verb and its object
    ("Umalis ang US sa INF Treaty noong 2019.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Sinabi ni Peskov na hindi aalis ang Russia sa kasunduang New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Sinabi ng Kremlin na handa ang Russia na ipagpatuloy ang pag-uusap sa Washington tungkol sa New START.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Kung magde-deploy ang US ng mga misil sa Europa, aatras ang Russia sa INF Treaty.", None, []),
]

# Clause scope (issue 9): a negation stops at "ngunit"; a counterfactual ("nag-expire sana") is no denial of
# what "walang" precedes; an accusation is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Kung walang pagpapalawig, nag-expire sana ang kasunduang New START noong Pebrero 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    ("Inakusahan ng Washington ang Moscow na nag-deploy ito ng mga misil na ipinagbabawal ng INF Treaty.", None, []),
    ("Nilagdaan ng Russia ang CTBT noong Setyembre 24, 1996 at niratipikahan ito noong Hunyo 30, 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "noong Martes" is the 21st
    ("Sinuspinde ng Russia ang pakikilahok nito sa kasunduang New START, sabi ni Putin noong Martes.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_ngunit() -> None:
    check_scope(CODE, "Hindi lumagda ang Russia sa bagong kasunduan, ngunit noong Miyerkules ay sinuspinde nito ang "
                "pakikilahok sa kasunduang New START.", [("suspend", "new-start", "russia", "2023-02-22", "asserted")],
                [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "\"Bukas ang Russia sa pag-uusap tungkol sa estratehikong katatagan,\" ani Lavrov.", "lavrov",
                "Bukas ang Russia sa pag-uusap tungkol sa estratehikong katatagan")


def test_tagalog_is_identified_with_its_english_loans() -> None:
    assert identify("Sinabi ng foreign minister na handa ang gobyerno na makipag-usap tungkol sa nuclear "
                    "disarmament sa Europa.") == CODE


ARTICLE = """Moscow, kumalas sa isa pang kasunduan sa kontrol ng armas
Marso 14, 2024, 10:32

MOSCOW - Pormal na umatras ang Russia sa Open Skies Treaty noong Miyerkules, ayon sa Ministry of Foreign Affairs.
"Pinal na ang desisyon at hindi na ito babaguhin ng Moscow," sabi ng tagapagsalita ng Kremlin na si Dmitry Peskov.
Ayon sa kanya, hindi aatras ang Russia sa kasunduang New START, na mag-e-expire sa Pebrero 2026.
Umatras naman ang Estados Unidos sa INF Treaty noong Agosto 2019.
Nagbabala ang mga analyst na maaaring ipagpatuloy ng Russia ang mga pagsubok nukleyar."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "noong Miyerkules" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Pinal na ang desisyon at hindi na ito babaguhin ng Moscow")])
