"""End-to-end check for a language pack: an article of our own, ingested and exported as the CLI does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from treatywatch.cli import cli


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def ingest_and_export(tmp_path: Path, article_id: str, text: str,
                      published: str | None) -> dict[str, list[dict[str, Any]]]:
    """``treatywatch ingest`` of one JSON record, then ``export eval``: the exported files, by name."""
    record = tmp_path / f"{article_id}.json"
    record.write_text(json.dumps({"id": article_id, "url": f"https://example.org/{article_id}", "text": text,
                                  "published": published}, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'e2e.db'}"
    runner = CliRunner()
    ingested = runner.invoke(cli, ["--db", db, "ingest", str(record)])
    assert ingested.exit_code == 0, ingested.output
    exported = runner.invoke(cli, ["--db", db, "export", "eval", str(tmp_path / "out")])
    assert exported.exit_code == 0, exported.output
    return {name: _jsonl(tmp_path / "out" / f"{name}.jsonl") for name in ("documents", "events", "quotes")}


def events_of(files: dict[str, list[dict[str, Any]]]) -> set[tuple[Any, ...]]:
    return {(e["event"], e["treaty"], e["actor"], e["date"], e["modality"]) for e in files["events"]}
