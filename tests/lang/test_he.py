"""Hebrew: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "he"
CASES[CODE] = [
    # a withdrawal threatened on a condition that follows it: possible
    ("ארצות הברית תפרוש מהאמנה לפירוק טילים לטווח בינוני במידה ורוסיה לא תשמיד את הטילים.", None,
     [("withdraw", "inf", "usa", None, "possible")]),
    # the maqaf before a year
    ("רוסיה וארצות הברית חתמו על אמנת סטארט החדשה ב־2010.", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),

    # dated, with a clitic on the treaty noun (באמנת)
    ("רוסיה השעתה ב-21 בפברואר 2023 את השתתפותה באמנת סטארט החדשה.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # the abbreviation ארה"ב with gershayim, with a prefix (וארה"ב)
    ('ארה"ב פרשה מאמנת הכוחות הגרעיניים לטווח בינוני בשנת 2019.', None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated future
    ("טהראן הבהירה כי לא תפרוש מהאמנה למניעת הפצת נשק גרעיני.", None,
     [("withdraw", "npt", "iran", None, "negated")]),
    # negated past
    ("ארצות הברית מעולם לא אשררה את האמנה לאיסור כולל של ניסויים גרעיניים.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("רוסיה עשויה לבטל את אשרור האמנה לאיסור כולל של ניסויים גרעיניים.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("אמנת סטארט החדשה נחתמה בשנת 2010 בין רוסיה לארצות הברית.", None,
     [("sign", "new-start", "russia", "2010", "asserted")]),
    ("בשנת 2021 האריכו רוסיה וארצות הברית את אמנת סטארט החדשה.", None,
     [("extend", "new-start", "usa", "2021", "asserted")]),
    # the verb written with its object runs into the treaty's name (מההסכם + הסכם הגרעין)
    ("הנשיא טראמפ הודיע כי ארצות הברית פרשה מהסכם הגרעין עם איראן במאי 2018.", None,
     [("withdraw", "jcpoa", "usa", "2018-05", "asserted")]),
    # "אמנת START" without a number is New START; a numbered START I name is longer and wins
    ("אמנת START תפקע ב-5 בפברואר 2026.", None, [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("אמנת START I פקעה ב-2009.", None, [("expire", "start-i", None, "2009", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Issue 9: each scope cue of the language's data, in sentences of our own (published Thursday 23 February
# 2023): a negation stops at "but", a counterfactual is not a denial, a description is not an event, a
# weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ('רוסיה השעתה את השתתפותה באמנת START החדשה אך לא תפרוש ממנה.',
     [('suspend', 'new-start', 'russia', '2023-02-23', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-23', 'negated')],
     [('suspend', 'negated'),
      ('withdraw', 'asserted')]),
    ('אלמלא ההארכה, אמנת START החדשה הייתה פוקעת בפברואר 2021.',
     [('expire', 'new-start', None, '2021-02', 'possible')],
     [('expire', 'negated'),
      ('expire', 'asserted'),
      ('expire', 'scheduled')]),
    ('וושינגטון האשימה את מוסקבה בפריסת טילים שאוסרת אמנת INF.',
     [],
     [('deploy', 'asserted'),
      ('deploy', 'scheduled')]),
    # the verb before its subject ("פרשה ארה\"ב מאמנת")
    ('ביום שלישי השעתה רוסיה את השתתפותה באמנת START החדשה, וביום חמישי פרשה ארה"ב מאמנת INF.',
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'inf', 'usa', '2023-02-23', 'asserted')],
     []),
    # a plural verb has no treaty for its subject: the sanctions enter into force
    ('הסנקציות על איראן ייכנסו לתוקף ביום ראשון, אף שאיראן לא פרשה מהאמנה לאי-הפצת נשק גרעיני.',
     [],
     [('enter_into_force', 'scheduled'),
      ('enter_into_force', 'asserted')]),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)
