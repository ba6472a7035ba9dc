"""End-to-end check for tests/lang/test_<code>.py: a short article of our own, ingested and exported with
the command line as a user runs it (`treatywatch ingest` then `export eval`), read back from the files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from treatywatch.cli import cli


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def ingest_and_export(tmp_path: Path, record: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The documents, events and quotes the eval export writes for one JSON ``record``
    ({id, url, text, published})."""
    source = tmp_path / f"{record['id']}.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'lang.db'}"
    for args in (["ingest", str(source)], ["export", "eval", str(tmp_path / "out")]):
        result = CliRunner().invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    return {name: _lines(tmp_path / "out" / f"{name}.jsonl") for name in ("documents", "events", "quotes")}


def event_keys(found: dict[str, list[dict[str, Any]]]) -> set[tuple[Any, ...]]:
    """(event, treaty, actor, date, modality) of every exported event."""
    return {(e["event"], e["treaty"], e["actor"], e["date"], e["modality"]) for e in found["events"]}


def check_article(tmp_path: Path, record: dict[str, str], language: str, events: set[tuple[Any, ...]],
                  speaker: str, quote_start: str) -> None:
    """``record`` is stored in ``language`` with its publication day, gives exactly ``events`` and one
    direct quotation by ``speaker`` that starts with ``quote_start``."""
    found = ingest_and_export(tmp_path, record)
    assert found["documents"] == [{"article": record["id"], "language": language, "published": record["published"]}]
    assert event_keys(found) == events
    assert [(q["speaker"], q["kind"]) for q in found["quotes"]] == [(speaker, "direct")]
    assert found["quotes"][0]["quote"].startswith(quote_start)
