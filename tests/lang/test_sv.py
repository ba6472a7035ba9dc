"""Swedish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "sv"
CASES[CODE] = [
    ("Sovjetledaren Michail Gorbatjov undertecknade INF-avtalet 1987.", None,
     [("sign", "inf", "ussr", "1987", "asserted")]),
    ("Den 21 februari 2023 suspenderade Ryssland sitt deltagande i New Start-avtalet.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("År 2019 drog USA sig ur INF-avtalet.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moskva sade att Ryssland inte drar sig ur New Start-avtalet.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Ryssland kan dra sig ur Open Skies-avtalet.", None, [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Indien har aldrig undertecknat icke-spridningsavtalet.", None, [("sign", "npt", "india", None, "negated")]),
    ("New Start-avtalet löper ut i februari 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
]

# Clause scope (issue 9): a negation stops at "men" (and stands inside "drog sig inte ur"); a
# counterfactual is no denial; a description is no event; a date and a weekday belong to their own verb;
# "varken ... eller" lists every state of a denied act.
CASES[CODE] += [
    ("Ryssland avbröt sitt deltagande i New START-avtalet, men drog sig inte ur avtalet.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Utan förlängningen skulle New START-avtalet ha löpt ut i februari 2021.", None,
     # the date is the expiry's: the treaty stands between it and the extension, which it does not date
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington anklagade Moskva för att ha placerat ut robotar som förbjuds av INF-avtalet.", None, []),
    ("Ryssland undertecknade CTBT den 24 september 1996 och ratificerade det den 30 juni 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "i tisdags" is the 21st
    ("Ryssland avbröt sitt deltagande i New START-avtalet, sade Putin i tisdags.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Varken Kina, Iran eller Egypten har ratificerat CTBT.", None,
     [("ratify", "ctbt", "china", None, "negated"), ("ratify", "ctbt", "iran", None, "negated"),
      ("ratify", "ctbt", "egypt", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Fresh-article checks (session 11): "skulle" after a verb of saying is the future of the past; a treaty
# "slöts" (concluded) is signed, but "slöt upp bakom" (rallied behind) is not; a wish or a call is no act;
# "kärnenergiavtalet" names the Iran deal.
CASES[CODE] += [
    ("Trump meddelade att USA skulle dra sig ur JCPOA.", "2018-05-08",
     [("withdraw", "jcpoa", "usa", "2018-05-08", "scheduled")]),
    ("INF-avtalet slöts 1987 mellan USA och Sovjetunionen.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
    ("Flera europeiska länder slöt upp bakom INF-avtalet.", None, []),
    ("Ryssland skulle kunna dra sig ur INF-avtalet.", None, [("withdraw", "inf", "russia", None, "possible")]),
    ("Ministern uppmanade USA att ratificera CTBT.", None, []),
    ("Han säger att USA redan har dragit sig ur kärnenergiavtalet.", "2018-05-09",
     [("withdraw", "jcpoa", "usa", "2018-05-09", "asserted")]),
]
