"""End-to-end check for tests/lang/test_<code>.py: a short article of our own through `treatywatch ingest`
and `treatywatch export eval`, read back as the scorer reads it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from treatywatch.cli import cli

from .scope_checks import Event


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def export_record(tmp_path: Path, record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The documents, events and quotes `export eval` writes for one JSON ``record`` {id, url, text,
    published}, ingested with the command line as a user runs it. The one end-to-end path of every
    tests/lang/test_<code>.py (the article_* modules beside this one only shape its answer)."""
    article = tmp_path / f"{record['id']}.json"
    article.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'articles.db'}"
    out = tmp_path / "out"
    for args in (["ingest", str(article)], ["export", "eval", str(out)]):
        result = CliRunner().invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    return {name: _rows(out / f"{name}.jsonl") for name in ("documents", "events", "quotes")}


def event_tuples(exported: dict[str, list[dict[str, Any]]]) -> set[tuple[Any, ...]]:
    """(event, treaty, actor, date, modality) of every exported event."""
    return {(e["event"], e["treaty"], e["actor"], e["date"], e["modality"]) for e in exported["events"]}


def ingest_and_export(tmp_path: Path, ident: str, text: str, published: str | None) -> dict[str, list[dict[str, Any]]]:
    """The documents, events and quotes `export eval` writes for one article {id, url, text, published}."""
    return export_record(tmp_path, {"id": ident, "url": f"https://example.org/{ident}", "text": text,
                                    "published": published})


def check_article(tmp_path: Path, code: str, text: str, published: str, present: Sequence[Event],
                  absent: Sequence[tuple[str, str]], speakers: set[tuple[str, str]]) -> None:
    """The article is read as ``code`` on its publication day; every event of ``present`` is exported,
    none whose (event, modality) is in ``absent``; the quotes are exactly ``speakers`` (speaker, kind)."""
    out = ingest_and_export(tmp_path, f"{code}-own", text, published)
    assert out["documents"] == [{"article": f"{code}-own", "language": code, "published": published}]
    found = event_tuples(out)
    assert set(present) <= found, f"{set(present) - found} not in {found}"
    wrong = {e for e in found if (e[0], e[4]) in set(absent)}
    assert not wrong, f"{code}: {wrong} should not be exported"
    assert {(q["speaker"], q["kind"]) for q in out["quotes"]} == speakers
