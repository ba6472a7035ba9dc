from know_helpers import claim

from treatywatch.know.facts import Claim, merge
from treatywatch.know.reference import Reference
from treatywatch.know.status import status_of, treaty_status


def _row(rows, party, basis="news"):  # type: ignore[no-untyped-def]
    [r] = [r for r in rows if r.party == party and r.basis == basis]
    return r


def test_seed_new_start_status_on_2023_03_01(seed_claims: list[Claim], reference: Reference) -> None:
    rows = treaty_status(merge(seed_claims), "new-start", "2023-03-01", reference)
    russia = _row(rows, "russia")
    assert russia.state == "suspended" and russia.dates == ("2023-02-21", "2023-02-28")
    assert {c.article[:3] for s in russia.since for c in s.fact.claims} == {"000", "002"}  # type: ignore[union-attr]
    ref = _row(rows, "russia", "reference")
    assert ref.state == "suspended" and ref.since[0].reference is not None
    assert ref.since[0].reference.source.url.startswith("http")
    assert [n.event for n in ref.never] == ["withdraw"]


def test_as_of_before_the_suspension(seed_claims: list[Claim], reference: Reference) -> None:
    facts = merge(seed_claims)
    assert _row(treaty_status(facts, "new-start", "2023-02-25"), "russia").dates == ("2023-02-21",)
    assert _row(treaty_status(facts, "new-start", "2022-12-31"), "russia").state == "ratified"  # 001: 2011 package
    assert [r.party for r in treaty_status(facts, "new-start", "2009")] == []
    ref = _row(treaty_status(facts, "new-start", "2011-03-01", reference), "usa", "reference")
    assert ref.state == "in_force" and ref.since[0].via == "treaty"


def test_a_year_counts_once_all_its_days_have_passed() -> None:
    facts = merge([claim("a", "sign", "inf", "usa", "1987"), claim("a", "withdraw", "inf", "usa", "2019", idx=1)])
    assert _row(treaty_status(facts, "inf", "2019-08-03"), "usa").state == "signed"
    assert _row(treaty_status(facts, "inf", "2019"), "usa").state == "withdrawn"
    assert _row(treaty_status(facts, "inf"), "usa").state == "withdrawn"


def test_transitions_suspend_resume_and_treaty_wide_steps() -> None:
    facts = merge([claim("a", "sign", "cfe", "russia", "1990-11-19"),
                   claim("b", "enter_into_force", "cfe", None, "1992-11-09"),
                   claim("c", "suspend", "cfe", "russia", "2007-12-12"),
                   claim("d", "resume", "cfe", "russia", "2010-01-01"),
                   claim("e", "withdraw", "cfe", "russia", "2023-11-07"),
                   claim("f", "sign", "cfe", "usa", "1990-11-19")])
    states = [s.state for s in _row(treaty_status(facts, "cfe"), "russia").history]
    assert states == ["signed", "in_force", "suspended", "in_force", "withdrawn"]
    assert _row(treaty_status(facts, "cfe", "2008"), "russia").state == "suspended"
    assert _row(treaty_status(facts, "cfe"), "usa").state == "in_force"


def test_schedules_and_possibilities_do_not_move_a_state() -> None:
    facts = merge([claim("a", "sign", "new-start", "usa", "2010"),
                   claim("b", "expire", "new-start", None, "2021-02-05", "scheduled"),
                   claim("c", "withdraw", "new-start", "usa", None, "possible")])
    assert _row(treaty_status(facts, "new-start"), "usa").state == "signed"


def test_an_extension_just_before_an_expiry_averts_it() -> None:
    """Sources that still give the old end date as the expiry (misread, or written before the extension)
    do not make the treaty expire when an extension came in the days before it; a later expiry stands."""
    facts = merge([claim("a", "enter_into_force", "new-start", None, "2011-02-05"),
                   claim("b", "sign", "new-start", "russia", "2010-04-08"),
                   claim("c", "expire", "new-start", None, "2021-02-05"),
                   claim("d", "expire", "new-start", None, "2021-02-05", idx=1),
                   claim("e", "extend", "new-start", "russia", "2021-02-03"),
                   claim("f", "expire", "new-start", None, "2026-02-05")])
    assert _row(treaty_status(facts, "new-start", "2022-01-01"), "russia").state == "in_force"
    assert _row(treaty_status(facts, "new-start", "2026-03-01"), "russia").dates == ("2026-02-05",)
    # an extension long before (another treaty period) averts nothing
    early = merge([claim("a", "enter_into_force", "new-start", None, "2011-02-05"),
                   claim("b", "sign", "new-start", "russia", "2010-04-08"),
                   claim("e", "extend", "new-start", "russia", "2021-02-03"),
                   claim("f", "expire", "new-start", None, "2026-02-05")])
    assert _row(treaty_status(early, "new-start", "2026-03-01"), "russia").state == "expired"


def test_reference_succession_and_never_rows(reference: Reference) -> None:
    inf = treaty_status([], "inf", None, reference)
    assert {r.party for r in inf} == {"russia", "usa"}  # the USSR's history carried by Russia
    russia = _row(inf, "russia", "reference")
    assert russia.state == "withdrawn" and russia.history[0].via == "ussr"
    assert {r.party for r in treaty_status([], "inf", "1990-01-01", reference)} == {"ussr", "usa"}
    ctbt = {r.party: r for r in treaty_status([], "ctbt", "2024-01-01", reference)}
    assert ctbt["russia"].state == "deratified" and ctbt["usa"].state == "signed"
    assert [n.event for n in ctbt["usa"].never] == ["ratify"]
    assert status_of([], "new-start", "russia", "2026-02-04", reference)[0].state == "suspended"
    assert status_of([], "new-start", "russia", None, reference)[0].state == "expired"
    assert status_of([], "new-start", "usa", None, reference)[0].state == "expired"


def test_undated_facts_give_a_state_only_without_a_date(seed_claims: list[Claim]) -> None:
    facts = merge(seed_claims)
    now = {r.party: r for r in treaty_status(facts, "ctbt")}
    assert now["usa"].state == "signed" and now["usa"].dates == ("undated",)
    assert now["russia"].state == "deratified"
    assert "usa" not in {r.party for r in treaty_status(facts, "ctbt", "2024")}


def test_joining_a_treaty_in_force(reference: Reference) -> None:
    npt = {r.party: r for r in treaty_status([], "npt", None, reference)}
    assert npt["china"].state == "in_force" and npt["china"].dates == ("1992-03-09",)
    assert npt["russia"].state == "in_force" and npt["north-korea"].state == "withdrawn"
    assert {r.party: r.state for r in treaty_status([], "npt", "1980", reference)}["uk"] == "in_force"


def _disputed(facts, reference):  # type: ignore[no-untyped-def]
    from treatywatch.know.conflicts import find_conflicts

    return {c.left.id for c in find_conflicts(facts, reference) if c.kind == "reference" and c.severity == "high"}


def test_a_fact_the_reference_contradicts_stays_out_of_the_status_on_one_source(reference: Reference) -> None:
    # "the United States signed New START on 3 February 2021": the reference has it signed in 2010
    one = merge([claim("a", "sign", "new-start", "usa", "2021-02-03")])
    rows = treaty_status(one, "new-start", None, reference, _disputed(one, reference))
    usa = _row(rows, "usa")
    assert usa.state is None and [f.date for f in usa.unconfirmed] == ["2021-02-03"]
    # two independent sources assert it: it counts, and the row says the reference differs
    two = merge([claim("a", "sign", "new-start", "usa", "2021-02-03"),
                 claim("b", "sign", "new-start", "usa", "2021-02-03")])
    usa = _row(treaty_status(two, "new-start", None, reference, _disputed(two, reference)), "usa")
    assert usa.state == "signed" and usa.dates == ("2021-02-03",) and not usa.unconfirmed
    assert usa.disputed is not None and "expired" in usa.disputed


def test_a_news_status_the_reference_contradicts_says_so(reference: Reference) -> None:
    # the news knows the INF Treaty's entry into force, not its end: Russia (the USSR's successor) is
    # "in force" from the news, withdrawn in the public record
    facts = merge([claim("a", "sign", "inf", "ussr", "1987-12-08"), claim("a", "ratify", "inf", "ussr", "1988-05-28"),
                   claim("b", "enter_into_force", "inf", None, "1988-06-01")])
    russia = _row(treaty_status(facts, "inf", None, reference), "russia")
    assert russia.state == "in_force" and russia.disputed is not None and "withdrawn" in russia.disputed
    # where both agree, nothing is said
    agreed = merge([claim("c", "withdraw", "inf", "usa", "2019-08-02")])
    usa = _row(treaty_status(agreed, "inf", None, reference), "usa")
    assert usa.state == "withdrawn" and usa.disputed is None


def test_a_date_a_year_off_is_no_dispute_but_decades_off_is(reference: Reference) -> None:
    from treatywatch.know.conflicts import reference_conflicts

    near = reference_conflicts(merge([claim("a", "suspend", "new-start", "russia", "2023-01-15")]), reference)
    assert [c.severity for c in near] == ["medium"]
    far = reference_conflicts(merge([claim("a", "sign", "new-start", "russia", "2021-02-03")]), reference)
    assert [c.severity for c in far] == ["high"]
