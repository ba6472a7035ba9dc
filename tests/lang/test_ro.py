"""Romanian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ro"
CASES[CODE] = [
    ("Pe 21 februarie 2023, Rusia a suspendat participarea la tratatul New START.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Statele Unite au ieșit din Tratatul INF în 2019.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moscova a declarat că nu se va retrage din tratatul New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rusia s-ar putea retrage din Tratatul Cerul Deschis.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("India nu a semnat niciodată Tratatul de neproliferare.", None, [("sign", "npt", "india", None, "negated")]),
    ("Tratatul New START expiră în februarie 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusia și SUA au prelungit tratatul New START în 2021.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
]

# Clause scope (issue 9): a negation stops at "dar"; a counterfactual ("ar fi expirat") is no denial; a
# description is no event, also past its "că"; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rusia și-a suspendat participarea la tratatul New START, dar nu s-a retras din acord.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Fără prelungire, tratatul New START ar fi expirat în februarie 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Washingtonul a acuzat Moscova că a desfășurat rachete interzise de tratatul INF.", None, []),
    ("Rusia a semnat CTBT pe 24 septembrie 1996 și l-a ratificat pe 30 iunie 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: a bare "marți" is the 21st
    ("Rusia și-a suspendat participarea la tratatul New START, a declarat Putin marți.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Fresh-article checks (session 11): "au ieșit oficial din tratat" (an adverb inside); the INF Treaty by its
# genitive name; readiness to renew is an offer; an imperfect "propunea" offers; "on the point of" concluding
# a deal is no deal; the refusal to ratify is a denial; "ajunge la scadență" falls due; opened for signature.
CASES[CODE] += [
    ("Statele Unite au ieșit oficial din tratatul Forțelor Nucleare Intermediare pe 2 august 2019.", None,
     [("withdraw", "inf", "usa", "2019-08-02", "asserted")]),
    ("Rusia este pregatita sa innoiasca New START fara intarziere.", "2019-12-05",
     [("propose_talks", "new-start", "russia", "2019-12-05", "asserted")]),
    ("În septembrie 2025, Rusia propunea o prelungire cu un an a tratatului New START.", None,
     [("propose_talks", "new-start", "russia", "2025-09", "asserted")]),
    ("SUA și Rusia sunt pe punctul de a încheia un acord pentru prelungirea tratatului New START.", None, []),
    ("Moscova a criticat refuzul Statelor Unite de a ratifica CTBT.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    ("Tratatul New START ajunge la scadență în februarie 2026.", "2025-06-01",
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("CTBT a fost deschis spre semnare în septembrie 1996.", None, []),
]
# "mai" (more, still) is no month alone; beside a day or a year, or as "luna mai", it is May.
CASES[CODE] += [
    ("Washingtonul nu și-a manifestat nici cel mai mic interes față de o prelungire a New START.", "2019-12-05",
     [("extend", "new-start", "usa", "2019-12-05", "possible")]),
    ("Tratatul New START a fost semnat pe 8 aprilie 2010, iar Rusia l-a suspendat în mai 2023.", "2023-06-01",
     [("suspend", "new-start", "russia", "2023-05", "asserted")]),
]
