"""JSON and JSON Lines records, good and broken, one bad record never spoiling the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import articles, only_article, only_rejected, rejected

from treatywatch.ingest import read_bytes, read_paths

TEXT = "Russia and the United States extended New START on 3 February 2021 for five years."


def _json(value: object, name: str = "r.json") -> list:
    return read_bytes(json.dumps(value, ensure_ascii=False).encode(), name, name)


def test_jsonl_with_one_bad_line(bad_dir: Path) -> None:
    results = list(read_paths([str(bad_dir / "one-bad-line.jsonl")]))
    good = articles(results)
    assert sorted(good) == ["ok-1", "ok-4", "one-bad-line-3"]  # ids from the record, else stem-line
    assert [good[i].line for i in ("ok-1", "one-bad-line-3", "ok-4")] == [1, 3, 5]
    assert (good["ok-1"].published, good["ok-1"].published_how) == ("2023-02-28", "url")
    assert (good["one-bad-line-3"].published, good["one-bad-line-3"].published_how) == ("2023-02-21", "metadata")
    assert "revoke the ratification" in good["ok-4"].text  # an 'html' record goes through trafilatura
    [bad] = rejected(results)
    assert bad.line == 2 and "line 2" in bad.reason and "malformed JSON" in bad.reason
    assert bad.message().startswith(f"{bad_dir / 'one-bad-line.jsonl'}:2: ")
    assert b"unterminated" in bad.payload


def test_record_without_text(bad_dir: Path) -> None:
    bad = only_rejected(list(read_paths([str(bad_dir / "no-text.json")])))
    assert bad.reason == "record has no 'text' or 'html' (one of them is required)"
    assert bad.article_id == "no-text"
    assert json.loads(bad.payload)["title"] == "A record without a body"


def test_record_with_non_string_text(bad_dir: Path) -> None:
    results = list(read_paths([str(bad_dir / "text-not-string.json")]))
    bad = rejected(results)[0]
    assert bad.reason == "item 0: field 'text' is a JSON number, not a string"
    assert bad.article_id == "numeric"
    assert list(articles(results)) == ["text-not-string-1"]  # the list goes on; index-numbered id


def test_single_record_metadata() -> None:
    article = only_article(_json({"id": "d99", "url": "https://example.org/2020/11/22/x", "title": " Open  Skies ",
                                  "text": TEXT, "published": "2021-02-03T10:00:00+03:00", "language": "en-US"}))
    assert (article.id, article.title, article.language) == ("d99", "Open Skies", "en")
    assert (article.published, article.published_how) == ("2021-02-03", "metadata")  # metadata before url


def test_record_ids_and_defaults() -> None:
    assert only_article(_json({"text": TEXT}, "one.json")).id == "one"
    assert only_article(_json({"id": 42, "text": TEXT})).id == "42"
    assert only_article(_json({"id": "  ", "text": TEXT}, "blank.json")).id == "blank"
    bad = only_rejected(_json({"id": {"x": 1}, "text": TEXT}))
    assert bad.reason == "field 'id' is a JSON object, not a string"
    lines = "\n".join(json.dumps({"text": TEXT}) for _ in range(3)).encode()
    assert [a.id for a in read_bytes(lines, "f.jsonl", "feed.jsonl")] == ["feed-1", "feed-2", "feed-3"]


def test_unusable_metadata_is_ignored_not_fatal() -> None:
    article = only_article(_json({"text": TEXT, "published": "yesterday", "language": "English", "title": 5,
                                  "url": "https://example.org/2021/02/03/new-start"}))
    assert (article.published, article.published_how) == ("2021-02-03", "url")
    assert article.language is None and article.title is None


def test_text_wins_over_html() -> None:
    article = only_article(_json({"text": TEXT, "html": "<html><body><p>Other words</p></body></html>"}))
    assert article.text == TEXT


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ([], "JSON list holds no records"),
        ("just a string", "record is a JSON string, not an object"),
        ({"text": "   \n "}, "record's 'text'/'html' is empty"),
        ({"html": ["<p>"]}, "field 'html' is a JSON array, not a string"),
    ],
)
def test_bad_records(value: object, reason: str) -> None:
    assert only_rejected(_json(value)).reason == reason


def test_malformed_json_file_names_its_line() -> None:
    bad = only_rejected(read_bytes(b'{\n "id": "x",\n "text": "a" "b"\n}', "x.json", "x.json"))
    assert bad.line == 3 and bad.reason.startswith("malformed JSON:")


def test_json_lines_saved_as_json_are_read() -> None:
    data = "\n".join(json.dumps({"id": f"r{n}", "text": TEXT}) for n in range(2)).encode()
    assert sorted(articles(read_bytes(data, "x.json", "x.json"))) == ["r0", "r1"]


def test_jsonl_edge_lines(tmp_path: Path) -> None:
    data = b"\n".join([
        b"\xef\xbb\xbf" + json.dumps({"id": "bom", "text": TEXT}).encode(),  # BOM on the first line
        b"[1, 2]",
        b'{"id": "latin1", "text": "trait\xe9"}',  # JSON Lines are UTF-8: not guessed at
        b"   ",
        json.dumps({"id": "last", "text": TEXT}).encode(),
    ])
    results = read_bytes(data, "x.jsonl", "x.jsonl")
    assert sorted(articles(results)) == ["bom", "last"]
    reasons = {r.line: r.reason for r in rejected(results)}
    assert reasons == {2: "record is a JSON array, not an object",
                       3: "line 3 is not valid UTF-8 (byte 0xe9 at byte 31 of the line)"}


def test_empty_jsonl() -> None:
    assert only_rejected(read_bytes(b"\n\n  \n", "e.jsonl", "e.jsonl")).reason.startswith("no records")
    assert only_rejected(read_bytes(b"", "e.jsonl", "e.jsonl")).reason == "empty file"


def test_jsonl_streams_with_a_limit_per_record(tmp_path: Path) -> None:
    small = json.dumps({"id": "small", "text": TEXT})
    huge = json.dumps({"id": "huge", "text": "x" * 5000})
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([small, huge, small.replace("small", "again")]) + "\n", encoding="utf-8")
    results = list(read_paths([str(path)], max_bytes=1000))  # the file is over the limit, no record is
    assert sorted(articles(results)) == ["again", "small"]
    bad = only_rejected(rejected(results))
    assert (bad.line, bad.reason, bad.article_id) == (2, "line 2 is over the size limit", "dump-2")


def test_line_separator_inside_a_json_string_is_not_a_line_break() -> None:
    rows = [{"id": f"r{n}", "text": f"New START\u2028{TEXT}"} for n in range(2)]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    for name in ("x.json", "x.jsonl", "x.dat"):
        assert sorted(articles(read_bytes(data, name, name))) == ["r0", "r1"], name
