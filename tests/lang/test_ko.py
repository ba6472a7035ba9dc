"""Korean: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

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
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("러시아는 포괄적핵실험금지조약 비준을 철회할 수도 있다고 경고했고, "
     "미국은 조약에서 탈퇴할 가능성을 검토했다.", None,
     [("withdraw", "ctbt", "usa", None, "possible")]),
    # relative day word against the publication date
    ("미국은 이날 항공자유화조약에서 탈퇴했다.", "2020-11-22",
     [("withdraw", "open-skies", "usa", "2020-11-22", "asserted")]),
    # 중단거리 (intermediate range) is no suspension
    ("러시아는 중거리핵전력조약이 금지한 중단거리 미사일을 개발했다.", None, []),
]


# 미온적 / 소극적 (lukewarm, reluctant about) an act: not done
CASES[CODE] += [
    ("미국은 신전략무기감축조약 연장에 미온적이다.", "2025-11-05",
     [("extend", "new-start", "usa", "2025-11-05", "possible")]),
    ("미국은 신전략무기감축조약 연장에 부정적이다.", "2025-11-05",
     [("extend", "new-start", "usa", "2025-11-05", "possible")]),
]


# 까지 (until) after a date ends a period: it dates the expiry, never the extension
CASES[CODE] += [
    ("뉴스타트는 2021년 2월 3일 연장돼 2026년 2월 5일까지 유효하다.", None,
     [("extend", "new-start", "russia", "2021-02-03", "asserted")]),
]

def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues (issue 9), sentences of our own: a negation stays in its clause ("지만"); a counterfactual
# ("만료됐을 것") is no denial; a weekday dates its own verb; the one told ("러시아 관리들에게") is no actor;
# a signatory word (서명국) names no act.
CASES[CODE] += [
    ("러시아는 신전략무기감축조약 참여를 중단했지만 탈퇴하지는 않았다.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("연장되지 않았다면 신전략무기감축조약은 2021년 2월 만료됐을 것이다.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    # published Thursday 2023-02-23: 화요일 is the 21st, 금요일 (the saying) the 17th
    ("미국은 금요일 러시아가 화요일 신전략무기감축조약 참여를 중단했다고 밝혔다.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("미국 대사는 러시아 관리들에게 탄도탄요격미사일 협정 탈퇴를 통보했다.", None,
     [("withdraw", "abm", "usa", None, "asserted")]),
]


@pytest.mark.parametrize("text, kinds", [
    ("핵무기금지조약 서명국들은 미국의 참여를 촉구했다.", {"sign"}),
    ("연장되지 않았다면 신전략무기감축조약은 2021년 2월 만료됐을 것이다.", {"expire"}),
])
def test_no_event_is_stated(text: str, kinds: set[str]) -> None:
    stated = ("asserted", "scheduled", "negated")
    assert not {e for e in _events(CODE, text, None) if e[0] in kinds and e[4] in stated}


def test_the_one_told_is_no_actor() -> None:
    found = _events(CODE, "미국 대사는 러시아 관리들에게 탄도탄요격미사일 협정 탈퇴를 통보했다.", None)
    assert not {e for e in found if e[2] == "russia"}, found

# 소멸 (lapsed) is an expiry; "-할 것이라고" announces an act for later
CASES[CODE] += [
    ("중거리핵전력조약은 2019년 8월 소멸했다.", None, [("expire", "inf", None, "2019-08", "asserted")]),
    ("미국 정부는 내년 중거리핵전력조약에서 탈퇴할 것이라고 발표했다.", None,
     [("withdraw", "inf", "usa", None, "scheduled")]),
]

# "탈퇴가 아닌" (not a withdrawal) denies it
CASES[CODE] += [
    ("러시아 외무부는 이번 조치가 신전략무기감축조약 탈퇴가 아닌 이행 중단이라고 강조했다.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
]

# "서명한 당사국" (the parties that signed) names parties, not a signing
CASES[CODE] += [
    ("이란 핵합의에 서명한 당사국인 영국과 프랑스는 이날 제재 복원 절차를 시작했다.", None, []),
]


# Fresh-article mechanisms (sentences of our own): a sentence ends at "다." with no space after it; the verb as
# noun + 하다 negated ("비준을 하지 않았다"); "러시아 역시" names the subject; "철회할 수 있다", "연장해야 한다",
# "만료되면" are not done; "종료되면서" is; "다음 해" counts from the date before; "연장하기 위한" is an aim;
# the extension agreement in force is the extension; "개방형 하늘 조약" is Open Skies
CASES[CODE] += [
    ("신전략무기감축조약은 2026년 2월 5일 만료됐다.러시아는 지난해 9월 1년 연장을 제안했다.", "2026-02-06",
     [("expire", "new-start", None, "2026-02-05", "asserted"),
      ("propose_talks", "new-start", "russia", "2025-09", "asserted")]),
    ("미국은 포괄적핵실험금지조약에 1996년 서명만 하고 비준을 하지 않았다.", None,
     [("sign", "ctbt", "usa", "1996", "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    ("미국이 비준하지 않은 것처럼 러시아 역시 포괄적핵실험금지조약 비준을 철회할 수 있다고 말했다.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("신전략무기감축조약은 2010년 4월 8일 체결됐으며, 다음 해에 발효됐다.", None,
     [("enter_into_force", "new-start", None, "2011", "asserted")]),
    ("신전략무기감축조약이 만료되면 군비 경쟁이 시작될 것이다.", None,
     [("expire", "new-start", None, None, "possible")]),
    ("신전략무기감축조약이 종료되면서 우려가 커지고 있다.", None, [("expire", "new-start", None, None, "asserted")]),
    ("전문가들은 미국이 신전략무기감축조약을 1년 연장해야 한다고 주장했다.", None,
     [("extend", "new-start", "usa", None, "possible")]),
    ("신전략무기감축조약을 연장하기 위한 협상은 아직 시작되지 않았다.", None, []),
    ("러시아와 미국의 신전략무기감축조약 연장 협정이 3일 발효했다.", "2021-02-04",
     [("extend", "new-start", "usa", "2021-02-03", "asserted")]),
    ("러시아는 먼저 핵실험을 하지는 않을 것이라고 밝혔다.", None, [("test", None, "russia", None, "negated")]),
    ("미국은 개방형 하늘 조약에서 2020년 탈퇴했다.", None, [("withdraw", "open-skies", "usa", "2020", "asserted")]),
]


def test_the_extension_in_force_is_no_entry_into_force() -> None:
    found = _events(CODE, "러시아와 미국의 신전략무기감축조약 연장 협정이 3일 발효했다.", "2021-02-04")
    assert not {e for e in found if e[0] == "enter_into_force"}, found

# Fresh articles, second pass: a return "if not" (복귀하지 않으면) is a condition; "정지할 것" is ahead; weapons
# scrapped (폐기) and the reasons for a withdrawal told again are no treaty events
CASES[CODE] += [
    ("미국은 60일 안에 중거리핵전력조약 이행을 정지할 것이라고 밝혔다.", None,
     [("suspend", "inf", "usa", None, "scheduled")]),
    ("중거리핵전력조약에 따라 미국과 소련은 1991년까지 미사일 2천여 기를 폐기했다.", None, []),
    ("폼페이오 장관은 중거리핵전력조약 탈퇴 배경을 밝혔다.", None, []),
]

# a test ordered (재개를 … 지시) is still ahead
CASES[CODE] += [
    ("트럼프 대통령은 핵무기 시험 재개를 군 당국에 지시했다.", "2025-10-30",
     [("test", None, "usa", "2025-10-30", "scheduled")]),
]
