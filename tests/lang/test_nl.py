"""Dutch: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "nl"
CASES[CODE] = [
    # readiness to extend is an offer (en.yaml: "ready to extend")
    ("Rusland is bereid het New START-verdrag met een jaar te verlengen.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Op 21 februari 2023 schortte Rusland zijn deelname aan het New START-verdrag op.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("De VS zijn in 2019 uit het INF-verdrag gestapt en trokken zich terug.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moskou zei dat het zich niet uit het New START-verdrag zal terugtrekken.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rusland zou zich uit het Open Skies-verdrag kunnen terugtrekken.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("India heeft het Non-proliferatieverdrag nooit ondertekend.", None, [("sign", "npt", "india", None, "negated")]),
    ("Het New START-verdrag verloopt in februari 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("In 2019 stapten de Verenigde Staten uit het INF-verdrag.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
]

# Clause scope (issue 9): a negation stops at "maar" (and stands inside a split verb: "trok zich niet
# terug"); a counterfactual is no denial; a description is no event; a date and a weekday belong to
# their own verb.
CASES[CODE] += [
    ("Rusland schortte zijn deelname aan het New START-verdrag op, maar trok zich niet terug uit het "
     "verdrag.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Zonder de verlenging zou het New START-verdrag zijn verlopen.", None,
     [("expire", "new-start", None, None, "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington beschuldigde Moskou van het stationeren van raketten die het INF-verdrag verbiedt.", None,
     []),
    ("Rusland ondertekende het CTBT op 24 september 1996 en ratificeerde het op 30 juni 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: a bare "dinsdag" is the 21st
    ("Rusland schortte zijn deelname aan het New START-verdrag op, zei Poetin dinsdag.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Fresh-article checks (session 11): the treaty's name between "uit" and the verb; a future modal inside
# the split verb; the noun-first de-ratification; obligations "opgezegd" are suspended; a plea is no act;
# a signatory party is no signing; a missile fired is a test; "uit 1987" dates the treaty, not the act.
CASES[CODE] += [
    ("De Verenigde Staten zijn in augustus 2019 uit het INF-verdrag gestapt.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Washington maakte bekend dat de Verenigde Staten zich zullen terugtrekken uit het Open Skies-verdrag.",
     "2020-05-21", [("withdraw", "open-skies", "usa", "2020-05-21", "scheduled")]),
    ("De Senaat stemde op 25 oktober 2023 in met het intrekken van de Russische ratificatie van het CTBT.", None,
     [("deratify", "ctbt", "russia", "2023-10-25", "asserted")]),
    ("Op 2 februari 2019 zeiden de Verenigde Staten hun verplichtingen onder het INF-verdrag op.", None,
     [("suspend", "inf", "usa", "2019-02-02", "asserted")]),
    ("De minister heeft gepleit voor een terugtrekking van Rusland uit het CTBT.", None, []),
    ("Iran is niet van plan om opnieuw te onderhandelen over de JCPOA.", "2017-10-13",
     [("reject_talks", "jcpoa", "iran", "2017-10-13", "asserted")]),
    ("Rusland blijft een ondertekenende partij van het CTBT.", None, []),
    ("Noord-Korea heeft op 12 juli 2023 een intercontinentale raket afgevuurd.", None,
     [("test", None, "north-korea", "2023-07-12", "asserted")]),
    ("De Verenigde Staten stappen uit het INF-verdrag uit 1987.", "2019-02-01",
     [("withdraw", "inf", "usa", "2019-02-01", "asserted")]),
    ("De president kondigde aan uit de JCPOA te willen stappen.", None, []),
]
