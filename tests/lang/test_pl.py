"""Polish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "pl"
CASES[CODE] = [
    # was due, whether or not it came: scheduled, never done
    ("Traktat Nowy START miał wygasnąć w 2021 roku, ale został przedłużony.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    # dated, and a negated withdrawal
    ("Rosja 21 lutego 2023 roku zawiesiła udział w traktacie New START, ale nie wycofała się z niego.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Stany Zjednoczone podpisały Traktat o całkowitym zakazie prób jądrowych, ale nigdy go nie ratyfikowały.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Moskwa może wycofać się z Układu o nierozprzestrzenianiu broni jądrowej, powiedział ekspert.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("W sierpniu 2019 roku Waszyngton wystąpił z traktatu INF.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Duma Państwowa przyjęła ustawę o cofnięciu ratyfikacji Traktatu o całkowitym zakazie prób jądrowych.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Jeśli USA rozmieszczą rakiety w Europie, Rosja wycofa się z traktatu INF.", None, []),
]

# Clause scope (issue 9): a negation stops at "ale"; a counterfactual (the fused conditional "wygasłby") is
# no denial and no fact; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Rosja zawiesiła udział w traktacie New START, ale nie wycofała się z niego.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Bez przedłużenia traktat New START wygasłby w lutym 2021 roku.", None,
     # the date is the expiry's: the treaty stands between it and the extension, which it does not date
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Rosja nie wycofałaby się z traktatu New START.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Waszyngton oskarżył Moskwę o rozmieszczenie rakiet zakazanych przez traktat INF.", None, []),
    ("Rosja podpisała CTBT 24 września 1996 roku, a ratyfikowała go 30 czerwca 2000 roku.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "we wtorek" is the 21st
    ("Rosja zawiesiła udział w traktacie New START, powiedział Putin we wtorek.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]

# Fresh-article mechanisms (own sentences): a weekday adjective dates the act ("wtorkowego", published on
# Thursday 23 February 2023: the 21st); "zawarty" signs; "rok później" counts from the date before; readiness
# to extend is an offer; the state told ("powiadomiła USA") is no actor; "nie odnowi" denies an extension.
CASES[CODE] += [
    ("Podczas wtorkowego wystąpienia Putin ogłosił, że Rosja zawiesza udział w traktacie Nowy START.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Traktat Nowy START zawarty w 2010 roku wszedł w życie rok później.", None,
     [("enter_into_force", "new-start", None, "2011", "asserted"), ("sign", "new-start", "russia", "2010", "asserted"),
      ("sign", "new-start", "usa", "2010", "asserted")]),
    ("Putin jest gotowy do przedłużenia traktatu Nowy START o rok.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("W sierpniu 2022 roku Rosja powiadomiła USA o zawieszeniu inspekcji przewidzianych traktatem Nowy START.", None,
     [("suspend", "new-start", "russia", "2022-08", "asserted")]),
    ("Rosja oświadczyła, że nie odnowi traktatu Nowy START.", None,
     [("extend", "new-start", "russia", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
