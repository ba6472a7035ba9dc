"""End to end for tests/lang/test_<code>.py: one short article of our own, ingested and exported
through the command line (`treatywatch ingest` then `export eval`), as a user would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from treatywatch.cli import cli

Row = tuple[Any, ...]


def _rows(path: Path, keys: tuple[str, ...]) -> set[Row]:
    return {tuple(json.loads(line)[k] for k in keys) for line in path.read_text(encoding="utf-8").splitlines() if line}


def ingest_and_export(tmp_path: Path, record: dict[str, str]) -> tuple[set[Row], set[Row], set[Row]]:
    """The exported (event, treaty, actor, date, modality), (speaker, quote) and (language, published)."""
    source = tmp_path / f"{record['id']}.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    runner = CliRunner()
    for args in (["ingest", str(source)], ["export", "eval", str(tmp_path / "out")]):
        result = runner.invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    return (_rows(out / "events.jsonl", ("event", "treaty", "actor", "date", "modality")),
            _rows(out / "quotes.jsonl", ("speaker", "quote")),
            _rows(out / "documents.jsonl", ("language", "published")))
