"""What a worker does with one shard: read it, understand every article, and hand back one Parquet
table (bytes), so that nothing but a shard's description goes out and one file comes back.

Pure (no store, no clock): the understanding is ``understand(doc, lexicon)`` itself, through
``pipeline.read_article``; the linker's fingerprint and sketch are made here too, from the record
``link.store.record_for`` gives (what ``record_of`` would read back once the article is stored).

One row per input item, in reading order: ``kind`` is ``article`` (stored, understood, filed),
``rejected`` (quarantined) or ``skipped`` (reported only).
"""

from __future__ import annotations

import io
import json
import resource
import time
from dataclasses import dataclass
from typing import Any

from ..models import Article, Rejected, Understanding
from .shards import Shard, read_shard

COLUMNS = ("kind", "article_id", "source", "line", "text", "original", "content_hash", "title", "url",
           "language", "published", "published_how", "doc_language", "doc_title", "doc_published",
           "doc_published_how", "sentences", "understanding", "fingerprint", "sketch", "reason", "payload")


@dataclass(frozen=True)
class ShardResult:
    shard_id: str
    parquet: bytes
    articles: int
    rejected: int
    seconds: float
    max_rss: int          # the worker process's peak resident size, bytes


def understanding_json(u: Understanding) -> str:
    from ..store.rows import table_rows

    return json.dumps({"language": u.language, "published": u.published, "published_how": u.published_how,
                       "rows": table_rows(u)}, ensure_ascii=False)


def _rejected_row(r: Rejected, reason: str | None = None) -> dict[str, Any]:
    from ..store.rows import clean

    return clean({"kind": "skipped" if r.skipped else "rejected", "article_id": r.article_id, "source": r.source,
            "line": r.line, "reason": reason or r.reason, "payload": r.payload})


def _article_row(a: Article) -> dict[str, Any]:
    from ..link import prepare
    from ..link.duplicates import sketch_bytes
    from ..link.store import record_for
    from ..link.storeindex import _dump
    from ..pipeline import read_article
    from ..store.rows import clean

    res = read_article(a)
    if res.error is not None or res.document is None or res.understanding is None:
        return _rejected_row(Rejected(a.source, res.error or "not understood", a.line, a.id,
                                      a.original.encode("utf-8", "surrogatepass")))
    doc, u = res.document, res.understanding
    fp, sk = prepare(record_for(a, doc, u))
    return clean({
        "kind": "article", "article_id": a.id, "source": a.source, "line": a.line, "text": a.text,
        "original": a.original, "content_hash": a.content_hash, "title": a.title, "url": a.url,
        "language": a.language, "published": a.published, "published_how": a.published_how,
        "doc_language": doc.language, "doc_title": doc.title, "doc_published": doc.published,
        "doc_published_how": doc.published_how,
        "sentences": json.dumps([[sp.start, sp.end] for sp in doc.sentences]),
        "understanding": understanding_json(u), "fingerprint": _dump(fp),
        "sketch": sketch_bytes(sk) if sk is not None else None,
    })


def schema() -> Any:
    import pyarrow as pa

    types = {"line": pa.int64(), "sketch": pa.binary(), "payload": pa.binary()}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def understand_shard(shard: Shard) -> ShardResult:
    """Read and understand one shard; its rows as Parquet bytes (zstd-compressed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    start = time.perf_counter()
    rows: list[dict[str, Any]] = []
    for item in read_shard(shard):
        rows.append(_article_row(item) if isinstance(item, Article) else _rejected_row(item))
    columns = {c: [r.get(c) for r in rows] for c in COLUMNS}
    table = pa.table(columns, schema=schema())
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    articles = sum(1 for r in rows if r["kind"] == "article")
    return ShardResult(shard.shard_id, sink.getvalue(), articles, len(rows) - articles,
                       time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
