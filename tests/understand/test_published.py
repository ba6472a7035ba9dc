"""infer_published: the publication date from the text's own dates, only when they pin it down."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from treatywatch.understand.dates import find_dates
from treatywatch.understand.published import infer_published

from .test_dates import LEXICON, doc_of  # tests/understand is on sys.path (rootdir-relative, no package)


def infer(text: str, language: str = "en") -> tuple[str | None, str]:
    doc = doc_of(text, language)
    return infer_published(doc, find_dates(doc, LEXICON))


def seed(shared: Path, prefix: str) -> str:
    path = next((shared / "seeds/articles").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8").strip()


def corpus(shared: Path, name: str) -> dict[str, str]:
    record: dict[str, str] = json.loads((shared / "corpus/articles" / f"{name}.json").read_text(encoding="utf-8"))
    return record


def test_metadata_wins() -> None:
    doc = doc_of("January 27th, local time, talks. It expires on February 5, 2021.", "en", "2021-01-28")
    assert infer_published(doc, find_dates(doc, LEXICON)) == ("2021-01-28", "metadata")


def test_seed_001_lead_date_pinned_by_the_expiry(shared_dir: Path) -> None:
    # "January 27th, local time, ..." has no year; "February 5, 2021", nine days later, gives it
    assert infer(seed(shared_dir, "001")) == ("2021-01-27", "inferred")


@pytest.mark.parametrize(("prefix", "language"), [("000", "ar"), ("003", "vi")])
def test_seeds_without_a_lead_date_stay_unknown(shared_dir: Path, prefix: str, language: str) -> None:
    assert infer(seed(shared_dir, prefix), language) == (None, "unknown")


def test_seed_002_dateline(shared_dir: Path) -> None:
    assert infer(seed(shared_dir, "002")) == ("2024-07-09", "dateline")  # "Tuesday 9 July 2024 - 06:04"


@pytest.mark.parametrize(("name", "language"), [("d06", "ru"), ("d07", "en"), ("d10", "de")])
def test_corpus_articles_without_a_date_stay_unknown(shared_dir: Path, name: str, language: str) -> None:
    # d06 "сообщило 22 ноября" (no year anywhere), d07 "on Monday", d10 "am Dienstagabend"
    assert infer(corpus(shared_dir, name)["text"], language) == (None, "unknown")


def test_corpus_d01_dateline_and_lead(shared_dir: Path) -> None:
    text = corpus(shared_dir, "d01")["text"]
    assert infer(text) == ("2021-02-03", "dateline")                  # "3 Feb 2021 17:56"
    body = text.split("\n", 1)[1].strip()                                # without it: "MOSCOW. Feb 3 (Interfax) -"
    assert infer(body) == ("2021-02-03", "inferred")                  # pinned by "On February 3, 2021"


def test_corpus_d02_dateline_line(shared_dir: Path) -> None:
    record = corpus(shared_dir, "d02")
    doc = doc_of(record["text"], "en")
    assert infer_published(doc, find_dates(doc, LEXICON)) == ("2021-02-03", "dateline")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("MOSCOW, February 3, 2021 - Russia and the United States exchanged notes.", "en", ("2021-02-03", "dateline")),
    ("МОСКВА, 3 февраля. /ТАСС/. Договор продлен. Стороны обменялись нотами 3 февраля 2021 года.", "ru",
     ("2021-02-03", "inferred")),
    ("موسكو - 3 فبراير: تبادلت روسيا والولايات المتحدة المذكرات، بعد مكالمة 26 يناير 2021.", "ar",
     ("2021-02-03", "inferred")),
    ("WASHINGTON, Dec 30 (Reuters) - The talks will resume on January 10, 2022.", "en",
     ("2021-12-30", "inferred")),                                         # the year before the dated event
    # a dateline whose time follows a short word ("at", sl "ob")
    ("Treaty talks end\n9 July 2024 at 06:04\n\nThe talks ended without a deal.", "en", ("2024-07-09", "dateline")),
])
def test_datelines_and_leads(text: str, language: str, expected: tuple[str, str]) -> None:
    assert infer(text, language) == expected


@pytest.mark.parametrize("text", [
    # an event, not a dateline: the paragraph opens with a preposition
    "On January 26, Putin and Biden talked. The treaty expires on February 5, 2021.",
    # a full date opening a paragraph is an event's date unless a place name stands before it
    "February 21, 2023: Putin announced the suspension of New START.",
    # the lead date fits two years equally: February 2021 and February 2023 are both near
    "February 3, local time, talks. On February 5, 2021 it expired; on February 1, 2023 it was suspended.",
    # nothing close enough: a year and a half away
    "July 9, local time, Ryabkov said talks were over. On February 21, 2023, Putin suspended the treaty.",
    # a weekday or a month is no publication date
    "Putin said on Monday that he was ready. In July 2021, talks resumed.",
])
def test_conservative(text: str) -> None:
    assert infer(text) == (None, "unknown")


def test_inferred_date_resolves_relative_words(shared_dir: Path) -> None:
    doc = doc_of(seed(shared_dir, "001"), "en")
    published, how = infer_published(doc, find_dates(doc, LEXICON))
    again = find_dates(replace(doc, published=published, published_how=how), LEXICON)
    assert [(d.text, d.value) for d in again if d.relative] == [("today", "2021-01-27")]


def test_a_month_of_background_pins_no_year() -> None:
    # "Feb 6" beside "entered into force in February 2011": fifteen years early if the month pinned it
    text = ("MOSCOW, Feb 6 (Reuters) - Russia said on Friday it was no longer bound by the treaty.\n"
            "The treaty entered into force in February 2011 and was extended in 2021.")
    assert infer(text) == (None, "unknown")
    pinned = text.replace("in February 2011", "on 3 February 2026")
    assert infer(pinned) == ("2026-02-06", "inferred")  # a day three days before pins it
