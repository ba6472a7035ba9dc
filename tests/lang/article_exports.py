"""End-to-end checks for tests/lang/test_<code>.py: a short article of our own, ingested and exported
(`treatywatch ingest` then `export eval`) as a user would, read back from the eval files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from treatywatch.cli import cli


def ingest_and_export(tmp_path: Path, record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The eval export (documents, events, quotes) of one JSON record {id, url, text, published}."""
    source = tmp_path / f"{record['id']}.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'article.db'}"
    out = tmp_path / "eval"
    for args in (["ingest", str(source)], ["export", "eval", str(out)]):
        result = CliRunner().invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    return {name: [json.loads(line) for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                   if line]
            for name in ("documents", "events", "quotes")}


def event_rows(exported: dict[str, list[dict[str, Any]]]) -> set[tuple[Any, ...]]:
    """(event, treaty, actor, date, modality) of every exported event."""
    return {(e["event"], e["treaty"], e["actor"], e["date"], e["modality"]) for e in exported["events"]}


def check_article(tmp_path: Path, code: str, text: str, published: str, events: list[tuple[Any, ...]],
                  denials: list[tuple[str, str, str]], quotes: list[tuple[str, str]]) -> None:
    """``text`` (an article of our own, with a dateline and no date in its address) is read as ``code``,
    published on ``published``, with these ``events`` among its events, these denials (event, treaty,
    actor: a denial may carry any date, FORMAT.md), no factual test, and exactly these ``quotes``."""
    exported = ingest_and_export(tmp_path, {"id": f"{code}_own", "url": f"https://example.{code}/world/treaty",
                                            "text": text, "published": None})
    assert exported["documents"] == [{"article": f"{code}_own", "language": code, "published": published}]
    found = event_rows(exported)
    for event in events:
        assert tuple(event) in found, f"{event} not in {found}"
    for denial in denials:
        assert (*denial, "negated") in {(e[0], e[1], e[2], e[4]) for e in found}, found
    assert not {e for e in found if e[0] == "test" and e[4] in ("asserted", "scheduled")}, found
    assert [(q["speaker"], q["quote"]) for q in exported["quotes"]] == quotes
