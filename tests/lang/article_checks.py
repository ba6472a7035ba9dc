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
