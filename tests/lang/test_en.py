"""English: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "en"
CASES[CODE] = [
    # an act awaited is not done
    ("Moscow has waited 23 years for Washington to ratify the CTBT.", "2023-11-03",
     []),
    # was due, whether or not it came: scheduled, never done
    ("New START was supposed to expire in 2021, but it was extended.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    ('On August 2, 2019, the United States formally withdrew from the INF Treaty.', None,
     [('withdraw', 'inf', 'usa', '2019-08-02', 'asserted')]),
    ('Russia could resume nuclear testing if the US tests first, Ryabkov warned.', None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# A purpose states no act ("in order for it to come into force"); an act awaited is not done; an intention
# announced is a plan (scheduled), not the act.
CASES[CODE] += [
    ("The treaty needs 44 states to ratify it in order for it to enter into force.", None, []),
    ("For years we waited for the United States to ratify the CTBT.", None,
     [("ratify", "ctbt", "usa", None, "possible")]),
    ("In May 2020 the United States announced its intention to leave the Open Skies Treaty.", None,
     [("withdraw", "open-skies", "usa", "2020-05", "scheduled")]),
]

# A strategic missile launched is a missile tested ("intercontinental" is nuclear context, as "nuclear" is).
CASES[CODE] += [
    ("Russia launched its new Sarmat intercontinental ballistic missile on Wednesday.", "2022-04-22",
     [("test", None, "russia", "2022-04-20", "asserted")]),
    ("North Korea tests a new ICBM.", "2023-07-12", [("test", None, "north-korea", "2023-07-12", "asserted")]),
]

# A state right after "notified" or "warned" is told of the subject's act; it does not act.
CASES[CODE] += [
    ("In February 2023 Moscow notified the United States that it had suspended New START.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
]

# Synonyms and noun forms news uses; offers to extend are proposals; refusals to join talks.
CASES[CODE] += [
    ("In 2019, Washington pulled the United States out of the INF Treaty.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Russia froze its participation in the Open Skies Treaty in 2021.", None,
     [("suspend", "open-skies", "russia", "2021", "asserted")]),
    ("Moscow halted its participation in New START in February 2023.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("The United States renewed the New START treaty in 2021.", None,
     [("extend", "new-start", "usa", "2021", "asserted")]),
    ("The New START treaty lapsed in February 2026.", None, [("expire", "new-start", None, "2026-02", "asserted")]),
    ("On 5 December 2019, Russia offered to immediately extend the New START treaty.", None,
     [("propose_talks", "new-start", "russia", "2019-12-05", "asserted")]),
    ("China has no plans to take part in trilateral talks on arms control with Russia and the United States.", None,
     [("reject_talks", None, "china", None, "asserted")]),
    ("Russia said it would not walk away from the New START treaty.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
]

# Fresh-article checks (session 11): a call on a state to act states no act; the exchange of ratification
# instruments is an entry into force; "beyond" a date ends a period, it dates no act; a plan is due, not done.
CASES[CODE] += [
    ("The former envoy called on the United States to rejoin the Open Skies Treaty.", "2020-11-22", []),
    ("The parliament urged Washington to ratify the CTBT.", None, []),
    ("Moscow and Washington exchanged the instruments of ratification of New START on 5 February 2011.", None,
     [("enter_into_force", "new-start", None, "2011-02-05", "asserted")]),
    ("Instruments of ratification were exchanged in Munich in February 2011, and New START entered into force.",
     None, [("enter_into_force", "new-start", None, "2011-02", "asserted")]),
    ("The United States should ratify the CTBT without delay.", None, [("ratify", "ctbt", "usa", None, "possible")]),
    ("Washington announced its plan to exit the INF Treaty.", "2018-10-21",
     [("withdraw", "inf", "usa", "2018-10-21", "scheduled")]),
]
CASES[CODE] += [
    ("On 16 October 2020 the United States rejected Russia's proposal to extend New START.", None,
     [("reject_talks", "new-start", "usa", "2020-10-16", "asserted")]),
]
# A suspension of sanctions is no suspension of the treaty (the same in ca, nl, ro, cs, sr).
CASES[CODE] += [
    ("The White House confirmed the suspension of sanctions on Iran under the JCPOA.", "2018-01-13", []),
]
# Refusals to join talks others propose.
CASES[CODE] += [
    ("On 10 July 2020 China rejected any prospect of joining trilateral talks on New START.", None,
     [("reject_talks", "new-start", "china", "2020-07-10", "asserted")]),
    ("China said on 9 June 2020 that it will not join talks on a successor to New START.", None,
     [("reject_talks", "new-start", "china", "2020-06-09", "asserted")]),
]
# "carried out a successful test of" names a test with words between.
CASES[CODE] += [
    ("Russia carried out a successful test of its Burevestnik intercontinental missile on 21 October 2025.", None,
     [("test", None, "russia", "2025-10-21", "asserted")]),
]

# Fresh-article round 2 (own sentences): "whether or not" asks and denies nothing; a subjunctive suggestion is
# no act; "revoke its decision to ratify" is a de-ratification; sanctions taking effect are no entry into force;
# an expiry approached is ahead.
CASES[CODE] += [
    ("He did not know whether or not Russia resumes nuclear testing banned by the CTBT.", None,
     [("test", None, "russia", None, "possible")]),
    ("Putin last week suggested that Russia revoke its ratification of the CTBT.", "2023-10-12",
     [("deratify", "ctbt", "russia", "2023-10", "possible")]),
    ("Moscow could revoke its decision to ratify the CTBT.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("Iran protested before the sanctions took effect under the JCPOA's snapback clause.", None, []),
    ("The JCPOA is approaching its October 2025 expiration date.", None,
     [("expire", "jcpoa", None, "2025-10", "scheduled")]),
]
CASES[CODE] += [
    # the time of another act: no lead day; due, not done
    ("Diplomats met in Geneva ahead of New START's expiry.", "2026-01-20",
     [("expire", "new-start", None, None, "scheduled")]),
]

# "no longer a party to" states a withdrawal; a memorandum signed is no treaty signing
CASES[CODE] += [
    ("As of 22 November 2020 the United States is no longer a party to the Open Skies Treaty.", None,
     [("withdraw", "open-skies", "usa", "2020-11-22", "asserted")]),
    ("Trump signed a presidential memorandum on the JCPOA in May 2018.", None, []),
]

# a second verb of saying conjoined opens another clause: its state does not own the act named before it
def test_a_state_after_and_added_that_does_not_own_the_act_before() -> None:
    from .language_checks import _events
    found = _events(CODE, "The White House confirmed the withdrawal from the Open Skies Treaty and added that Russia "
                          "had violated it for years.", "2020-11-23")
    assert not [e for e in found if e[2] == "russia"], found
CASES[CODE] += [
    ("Russia announced its decision to conduct nuclear tests on Novaya Zemlya.", "2025-11-05",
     [("test", None, "russia", "2025-11-05", "scheduled")]),
]
# a suggestion is a hedge and an offer at once: an extension so suggested stays an offer of talks
CASES[CODE] += [
    ("On Monday Putin suggested that Russia and the United States extend New START by a year.", "2025-09-24",
     [("propose_talks", "new-start", "russia", "2025-09-22", "asserted")]),
]

# a refusal to extend is a denial; the time of an act asked about is not the day's news
CASES[CODE] += [
    ("The treaty lapsed because of Washington's refusal to extend New START.", "2026-02-05",
     [("extend", "new-start", "usa", "2026-02-05", "negated")]),
    ("The exact timing of New START's expiration is not important, the Kremlin said.", "2026-02-04",
     [("expire", "new-start", None, None, "asserted")]),
]
