"""Ingesting what a client sends (POST /api/articles, the upload form), with the command line's rules.

Bytes go through ``ingest.read_bytes`` (the readers, the validation and the size limit of
``treatywatch ingest``), then each article through ``pipeline.read_article`` into the store: a known
content is ``unchanged``, another content under a known id a new ``version``, a bad input quarantined
with its reason, exactly as on the command line; the pipeline keeps the record's facts current for the keys these
articles touch, as it does for the command line.

How the reader is picked: a raw body by its Content-Type (text/plain, text/html, application/json,
application/x-ndjson), an uploaded file by its name (an unknown extension is sniffed, as for a file
named on the command line). The article id is the name's stem (``?name=`` for a raw body), else
``upload-<content hash>``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..ingest import read_bytes
from ..ingest.dispatch import EXTENSIONS
from ..models import Article, Rejected
from ..pipeline import ingest_items
from ..store import Store
from .params import WebError

# Content-Type (without parameters) -> the extension that picks the reader.
CONTENT_TYPES: dict[str, str] = {
    "text/plain": ".txt",
    "text/html": ".html", "application/xhtml+xml": ".html",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl", "application/x-jsonlines": ".jsonl",
    "application/jsonlines": ".jsonl",
}
MAX_NAME = 200


@dataclass(frozen=True)
class Upload:
    data: bytes
    name: str          # the name whose stem is the id and whose extension picks the reader
    source: str        # as the store records it


def _stem(name: str | None) -> str | None:
    if not name:
        return None
    stem = PurePath(name.replace("\\", "/")).name.strip()[:MAX_NAME]  # a name, never a path
    return stem if stem not in ("", ".", "..") else None


def raw_upload(data: bytes, content_type: str, name: str | None) -> Upload:
    """A raw request body; 415 when its Content-Type is not an article format."""
    kind = content_type.split(";")[0].strip().lower()
    ext = CONTENT_TYPES.get(kind)
    if ext is None:
        raise WebError(415, f"unsupported Content-Type {kind or '(none)'!r}: send {', '.join(sorted(CONTENT_TYPES))}"
                            " or multipart/form-data")
    given = _stem(name)
    stem = PurePath(given).stem if given else f"upload-{hashlib.sha256(data).hexdigest()[:12]}"
    return Upload(data, stem + ext, f"upload:{given or '-'}")


def file_upload(data: bytes, filename: str | None) -> Upload:
    """A file from a form: its own name decides (sniffed when the extension says nothing)."""
    given = _stem(filename) or f"upload-{hashlib.sha256(data).hexdigest()[:12]}"
    return Upload(data, given, f"upload:{given}")


def pasted_upload(text: str, name: str | None) -> Upload:
    """Text pasted into the form: read as plain text, or as what its name says."""
    data = text.encode("utf-8", "surrogatepass")
    given = _stem(name)
    if given is not None and PurePath(given).suffix.lower() not in EXTENSIONS:
        given += ".txt"
    return Upload(data, given or f"upload-{hashlib.sha256(data).hexdigest()[:12]}.txt", f"upload:{given or '-'}")


def _rejected(r: Rejected) -> dict[str, Any]:
    return {"source": r.source, "line": r.line, "id": r.article_id, "reason": r.reason}


def ingest(store: Store, uploads: Sequence[Upload]) -> dict[str, Any]:
    """Read, store and understand ``uploads`` as the command line does; what was found, and what was
    refused and why."""
    items: list[Article | Rejected] = [x for u in uploads for x in read_bytes(u.data, u.source, u.name)]
    refused: list[dict[str, Any]] = []
    # Reading and understanding run outside any lock (a long text must not hold up a short upload);
    # each article's write is its own short transaction, queued by the store behind other writers.
    summary = ingest_items(items, store, on_rejected=lambda _line: None,
                           on_quarantined=lambda r: refused.append(_rejected(r)))
    return {"articles": [_found(store, a.article_id, a.version, a.status) for a in summary.articles],
            "rejected": refused}


def _found(store: Store, article_id: str, version: int, status: str) -> dict[str, Any]:
    art = store.article(article_id, version)
    u = store.understanding(art.pk) if art else None
    return {"id": article_id, "version": version, "status": status,
            "title": art.title if art else None,
            "language": u.language if u else (art.language if art else None),
            "published": u.published if u else None, "published_how": u.published_how if u else None,
            "events": [asdict(e) for e in u.events] if u else [],
            "quotes": [asdict(q) for q in u.quotes] if u else [],
            "page": f"/articles/{quote(article_id, safe='')}?version={version}"}
