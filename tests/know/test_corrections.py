"""The corrections overlay (know/corrections.py): each kind of correction over facts merged from claims."""

from __future__ import annotations

from know_helpers import claim

from treatywatch.know.corrections import Correction, FactKey, overlay, related
from treatywatch.know.facts import Fact, merge

WHEN = "2026-12-01T22:00:00Z"


def _facts() -> list[Fact]:
    return merge([
        claim("a1", "suspend", "new-start", "russia", "2023-02-21"),
        claim("a2", "suspend", "new-start", "russia", "2023-02-21"),
        claim("a3", "suspend", "new-start", "russia", "2023-02-22"),
        claim("a4", "withdraw", "inf", "usa", "2019-08-02"),
        claim("a5", "withdraw", "inf", "russia", "2019-08-02"),
        claim("a6", "sign", "ctbt", "usa", "1996"),
    ])


def _one(facts: list[Fact], event: str, actor: str | None, date: str | None = None) -> Fact:
    found = [f for f in facts if f.event == event and f.actor == actor and (date is None or f.date == date)]
    assert len(found) == 1, found
    return found[0]


def _fix(f: Fact, kind: str, value: str | None = None, number: int = 1, other: Fact | None = None) -> Correction:
    return Correction(FactKey.of(f), kind, value, f"note {number}", "ana", WHEN,
                      FactKey.of(other) if other else None, number)


def test_no_correction_leaves_the_record_as_it_is() -> None:
    facts = _facts()
    assert overlay(facts, []).facts == facts


def test_a_fact_marked_wrong_leaves_the_record_but_is_kept_aside() -> None:
    facts = _facts()
    wrong = _one(facts, "sign", "usa")
    out = overlay(facts, [_fix(wrong, "wrong")])
    assert wrong.id not in {f.id for f in out.facts}
    assert len(out.facts) == len(facts) - 1
    assert out.aside[wrong.id] == wrong
    assert [ch.correction.kind for ch in out.history[wrong.id]] == ["wrong"]


def test_a_date_fixed_joins_the_fact_of_that_day() -> None:
    facts = _facts()
    late = _one(facts, "suspend", "russia", "2023-02-22")
    main = _one(facts, "suspend", "russia", "2023-02-21")
    out = overlay(facts, [_fix(late, "date", "2023-02-21")])
    joined = _one(out.facts, "suspend", "russia")
    assert joined.id == main.id and joined.date == "2023-02-21"
    assert joined.articles == ("a1", "a2", "a3") and joined.sources == 3
    assert out.now(late.id) == main.id
    (change,) = out.history[main.id]
    assert (change.before, change.after, change.fact) == ("2023-02-22", "2023-02-21", late.id)


def test_a_date_fixed_to_a_new_day_gives_a_new_fact_id() -> None:
    facts = _facts()
    f = _one(facts, "sign", "usa")
    out = overlay(facts, [_fix(f, "date", "1996-09-24")])
    moved = _one(out.facts, "sign", "usa")
    assert moved.date == "1996-09-24" and moved.id != f.id and moved.claims == f.claims
    assert out.now(f.id) == moved.id


def test_an_actor_fixed_and_a_treaty_wide_step() -> None:
    facts = _facts()
    f = _one(facts, "withdraw", "russia")
    usa = _one(facts, "withdraw", "usa")
    out = overlay(facts, [_fix(f, "actor", "usa")])
    assert _one(out.facts, "withdraw", "usa").articles == ("a4", "a5")
    assert out.now(f.id) == usa.id
    out = overlay(facts, [_fix(f, "actor", None)])
    assert _one(out.facts, "withdraw", None).articles == ("a5",)


def test_a_modality_fixed_changes_the_side_and_the_id_only_across_sides() -> None:
    facts = _facts()
    f = _one(facts, "withdraw", "usa")
    denied = overlay(facts, [_fix(f, "modality", "negated")])
    g = _one(denied.facts, "withdraw", "usa")
    assert (g.modality, g.factual) == ("negated", False) and g.id != f.id
    due = overlay(facts, [_fix(f, "modality", "scheduled")])
    h = _one(due.facts, "withdraw", "usa")
    assert (h.modality, h.factual, h.id) == ("scheduled", True, f.id)
    assert [(c.before, c.after) for c in due.history[f.id]] == [("asserted", "scheduled")]


def test_a_merge_joins_the_evidence_and_keeps_the_other_key() -> None:
    facts = _facts()
    f = _one(facts, "withdraw", "russia")
    into = _one(facts, "withdraw", "usa")
    out = overlay(facts, [_fix(f, "merge", into.id, other=into)])
    joined = _one(out.facts, "withdraw", "usa")
    assert joined.id == into.id and joined.articles == ("a4", "a5") and joined.sources == 2
    assert [f for f in out.facts if f.event == "withdraw" and f.actor == "russia"] == []
    assert [(c.before, c.after) for c in out.history[into.id]] == [(f.id, into.id)]


def test_corrections_apply_in_order_and_keep_their_history() -> None:
    facts = _facts()
    f = _one(facts, "sign", "usa")
    first = _fix(f, "date", "1996-09-24", number=1)
    moved_key = first.result
    assert moved_key is not None
    second = Correction(moved_key, "wrong", None, "not a signature", "bob", WHEN, None, 2)
    out = overlay(facts, [second, first])   # given out of order: applied in the order made
    assert out.now(f.id) == moved_key.id and moved_key.id in out.aside
    assert [c.correction.number for c in out.history[moved_key.id]] == [1, 2]


def test_a_correction_finds_its_fact_when_its_date_became_more_precise() -> None:
    made_on = merge([claim("a6", "sign", "ctbt", "usa", "1996")])[0]
    later = merge([claim("a6", "sign", "ctbt", "usa", "1996"), claim("a7", "sign", "ctbt", "usa", "1996-09-24")])
    out = overlay(later, [_fix(made_on, "wrong")])
    assert out.facts == [] and out.waiting == ()


def test_a_correction_whose_fact_is_gone_waits() -> None:
    gone = merge([claim("a9", "test", None, "north-korea", "2017-09-03")])[0]
    facts = _facts()
    out = overlay(facts, [_fix(gone, "wrong")])
    assert out.facts == facts and [c.fact_id for c in out.waiting] == [gone.id]


def test_related_keys_follow_corrections_both_ways() -> None:
    facts = _facts()
    f = _one(facts, "withdraw", "russia")
    fix = _fix(f, "actor", "usa")
    assert related([("withdraw", "inf", "usa")], [fix]) == [("withdraw", "inf", "russia"), ("withdraw", "inf", "usa")]
    assert related([("sign", "ctbt", "usa")], [fix]) == [("sign", "ctbt", "usa")]
