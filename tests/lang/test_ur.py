"""Urdu: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "ur"
CASES[CODE] = [
    # dated
    ("روس نے 21 فروری 2023 کو نیو سٹارٹ معاہدے میں اپنی شرکت معطل کر دی۔", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("امریکا 2019 میں آئی این ایف معاہدے سے دستبردار ہو گیا۔", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated: نہیں between the noun and its verb
    ("امریکا نے جامع جوہری تجربات پابندی معاہدے کی توثیق نہیں کی۔", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    # hedged: سکتا after the verb
    ("ایران عدم پھیلاؤ کے معاہدے سے دستبردار ہو سکتا ہے۔", None,
     [("withdraw", "npt", "iran", None, "possible")]),
    # future after the verb
    ("نیو سٹارٹ معاہدہ 5 فروری 2026 کو ختم ہو جائے گا۔", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # de-ratification beats ratification (longer form, same start)
    ("روس نے 2023 میں سی ٹی بی ٹی کی توثیق منسوخ کر دی۔", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
    # a year after the year word سنہ
    ("روس نے سنہ 2000 میں جامع جوہری تجربات پابندی معاہدے کی توثیق کی۔", None,
     [("ratify", "ctbt", "russia", "2000", "asserted")]),
    # no agreement on an extension: a negated extension
    ("نیو سٹارٹ معاہدے میں توسیع کے بارے میں روس اور امریکا کے درمیان کوئی اتفاق نہیں ہوا۔", None,
     [("extend", "new-start", "russia", None, "negated")]),
    # the agreement concluded in 2010, the postposition written glued to the noun
    ("نیو سٹارٹ اہم ہے۔ 2010 میں ہونے والے معاہدےکے تحت روس اور امریکا وار ہیڈز محدود رکھتے ہیں۔", None,
     [("sign", "new-start", "russia", "2010", "asserted")]),
    # the year mark ء glued to the digits ("2010ء میں") dates the act
    ("روس اور امریکہ نے نیو سٹارٹ معاہدے پر 2010ء میں دستخط کیے تھے۔", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
    # "is to end": a due expiry
    ("نیو سٹارٹ معاہدہ فروری 2026 میں ختم ہونا ہے۔", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    # a state that ends a treaty leaves it; a threat to end it is possible
    ("امریکہ نے آئی این ایف معاہدہ ختم کرنے کا اعلان کر دیا۔", None, [("withdraw", "inf", "usa", None, "asserted")]),
    ("ٹرمپ نے آئی این ایف معاہدہ ختم کرنے کی دھمکی دی۔", None, [("withdraw", "inf", "usa", None, "possible")]),
    # an extension offered is an offer of talks, not an extension
    ("روس نے امریکہ کو نیو سٹارٹ معاہدے میں ایک سال کی توسیع کی پیشکش کی۔", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
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
    ('روس نے نیو سٹارٹ معاہدے میں اپنی شرکت معطل کر دی لیکن وہ معاہدے سے دستبردار نہیں ہوگا۔',
     [('suspend', 'new-start', 'russia', '2023-02-23', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-23', 'negated')],
     [('suspend', 'negated'),
      ('withdraw', 'asserted')]),
    ('معاہدے میں توسیع کی گئی ورنہ نیو سٹارٹ معاہدہ فروری 2021 میں ختم ہو جاتا۔',
     [('expire', 'new-start', None, '2021-02', 'possible')],
     [('expire', 'negated'),
      ('expire', 'asserted'),
      ('extend', 'negated')]),
    ('امریکہ نے روس پر آئی این ایف معاہدے کے تحت ممنوعہ میزائل نصب کرنے کا الزام عائد کیا۔',
     [],
     [('deploy', 'asserted'),
      ('deploy', 'scheduled')]),
    ('روس نے منگل کو نیو سٹارٹ معاہدے میں اپنی شرکت معطل کی اور امریکہ نے جمعرات کو آئی این ایف معاہدے '
     'سے علیحدگی اختیار کی۔',
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'inf', 'usa', '2023-02-23', 'asserted')],
     []),
    # with ہے it is the present: an expiry ahead
    ('نیو سٹارٹ معاہدہ فروری 2026 میں ختم ہو جاتا ہے۔',
     [('expire', 'new-start', None, '2026-02', 'scheduled')],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)
