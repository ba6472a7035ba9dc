"""Chinese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "zh"
CASES[CODE] = [('2023年2月21日，俄罗斯宣布暂停参加《新削减战略武器条约》，但不会退出该条约。', None, [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'), ('withdraw', 'new-start', 'russia', '2023-02-21', 'negated')]), ('2019年8月2日，美国正式退出《中导条约》。', None, [('withdraw', 'inf', 'usa', '2019-08-02', 'asserted')]), ('2018年，美国提出了退出《中导条约》的可能性。', None, [('withdraw', 'inf', 'usa', '2018', 'possible')]), ('北京表示，中國無意參加三邊軍控談判。', None, [('reject_talks', None, 'china', None, 'asserted')])]

# round 2: a participle before the name tells a past signing, not the main verb's future
CASES[CODE] += [
    ("美国宣布将退出1987年签署的《中导条约》。", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("withdraw", "inf", "usa", None, "scheduled")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
