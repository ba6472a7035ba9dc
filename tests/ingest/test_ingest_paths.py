"""Files, folders and standard input: what is read, in which order, and what is reported."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ingest_helpers import articles, only_article, only_rejected, rejected

from treatywatch.ingest import read_bytes, read_paths
from treatywatch.models import Article

TEXT = "Russia's withdrawal from the Treaty on Open Skies took effect on 18 December 2021."
PAGE = ("<!DOCTYPE html><html lang='fr'><head><title>Ciel ouvert</title></head><body><article><p>Le retrait "
        "de la Russie du traité Ciel ouvert est entré en vigueur le 18 décembre 2021, six mois après sa "
        "notification aux autres États parties.</p></article></body></html>")


def test_folder_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("c.txt", "a.txt", "b/z.txt", "b/a.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    results = list(read_paths([str(tmp_path)]))
    assert [r.source for r in results] == [str(tmp_path / rel) for rel in ("a.txt", "b/a.txt", "b/z.txt", "c.txt")]
    assert [r.id for r in results if isinstance(r, Article)] == ["a", "a", "z", "c"]


def test_folder_reports_files_it_does_not_read(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    results = list(read_paths([str(tmp_path)]))
    skipped = only_rejected(rejected(results))
    assert skipped.reason.startswith("skipped: '.md' is not an article format")
    assert list(articles(results)) == ["story"]


def test_a_named_file_with_an_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "page.dat").write_text(PAGE, encoding="utf-8")
    feed = [json.dumps({"id": f"f{n}", "text": TEXT}) for n in (1, 2)]
    (tmp_path / "feed.log").write_text("\n".join(feed) + "\n", encoding="utf-8")
    (tmp_path / "noext").write_text(TEXT, encoding="utf-8")
    got = articles(list(read_paths([str(tmp_path / n) for n in ("notes.md", "page.dat", "feed.log", "noext")])))
    assert got["notes"].text == TEXT
    assert got["page"].language == "fr" and got["page"].title == "Ciel ouvert"
    assert "<" not in got["page"].text
    assert (got["f1"].line, got["f2"].line) == (1, 2)  # JSON Lines: every line an object
    assert got["noext"].text == TEXT


def test_missing_and_odd_paths(tmp_path: Path) -> None:
    missing = only_rejected(list(read_paths([str(tmp_path / "nope.txt")])))
    assert missing.reason.startswith("cannot read") and missing.article_id == "nope"


def test_stdin_jsonl_is_streamed() -> None:
    lines = [json.dumps({"id": "s1", "text": TEXT}), "{broken", json.dumps({"text": TEXT})]
    results = list(read_paths(["-"], stdin=io.BytesIO(("\n\n" + "\n".join(lines)).encode())))
    assert sorted(articles(results)) == ["s1", "stdin-5"]
    bad = only_rejected(rejected(results))
    assert (bad.source, bad.line) == ("-", 4)


def test_stdin_text_html_and_json() -> None:
    text = only_article(list(read_paths(["-"], stdin=io.BytesIO(TEXT.encode()))))
    assert text.id.startswith("stdin-") and text.source == "-" and text.text == TEXT
    again = only_article(list(read_paths(["-"], stdin=io.BytesIO(TEXT.encode()))))
    assert again.id == text.id  # the same text gets the same id; another text would not
    page = only_article(list(read_paths(["-"], stdin=io.BytesIO(PAGE.encode()))))
    assert page.language == "fr" and "18 décembre 2021" in page.text
    pretty = json.dumps([{"id": "p1", "text": TEXT}, {"text": TEXT}], indent=2).encode()
    assert sorted(articles(list(read_paths(["-"], stdin=io.BytesIO(pretty))))) == ["p1", "stdin-1"]


def test_stdin_empty_and_binary() -> None:
    assert only_rejected(list(read_paths(["-"], stdin=io.BytesIO(b"")))).reason == "empty file"
    png = only_rejected(list(read_paths(["-"], stdin=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"))))
    assert "PNG" in png.reason


def test_stdin_over_the_limit() -> None:
    results = list(read_paths(["-"], stdin=io.BytesIO(TEXT.encode() * 10), max_bytes=100))
    assert only_rejected(results).reason.startswith("too large")


def test_read_bytes_names_the_article_after_the_upload() -> None:
    article = only_article(read_bytes(TEXT.encode(), "upload:story.txt", "story.txt"))
    assert (article.id, article.source) == ("story", "upload:story.txt")


def test_examples_folder(examples_dir: Path) -> None:
    results = list(read_paths([str(examples_dir)]))
    got = articles(results)
    assert len(got) == 14  # 12 files of articles (3 records in one), broken-encoding quarantined
    assert sorted(Path(r.source).name for r in rejected(results)) == ["README.md", "broken-encoding.txt"]
    # The CTBT story in three languages carries one dateline each.
    for lang in ("en", "ru", "ar"):
        assert got[f"ctbt-deratification-{lang}"].published == "2023-11-02"
    assert got["ru-inf-history-cp1251"].text.startswith("Как был подписан Договор")
    assert got["vi-open-skies-us-announcement"].published is None
    assert got["zh-new-start-offer"].published == "2025-09-22"
    assert got["new-start-suspension-law-vi"].language == "vi"
    for article in got.values():
        size = len(article.text) if article.id.startswith("zh-") else len(article.text.split())
        assert (150 <= size <= 600) if article.id.startswith("zh-") else (75 <= size <= 250), article.id
