"""Persian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "fa"
CASES[CODE] = [('روسیه در ۲۱ فوریه ۲۰۲۳ مشارکت خود در پیمان استارت نو را تعلیق کرد.', None, [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')]), ('آمریکا در سال ۲۰۱۹ از پیمان منع موشک\u200cهای هسته\u200cای میان\u200cبرد خارج شد.', None, [('withdraw', 'inf', 'usa', '2019', 'asserted')])]

# round 2: the CFE Treaty as Persian news names it; the subjunctive ("تصویب شود") states no ratification
CASES[CODE] += [
    ("روسیه در سال ۲۰۲۳ از پیمان کاهش سلاح‌های متعارف خارج شد.", None,
     [("withdraw", "cfe", "russia", "2023", "asserted")]),
    ("پیمان نیو استارت باید از سوی پارلمان روسیه تصویب شود.", None,
     [("ratify", "new-start", "russia", None, "possible")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
