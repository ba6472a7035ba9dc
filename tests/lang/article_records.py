"""End-to-end check for tests/lang/test_<code>.py: a short article of our own, ingested and exported with
the command line as a user runs it (`treatywatch ingest` then `export eval`), read back from the files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .article_checks import event_tuples, export_record


def check_article(tmp_path: Path, record: dict[str, str], language: str, events: set[tuple[Any, ...]],
                  speaker: str, quote_start: str) -> None:
    """``record`` is stored in ``language`` with its publication day, gives exactly ``events`` and one
    direct quotation by ``speaker`` that starts with ``quote_start``."""
    found = export_record(tmp_path, record)
    assert found["documents"] == [{"article": record["id"], "language": language, "published": record["published"]}]
    assert event_tuples(found) == events
    assert [(q["speaker"], q["kind"]) for q in found["quotes"]] == [(speaker, "direct")]
    assert found["quotes"][0]["quote"].startswith(quote_start)
