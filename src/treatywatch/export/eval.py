"""The evaluation export: what treatywatch read from each article, in /work/shared/eval/FORMAT.md.

One folder, five JSON Lines files: documents.jsonl, events.jsonl, quotes.jsonl, facts.jsonl (the record)
and, once stories are stored, stories.jsonl. Always the latest version of every article; rows sorted by
article id, then in text order, so that two exports of the same store are byte for byte the same.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..models import Event
from ..store import Store
from ..store.rows import event_from_row
from ..understand.statements import statements

Row = dict[str, Any]


def documents_rows(store: Store) -> list[Row]:
    # language and published come from the understanding when there is one (store.latest_documents)
    return [{"article": d.article_id, "language": d.language, "published": d.published}
            for d in store.latest_documents()]


def events_rows(store: Store) -> list[Row]:
    """One line per event each article states (understand.statements: repeated mentions of one
    happening are one line; what a text explicitly denies is a statement too, FORMAT.md)."""
    by_article: dict[str, list[Event]] = {}
    for r in store.latest_rows("events"):
        by_article.setdefault(r["article_id"], []).append(event_from_row(r))
    return [{"article": article, "event": e.event, "treaty": e.treaty, "actor": e.actor, "date": e.date,
             "modality": e.modality, "evidence": e.evidence}
            for article, events in by_article.items() for e in statements(events)]


def quotes_rows(store: Store) -> list[Row]:
    """Quotations whose speaker is known: words nobody can be said to have spoken ("the ministry
    said", scare quotes) are kept in the store but are nobody's quote."""
    return [{"article": r["article_id"], "speaker": r["speaker"], "quote": r["text"], "kind": r["kind"]}
            for r in store.latest_rows("quotes") if r["speaker"]]


def facts_rows(store: Store) -> list[Row]:
    """One line per fact of the record as the timeline and the status hold it (know.facts.merge over
    every stored article, in the record's order): what happened or is due when it is confident
    (know/belief.py), and every negated or possible fact. Unconfirmed facts (one source and a date only
    implied, or contradicted by the reference record) stay in the store, listed apart, not exported."""
    from ..know.refresh import record_facts

    return [{"fact": f.id, "event": f.event, "treaty": f.treaty, "actor": f.actor, "date": f.date,
             "modality": f.modality, "articles": list(f.articles)}
            for f in record_facts(store) if f.confident or not f.factual]


def stories_rows(store: Store) -> list[Row]:
    """``{"article", "story"}`` for every article filed into a story (treatywatch.link), by article id."""
    from ..link.store import story_of_articles

    return [{"article": a, "story": st} for a, st in sorted(story_of_articles(store).items())]


def _write_jsonl(path: Path, rows: Iterable[Row]) -> int:
    """Write through a temporary file and rename, so a reader never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def export_eval(store: Store, out_dir: Path) -> dict[str, int]:
    """Write the evaluation files into ``out_dir`` (created if need be); lines written per file.

    A stories.jsonl left there by an earlier export is removed when this store has filed no article
    into a story, or the scorer would read stories that are not this store's."""
    files: dict[str, list[Row]] = {
        "documents.jsonl": documents_rows(store),
        "events.jsonl": events_rows(store),
        "quotes.jsonl": quotes_rows(store),
        "facts.jsonl": facts_rows(store),
    }
    stories = stories_rows(store)
    if stories:
        files["stories.jsonl"] = stories
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        written = {name: _write_jsonl(out_dir / name, rows) for name, rows in files.items()}
        if "stories.jsonl" not in files:
            (out_dir / "stories.jsonl").unlink(missing_ok=True)
    except OSError as e:
        raise ExportError(f"cannot write the export to {out_dir}: {e.strerror or e}") from None
    return written
