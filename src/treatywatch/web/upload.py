"""Ingesting what a client sends (POST /api/articles, the upload form), with the command line's rules.

Bytes go through ``ingest.read_bytes`` (the readers, the validation and the size limit of
``treatywatch ingest``), then each article through ``pipeline.read_article`` into the store: a known
content is ``unchanged``, another content under a known id a new ``version``, a bad input quarantined
with its reason, exactly as on the command line. Then the record's facts are refreshed for the keys
these articles touch.

How the reader is picked: a raw body by its Content-Type (text/plain, text/html, application/json,
application/x-ndjson), an uploaded file by its name (an unknown extension is sniffed, as for a file
named on the command line). The article id is the name's stem (``?name=`` for a raw body), else
``upload-<content hash>``.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..ingest import read_bytes
from ..ingest.dispatch import EXTENSIONS
from ..know.queries import refresh_facts
from ..link.store import assign as assign_story
from ..models import Article, Rejected
from ..pipeline import read_article
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


def ingest(store: Store, uploads: Sequence[Upload], lock: threading.Lock) -> dict[str, Any]:
    """Read, store and understand ``uploads``; what was found, and what was refused and why."""
    items: list[Article | Rejected] = [x for u in uploads for x in read_bytes(u.data, u.source, u.name)]
    articles = [i for i in items if isinstance(i, Article)]
    with lock:  # one writer at a time: SQLite has one, and the linker files articles in order
        stored = {id(a): store.find_version(a.id, a.content_hash) for a in articles}
        done = {id(a): read_article(a) for a in articles if not (row := stored[id(a)]) or not row.understood}
        found, refused = [], []
        with store.batch():
            for item in items:
                if isinstance(item, Article) and (res := done.get(id(item))) is not None and res.error is not None:
                    item = Rejected(item.source, res.error, item.line, item.id,
                                    item.original.encode("utf-8", "surrogatepass"))
                if isinstance(item, Rejected):
                    store.quarantine(item)
                    refused.append(_rejected(item))
                    continue
                res = done.get(id(item))
                added = store.add_article(item, res.document if res else None)
                if res is not None and res.understanding is not None:
                    store.save_understanding(added.pk, res.understanding)
                    assign_story(store, added.pk)
                found.append((item.id, added))
        if found:
            refresh_facts(store, [article_id for article_id, _ in found])
    return {"articles": [_found(store, article_id, added) for article_id, added in found], "rejected": refused}


def _found(store: Store, article_id: str, added: Any) -> dict[str, Any]:
    art = store.article(article_id, added.version)
    u = store.understanding(added.pk)
    return {"id": article_id, "version": added.version, "status": added.status,
            "title": art.title if art else None,
            "language": u.language if u else (art.language if art else None),
            "published": u.published if u else None, "published_how": u.published_how if u else None,
            "events": [asdict(e) for e in u.events] if u else [],
            "quotes": [asdict(q) for q in u.quotes] if u else [],
            "page": f"/articles/{quote(article_id, safe='')}?version={added.version}"}
