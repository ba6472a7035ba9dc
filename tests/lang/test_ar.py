"""Arabic: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "ar"
CASES[CODE] = [
    # the verb first, its subject after it (verb_first): a clause after "but" or "after" names its own actor;
    # "بعدما" (after) opens a clause whose date is its own verb's
    ("علقت روسيا مشاركتها في معاهدة ستارت الجديدة، بينما انسحبت الولايات المتحدة من معاهدة الأجواء المفتوحة.",
     "2020-11-22", [("suspend", "new-start", "russia", "2020-11-22", "asserted"),
                    ("withdraw", "open-skies", "usa", "2020-11-22", "asserted")]),
    ("علقت روسيا التزاماتها بعدما انسحبت الولايات المتحدة من معاهدة القوى النووية متوسطة المدى الشهر الماضي.",
     "2019-08-02", [("suspend", "inf", "russia", "2019-08-02", "asserted"),
                    ("withdraw", "inf", "usa", "2019-07", "asserted")]),
    # "لعام" ties a year to the treaty's name; "مصادقتها" (its ratification) revoked is a deratification
    ("صادقت روسيا على معاهدة الحظر الشامل للتجارب النووية لعام 1996 في عام 2000.", None,
     [("ratify", "ctbt", "russia", "2000", "asserted")]),
    ("ألغت روسيا مصادقتها على معاهدة حظر التجارب النووية لعام 1996.", "2023-11-02",
     [("deratify", "ctbt", "russia", "2023-11-02", "asserted")]),
    ('أعلنت روسيا في 21 فبراير 2023 تعليق مشاركتها في معاهدة ستارت الجديدة، لكنها لن تنسحب منها.', None,
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-21', 'negated')]),
    ('انسحبت الولايات المتحدة من معاهدة الأجواء المفتوحة في 22 نوفمبر 2020.', None,
     [('withdraw', 'open-skies', 'usa', '2020-11-22', 'asserted')]),
]

# round 2: the treaty as an object pronoun; "تم الانتهاء من" (was completed) is no expiry
CASES[CODE] += [
    ("كانت معاهدة القوات المسلحة التقليدية في أوروبا قد علقتها روسيا في عام 2007.", None,
     [("suspend", "cfe", "russia", "2007", "asserted")]),
]


def test_completion_is_no_expiry() -> None:
    from .language_checks import _events
    found = _events(CODE, "أعلنت روسيا الانتهاء من إجراءات الانسحاب من معاهدة القوات المسلحة التقليدية في أوروبا.",
                    None)
    assert ("withdraw", "cfe", "russia", None, "asserted") in found
    assert not [e for e in found if e[0] == "expire"], found


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Issue 9: each scope cue of the language's data, in sentences of our own (published Thursday 23 February
# 2023): a negation stops at "but", a counterfactual is not a denial, a description is not an event, a
# weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ('علقت روسيا مشاركتها في معاهدة نيو ستارت، لكنها لن تنسحب منها.',
     [('suspend', 'new-start', 'russia', '2023-02-23', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-23', 'negated')],
     [('suspend', 'negated'),
      ('withdraw', 'asserted')]),
    ('لولا التمديد لانتهت معاهدة نيو ستارت في فبراير 2021.',
     [('expire', 'new-start', None, '2021-02', 'possible')],
     [('expire', 'negated'),
      ('expire', 'asserted'),
      ('extend', 'negated')]),
    ('اتهمت واشنطن موسكو بنشر صواريخ تحظرها معاهدة القوى النووية متوسطة المدى.',
     [],
     [('deploy', 'asserted'),
      ('deploy', 'scheduled')]),
    ('وقعت روسيا معاهدة الحظر الشامل للتجارب النووية يوم الاثنين وصادقت عليها يوم الخميس.',
     [('sign', 'ctbt', 'russia', '2023-02-20', 'asserted'),
      ('ratify', 'ctbt', 'russia', '2023-02-23', 'asserted')],
     []),
    # "sees no possibility of concluding agreements" refuses talks; it denies no signing
    ('أكدت موسكو أنها لا ترى أي إمكانية لإبرام اتفاقيات جديدة للحد من التسلح مع واشنطن.',
     [('reject_talks', None, 'russia', '2023-02-23', 'asserted')],
     [('sign', 'negated'),
      ('sign', 'asserted')]),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_each_clause_keeps_its_own_treaty() -> None:
    check_scope(CODE, 'علقت روسيا يوم الثلاثاء مشاركتها في معاهدة نيو ستارت، وانسحبت الولايات المتحدة يوم '
                  'الخميس من معاهدة الأجواء المفتوحة.',
                [('withdraw', 'open-skies', 'usa', '2023-02-23', 'asserted')])

# the future prefix (ستنسحب), intent (عزمها) and refusal (رفضت) state no act done; the signatory states sign nothing
CASES[CODE] += [
    ("قال الرئيس الأمريكي إن بلاده ستنسحب من معاهدة الأجواء المفتوحة.", None,
     [("withdraw", "open-skies", "usa", None, "scheduled")]),
    ("أعلنت واشنطن عزمها الانسحاب من معاهدة الأجواء المفتوحة.", None,
     [("withdraw", "open-skies", "usa", None, "scheduled")]),
    ("رفضت الولايات المتحدة تمديد معاهدة ستارت الجديدة.", None,
     [("extend", "new-start", "usa", None, "negated")]),
    ("يسمح الاتفاق النووي للدول الموقعة عليه بإعادة فرض العقوبات على إيران.", None, []),
]

# "will begin" the act, and the future prefix on "suspend": announced, not done
CASES[CODE] += [
    ("قالت موسكو إنها ستبدأ إجراءات الانسحاب من معاهدة الأجواء المفتوحة.", None,
     [("withdraw", "open-skies", "russia", None, "scheduled")]),
    ("أكد الكرملين أن روسيا ستعلق مشاركتها في معاهدة ستارت الجديدة.", None,
     [("suspend", "new-start", "russia", None, "scheduled")]),
]

# fresh round 2: "extendable" is the treaty's terms, no extension; INF titles in other word orders
CASES[CODE] += [
    ("دخلت معاهدة ستارت الجديدة حيز التنفيذ عام 2011 وهي قابلة للتمديد خمس سنوات.", None,
     [("enter_into_force", "new-start", None, "2011", "asserted")]),
    ("انسحبت الولايات المتحدة من معاهدة القوى النووية المتوسطة المدى في أغسطس 2019.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
]

# fresh round 2: the verb with the subject before "على" (صادقت روسيا على), the object pronoun on the verb
# (وقعها), "has no need of" as a denial, an extension named as someone's idea is an offer
CASES[CODE] += [
    ("صادقت روسيا على معاهدة الحظر الشامل للتجارب النووية في عام 2000.", None,
     [("ratify", "ctbt", "russia", "2000", "asserted")]),
    ("تربط البلدين معاهدة ستارت الجديدة التي وقعها الرئيسان الروسي والأمريكي في أبريل 2010.", None,
     [("sign", "new-start", "usa", "2010-04", "asserted"), ("sign", "new-start", "russia", "2010-04", "asserted")]),
    ("قالت روسيا إنها في غنى عن تمديد معاهدة ستارت الجديدة.", None,
     [("extend", "new-start", "russia", None, "negated")]),
    ("طرح الرئيس الروسي فكرة تمديد معاهدة ستارت الجديدة عاما واحدا.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
]


def test_a_deputy_minister_is_not_the_minister() -> None:
    check_quote(CODE, 'وقال نائب وزير الدفاع الروسي: "سننشر الصواريخ الجديدة العام المقبل".', None,
                "سننشر الصواريخ الجديدة العام المقبل")

# what must be done ("يجب") is not stated as done
CASES[CODE] += [
    ("يجب على الولايات المتحدة أن تصدق على معاهدة الحظر الشامل للتجارب النووية.", None,
     [("ratify", "ctbt", "usa", None, "possible")]),
]
