"""Czech: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "cs"
CASES[CODE] = [
    # dated, and a negated withdrawal written with the verb's own prefix
    ("Rusko 21. února 2023 pozastavilo účast ve smlouvě Nový START, ze smlouvy však nevystoupilo.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Spojené státy Smlouvu o všeobecném zákazu jaderných zkoušek podepsaly, ale neratifikovaly.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskva by mohla ze Smlouvy o nešíření jaderných zbraní vystoupit, uvedl analytik.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Washington v srpnu 2019 odstoupil od smlouvy INF.", None, [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Státní duma schválila zákon o odvolání ratifikace Smlouvy o všeobecném zákazu jaderných zkoušek.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Pokud Spojené státy rozmístí rakety v Evropě, Rusko vystoupí ze smlouvy INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "ale"; a counterfactual ("by ... vypršela") is no denial
# of what "bez" precedes; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rusko pozastavilo svou účast ve smlouvě New START, ale neodstoupilo od ní.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Bez prodloužení by smlouva New START vypršela v únoru 2021.", None,
     # the date is the expiry's: the treaty stands between it and the extension, which it does not date
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washington obvinil Moskvu z rozmístění raket zakázaných smlouvou INF.", None, []),
    ("Rusko podepsalo CTBT 24. září 1996 a ratifikovalo ji 30. června 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "v úterý" is the 21st
    ("Rusko pozastavilo svou účast ve smlouvě New START, řekl Putin v úterý.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Fresh-article checks (session 11): the year word in its cases ("v roce 2000": a round year alone is a
# number); de-ratification written as withdrawing from or cancelling the ratification; "nesmí" denies;
# nearing a deal is none yet; an extension proposed far before its infinitive; a requirement conditions.
CASES[CODE] += [
    ("Rusko ratifikovalo smlouvu CTBT v roce 2000.", None, [("ratify", "ctbt", "russia", "2000", "asserted")]),
    ("Rusko 2. listopadu 2023 odstoupilo od ratifikace smlouvy CTBT.", None,
     [("deratify", "ctbt", "russia", "2023-11-02", "asserted")]),
    ("Ruská Duma 18. října 2023 zrušila svou ratifikaci CTBT.", None,
     [("deratify", "ctbt", "russia", "2023-10-18", "asserted")]),
    ("Podle smlouvy New START Rusko nesmí rozmístit více než 1550 hlavic.", None, []),
    ("Spojené státy a Rusko se blíží k dohodě o prodloužení smlouvy New START.", None, []),
    ("Putin v říjnu 2020 navrhl Spojeným státům alespoň o rok bez jakýchkoliv podmínek smlouvu New START prodloužit.",
     None, [("propose_talks", "new-start", "russia", "2020-10", "asserted")]),
    ("Severní Korea 18. února 2023 otestovala mezikontinentální balistickou raketu.", None,
     [("test", None, "north-korea", "2023-02-18", "asserted")]),
]
