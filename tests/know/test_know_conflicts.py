from know_helpers import claim

from treatywatch.know.conflicts import find_conflicts
from treatywatch.know.facts import Claim, merge
from treatywatch.know.reference import Reference


def test_two_days_for_one_suspension_is_a_low_date_conflict_with_both_sides(seed_claims: list[Claim]) -> None:
    found = [c for c in find_conflicts(merge(seed_claims)) if c.kind == "date" and c.left.event == "suspend"]
    [c] = found
    assert c.severity == "low"
    assert (c.left.date, c.right.date) == ("2023-02-21", "2023-02-28")  # type: ignore[union-attr]
    assert c.left.claims and c.right.claims  # type: ignore[union-attr]


def test_agreeing_precisions_are_not_a_conflict() -> None:
    facts = merge([claim("a", "suspend", "new-start", "russia", "2023"),
                   claim("b", "suspend", "new-start", "russia", "2023-02-21")])
    assert find_conflicts(facts) == []


def test_different_years_are_a_medium_conflict() -> None:
    facts = merge([claim("a", "withdraw", "inf", "usa", "2019"), claim("b", "withdraw", "inf", "usa", "2018")])
    [c] = find_conflicts(facts)
    assert (c.kind, c.severity) == ("date", "medium")


def test_recurring_events_on_two_days_are_not_a_conflict() -> None:
    facts = merge([claim("a", "propose_talks", "new-start", "usa", "2023-06-02"),
                   claim("b", "propose_talks", "new-start", "usa", "2024-07-09")])
    assert find_conflicts(facts) == []


def test_asserted_withdrawal_negated_by_another_source_is_flagged() -> None:
    facts = merge([claim("a", "withdraw", "new-start", "russia", "2023-02-21", "asserted"),
                   claim("b", "withdraw", "new-start", "russia", None, "negated", language="ar")])
    [c] = find_conflicts(facts)
    assert (c.kind, c.severity) == ("negation", "high")
    assert c.left.factual and c.right is not None and not c.right.factual
    assert c.right.claims[0].language == "ar"


def test_possible_is_not_a_negation() -> None:
    facts = merge([claim("a", "withdraw", "new-start", "russia", None, "asserted"),
                   claim("b", "withdraw", "new-start", "russia", None, "possible")])
    assert find_conflicts(facts) == []


def test_news_contradicting_the_reference_is_flagged(reference: Reference) -> None:
    facts = merge([claim("a", "sign", "new-start", "usa", "2011-04-08"),      # wrong year
                   claim("b", "suspend", "new-start", "russia", "2023-02-21"),  # the announcement: fine
                   claim("c", "extend", "new-start", "usa", "2021-01-26"),      # the agreement: fine
                   claim("d", "ratify", "ctbt", "usa", None),                   # never happened
                   claim("e", "withdraw", "new-start", "russia", "2023"),       # never happened
                   claim("f", "expire", "new-start", None, "2021-02-05", "scheduled")])  # a schedule
    found = {(c.left.event, c.left.treaty, c.left.actor): c for c in find_conflicts(facts, reference)
             if c.kind == "reference"}
    assert set(found) == {("sign", "new-start", "usa"), ("ratify", "ctbt", "usa"),
                          ("withdraw", "new-start", "russia")}
    assert found[("sign", "new-start", "usa")].reference.date == "2010-04-08"  # type: ignore[union-attr]
    assert found[("ratify", "ctbt", "usa")].never is not None


def test_the_reference_flags_what_the_news_gets_wrong_and_only_that(seed_claims: list[Claim],
                                                                     corpus_claims: list[Claim],
                                                                     reference: Reference) -> None:
    found = [c for c in find_conflicts(merge(seed_claims + corpus_claims), reference) if c.kind == "reference"]
    flagged = {(c.left.event, c.left.treaty, c.left.actor) for c in found}
    # the corpus's headlines call Russia's suspension of New START a "withdrawal" (w12, e24): the gold
    # records what the text says, and the reference shows it did not happen
    assert ("withdraw", "new-start", "russia") in flagged
    # only what a source says happened or is due is checked: denials and possibilities never are
    assert all(c.left.modality in ("asserted", "scheduled") for c in found)
    # the well-known record agrees: the suspension, the extension, the US exit from the INF Treaty
    assert not flagged & {("suspend", "new-start", "russia"), ("extend", "new-start", "usa"),
                          ("deratify", "ctbt", "russia")}
