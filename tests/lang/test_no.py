"""Norwegian (Bokmål, identified as "no"): the data's own example sentences and sentences of our own,
through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_records import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence

CODE = "no"
CASES[CODE] = [
    ("Sovjetlederen Mikhail Gorbatsjov undertegnet INF-avtalen i 1987.", None,
     [("sign", "inf", "ussr", "1987", "asserted")]),
    ("Den 21. februar 2023 suspenderte Russland sin deltakelse i New START-avtalen.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("I 2019 trakk USA seg ut av INF-avtalen.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moskva sa at Russland ikke trekker seg ut av New START-avtalen.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Russland kan trekke seg ut av Open Skies-avtalen.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("India har aldri undertegnet ikkespredningsavtalen.", None, [("sign", "npt", "india", None, "negated")]),
    ("New START-avtalen utløper i februar 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Russland og USA forlenget New START-avtalen i 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kina har ratifisert ikkespredningsavtalen.", None, [("ratify", "npt", "china", None, "asserted")]),
    ("Prøvestansavtalen har ennå ikke trådt i kraft.", None, [("enter_into_force", "ctbt", None, None, "negated")]),
]

# Clause scope: a negation stops at "men" (and stands inside "trakk seg ikke ut"); a counterfactual is no
# denial; a description is no event; a date and a weekday belong to their own verb; "verken ... eller"
# lists every state of a denied act; a condition states nothing; a hedge makes an act possible.
CASES[CODE] += [
    ("Russland suspenderte sin deltakelse i New START-avtalen, men trakk seg ikke ut av avtalen.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Uten forlengelsen ville New START-avtalen ha løpt ut i februar 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    ("Washington anklaget Moskva for å ha utplassert missiler som INF-avtalen forbyr.", None, []),
    ("Russland undertegnet CTBT den 24. september 1996 og ratifiserte den 30. juni 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: a bare "tirsdag" is the 21st
    ("Russland suspenderte sin deltakelse i New START-avtalen, sa Putin tirsdag.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Verken Kina, Iran eller Egypt har ratifisert CTBT.", None,
     [("ratify", "ctbt", "china", None, "negated"), ("ratify", "ctbt", "iran", None, "negated"),
      ("ratify", "ctbt", "egypt", None, "negated")]),
    ("Dersom USA utplasserer missiler i Europa, vil Russland trekke seg ut av INF-avtalen.", None, []),
    ("Russland vurderer muligens å trekke seg ut av prøvestansavtalen.", None,
     [("withdraw", "ctbt", "russia", None, "possible")]),
    ("Russland har foreslått USA å forlenge New START-avtalen med ett år.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Peskov sa at Moskva ikke er interessert i forhandlinger om New START-avtalen.", None,
     [("reject_talks", "new-start", "russia", None, "asserted")]),
    ("Russland suspenderte i 2007 sin deltakelse i CFE-avtalen og trakk seg helt ut i 2023.", None,
     [("suspend", "cfe", "russia", "2007", "asserted"), ("withdraw", "cfe", "russia", "2023", "asserted")]),
    ("Nord-Korea gjennomførte i 2017 sin sjette atomprøvesprengning.", None,
     [("test", None, "north-korea", "2017", "asserted")]),
]

QUOTES = [
    ("«Vi er klare for samtaler med USA om en ny avtale», sa Sergej Rjabkov til journalister.", "ryabkov",
     "Vi er klare for samtaler med USA om en ny avtale"),
    ("Kremls talsperson Dmitrij Peskov sa: «Russland holder seg fortsatt innenfor avtalens grenser.»", "peskov",
     "Russland holder seg fortsatt innenfor avtalens grenser."),
    ("– Vi har ingen planer om å gjenoppta prøvesprengninger, sier Lavrov.", "lavrov",
     "Vi har ingen planer om å gjenoppta prøvesprengninger"),
]


def test_norwegian_text_is_identified_as_no() -> None:
    text = ("Utenriksminister Sergej Lavrov sier at Russland ikke har tenkt å trekke seg ut av avtalen, "
            "men at landet heller ikke ønsker nye forhandlinger med USA etter valget i november.")
    assert identify(text) == CODE


# found on fresh articles (sentences of our own): "avratifisering"; the negation after the verb (V2);
# "inngå" a treaty
CASES[CODE] += [
    ("Russland vedtok avratifiseringen av prøvestansavtalen.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("USA har signert, men ikke ratifisert prøvestansavtalen.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    ("Russland og USA inngikk New START-avtalen i 2010.", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
]

CASES[CODE] += [
    # the agencies' Norwegian name "Ny Start"; "i stedet for" / "fremfor" (instead of) deny the act after them
    ("Russland frøs sin deltakelse i Ny Start-avtalen i 2023.", None,
     [("suspend", "new-start", "russia", "2023", "asserted")]),
    ("USA vil ha en ny avtale i stedet for å forlenge Ny Start.", None,
     [("extend", "new-start", "usa", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


@pytest.mark.parametrize("text, speaker, words", QUOTES)
def test_quotes(text: str, speaker: str, words: str) -> None:
    check_quote(CODE, text, speaker, words)


ARTICLE = {
    "id": "no_own", "url": "https://example.no/nyheter/utenriks/2025/11/06/russland-avviser-samtaler",
    "published": "2025-11-06",
    "text": (
        "Russland avviser nye samtaler med USA om atomvåpen\n\n"
        "6. november 2025\n\n"
        "MOSKVA. Russlands viseutenriksminister Sergej Rjabkov avviste onsdag forhandlinger med USA om en ny "
        "avtale om strategiske atomvåpen.\n\n"
        "«Vi ser ingen grunn til å sette oss ved bordet med Washington så lenge amerikanerne overser våre "
        "bekymringer», sa Rjabkov til et statlig nyhetsbyrå.\n\n"
        "Russland suspenderte sin deltakelse i New START-avtalen i februar 2023, men har ikke trukket seg ut "
        "av avtalen.\n\n"
        "Avtalen utløper 5. februar 2026, og det finnes ingen avløser i sikte.\n\n"
        "Kremls talsperson Dmitrij Peskov opplyste at president Vladimir Putin ennå ikke har tatt noen "
        "beslutning om avtalens framtid."),
}


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    # the lead's "onsdag" dates the rejection (published Thursday 6 November 2025); the denial has no day
    check_article(tmp_path, ARTICLE, CODE, {
        ("reject_talks", None, "russia", "2025-11-05", "asserted"),
        ("suspend", "new-start", "russia", "2023-02", "asserted"),
        ("withdraw", "new-start", "russia", None, "negated"),
        ("expire", "new-start", None, "2026-02-05", "scheduled"),
    }, "ryabkov", "Vi ser ingen grunn til å sette oss ved bordet")
