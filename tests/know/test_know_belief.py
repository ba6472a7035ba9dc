"""Why a fact is believed: a lone date for a one-time act that better sources contradict is kept but
not confident; a recurring act or an even split is not outweighed."""

from __future__ import annotations

from know_helpers import claim

from treatywatch.know.belief import believe
from treatywatch.know.conflicts import find_conflicts
from treatywatch.know.facts import Claim, Fact, merge
from treatywatch.know.reference import load_reference


def _believed(claims: list[Claim]) -> dict[str | None, bool]:
    facts: list[Fact] = merge(claims)
    found = find_conflicts(facts)
    reference = load_reference()
    return {f.date: believe(f, reference, found).confident for f in facts}


def test_a_lone_date_for_a_withdrawal_is_outweighed() -> None:
    claims = [claim(a, "withdraw", "open-skies", "usa", "2020-11-22", idx=i)
              for i, a in enumerate(("a1", "a2", "a3"))]
    claims.append(claim("a3", "withdraw", "open-skies", "usa", "2020-05-22", idx=5))
    belief = _believed(claims)
    assert belief["2020-11-22"] is True
    assert belief["2020-05-22"] is False


def test_a_lone_source_dating_a_step_of_its_own_is_not_outweighed() -> None:
    claims = [claim(a, "withdraw", "cfe", "russia", "2023-11-07", idx=i) for i, a in enumerate(("a1", "a2"))]
    claims.append(claim("a3", "withdraw", "cfe", "russia", "2023-05-29"))
    assert _believed(claims)["2023-05-29"] is True


def test_an_even_split_is_not_outweighed() -> None:
    claims = [claim("a1", "suspend", "new-start", "russia", "2023-02-21"),
              claim("a2", "suspend", "new-start", "russia", "2023-02-28")]
    assert _believed(claims) == {"2023-02-21": True, "2023-02-28": True}


def test_a_recurring_act_is_not_outweighed() -> None:
    claims = [claim(a, "extend", "new-start", "russia", "2021-01-29", idx=i)
              for i, a in enumerate(("a1", "a2", "a3"))]
    claims.append(claim("a4", "extend", "new-start", "russia", "2026-02-04"))
    assert _believed(claims)["2026-02-04"] is True


def test_an_undated_mention_folded_elsewhere_is_no_second_date() -> None:
    """a3 dates the law in May and mentions the withdrawal again without a date; that undated mention
    folds into the better supported November fact, but a3 does not date the act twice."""
    claims = [claim(a, "withdraw", "cfe", "russia", "2023-11-07", idx=i) for i, a in enumerate(("a1", "a2"))]
    claims += [claim("a3", "withdraw", "cfe", "russia", "2023-05-29"),
               claim("a3", "withdraw", "cfe", "russia", None, idx=4)]
    believed = _believed(claims)
    assert believed["2023-05-29"] is True
    claims.append(claim("a3", "withdraw", "cfe", "russia", "2023-11-07", idx=6))
    assert _believed(claims)["2023-05-29"] is False  # now a3 does date it twice
