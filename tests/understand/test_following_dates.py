"""A "following year" word counts from the date before it, not from publication (翌年, 次年, 이듬해, năm sau
đó, ปีถัดมา); with no dated anchor it dates nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand


def events(text: str, language: str, published: str | None = None) -> set[tuple[str, str | None]]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), published,
                   "metadata" if published else "unknown")
    return {(e.event, e.date) for e in understand(doc, lexicon).events}


@pytest.mark.parametrize("language, text", [
    ("ja", "新戦略兵器削減条約は2010年に署名され、翌年発効した。"),
    ("zh", "《新削减战略武器条约》于2010年签署，次年生效。"),
    ("ko", "신전략무기감축조약은 2010년 서명됐고 이듬해 발효됐다."),
    ("vi", "Hiệp ước New START được ký năm 2010 và có hiệu lực vào năm sau đó."),
    ("th", "สนธิสัญญานิวสตาร์ทลงนามในปี 2010 และมีผลบังคับใช้ในปีถัดมา"),
])
def test_the_following_year_counts_from_the_date_before_it(language: str, text: str) -> None:
    # published in 2023: "next year" would be 2024; the following year of 2010 is 2011
    found = events(text, language, "2023-02-23")
    assert ("sign", "2010") in found and ("enter_into_force", "2011") in found, found


def test_the_following_day_and_month() -> None:
    lexicon = load_lexicon()
    text = "条約は2023年12月31日に署名され、翌日に公表され、翌月に発効した。"
    doc = Document("t", text, "ja", split_sentences(text, lexicon.language("ja")), None, "unknown")
    assert [d.value for d in understand(doc, lexicon).dates] == ["2023-12-31", "2024-01-01", "2024-01"]


def test_without_a_dated_anchor_it_dates_nothing() -> None:
    lexicon = load_lexicon()
    text = "ロシアは翌年、新戦略兵器削減条約から脱退した。"
    doc = Document("t", text, "ja", split_sentences(text, lexicon.language("ja")), "2023-02-23", "metadata")
    assert [d.value for d in understand(doc, lexicon).dates] == []
