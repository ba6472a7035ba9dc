"""Thai: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

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
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("สหรัฐฯ อาจถอนตัวจากสนธิสัญญาไอเอ็นเอฟ", None, [("withdraw", "inf", "usa", None, "possible")]),
    # a round year after ปี
    ("รัสเซียให้สัตยาบันสนธิสัญญาห้ามทดลองอาวุธนิวเคลียร์โดยสมบูรณ์ในปี 2000", None,
     [("ratify", "ctbt", "russia", "2000", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
