"""What could not have happened is not recorded: a state acting after it ceased to exist (data: a state's
`ended` year), an act on a treaty dated before the treaty was signed (the date is another clause's: the
act keeps no date). Sentences of our own, with the impossibility written in."""

from __future__ import annotations

from .helpers import events


def test_no_state_acts_after_it_ceased_to_exist() -> None:
    found = events("In 2010 the Soviet Union and the United States signed New START.", "en")
    assert found == {("sign", "new-start", "usa", "2010", "asserted")}


def test_the_soviet_union_acts_in_its_own_years() -> None:
    found = events("The Soviet Union and the United States signed the INF Treaty in 1987.", "en")
    assert ("sign", "inf", "ussr", "1987", "asserted") in found


def test_an_act_on_a_treaty_is_not_dated_before_the_treaty() -> None:
    assert events("In 1985 Russia suspended New START.", "en") == {
        ("suspend", "new-start", "russia", None, "asserted")}
    assert events("In 2023 Russia suspended New START.", "en") == {
        ("suspend", "new-start", "russia", "2023", "asserted")}


def test_a_treaty_between_two_states_is_signed_in_its_own_year_only() -> None:
    """A bilateral treaty is signed once: a signing of it dated in another year is another treaty's (or
    another act's) read onto it, and is not recorded."""
    assert events("The United States and the Soviet Union signed the INF Treaty in 2010.", "en") == set()
    assert ("sign", "inf", "usa", "1987-12-08", "asserted") in events(
        "The United States and the Soviet Union signed the INF Treaty on 8 December 1987.", "en")
    # a treaty of many states is signed by each in its own year
    assert ("sign", "ctbt", "india", "2030", "asserted") in events("India signed the CTBT in 2030.", "en")


def test_only_its_parties_act_on_a_treaty_between_two_states() -> None:
    """New START binds Russia and the US: no other state suspends or ratifies it. Russia carries on the
    USSR's treaties (actors.yaml continued_by), so it may leave the INF Treaty."""
    assert events("Ukraine suspended New START in 2022.", "en") == set()
    assert events("Russia withdrew from the INF Treaty in 2019.", "en") == {
        ("withdraw", "inf", "russia", "2019", "asserted")}
    assert ("ratify", "ctbt", "ukraine", "2001", "asserted") in events("Ukraine ratified the CTBT in 2001.", "en")


def test_a_step_taken_once_is_not_dated_by_the_article_that_recalls_it() -> None:
    """The reference table dates the US signature of the CTBT (1996) and Russia's ratification of New
    START (2011): an article of 2023 that recalls them in its lead with no date of their own gives them
    no date, not its own day. A step of the same kind it dates keeps that date; a step the table does not
    date (another state's) is the article's own news."""
    recalled = events("Moscow says the United States signed the CTBT but never ratified it.", "en",
                      published="2023-11-02")
    assert ("sign", "ctbt", "usa", None, "asserted") in recalled
    assert events("The State Duma ratified New START.", "en", published="2023-02-21") == {
        ("ratify", "new-start", "russia", None, "asserted")}
    assert events("The United States signed the CTBT in 1996.", "en", published="2023-11-02") == {
        ("sign", "ctbt", "usa", "1996", "asserted")}
    assert ("sign", "ctbt", "india", "2030-05-02", "asserted") in events(
        "India signed the CTBT.", "en", published="2030-05-02")
