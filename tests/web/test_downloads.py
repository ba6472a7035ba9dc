"""Data out: every list as CSV at its path with `.csv`, with the list's filters, streamed a page at a
time, every cell safe to open in a spreadsheet (article text is untrusted)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from web_helpers import TOKEN

from treatywatch.cli import cli
from treatywatch.know.tables import columns, csv_lines, safe_cell
from treatywatch.web import downloads

# (CSV path, JSON twin, the list's kind, the JSON field the CSV's first id column holds)
LISTS = [("/timeline.csv", "/api/timeline", "timeline", "fact", "id"),
         ("/quotes.csv", "/api/quotes", "quotes", "article", "article"),
         ("/articles.csv", "/api/articles", "articles", "article_id", "article_id"),
         ("/events.csv", "/api/events", "events", "article_id", "article_id"),
         ("/stories.csv", "/api/stories", "stories", "story_id", "story_id"),
         ("/conflicts.csv", "/api/conflicts", "conflicts", "id", "id"),
         ("/api/facts.csv", "/api/facts", "facts", "fact", "id")]


def table(response: Any) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text)))


def everything(api: Any, path: str, **query: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = api.get(path, params={**query, "limit": 100, "offset": offset}).json()
        items += page["items"]
        offset = page["next_offset"]
    return items


def unsafe(cell: str) -> bool:
    return cell[:1] in ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(("path", "twin", "kind", "column", "field"), LISTS)
def test_each_list_downloads_whole_as_its_json_twin_lists_it(api: Any, path: str, twin: str, kind: str,
                                                             column: str, field: str) -> None:
    r = api.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.headers["content-disposition"] == f'attachment; filename="treatywatch-{kind}.csv"'
    rows = table(r)
    assert list(rows[0]) == list(columns(kind)) if rows else r.text.startswith(",".join(columns(kind)))
    listed = everything(api, twin)
    assert [row[column] for row in rows] == [str(item[field]) for item in listed]
    assert not any(unsafe(cell) for row in rows for cell in row.values())
    # the same download under /api, and a page of it with limit and offset
    assert api.get(f"/api{path}" if not path.startswith("/api") else path).text == r.text
    if len(rows) > 3:
        part = table(api.get(path, params={"limit": 2, "offset": 1}))
        assert [row[column] for row in part] == [row[column] for row in rows[1:3]]


def test_event_evidence_comes_out_whole_and_safe(api: Any) -> None:
    rows = table(api.get("/api/events.csv"))
    listed = everything(api, "/api/events")
    assert len(rows) == len(listed) > 10
    for row, item in zip(rows, listed, strict=True):
        assert row["evidence"] == safe_cell(item["evidence"])
        assert row["evidence"].removeprefix("'") == item["evidence"] if unsafe(item["evidence"]) \
            else row["evidence"] == item["evidence"]


def test_filters_are_the_lists_own(api: Any) -> None:
    facts = everything(api, "/api/timeline")
    treaty = facts[0]["treaty"]
    picked = table(api.get("/timeline.csv", params={"treaty": treaty}))
    assert picked and {row["treaty"] for row in picked} == {treaty}
    assert len(picked) == len(everything(api, "/api/timeline", treaty=treaty)) < len(facts)
    english = table(api.get("/events.csv", params={"lang": "en"}))
    assert english and {row["language"] for row in english} == {"en"}
    dated = sorted(row["published"] for row in table(api.get("/articles.csv")) if row["published"])
    since = dated[len(dated) // 2][:10]
    recent = table(api.get("/articles.csv", params={"since": since}))
    assert recent and all(row["published"][:10] >= since for row in recent) and len(recent) < len(dated)


def test_a_bad_filter_is_a_400_before_any_csv(api: Any) -> None:
    r = api.get("/api/timeline.csv", params={"treaty": "new-strat"})
    assert r.status_code == 400 and "new-start" in r.json()["error"]
    page = api.get("/quotes.csv", params={"since": "not a day"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert api.get("/api/quotes.csv", params={"limit": 0}).status_code == 400


def test_a_download_is_read_a_page_at_a_time(api: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = api.get("/api/events.csv").text
    monkeypatch.setattr(downloads, "CHUNK", 3)
    assert api.get("/api/events.csv").text == whole
    assert len(table(api.get("/api/events.csv", params={"limit": 7}))) == 7


def test_list_pages_link_their_csv_with_their_filters(api: Any) -> None:
    page = api.get("/timeline", params={"lang": "en", "limit": 5, "offset": 5}).text
    assert 'href="/timeline.csv?lang=en" download' in page
    assert "This list as CSV" not in api.get("/").text


def test_an_uploaded_formula_comes_out_as_text(writer: Any) -> None:
    title = '=HYPERLINK("http://attacker.example","open me")'
    record = {"id": "formula-title", "title": title, "language": "en", "published": "2024-05-06",
              "text": "@SUM(1+1) Lawmakers in Moscow voted on Tuesday to suspend the treaty on open skies."}
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    assert writer.post("/api/articles", content=json.dumps(record), headers=auth).status_code == 201
    [row] = [r for r in table(writer.get("/articles.csv")) if r["article_id"] == "formula-title"]
    assert row["title"] == "'" + title


def test_safe_cells() -> None:
    assert [safe_cell(v) for v in ("=1+2", "+7", "-3", "@x", "\tA", "plain", None, True, ["a", "b"], 4)] == [
        "'=1+2", "'+7", "'-3", "'@x", "'\tA", "plain", "", "true", "a b", "4"]
    lines = list(csv_lines(("a", "b"), [("x,y", 'say "no"'), ("=cmd", "ок")]))
    assert lines == ["a,b\r\n", '"x,y","say ""no"""\r\n', "'=cmd,ок\r\n"]


def test_the_command_lines_csv_is_as_safe(copy_url: str, tmp_path: Path) -> None:
    def tw(*args: str) -> str:
        result = CliRunner().invoke(cli, ["--db", copy_url, *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    article = tmp_path / "formula-cli.txt"
    article.write_text("=1+1 Russia suspended its participation in the New START treaty on Tuesday.", "utf-8")
    tw("ingest", str(article))
    listed = json.loads(tw("events", "--json", "--limit", "1000"))
    rows = list(csv.DictReader(io.StringIO(tw("events", "--csv", "--limit", "1000"))))
    assert len(rows) == len(listed) > 10
    assert [r["evidence"] for r in rows] == [safe_cell(x["evidence"]) for x in listed]
    mine = [r["evidence"] for r in rows if r["article"] == "formula-cli"]
    assert mine and all(e.startswith("'=1+1 Russia") for e in mine)
