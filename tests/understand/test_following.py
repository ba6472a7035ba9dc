"""A state that went first (understand/following.py): "After Russia, on 29 January, the United
States also ratified it" states Russia's act too, dated by the day set off beside it; nothing else is
lent. Sentences of our own, through the real pipeline, in prepositional and postpositional languages."""

from __future__ import annotations

import pytest

from tests.understand.test_record_cues import events


def acts(text: str, language: str, event: str,
         published: str | None = "2021-02-04") -> set[tuple[str | None, str | None]]:
    return {(e.actor, e.date) for e in events(text, language, published) if e.event == event}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "After Russia, on 29 January, the United States also extended New START."),
    ("ro", "După Rusia, pe 29 ianuarie, și Statele Unite au prelungit tratatul New START."),
    ("fr", "Après la Russie, le 29 janvier, les États-Unis ont aussi prolongé le traité New START."),
    ("es", "Después de Rusia, el 29 de enero, Estados Unidos también prorrogó el tratado New START."),
])
def test_the_state_that_went_first_acted_on_its_own_day(language: str, text: str) -> None:
    found = acts(text, language, "extend")
    assert ("russia", "2021-01-29") in found
    assert not any(actor == "usa" and date == "2021-01-29" for actor, date in found)
    assert any(actor == "usa" for actor, _ in found)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Like Russia, the United States also suspended the INF Treaty."),
    ("ru", "Вслед за Россией, США тоже приостановили Договор о РСМД."),
    ("de", "Wie Russland, setzten auch die USA den INF-Vertrag aus."),
    ("tr", "Rusya'nın ardından, ABD de INF Antlaşması'nı askıya aldı."),
    ("hi", "रूस के बाद, अमेरिका ने भी आईएनएफ संधि को निलंबित कर दिया।"),
    ("ko", "러시아에 이어, 미국도 INF 조약 이행을 중단했다."),
    ("ja", "ロシアに続き、米国もINF条約の履行を停止した。"),
    ("ar", "بعد روسيا، علقت الولايات المتحدة أيضا مشاركتها في معاهدة القوى النووية متوسطة المدى."),
    ("fa", "پس از روسیه، آمریکا نیز مشارکت خود در پیمان منع موشک‌های هسته‌ای میان‌برد را تعلیق کرد."),
])
def test_without_a_day_the_first_act_is_undated(language: str, text: str) -> None:
    found = acts(text, language, "suspend")
    assert ("russia", None) in found
    assert any(actor == "usa" for actor, _ in found)


def test_around_the_state_in_chinese() -> None:
    found = acts("继俄罗斯之后，美国也暂停履行《中导条约》。", "zh", "suspend")
    assert {actor for actor, _ in found} >= {"russia", "usa"}


@pytest.mark.parametrize(("text", "why"), [
    ("After Russia, the United States extended New START.", "no 'also': the subject does not repeat an act"),
    ("After Russia's refusal, the United States also extended New START.", "the state is no opening phrase"),
    ("The talks with Russia went on; after Russia the United States also extended New START.", "no comma"),
])
def test_nothing_is_lent_without_the_construction(text: str, why: str) -> None:
    found = acts(text, "en", "extend")
    assert not any(actor == "russia" for actor, _ in found), why
    assert any(actor == "usa" for actor, _ in found)
