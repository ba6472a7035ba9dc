"""find_dates and resolve_year: real sentences in eleven languages, the shared seeds and corpus.

The language packs are built here by hand (date_words as data/languages/<code>.yaml gives them):
the month and weekday names come from dateparser's own tables, as in production.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatywatch.lexicon.types import LanguagePack, Lexicon
from treatywatch.models import DateMention, Document, Span
from treatywatch.understand.dates import find_dates, resolve_year

LEXICON = Lexicon(treaties=(), states=(), people=(), roles=(), languages={
    "en": LanguagePack(code="en", name="English", future=("will", "is to", "plans to"),
                       date_words={"today": ("today",), "yesterday": ("yesterday",), "last_month": ("last month",)}),
    "ar": LanguagePack(code="ar", name="Arabic", rtl=True, future=("سوف", "ستعقد")),
    "vi": LanguagePack(code="vi", name="Vietnamese", future=("sẽ",),
                       date_words={"last_month": ("tháng trước",), "this_month": ("tháng này",)}),
    "ru": LanguagePack(code="ru", name="Russian", suffix_tolerance=3, future=("будет",)),
    "uk": LanguagePack(code="uk", name="Ukrainian", suffix_tolerance=3),
    "de": LanguagePack(code="de", name="German", ordinal_dot=True, future=("wird",)),
    "fr": LanguagePack(code="fr", name="French", date_words={"last_week": ("la semaine passée",)}),
    "es": LanguagePack(code="es", name="Spanish"),
    "tr": LanguagePack(code="tr", name="Turkish"),
    "fa": LanguagePack(code="fa", name="Persian", rtl=True),
    "zh": LanguagePack(code="zh", name="Chinese"),
    "ja": LanguagePack(code="ja", name="Japanese", date_words={"short_year": ("年に",)}),
    "ta": LanguagePack(code="ta", name="Tamil"),
})


def doc_of(text: str, language: str, published: str | None = None) -> Document:
    """A document with one sentence per line or per sentence-final stop (enough for these tests)."""
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?。](?=\s|$)|$)", text, re.MULTILINE)]
    return Document("t", text, language, tuple(spans), published=published,
                    published_how="metadata" if published else "unknown")


def dates(text: str, language: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(doc_of(text, language, published), LEXICON)]


def check_offsets(doc: Document, found: tuple[DateMention, ...]) -> None:
    last = 0
    for d in found:
        assert doc.text[d.start:d.end] == d.text
        assert d.start >= last, "sorted and non-overlapping"
        last = d.end


# --- absolute dates, at the precision stated -------------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "On February 21, 2023, Russian President Vladimir Putin announced his decision.",
     [("February 21, 2023", "2023-02-21")]),
    ("en", "Signed in 2010 and enacted in 2011, it was extended for five years in 2021.",
     [("2010", "2010"), ("2011", "2011"), ("2021", "2021")]),
    ("en", "the Agreement to extend the Treaty of April 8, 2010 (New START)", [("April 8, 2010", "2010-04-08")]),
    ("en", "MOSCOW (UrduPoint News / Sputnik - 03rd February, 2021) The agreement entered into force",
     [("03rd February, 2021", "2021-02-03")]),
    ("en", "MOSCOW. Feb 3 (Interfax) - Russia and the United State exchanged notes",
     [("Feb 3", "XXXX-02-03")]),
    ("en", "January 27th, local time, in the negotiation of the Treaty", [("January 27th", "XXXX-01-27")]),
    ("en", "In May 2019 the talks stalled; they resumed in July.", [("May 2019", "2019-05"), ("July", "XXXX-07")]),
    ("ar", "في 21 فبراير 2023، أعلن بوتين أن موسكو ستعلق مشاركتها في معاهدة ستارت الجديدة.",
     [("21 فبراير 2023", "2023-02-21")]),
    ("ar", "الموقعة بين الاتحاد السوفيتي والولايات المتحدة الأمريكية في عام 1987. "
           "في عام 2019، انسحبت الولايات المتحدة.",
     [("عام 1987", "1987"), ("عام 2019", "2019")]),
    ("ar", "لذلك، في 18 أكتوبر 2023 اعتمد مجلس الدوما قانونا", [("18 أكتوبر 2023", "2023-10-18")]),
    ("vi", "Nga phát động chiến dịch quân sự tại Ukraine vào tháng 2/2022.", [("tháng 2/2022", "2022-02")]),
    ("vi", "Hiệp ước hết hạn vào ngày 5 tháng 2 năm 2026, sau cuộc bầu cử ngày 22/11/2020.",
     [("5 tháng 2 năm 2026", "2026-02-05"), ("22/11/2020", "2020-11-22")]),
    ("vi", "các giới hạn hiện tại hết hạn vào năm 2026.", [("năm 2026", "2026")]),
    ("ru", "В ночь на 22 ноября США завершили процедуру выхода. Об этом объявили 22 мая.",
     [("22 ноября", "XXXX-11-22"), ("22 мая", "XXXX-05-22")]),
    ("ru", "Договор истекает 5 февраля 2026 года, а в 2023 году Россия приостановила участие.",
     [("5 февраля 2026", "2026-02-05"), ("2023", "2023")]),
    ("ru", "В июле 2023 года и снова в августе стороны встречались.",
     [("июле 2023", "2023-07"), ("августе", "XXXX-08")]),
    ("uk", "Договір продовжили 3 лютого 2021 року, а у 2019 році США вийшли з ДРСМД.",
     [("3 лютого 2021", "2021-02-03"), ("2019", "2019")]),
    ("de", "Am 5. Februar 2026 läuft der Vertrag aus. Seit 2023 ruht er. Im März sprach Putin.",
     [("5. Februar 2026", "2026-02-05"), ("2023", "2023"), ("März", "XXXX-03")]),
    ("fr", "Le traité a été prolongé le 3 février 2021, et le 1er mars 2022 Moscou a réagi.",
     [("3 février 2021", "2021-02-03"), ("1er mars 2022", "2022-03-01")]),
    ("es", "El tratado se prorrogó el 3 de febrero de 2021 y vence en febrero de 2026.",
     [("3 de febrero de 2021", "2021-02-03"), ("febrero de 2026", "2026-02")]),
    ("tr", "Anlaşma 3 Şubat 2021 tarihinde uzatıldı; görüşmeler Temmuz'da başladı.",
     [("3 Şubat 2021", "2021-02-03"), ("Temmuz'da", "XXXX-07")]),
    ("fa", "در ۲۱ فوریه ۲۰۲۳ پوتین تعلیق مشارکت روسیه را اعلام کرد و در سال ۲۰۱۹ آمریکا خارج شد.",
     [("۲۱ فوریه ۲۰۲۳", "2023-02-21"), ("سال ۲۰۱۹", "2019")]),
    ("zh", "2021年2月3日，俄美交换照会，条约将于2月5日到期，并于2026年失效。",
     [("2021年2月3日", "2021-02-03"), ("2月5日", "XXXX-02-05"), ("2026年", "2026")]),
    # the year first, then the month's name (and a day)
    ("ta", "ஒப்பந்தம் 2026 பிப்ரவரி 5 அன்று காலாவதியாகும்; 2011 மார்ச் மாதம் பேச்சுவார்த்தை தொடங்கியது.",
     [("2026 பிப்ரவரி 5", "2026-02-05"), ("2011 மார்ச்", "2011-03")]),
])
def test_absolute_dates(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language) == expected


def test_precision_follows_the_text() -> None:
    found = find_dates(doc_of("in 2019, in July 2019, on 3 July 2019, on 3 July", "en"), LEXICON)
    assert [(d.value, d.precision) for d in found] == [
        ("2019", "year"), ("2019-07", "month"), ("2019-07-03", "day"), ("XXXX-07-03", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty is due to expire on 5/2/2026.", "2026-02-05"),     # corpus/d08: day first by default
    ("Talks on 25/1/2021 and again on 5/2/2021.", "2021-02-05"),     # 25/1 settles day first
    ("Talks on 1/25/2021 and again on 2/5/2021.", "2021-02-05"),     # 1/25 settles month first
    ("Signed 2021-02-03 in Moscow.", "2021-02-03"),
    ("Signed 5. 2. 2011 in Moscow.", "2011-02-05"),                  # sl, hr, cs: a space after each dot
])
def test_numeric_dates(text: str, expected: str) -> None:
    assert dates(text, "en")[-1][1] == expected


def test_numeric_order_is_data() -> None:
    us = LanguagePack(code="en", name="English", numeric_date_order="mdy")  # data: numeric_date_order
    lexicon = Lexicon((), (), (), (), {"en": us})
    assert [d.value for d in find_dates(doc_of("due on 2/5/2026.", "en"), lexicon)] == ["2026-02-05"]
    assert [d.value for d in find_dates(doc_of("due on 5/2/2026.", "en"), lexicon)] == ["2026-05-02"]


# --- unknown year stays unknown --------------------------------------------------------------

@pytest.mark.parametrize("published", [None, "2023-09-15"])
def test_a_month_without_year_stays_xxxx(published: str | None) -> None:
    text = "Hồi tháng 7, Mỹ đề xuất mở các cuộc đàm phán về \"khuôn khổ\" khi các giới hạn hết hạn vào năm 2026."
    found = find_dates(doc_of(text, "vi", published), LEXICON)
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("tháng 7", "XXXX-07", "month"), ("năm 2026", "2026", "year")]


@pytest.mark.parametrize(("value", "published", "expected"), [
    ("XXXX-02-05", "2021-01-27", "2021-02-05"),   # seeds/001: the expiry nine days ahead
    ("XXXX-12-28", "2021-01-05", "2020-12-28"),   # December, read in early January: last year's
    ("XXXX-01-10", "2021-12-20", "2022-01-10"),   # January, read in late December: next year's
    ("XXXX-07", "2023-09-15", "2023-07"),
    ("XXXX-11", "2023-09-15", "2023-11"),
    ("XXXX-12", "2023-09-15", "2022-12"),
    ("XXXX-02-29", "2021-03-01", "2020-02-29"),   # only a leap year has it
    ("XXXX-07", None, "XXXX-07"),
    ("2019-07", "2023-09-15", "2019-07"),
])
def test_resolve_year(value: str, published: str | None, expected: str) -> None:
    assert resolve_year(value, published) == expected


# --- relative dates: the publication date, never the clock ------------------------------------

def test_relative_words_resolve_against_publication() -> None:
    text = "Today, Wednesday, the United States extended the treaty. Last week, Russia ratified it."
    found = find_dates(doc_of(text, "en", "2021-02-03"), LEXICON)
    assert [(d.text, d.value, d.precision, d.relative) for d in found] == [
        ("Today, Wednesday", "2021-02-03", "day", True), ("Last week", "2021-01", "month", True)]


def test_relative_words_without_publication_stay_unresolved() -> None:
    text = "Today, Wednesday, the United States extended the treaty. Yesterday, last month and next year too."
    found = find_dates(doc_of(text, "en"), LEXICON)
    assert [d.text for d in found] == ["Today, Wednesday", "Yesterday", "last month", "next year"]
    assert all(d.relative and d.value is None for d in found)
    assert [d.precision for d in found] == ["day", "day", "month", "year"]


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("en", "Russia said yesterday it would respond; last month it had warned; next year it votes.", "2021-03-01",
     [("yesterday", "2021-02-28"), ("last month", "2021-02"), ("next year", "2022")]),
    ("vi", "Moskva cân nhắc đề xuất mà Washington gửi vào tháng trước. Peskov trong tháng này cho biết.",
     "2023-09-15", [("tháng trước", "2023-08"), ("tháng này", "2023-09")]),
    ("ru", "Во вторник МИД заявил, что сегодня ответа не будет. Вчера об этом сообщили.", "2021-02-03",
     [("вторник", "2021-02-02"), ("сегодня", "2021-02-03"), ("Вчера", "2021-02-02")]),
    ("ar", "أعلن يوم الثلاثاء أن اليوم لا رد. وفي الشهر الماضي قال ذلك.", "2021-02-03",
     [("الثلاثاء", "2021-02-02"), ("اليوم", "2021-02-03"), ("الشهر الماضي", "2021-01")]),
    ("fr", "Ce mardi, Paris a réagi; la semaine passée, rien.", "2021-02-03",
     [("mardi", "2021-02-02"), ("la semaine passée", "2021-01")]),
    ("de", "So das Außenministerium am Dienstagabend; heute Morgen gab es nichts Neues.", "2021-02-03",
     [("Dienstagabend", "2021-02-02"), ("heute", "2021-02-03")]),
    ("zh", "星期三，美国宣布延长条约。今天俄方回应。", "2021-02-03",
     [("星期三", "2021-02-03"), ("今天", "2021-02-03")]),
])
def test_relative_words_in_several_languages(language: str, text: str, published: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin declared at a meeting on Monday that he was prepared.", "2021-02-01"),   # Monday before
    ("Putin declared on Wednesday that he was prepared.", "2021-02-03"),             # publication day
    ("Talks will be held on Thursday in Geneva.", "2021-02-04"),                    # ahead: a future marker
    ("He said last Wednesday that talks were over.", "2021-01-27"),
    ("Talks resume next Wednesday.", "2021-02-10"),
])
def test_weekdays(text: str, expected: str) -> None:
    assert [v for _, v in dates(text, "en", "2021-02-03")] == [expected]


def test_duration_is_not_a_relative_date() -> None:
    # "5 năm sau" is five years later (after something else: no date), "2 tháng trước" two months ago:
    # not next year, not last month, but the month two months back (understand/dateago.py)
    assert dates("Hiệp ước hết hạn 5 năm sau, ký 2 tháng trước.", "vi", "2021-02-03") == [
        ("2 tháng trước", "2020-12")]


def test_a_year_of_two_digits() -> None:
    # ja news writes "19年" once the century is plain; "50年に及ぶ" (fifty years long) is no year
    assert dates("19年に失効した条約", "ja", "2024-07-29") == [("19年", "2019")]
    assert dates("98年に署名した条約", "ja", "2024-07-29") == [("98年", "1998")]
    assert dates("50年に及ぶ核軍縮", "ja", "2024-07-29") == []
    assert dates("19年に失効した条約", "ja", None) == []   # no publication: no century to give it


def test_a_year_before_a_relative_date_is_no_count() -> None:
    # "the treaty of 1987 last year": a year, then last year; a count would make a duration
    assert dates("They left the treaty of 1987 last year.", "en", "2020-10-21") == [
        ("1987", "1987"), ("last year", "2019")]


# --- false dates rejected ---------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("en", "We may march on, said Theresa May; it will sun itself, we hope."),
    ("en", "the total does not exceed 700 missiles, 1,550 warheads and 800 launchers"),
    ("en", "Story Code : 1146609"),
    ("en", "the 2000 troops, Resolution 2094, a $2012 bill, the 1990s, up 2015 % and 1 950 000 people"),
    ("en", "He speaks on Sundays. Sundays are quiet."),
    ("vi", "Tên lửa đạn đạo liên lục địa RS 12M Topol của Nga, lần thứ ba."),
    ("ru", "Договор объединяет 35 стран; окружающая среда и окружающую среду; 2000 военных."),
    ("ar", "مارس الضغط على موسكو."),
    ("de", "Die Montage dauert; am Morgen kamen 2000 Soldaten."),
    ("tr", "Pazar yerinde aralık bırakıldı."),
])
def test_false_dates_rejected(language: str, text: str) -> None:
    assert dates(text, language, "2021-02-03") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("the 2011 package of ratification", ["2011"]),
    ("In 2000, the treaty was ratified.", ["2000"]),
    ("limits until 2010-2011 and 2021–2026", ["2010", "2011", "2021", "2026"]),
])
def test_bare_years(text: str, expected: list[str]) -> None:
    assert [v for _, v in dates(text, "en")] == expected


# --- the shared articles ----------------------------------------------------------------------

def _shared_documents(shared: Path) -> list[Document]:
    languages = {}
    for gold in ("seeds/gold/documents.jsonl", "corpus/gold/documents.jsonl"):
        for line in (shared / gold).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            languages[row["article"]] = row["language"]
    docs = []
    for path in sorted((shared / "seeds/articles").glob("*.txt")):
        docs.append(doc_of(path.read_text(encoding="utf-8").strip(), languages[path.stem]))
    for path in sorted((shared / "corpus/articles").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        docs.append(doc_of(record["text"], languages[record["id"]], record.get("published")))
    return docs


def test_shared_articles(shared_dir: Path) -> None:
    found = {d.text[:30]: find_dates(d, LEXICON) for d in _shared_documents(shared_dir)}
    for doc in _shared_documents(shared_dir):
        check_offsets(doc, find_dates(doc, LEXICON))
    values = {key: [(d.text, d.value) for d in ds] for key, ds in found.items()}
    seed001 = next(v for k, v in values.items() if k.startswith("January 27th"))
    assert seed001 == [("January 27th", "XXXX-01-27"), ("today", None), ("2011", "2011"),
                       ("January 26", "XXXX-01-26"), ("2010", "2010"), ("February 5, 2021", "2021-02-05")]
    seed002 = next(v for k, v in values.items() if k.startswith("Tuesday 9 July"))
    assert seed002 == [("Tuesday 9 July 2024", "2024-07-09"), ("February 21, 2023", "2023-02-21"),
                       ("February 28, 2023", "2023-02-28"), ("2019", "2019")]
    seed003 = next(v for k, v in values.items() if k.startswith("“Tôi không"))
    assert seed003 == [("tháng trước", None), ("tháng này", None), ("tháng 7", "XXXX-07"),
                       ("năm 2026", "2026"), ("tháng 2/2022", "2022-02")]
    d02 = next(v for k, v in values.items() if k.startswith("UrduPoint"))
    assert ("Wed 03rd February 2021", "2021-02-03") in d02 and ("February 3", "XXXX-02-03") in d02
    assert all(value != "1550" and value != "0700" for _, value in d02)
    d05 = next(v for k, v in values.items() if k.startswith("Вашингтон"))
    assert d05 == [("воскресенье, 22 ноября", "XXXX-11-22"), ("Сегодня", None)]
    d08 = next(v for k, v in values.items() if k.startswith("President Vladimir Putin, spea"))
    assert d08 == [("today", "2025-09-22"), ("5/2/2026", "2026-02-05"), ("2010", "2010"), ("2011", "2011"),
                   ("2021", "2021"), ("5/2/2026", "2026-02-05")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,./-:\n年月日") + [
    "May ", "Today", "Wednesday", "February ", "2021", "фев", "مارس ", "tháng ", "1er ", "de ", "th"]),
    max_size=40).map("".join),
       st.sampled_from(sorted(LEXICON.languages)), st.sampled_from([None, "2021-02-03"]))
def test_offsets_hold_on_any_text(text: str, language: str, published: str | None) -> None:
    doc = doc_of(text, language, published)
    found = find_dates(doc, LEXICON)
    check_offsets(doc, found)
    for d in found:
        assert d.value is None or re.fullmatch(r"(\d{4}|XXXX)(-\d{2}(-\d{2})?)?", d.value)
        assert d.value is not None or d.relative
        if d.relative and published is None:
            assert d.value is None  # nothing from the clock
        if d.value and not d.relative and not d.value.startswith("XXXX"):
            assert d.value[:4] in d.text  # a year only when the text states it


def test_a_date_word_is_not_read_inside_a_word_after_a_vowel_sign() -> None:
    """Hindi कल ("yesterday"/"tomorrow") ends निकल ("went out"); the vowel sign ि before it is part of
    the word, though re's \\w leaves it out."""
    from .helpers import read

    found = read("अमेरिका 2019 में संधि से बाहर निकल गया।", "hi").dates
    assert [d.text for d in found] == ["2019"]


def test_a_year_after_the_hebrew_maqaf_and_after_a_year_word_of_the_language_data() -> None:
    # the maqaf ־ joins a prefix to a number as a hyphen does; ur "سنہ" is a year word the data adds
    assert dates("ההסכם שנחתם ב־2015 ושנחתם ב-1987.", "he") == [("2015", "2015"), ("1987", "1987")]
    lexicon = Lexicon(treaties=(), states=(), people=(), roles=(), languages={
        "ur": LanguagePack(code="ur", name="Urdu", rtl=True, date_words={"year": ("سنہ",)})})
    found = find_dates(doc_of("روس نے سنہ 2000 میں توثیق کی۔", "ur"), lexicon)
    assert [d.value for d in found] == ["2000"]




def test_a_year_first_with_its_year_word_and_a_month_is_one_date() -> None:
    # kk "2011 жылғы 5 ақпанда", az "2023-cü ilin fevralında": the year, its word (with a case ending; az
    # writes an ordinal suffix after a hyphen, a year word of the data that starts with one), then the month
    lexicon = Lexicon(treaties=(), states=(), people=(), roles=(), languages={
        "kk": LanguagePack(code="kk", name="Kazakh", suffix_tolerance=3),
        "az": LanguagePack(code="az", name="Azerbaijani", suffix_tolerance=3,
                           date_words={"year": ("-ci il", "-cı il", "-cu il", "-cü il")}),
        "tr": LanguagePack(code="tr", name="Turkish", suffix_tolerance=3)})

    def values(text: str, language: str) -> list[str | None]:
        return [d.value for d in find_dates(doc_of(text, language), lexicon)]

    assert values("Шарт 2011 жылғы 5 ақпанда күшіне енді.", "kk") == ["2011-02-05"]
    assert values("Ресей 2023 жылғы ақпанда қатысуын тоқтата тұрды.", "kk") == ["2023-02"]
    assert values("Saziş 2010-cu ildə imzalanıb, 2023-cü il fevralın 21-də dayandırılıb.", "az") == [
        "2010", "2023-02-21"]
    assert values("Antlaşma 2023 yılı Şubat ayında askıya alındı.", "tr") == ["2023-02"]
    # a year with its word and no month after it stays a year; a decade ("1990-х годах") is none
    assert values("Ресей 2010 жылы 3 зымыран сынады.", "kk") == ["2010"]
    assert dates("В 1990-х годах Россия сократила арсенал.", "ru") == []

@pytest.mark.parametrize("language, text, mention, expected", [
    # a weekday with its date in brackets is one date, the bracketed day's
    ("en", "The State Department said on Wednesday (February 3) that the treaty was extended.",
     "Wednesday (February 3", "XXXX-02-03"),
    ("ro", "Statele Unite au validat prelungirea, a anunțat miercuri (3 februarie) secretarul de stat.",
     "miercuri (3 februarie", "XXXX-02-03"),
])
def test_a_weekday_with_its_date_in_brackets_is_one_date(language: str, text: str, mention: str,
                                                         expected: str) -> None:
    assert dates(text, language) == [(mention, expected)]


def test_a_thai_month_abbreviation_does_not_hide_inside_words() -> None:
    from treatywatch.lexicon import load_lexicon
    from treatywatch.models import Document
    from treatywatch.text.sentences import split_sentences
    from treatywatch.understand import understand
    lexicon = load_lexicon()
    # มีคลัง "has a stockpile" starts with the letters of มีค (March, written without its dots)
    text = "สหรัฐฯ มีคลังอาวุธนิวเคลียร์มากที่สุด และลงนามสนธิสัญญาในเดือนมีนาคม 2563"
    doc = Document("t", text, "th", split_sentences(text, lexicon.language("th")), None, "unknown")
    values = [d.value for d in understand(doc, lexicon).dates]
    assert "XXXX-03" not in values and "2020-03" in values


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fa", "این قانون روز دوشنبه ۲۹ مه منتشر شد.", "XXXX-05-29"),
    ("hi", "रूस ने 5 मई को संधि निलंबित की।", "XXXX-05-05"),
    ("hi", "यह 12 जून को लागू हुआ।", "XXXX-06-12"),
])
def test_a_two_letter_month_stands_beside_its_day(language: str, text: str, expected: str) -> None:
    assert expected in [value for _, value in dates(text, language)]


def test_a_two_letter_month_joined_to_a_verb_is_no_month() -> None:
    # "می‌شود" (becomes): the verbal prefix می, joined by a zero-width non-joiner, is no May
    assert dates("تعداد آنها ۳ می‌شود.", "fa") == []


HUNGARIAN = Lexicon(treaties=(), states=(), people=(), roles=(), languages={
    "hu": LanguagePack(code="hu", name="Hungarian", suffix_tolerance=3, ordinal_dot=True, numeric_date_order="ymd",
                       date_words={"year": ("ben", "ban", "ig"), "february": ("februárjában",)}),
})


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # year first, with its ordinal dot: the year is the date's own
    ("A szerződés 2011. február 5-én lépett hatályba.", "2011. február 5", "2011-02-05"),
    ("Oroszország 2023 februárjában felfüggesztette.", "2023 februárjában", "2023-02"),
    # a year takes its case ending after a hyphen when the language lists it among its year words
    ("Az USA 2019-ben kilépett.", "2019", "2019"),
])
def test_year_first_dates_and_hyphenated_case_endings(text: str, mention: str, expected: str) -> None:
    doc = Document("t", text, "hu", (Span(0, len(text)),), None, "unknown")
    assert [(d.text, d.value) for d in find_dates(doc, HUNGARIAN)] == [(mention, expected)]


def test_a_year_glued_to_another_ending_is_no_year() -> None:
    # "az 1990-es évek" (the 1990s): -es is no year word
    text = "Az 1990-es években."
    assert find_dates(Document("t", text, "hu", (Span(0, len(text)),), None, "unknown"), HUNGARIAN) == ()


def test_year_first_month_dates_only_where_dates_run_year_first() -> None:
    # English does not read "2011. February 5" as one date: the year ends its sentence
    assert ("2011. February 5", "2011-02-05") not in dates("It was 2011. February 5 was a Saturday.", "en")


def test_a_year_word_with_its_dot_and_a_year_with_an_ordinal_dot() -> None:
    # lt "2023 m. vasario 21 d." (the year word abbreviated with a dot), lv "2023. gada 21. februārī" (the year
    # with its ordinal dot): the year, its word, then the day and month are one date; a time after the month
    # is no day ("2024. gada 14. marts 10:32")
    lexicon = Lexicon(treaties=(), states=(), people=(), roles=(), languages={
        "lt": LanguagePack(code="lt", name="Lithuanian", suffix_tolerance=3, numeric_date_order="ymd",
                           date_words={"year": ("m.", "metų")}),
        "lv": LanguagePack(code="lv", name="Latvian", suffix_tolerance=3, ordinal_dot=True,
                           date_words={"year": ("gada", "gadā"), "february": ("februārī",), "march": ("martā",)})})

    def mentions(text: str, language: str) -> list[tuple[str, str | None]]:
        return [(d.text, d.value) for d in find_dates(doc_of(text, language), lexicon)]

    assert mentions("Rusija 2023 m. vasario 21 d. sustabdė dalyvavimą.", "lt") == [
        ("2023 m. vasario 21 d", "2023-02-21")]
    assert mentions("Sutartis baigsis 2026 m. vasario mėn.", "lt") == [("2026 m. vasario", "2026-02")]
    # the day's abbreviated word belongs to the date: a dateline "2024 m. kovo 14 d. 10:32" is a date alone
    assert [value for _, value in mentions("2024 m. kovo 14 d. 10:32", "lt")] == ["2024-03-14"]
    assert mentions("Krievija 2023. gada 21. februārī apturēja dalību.", "lv") == [
        ("2023. gada 21. februārī", "2023-02-21")]
    assert mentions("Līgums beigsies 2026. gada februārī.", "lv") == [("2026. gada februārī", "2026-02")]
    assert mentions("2024. gada 14. marts 10:32", "lv") == [("2024. gada 14. marts", "2024-03-14")]


def test_this_weekday_is_the_publication_weeks() -> None:
    # written on Monday 2 February 2026: "this Thursday" is the 5th, "last Thursday" the 29th of January
    assert dates("The treaty lapses this Thursday; it was signed last Thursday.", "en", "2026-02-02") == [
        ("this Thursday", "2026-02-05"), ("last Thursday", "2026-01-29")]


def test_a_year_right_after_a_comma_that_follows_a_word_is_a_date() -> None:
    # Chinese often types the ASCII comma, unspaced: the year after it is a year; after a digit it is a number
    assert dates("条约于1992年签署,2002年起生效。", "zh") == [("1992年", "1992"), ("2002年", "2002")]
    assert dates("Signed in Helsinki,2002 saw it enter into force.", "en") == [("2002", "2002")]
    assert dates("Die Summe betrug 1,2002 Millionen.", "de") == []

