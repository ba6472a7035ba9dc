"""Dates in other calendars and numeral systems: Thai Buddhist-era, Solar Hijri, Hijri and Hebrew years;
Chinese, full-width and Arabic-Indic numerals; day-only and weekday dates in Chinese, Japanese and
Korean; day/month order per language (numeric_date_order). Sentences written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from treatywatch.lexicon.load import load_lexicon
from treatywatch.lexicon.types import CalendarUse, LanguagePack, Lexicon
from treatywatch.models import Document, Span
from treatywatch.understand.datecalc import (
    calendar_to_gregorian,
    calendar_year_to_gregorian,
    hebrew_year,
    number_of,
)
from treatywatch.understand.dates import find_dates, resolve_year

LEXICON = Lexicon(treaties=(), states=(), people=(), roles=(), languages={
    "th": LanguagePack(code="th", name="Thai", numeric_date_order="dmy",
                       calendars=(CalendarUse("buddhist", True, ("พ.ศ.",)),)),
    "fa": LanguagePack(code="fa", name="Persian", rtl=True, numeric_date_order="ymd",
                       calendars=(CalendarUse("solar_hijri", True, ("ه.ش", "شمسی")),
                                  CalendarUse("hijri", False, ("ه.ق", "قمری")))),
    "ar": LanguagePack(code="ar", name="Arabic", rtl=True, numeric_date_order="dmy",
                       calendars=(CalendarUse("hijri", False, ("هـ", "هجري")),)),
    "he": LanguagePack(code="he", name="Hebrew", rtl=True, calendars=(CalendarUse("hebrew", False, ("בשנת", "שנת")),)),
    "zh": LanguagePack(code="zh", name="Chinese", numeric_date_order="ymd",
                       date_words={"tuesday": ("週二",), "saturday": ("週六",)}),
    "ja": LanguagePack(code="ja", name="Japanese", numeric_date_order="ymd"),
    "ko": LanguagePack(code="ko", name="Korean", numeric_date_order="ymd"),
    "vi": LanguagePack(code="vi", name="Vietnamese", numeric_date_order="dmy"),
    "id": LanguagePack(code="id", name="Indonesian", numeric_date_order="dmy"),
    "en": LanguagePack(code="en", name="English"),
})


def doc_of(text: str, language: str, published: str | None = None) -> Document:
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?。](?=\s|$)|$)", text, re.MULTILINE)]
    return Document("t", text, language, tuple(spans), published=published,
                    published_how="metadata" if published else "unknown")


def dates(text: str, language: str, published: str | None = None,
          lexicon: Lexicon = LEXICON) -> list[tuple[str, str | None]]:
    found = find_dates(doc_of(text, language, published), lexicon)
    for d in found:
        assert text[d.start:d.end] == d.text
    return [(d.text, d.value) for d in found]


# --- Thai Buddhist era ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("สภาให้สัตยาบันเมื่อ พ.ศ. 2566 หลังการอภิปราย", [("พ.ศ. 2566", "2023")]),
    ("การทดลองครั้งแรกเกิดขึ้นในปี 2505 ที่มหาสมุทร", [("ปี 2505", "1962")]),
    ("ข้อตกลงจะสิ้นสุดวันที่ 5 กุมภาพันธ์ 2569 ตามกำหนด", [("5 กุมภาพันธ์ 2569", "2026-02-05")]),
    ("ประกาศเมื่อ 3/9/2567 ที่กรุงเทพฯ", [("3/9/2567", "2024-09-03")]),
    ("ในปี ค.ศ. 2019 สหรัฐฯ ถอนตัว", [("2019", "2019")]),  # a Common Era year stays as it is
])
def test_thai_buddhist_era(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, "th") == expected


# --- Solar Hijri and Hijri ------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("fa", "وزیر خارجه روز ۲۰ اسفند ۱۴۰۱ به مسکو رفت", None, [("۲۰ اسفند ۱۴۰۱", "2023-03-11")]),
    ("fa", "این قانون در سال ۱۳۹۸ تصویب شد", None, [("سال ۱۳۹۸", "2019")]),
    ("fa", "نشست بعدی در آذر ماه ۱۴۰۳ برگزار می‌شود", None, [("آذر ماه ۱۴۰۳", "2024-12")]),
    ("fa", "بیانیه در تاریخ ۱۴۰۲/۰۱/۰۱ منتشر شد", None, [("۱۴۰۲/۰۱/۰۱", "2023-03-21")]),
    ("fa", "سخنگو روز ۳ خرداد گفت", "2024-06-01", [("۳ خرداد", "2024-05-23")]),
    ("fa", "سخنگو روز ۳ خرداد گفت", None, [("۳ خرداد", None)]),  # a yearless day needs the publication
    ("fa", "سفیر در سال ۱۴۴۵ ه.ق منصوب شد", None, [("سال ۱۴۴۵", "2024")]),  # lunar with its era word
    ("fa", "این پیمان در ۱۹۹۲ امضا شد", None, [("۱۹۹۲", "1992")]),  # a Gregorian year stays
    ("fa", "او با مهر و امضای خود تأیید کرد", None, []),  # مهر, a seal: no month without a number
    ("ar", "صدر القرار في 10 رمضان 1444 هـ", None, [("10 رمضان 1444 هـ", "2023-04-01")]),
    ("ar", "تأسست الوزارة عام 1400 هجري", None, [("عام 1400", "1980")]),
    ("ar", "وقع الاتفاق عام ١٩٨٧", None, [("عام ١٩٨٧", "1987")]),  # Arabic-Indic digits
    ("ar", "لم يبق صفر من الشروط", None, []),  # صفر (zero) is no month alone
])
def test_hijri_calendars(language: str, text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, published) == expected


# --- Hebrew -------------------------------------------------------------------------------------------

def test_hebrew_years_in_letters() -> None:
    assert dates("ההסכם נחתם בשנת תשפ״ג בירושלים", "he") == [("בשנת תשפ״ג", "2023")]
    assert dates("הדיון נערך בשנת ה'תש\"ף", "he") == [("בשנת ה'תש\"ף", "2020")]
    assert dates("נציג ארה״ב אמר", "he") == []  # an acronym with gershayim is no year
    assert hebrew_year("ארה״ב") is None
    assert hebrew_year("תשפ״ד") == 5784
    assert calendar_year_to_gregorian("hebrew", 5784) == 2024


# --- numerals -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("numeral", "value"), [
    ("二〇二三", 2023), ("一九九六", 1996), ("十一", 11), ("二十一", 21), ("三十", 30), ("廿五", 25),
    ("十", 10), ("七", 7), ("２０２６", 2026), ("۱۴۰۲", 1402), ("١٩٨٧", 1987), ("十十", None), ("百", None),
])
def test_numerals(numeral: str, value: int | None) -> None:
    assert number_of(numeral) == value


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "二〇一九年八月二日，条约失效。", [("二〇一九年八月二日", "2019-08-02")]),
    ("zh", "十二月三十一日之前完成。", [("十二月三十一日", "XXXX-12-31")]),
    ("ja", "二〇二一年二月三日に延長された。", [("二〇二一年二月三日", "2021-02-03")]),
    ("zh", "双方于２０１０年４月８日签署。", [("２０１０年４月８日", "2010-04-08")]),
    ("ko", "양국은 2010년 4월 8일 서명했다.", [("2010년 4월 8일", "2010-04-08")]),
])
def test_cjk_and_full_width_numerals(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language) == expected


# --- day-only and weekday dates ---------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("zh", "外交部发言人12日表示反对。", "2024-03-14", [("12日", "2024-03-12")]),
    ("zh", "外交部发言人20日表示反对。", "2024-03-14", [("20日", None)]),  # after publication: unknown month
    ("zh", "外交部发言人12日表示反对。", None, [("12日", None)]),
    ("zh", "代表团将在3日内抵达。", "2024-03-14", []),  # within three days: a count
    ("ja", "外相は8日、会見で述べた。", "2024-03-14", [("8日", "2024-03-08")]),
    ("ja", "会議は5日間続いた。", "2024-03-14", []),
    ("ko", "국방부는 9일 성명을 냈다.", "2024-03-14", [("9일", "2024-03-09")]),
    ("ko", "회담은 3일간 열렸다.", "2024-03-14", []),
    ("zh", "俄方周二宣布暂停。", "2024-03-14", [("周二", "2024-03-12")]),
    ("zh", "俄方星期五宣布暂停。", "2024-03-14", [("星期五", "2024-03-08")]),
    ("zh", "俄方週二宣佈暫停。", "2024-03-14", [("週二", "2024-03-12")]),
    ("ko", "국방부는 화요일 성명을 냈다.", "2024-03-14", [("화요일", "2024-03-12")]),
    ("ja", "外相は火曜日に会見した。", "2024-03-14", [("火曜日", "2024-03-12")]),
])
def test_day_alone_and_weekdays(language: str, text: str, published: str | None,
                                expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, language, published) == expected


# --- day/month order ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("vi", "Ngày 2/8, hai bên gặp nhau.", [("2/8", "XXXX-08-02")]),
    ("vi", "Hội nghị diễn ra ngày 2/8/2019 tại Geneva.", [("2/8/2019", "2019-08-02")]),
    ("vi", "Hiệp ước hết hạn vào tháng 2/2026.", [("tháng 2/2026", "2026-02")]),
    ("id", "Menteri berbicara pada Kamis (7/3) di Jakarta.", [("7/3", "XXXX-03-07")]),
    ("vi", "Tỷ số là 2/8 trong hiệp đầu.", []),  # no day word before: a ratio
])
def test_day_month_order(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language) == expected


def _data_folder(root: Path, language: str) -> Path:
    """A data folder with one language file, as a user writes it: the loader, not the test, builds the pack."""
    (root / "arms_control").mkdir(parents=True)
    (root / "languages").mkdir()
    (root / "arms_control" / "treaties.yaml").write_text(
        "treaties:\n  - slug: new-start\n    parties: [usa]\n    names: {en: [New START]}\n", encoding="utf-8")
    (root / "arms_control" / "actors.yaml").write_text(
        "states:\n  - slug: usa\n    iso: US\n    names: {en: [United States]}\n", encoding="utf-8")
    (root / "languages" / "en.yaml").write_text(language, encoding="utf-8")
    return root


@pytest.mark.parametrize(("order", "expected"), [
    ("numeric_date_order: mdy\n", "2025-03-04"), ("numeric_date_order: dmy\n", "2025-04-03"),
    ("", "2025-04-03"),  # unset: day first
])
def test_day_month_order_is_data(tmp_path: Path, order: str, expected: str) -> None:
    lexicon = load_lexicon(_data_folder(tmp_path, "code: en\nname: English\n" + order))
    assert dates("The vote is on 3/4/2025.", "en", lexicon=lexicon) == [("3/4/2025", expected)]
    # a number over 12 settles the order whatever the data says
    assert dates("The vote is on 13/4/2025.", "en", lexicon=lexicon) == [("13/4/2025", "2025-04-13")]


def test_yearless_forms_resolve_against_publication() -> None:
    assert resolve_year("XXXX-08-02", "2019-08-20") == "2019-08-02"
    assert resolve_year("XXXX-12-31", "2024-01-05") == "2023-12-31"


def test_conversions() -> None:
    assert str(calendar_to_gregorian("solar_hijri", 1402, 7, 15)) == "2023-10-07"
    assert str(calendar_to_gregorian("hijri", 1445, 7, 5)) == "2024-01-17"
    assert str(calendar_to_gregorian("buddhist", 2566, 2, 21)) == "2023-02-21"
    assert calendar_year_to_gregorian("solar_hijri", 1402) == 2023
    assert calendar_year_to_gregorian("buddhist", 1402) is None  # outside the era's modern range


def test_language_data_declares_calendars() -> None:
    lexicon = load_lexicon()
    assert [c.calendar for c in lexicon.language("th").calendars] == ["buddhist"]
    assert "solar_hijri" in [c.calendar for c in lexicon.language("fa").calendars]
    assert lexicon.language("vi").numeric_date_order == "dmy"
    assert dates("ในปี 2535 มีการทดลอง", "th", lexicon=lexicon) == [("ปี 2535", "1992")]
    assert dates("در ۱۵ مهر ۱۴۰۲ اعلام شد", "fa", lexicon=lexicon) == [("۱۵ مهر ۱۴۰۲", "2023-10-07")]
