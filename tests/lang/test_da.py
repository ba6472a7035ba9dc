"""Danish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_records import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence

CODE = "da"
CASES[CODE] = [
    ("Sovjetlederen Mikhail Gorbatjov underskrev INF-traktaten i 1987.", None,
     [("sign", "inf", "ussr", "1987", "asserted")]),
    ("Den 21. februar 2023 suspenderede Rusland sin deltagelse i New START-aftalen.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("I 2019 trak USA sig ud af INF-traktaten.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moskva sagde, at Rusland ikke trækker sig ud af New START-aftalen.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rusland kan trække sig ud af Open Skies-traktaten.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Indien har aldrig underskrevet ikke-spredningstraktaten.", None, [("sign", "npt", "india", None, "negated")]),
    ("New START-aftalen udløber i februar 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusland og USA forlængede New START-aftalen i 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kina har ratificeret ikke-spredningstraktaten.", None, [("ratify", "npt", "china", None, "asserted")]),
    ("Prøvestopaftalen er endnu ikke trådt i kraft.", None, [("enter_into_force", "ctbt", None, None, "negated")]),
]

# Clause scope: a negation stops at "men" (and stands inside "trak sig ikke ud"); a counterfactual is no
# denial; a description is no event; a date and a weekday belong to their own verb; "hverken ... eller"
# lists every state of a denied act.
CASES[CODE] += [
    ("Rusland suspenderede sin deltagelse i New START-aftalen, men trak sig ikke ud af aftalen.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Uden forlængelsen ville New START-aftalen have udløbet i februar 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    ("Washington anklagede Moskva for at have udstationeret missiler, som INF-traktaten forbyder.", None, []),
    ("Rusland underskrev CTBT den 24. september 1996 og ratificerede den den 30. juni 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "i tirsdags" is the 21st
    ("Rusland suspenderede sin deltagelse i New START-aftalen, sagde Putin i tirsdags.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Hverken Kina, Iran eller Egypten har ratificeret CTBT.", None,
     [("ratify", "ctbt", "china", None, "negated"), ("ratify", "ctbt", "iran", None, "negated"),
      ("ratify", "ctbt", "egypt", None, "negated")]),
    ("Hvis USA udstationerer missiler i Europa, vil Rusland trække sig ud af aftalen om INF.", None, []),
    ("Rusland overvejer muligvis at trække sig ud af prøvestopaftalen.", None,
     [("withdraw", "ctbt", "russia", None, "possible")]),
    ("Rusland har foreslået USA at forlænge New START-aftalen med et år.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Peskov sagde, at Moskva ikke er interesseret i forhandlinger om New START-aftalen.", None,
     [("reject_talks", "new-start", "russia", None, "asserted")]),
    ("Rusland suspenderede i 2007 sin deltagelse i CFE-traktaten og trak sig helt ud i 2023.", None,
     [("suspend", "cfe", "russia", "2007", "asserted"), ("withdraw", "cfe", "russia", "2023", "asserted")]),
    ("Nordkorea gennemførte i 2017 sin sjette atomprøvesprængning.", None,
     [("test", None, "north-korea", "2017", "asserted")]),
]


# found on fresh articles (sentences of our own): the particle of "trække ... tilbage" past a relative
# clause; the negation after the verb (V2); "indgå" a treaty; "modsat" (unlike) marks no actor
CASES[CODE] += [
    ("Rusland trækker sin ratifikation af prøvestopaftalen, som USA aldrig godkendte, tilbage.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Modsat Rusland underskrev USA prøvestopaftalen, men ratificerede den aldrig.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    ("Rusland og USA indgik New START-aftalen i 2010.", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
]

CASES[CODE] += [
    # the agencies' Danish name "Ny Start"
    ("Rusland og USA forlængede Ny Start-aftalen med fem år i 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# "Sergej Rjabkov", "Dmitrij Peskov": Danish transliterations name the speaker; »...« and "–" open quotes.
QUOTES = [
    ("»Vi er klar til samtaler med USA om en ny aftale,« sagde Sergej Rjabkov til journalister.", "ryabkov",
     "Vi er klar til samtaler med USA om en ny aftale"),
    ("Kremls talsmand Dmitrij Peskov sagde: »Rusland overholder fortsat aftalens grænser.«", "peskov",
     "Rusland overholder fortsat aftalens grænser."),
    ("– Vi har ingen planer om at genoptage prøvesprængninger, siger Lavrov.", "lavrov",
     "Vi har ingen planer om at genoptage prøvesprængninger"),
]


@pytest.mark.parametrize("text, speaker, words", QUOTES)
def test_quotes(text: str, speaker: str, words: str) -> None:
    check_quote(CODE, text, speaker, words)


ARTICLE = {
    "id": "da_own", "url": "https://example.dk/udland/2025/11/06/rusland-afviser-forhandlinger",
    "published": "2025-11-06",
    "text": (
        "Rusland afviser nye forhandlinger med USA\n\n"
        "6. november 2025\n\n"
        "MOSKVA. Ruslands viceudenrigsminister Sergej Rjabkov afviste onsdag forhandlinger med USA om en ny "
        "aftale om strategiske atomvåben.\n\n"
        "»Vi ser ingen grund til at sætte os ved bordet med Washington, så længe amerikanerne ignorerer vores "
        "bekymringer,« sagde Rjabkov til et statsligt nyhedsbureau.\n\n"
        "Rusland suspenderede sin deltagelse i New START-aftalen i februar 2023, men har ikke trukket sig ud "
        "af aftalen.\n\n"
        "Aftalen udløber den 5. februar 2026, og der er ingen udsigt til en afløser.\n\n"
        "Kremls talsmand Dmitrij Peskov oplyste, at præsident Vladimir Putin endnu ikke har truffet nogen "
        "beslutning om aftalens fremtid."),
}


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    # the lead's "onsdag" dates the rejection (published Thursday 6 November 2025); the denial has no day
    check_article(tmp_path, ARTICLE, CODE, {
        ("reject_talks", None, "russia", "2025-11-05", "asserted"),
        ("suspend", "new-start", "russia", "2023-02", "asserted"),
        ("withdraw", "new-start", "russia", None, "negated"),
        ("expire", "new-start", None, "2026-02-05", "scheduled"),
    }, "ryabkov", "Vi ser ingen grund til at sætte os ved bordet")
