"""Korean: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ko"
CASES[CODE] = [
    # the genitive 의 names the state acting through its president; 과의 marks the partner
    ("러시아의 푸틴 대통령은 미국과의 신전략무기감축조약 참여를 중단한다고 밝혔다.", None,
     [("suspend", "new-start", "russia", None, "asserted")]),

    # dated (년/월/일), particles glued to names and verb endings
    ("러시아는 2019년 8월 2일 중거리핵전력조약에서 공식 탈퇴했다.", None,
     [("withdraw", "inf", "russia", "2019-08-02", "asserted")]),
    # negation after the verb
    ("러시아는 뉴스타트 참여를 중단하지만 조약에서 탈퇴하지는 않을 것이라고 밝혔다.", None,
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("러시아는 포괄적핵실험금지조약 비준을 철회할 수도 있다고 경고했고, 미국은 조약에서 탈퇴할 가능성을 검토했다.", None,
     [("withdraw", "ctbt", "usa", None, "possible")]),
    # relative day word against the publication date
    ("미국은 이날 항공자유화조약에서 탈퇴했다.", "2020-11-22",
     [("withdraw", "open-skies", "usa", "2020-11-22", "asserted")]),
    # 중단거리 (intermediate range) is no suspension
    ("러시아는 중거리핵전력조약이 금지한 중단거리 미사일을 개발했다.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
