"""Chinese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

CODE = "zh"
CASES[CODE] = [
    ('2023年2月21日，俄罗斯宣布暂停参加《新削减战略武器条约》，但不会退出该条约。', None,
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-21', 'negated')]),
    ('2019年8月2日，美国正式退出《中导条约》。', None, [('withdraw', 'inf', 'usa', '2019-08-02', 'asserted')]),
    ('2018年，美国提出了退出《中导条约》的可能性。', None, [('withdraw', 'inf', 'usa', '2018', 'possible')]),
    ('北京表示，中國無意參加三邊軍控談判。', None, [('reject_talks', None, 'china', None, 'asserted')]),
]

# round 2: a participle before the name tells a past signing, not the main verb's future
CASES[CODE] += [
    ("美国宣布将退出1987年签署的《中导条约》。", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("withdraw", "inf", "usa", None, "scheduled")]),
]

# Traditional Chinese (Taiwan, Hong Kong, many mirrors): the folded view reads it as Simplified, so the
# Simplified forms of the data match it (lexicon/hanzi.py)
CASES[CODE] += [
    ("2023年2月21日，俄羅斯總統宣布暫時停止參與《新削減戰略武器條約》，但不會退出該條約。", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("美國於1996年簽署《全面禁止核試驗條約》，但參議院拒絕批准。", None,
     [("sign", "ctbt", "usa", "1996", "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
]

# bare 未 ("has not") negates whatever verb follows it; 未来 (future) is no negation
CASES[CODE] += [
    ("美国至今仍未表现出延长《新削减战略武器条约》的意愿。", None,
     [("extend", "new-start", "usa", None, "negated")]),
    ("俄罗斯表示，未来可能延长《新削减战略武器条约》。", None,
     [("extend", "new-start", "russia", None, "possible")]),
]

# a state right after 通知 (notified) is told of the subject's act; it does not act. 暂时退出 (withdraw
# for a time) is a suspension
CASES[CODE] += [
    ("2022年8月，俄罗斯表示已通知美国，决定暂时退出《新削减战略武器条约》规定的视察。", None,
     [("suspend", "new-start", "russia", "2022-08", "asserted")]),
]


# a strategic missile launched is a missile tested (洲际 is nuclear context)
CASES[CODE] += [
    ("朝鲜10月31日向东部海域发射了一枚洲际弹道导弹。", "2024-11-01",
     [("test", None, "north-korea", "2024-10-31", "asserted")]),
]

def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues (issue 9), sentences of our own: a negation stops at 但; a counterfactual (要不是 ... 本来会) is
# no denial; a description (指责 ... 部署) is no event; a weekday dates its own verb; a word that holds a
# trigger names a party (签署国) not an act; a half-width ? ends a sentence; a cue word inside a name
# (禁止 in 《禁止核武器条约》) is part of the name.
CASES[CODE] += [
    ("美国退出了《中导条约》，但没有部署新型导弹的计划。", None,
     [("withdraw", "inf", "usa", None, "asserted")]),
    ("美国表示愿意与俄罗斯谈判，但中国拒绝参加三边谈判。", None,
     [("propose_talks", None, "usa", None, "asserted"), ("reject_talks", None, "china", None, "asserted")]),
    ("要不是延期，《新削减战略武器条约》本来会在2021年2月到期。", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    # published Thursday 2023-02-23: 周二 is the 21st, 周五 (the saying) the 17th
    ("美国周五表示，俄罗斯周二暂停履行《新削减战略武器条约》。", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("《禁止核武器条约》于2021年1月22日生效。", None,
     [("enter_into_force", "tpnw", None, "2021-01-22", "asserted")]),
    ("美国国务院宣布将提出一项新的军控倡议。", None, [("propose_talks", None, "usa", None, "asserted")]),
    ("美国尚未回应俄罗斯有关延长《新削减战略武器条约》的呼吁。", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
]


@pytest.mark.parametrize("text, kinds", [
    ("美国指责俄罗斯部署了《中导条约》禁止的导弹。", {"deploy"}),
    ("《禁止核武器条约》的签署国呼吁美国加入该条约。", {"sign"}),
    ("这一点很清楚?他说,美国回应俄罗斯有关延长《新削减战略武器条约》的呼吁。", {"extend"}),
    ("如果没有延期，《新削减战略武器条约》本来会在2021年2月到期。", {"expire"}),
])
def test_no_event_is_stated(text: str, kinds: set[str]) -> None:
    assert not {e for e in _events(CODE, text, None) if e[0] in kinds and e[4] in ("asserted", "scheduled")}

# 会谈 as well as 谈判; 新的《…》 names New START; an aim or pretext (意在, 借口) states nothing;
# 制造借口 is no production
CASES[CODE] += [
    ("北京重申，中方无意参加美俄提出的三边会谈。", "2020-05-06",
     [("reject_talks", None, "china", "2020-05-06", "asserted")]),
    ("美方应回应俄罗斯关于延长新的《削减进攻性战略武器条约》的建议。", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("评论称，美方意在为退出《中导条约》制造借口。", "2019-01-10", []),
]

# 废止《…》 (denounce) ends a party's membership; signing the decree that does it is no treaty signing
CASES[CODE] += [
    ("2021年6月7日，普京签署法令，废止《开放天空条约》。", None,
     [("withdraw", "open-skies", "russia", "2021-06-07", "asserted")]),
    ("联合国呼吁各国废除核武器，并遵守《不扩散核武器条约》。", None, []),
]

# fresh round 2: "并非" (is not) denies the act, a new clause after "只是"; "不延期" in a headline;
# "原定" (originally due) is what was planned, not what happened
CASES[CODE] += [
    ("普京表示，俄方并非退出《新削减战略武器条约》，只是暂停履行该条约。", None,
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "new-start", "russia", None, "negated")]),
    ("美国表示《新削减战略武器条约》不延期。", None, [("extend", "new-start", "usa", None, "negated")]),
    ("《新削减战略武器条约》原定2021年到期。", None, [("expire", "new-start", None, "2021", "possible")]),
]

# "时任" (then-) before the second leader: both states sign
CASES[CODE] += [
    ("《新削减战略武器条约》2010年由时任美国总统奥巴马和时任俄总统梅德韦杰夫签署。", None,
     [("sign", "new-start", "usa", "2010", "asserted"), ("sign", "new-start", "russia", "2010", "asserted")]),
]

# 将 marking the object after 同意/决定 ("agreed to extend") is no future; before 同意 it is
CASES[CODE] += [
    ("2021年，俄罗斯和美国同意将《新削减战略武器条约》延长五年。", None,
     [("extend", "new-start", "usa", "2021", "asserted"), ("extend", "new-start", "russia", "2021", "asserted")]),
    ("普京表示，俄方将同意将《新削减战略武器条约》延长一年。", None,
     [("extend", "new-start", "russia", None, "scheduled")]),
]
