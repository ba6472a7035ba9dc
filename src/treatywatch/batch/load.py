"""A shard's Parquet table into the store, in bulk, in one transaction with its manifest row.

Decisions are ``ingest``'s, made for a whole shard with a few queries: content already stored under
its id is ``unchanged`` (nothing written), other content under a known id is the next version, the
rest is new. New rows are written a table at a time: PostgreSQL through COPY, SQLite through one
executemany per table inside the shard's transaction. The shard's row in ``batch_shards`` is written
in the same transaction, so a shard is loaded exactly once, however the run was stopped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from ..models import Rejected, Span
from ..store import Store
from ..store import schema as s
from ..store.bulk import NewVersion, write_versions
from ..store.rows import clean
from .shards import Shard


@dataclass(frozen=True)
class Loaded:
    new: int
    versions: int
    unchanged: int
    quarantined: int
    skipped: int
    by_language: dict[str, int]


def finished_shards(store: Store) -> set[str]:
    t = s.batch_shards
    with store._begin() as conn:
        return set(conn.execute(select(t.c.shard_id)).scalars())


def _known(conn: Connection, ids: Sequence[str]) -> tuple[dict[tuple[str, str], tuple[int, bool]], dict[str, int]]:
    """(id, hash) -> (pk, understood) and id -> latest version, for the ids of a shard."""
    a, u = s.articles, s.understandings
    pairs: dict[tuple[str, str], tuple[int, bool]] = {}
    latest: dict[str, int] = {}
    unique = sorted(set(ids))
    for i in range(0, len(unique), 500):
        chunk = unique[i:i + 500]
        q = (select(a.c.article_id, a.c.content_hash, a.c.pk, a.c.version, u.c.article_pk.is_not(None))
             .outerjoin(u, u.c.article_pk == a.c.pk).where(a.c.article_id.in_(chunk)))
        for article_id, digest, pk, version, understood in conn.execute(q):
            pairs[(article_id, digest)] = (pk, bool(understood))
            latest[article_id] = max(latest.get(article_id, 0), version)
    return pairs, latest


def load_shard(store: Store, shard: Shard, table: Any, *, clock: Callable[[], str] | None = None,
               on_rejected: Callable[[str], None] = lambda _m: None) -> Loaded:
    """Load one shard's rows (a pyarrow table from ``work.understand_shard``) and mark it finished."""
    now = (clock or store._clock)()
    rows = table.to_pylist()
    counts = {"new": 0, "version": 0, "unchanged": 0, "quarantined": 0, "skipped": 0}
    languages: dict[str, int] = {}
    with store.batch(), store._begin() as conn:
        if conn.execute(select(s.batch_shards.c.shard_id).where(s.batch_shards.c.shard_id == shard.shard_id)
                        ).first() is not None:
            return Loaded(0, 0, 0, 0, 0, {})   # loaded by a run before: nothing twice
        articles = [r for r in rows if r["kind"] == "article"]
        pairs, latest = _known(conn, [r["article_id"] for r in articles])
        fresh: list[tuple[dict[str, Any], int]] = []
        late: list[tuple[int, dict[str, Any]]] = []   # stored before but never understood
        for r in rows:
            if r["kind"] != "article":
                rejected = Rejected(r["source"], r["reason"] or "", r["line"], r["article_id"], r["payload"] or b"",
                                    skipped=r["kind"] == "skipped")
                if rejected.skipped:
                    counts["skipped"] += 1
                    on_rejected(rejected.message())
                else:
                    store.quarantine(rejected)
                    counts["quarantined"] += 1
                    on_rejected(f"quarantined: {rejected.message()}")
                continue
            key = (r["article_id"], r["content_hash"])
            u = json.loads(r["understanding"])
            languages[u["language"]] = languages.get(u["language"], 0) + 1
            if key in pairs:
                pk, understood = pairs[key]
                counts["unchanged"] += 1
                if not understood:
                    late.append((pk, r))
                    pairs[key] = (pk, True)
                continue
            version = latest.get(r["article_id"], 0) + 1
            latest[r["article_id"]] = version
            pairs[key] = (-1, True)
            fresh.append((r, version))
            counts["new" if version == 1 else "version"] += 1
        write_versions(conn, [_new_version(r, version, now) for r, version in fresh])
        for pk, r in late:
            store.save_understanding(pk, understanding_of(r))
        conn.execute(insert(s.batch_shards).values(
            shard_id=shard.shard_id, source=shard.source, articles=len(articles),
            quarantined=counts["quarantined"], finished_at=datetime.now(UTC).isoformat(timespec="seconds")))
    return Loaded(counts["new"], counts["version"], counts["unchanged"], counts["quarantined"], counts["skipped"],
                  languages)


def _new_version(r: dict[str, Any], version: int, now: str) -> NewVersion:
    """What ``Store.add_versions`` writes for this article, its document and its understanding."""
    row = clean({
        "article_id": r["article_id"], "version": version, "content_hash": r["content_hash"],
        "source": r["source"], "line": r["line"], "url": r["url"],
        "title": r["title"] if r["title"] is not None else r["doc_title"],
        "language": r["language"] or r["doc_language"] or "und",
        "language_how": "metadata" if r["language"] else "identified",
        "published": r["doc_published"], "published_how": r["doc_published_how"],
        "text": r["text"], "original": r["original"], "ingested_at": now,
    })
    u = json.loads(r["understanding"])
    head = clean({"language": u["language"], "published": u["published"], "published_how": u["published_how"],
                  "understood_at": now})
    return NewVersion(row, [tuple(span) for span in json.loads(r["sentences"])], head, u["rows"])


def understanding_of(r: dict[str, Any]) -> Any:
    """The Understanding of one Parquet row (for the rare article stored before but not understood)."""
    from ..store.rows import understanding_from_rows

    u = json.loads(r["understanding"])
    return understanding_from_rows(r["article_id"], u, u["rows"])


def sentences_of(r: dict[str, Any]) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in json.loads(r["sentences"]))
