"""Japanese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

CODE = "ja"
CASES[CODE] = [
    # a year with two digits once the century is plain (short_year): 2021, not the publication day
    ("米ロは21年に新STARTの5年延長で合意した。", "2023-02-21",
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    # dated (年月日)
    ("米国は2019年8月2日、中距離核戦力全廃条約から正式に脱退した。", None,
     [("withdraw", "inf", "usa", "2019-08-02", "asserted")]),
    # negation after the verb
    ("ロシアは新START条約の履行を停止したが、条約から脱退はしないと強調した。", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("ロシアは包括的核実験禁止条約から脱退する可能性を示唆した。", None,
     [("withdraw", "ctbt", "russia", None, "possible")]),
    # the Warsaw Pact is no Polish actor
    ("ロシアはワルシャワ条約機構の時代に結ばれた欧州通常戦力条約を破棄した。", None,
     [("withdraw", "cfe", "russia", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues (issue 9), sentences of our own: a negation stays in its clause ("が、"); a condition contrary
# to fact ("延長されなかったら…はずだ") is no denial; a weekday dates its own verb; the government a name
# heads marks its subject ("プーチン政権は"); a signatory word (署名国) names no act.
CASES[CODE] += [
    ("ロシアは新戦略兵器削減条約の履行を停止したが、条約から脱退していない。", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("延長されなかったら、新戦略兵器削減条約は2021年2月に失効していたはずだ。", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    # published Thursday 2023-02-23: 火曜日 is the 21st, 金曜日 (the saying) the 17th
    ("米国は金曜日、ロシアが火曜日に新戦略兵器削減条約の履行を停止したと発表した。", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("プーチン政権はフィンランドのNATO加盟への対抗として欧州通常戦力条約からの脱退を決めた。", None,
     [("withdraw", "cfe", "russia", None, "asserted")]),
    ("米国が新戦略兵器削減条約から脱退すれば、ロシアも対抗措置をとる。", None,
     [("withdraw", "new-start", "usa", None, "possible")]),
]


@pytest.mark.parametrize("text, kinds", [
    ("核兵器禁止条約の署名国は米国に参加を求めた。", {"sign"}),
    ("延長されなかったら、新戦略兵器削減条約は2021年2月に失効していたはずだ。", {"extend", "expire"}),
])
def test_no_event_is_stated(text: str, kinds: set[str]) -> None:
    stated = ("asserted", "scheduled", "negated")
    assert not {e for e in _events(CODE, text, None) if e[0] in kinds and e[4] in stated}

# "Open Skies" with the plural transcription and with its gloss in brackets
CASES[CODE] += [
    ("米国は2020年11月22日、オープンスカイズ条約から脱退した。", None,
     [("withdraw", "open-skies", "usa", "2020-11-22", "asserted")]),
    ("ロシアは2021年12月18日、オープンスカイ(領空開放)条約から離脱した。", None,
     [("withdraw", "open-skies", "russia", "2021-12-18", "asserted")]),
]

# "脱退ではなく" (not a withdrawal, but ...) denies the withdrawal
CASES[CODE] += [
    ("ロシア外務省は、新戦略兵器削減条約からの脱退ではなく履行の停止だと説明した。", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
]

# "交渉に参加することはない" (will never take part in talks) rejects them
CASES[CODE] += [
    ("中国外務省は「中国が米露との軍縮交渉に参加することはない」と述べた。", None,
     [("reject_talks", None, "china", None, "asserted")]),
]


# Fresh-article mechanisms (sentences of our own): the polite non-past (失効します) is scheduled; "発効されていない"
# negated; "かどうか", "可能だ", "瀬戸際" are not done; "ことになる" is ahead; a law in effect (同法は即時発効)
# and "after the expiry" (失効後) are no treaty events
CASES[CODE] += [
    ("新戦略兵器削減条約は来月失効します。", None, [("expire", "new-start", None, None, "scheduled")]),
    ("包括的核実験禁止条約は米国などが批准しなかったため発効されていない。", None,
     [("enter_into_force", "ctbt", None, None, "negated")]),
    # (the test is read by its nuclear word; the treaty named beside it is no test's treaty)
    ("ロシアが包括的核実験禁止条約に反して核実験を行うかどうかは明言できないという。", None,
     [("test", None, "russia", None, "possible")]),
    ("プーチン氏は包括的核実験禁止条約の批准撤回は可能だと述べた。", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("ロシアは事実上、包括的核実験禁止条約から離脱することになる。", None,
     [("withdraw", "ctbt", "russia", None, "scheduled")]),
    ("新戦略兵器削減条約は失効の瀬戸際にある。", None, [("expire", "new-start", None, None, "possible")]),
]


@pytest.mark.parametrize("text, kind", [
    ("ロシアは包括的核実験禁止条約の批准撤回法に署名し、同法は即時発効した。", "enter_into_force"),
    ("ロシアは新戦略兵器削減条約の失効後も1年間は上限を守ると表明した。", "expire"),
])
def test_no_treaty_event_is_read(text: str, kind: str) -> None:
    assert not {e for e in _events(CODE, text, None) if e[0] == kind}

# Fresh articles, second pass: an intention (方針) is not the act; "unless it returns" (復帰しなければ) is a
# condition; weapons scrapped (ミサイルを破棄) and the reason for a withdrawal told again are no treaty events
CASES[CODE] += [
    ("米国は昨年10月、中距離核戦力全廃条約を破棄する方針を表明した。", "2019-02-02",
     [("withdraw", "inf", "usa", "2018-10", "possible")]),
    ("ロシアが中距離核戦力全廃条約の履行に復帰しなければ、条約は終了する。", None,
     [("resume", "inf", "russia", None, "possible")]),
    ("ロシアは中距離核戦力全廃条約が禁じたミサイルを破棄していない。", None, []),
    ("長官は中距離核戦力全廃条約の破棄の理由を説明した。", None, []),
]
