"""An article of our own through the command line: `treatywatch ingest`, then `export eval` (the files of
/work/shared/eval/FORMAT.md), and what a careful reader would record of it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from treatywatch.cli import cli

EventRow = tuple[str, str | None, str | None, str | None, str]   # event, treaty, actor, date, modality


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_article(tmp: Path, article_id: str, text: str, published: str, language: str,
                  events: list[EventRow], quotes: list[tuple[str, str]]) -> None:
    """The article is read as ``language``; every event of ``events`` and every (speaker, quote) of
    ``quotes`` is exported."""
    source = tmp / f"{article_id}.json"
    source.write_text(json.dumps({"id": article_id, "url": f"https://example.org/{article_id}", "text": text,
                                  "published": published}, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp / 'c.db'}"
    runner = CliRunner()
    ingest = runner.invoke(cli, ["--db", db, "ingest", str(source)])
    assert ingest.exit_code == 0, ingest.output
    out = tmp / "out"
    export = runner.invoke(cli, ["--db", db, "export", "eval", str(out)])
    assert export.exit_code == 0, export.output
    documents = _rows(out / "documents.jsonl")
    assert [(d["article"], d["language"], d["published"]) for d in documents] == [(article_id, language, published)]
    found = {(e["event"], e["treaty"], e["actor"], e["date"], e["modality"]) for e in _rows(out / "events.jsonl")}
    for event in events:
        assert event in found, f"{event} not in {sorted(found, key=str)}"
    said = {(q["speaker"], q["quote"]) for q in _rows(out / "quotes.jsonl")}
    for quote in quotes:
        assert quote in said, f"{quote} not in {said}"
