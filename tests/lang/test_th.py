"""Thai: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

CODE = "th"
CASES[CODE] = [
    # dated: a dotted month abbreviation, a weekday, no year (published unknown)
    ("รัสเซียถอนตัวจากสนธิสัญญากองกำลังตามแบบในยุโรปเมื่อวันอังคาร (7 พ.ย.)", None,
     [("withdraw", "cfe", "russia", "XXXX-11-07", "asserted")]),
    # month name glued to เดือน and ใน (no spaces between words)
    ("สหรัฐฯ ถอนตัวออกจากสนธิสัญญาน่านฟ้าเปิดในเดือนพฤศจิกายน 2020", None,
     [("withdraw", "open-skies", "usa", "2020-11", "asserted")]),
    # negation before the verb
    ("รัสเซียระงับการเข้าร่วมสนธิสัญญานิวสตาร์ท แต่ยืนยันว่าจะไม่ถอนตัวจากสนธิสัญญานิวสตาร์ท", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("สหรัฐฯ อาจถอนตัวจากสนธิสัญญาไอเอ็นเอฟ", None, [("withdraw", "inf", "usa", None, "possible")]),
    # a round year after ปี
    ("รัสเซียให้สัตยาบันสนธิสัญญาห้ามทดลองอาวุธนิวเคลียร์โดยสมบูรณ์ในปี 2000", None,
     [("ratify", "ctbt", "russia", "2000", "asserted")]),
    # the year a treaty was made ("ซึ่งทำไว้กับรัสเซียในปี 2530") is its conclusion's, not the withdrawal's
    ("สหรัฐฯ จะถอนตัวออกจากสนธิสัญญาไอเอ็นเอฟ ซึ่งทำไว้กับสหภาพโซเวียตในปี 2530", None,
     [("withdraw", "inf", "usa", None, "scheduled"), ("sign", "inf", "usa", "1987", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues (issue 9), sentences of our own: a negation stays in its clause ("อย่างไรก็ตาม"); "คงจะ"
# (would have) is no denial nor schedule; a weekday (เมื่อวันอังคาร) dates its own verb; a description
# (กล่าวหา ... ติดตั้ง) is no event; a signatory word (คู่ลงนาม) names no act.
CASES[CODE] += [
    ("รัสเซียระงับการเข้าร่วมสนธิสัญญานิวสตาร์ท อย่างไรก็ตาม รัสเซียจะไม่ถอนตัวจากสนธิสัญญา", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("หากไม่มีการต่ออายุ สนธิสัญญานิวสตาร์ทคงจะหมดอายุไปแล้วในปี 2021", None,
     [("expire", "new-start", None, "2021", "possible")]),
    # published Thursday 2023-02-23: วันอังคาร is the 21st, วันศุกร์ (the saying) the 17th
    ("สหรัฐฯ เปิดเผยเมื่อวันศุกร์ว่ารัสเซียระงับการเข้าร่วมสนธิสัญญานิวสตาร์ทเมื่อวันอังคาร", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


@pytest.mark.parametrize("text, kinds", [
    ("สหรัฐฯ กล่าวหารัสเซียว่าติดตั้งขีปนาวุธที่ละเมิดสนธิสัญญาไอเอ็นเอฟ", {"deploy"}),
    ("คู่ลงนามสนธิสัญญาห้ามอาวุธนิวเคลียร์เรียกร้องให้สหรัฐฯ เข้าร่วม", {"sign"}),
    ("หากไม่มีการต่ออายุ สนธิสัญญานิวสตาร์ทคงจะหมดอายุไปแล้วในปี 2021", {"expire"}),
])
def test_no_event_is_stated(text: str, kinds: set[str]) -> None:
    stated = ("asserted", "scheduled", "negated")
    assert not {e for e in _events(CODE, text, None) if e[0] in kinds and e[4] in stated}
