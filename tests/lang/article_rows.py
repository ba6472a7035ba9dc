"""The end-to-end check (article_checks.export_record) as sets of rows: the exported (event, treaty,
actor, date, modality), (speaker, quote) and (language, published)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .article_checks import event_tuples, export_record

Row = tuple[Any, ...]


def ingest_and_export(tmp_path: Path, record: dict[str, str]) -> tuple[set[Row], set[Row], set[Row]]:
    out = export_record(tmp_path, record)
    return (event_tuples(out), {(q["speaker"], q["quote"]) for q in out["quotes"]},
            {(d["language"], d["published"]) for d in out["documents"]})
