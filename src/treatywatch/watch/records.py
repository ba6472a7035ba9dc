"""The watch's rows in the store: sources, conditional-request state, items already read.

Small functions over ``store.engine`` (bound parameters only). Times are ISO 8601 UTC strings, as
everywhere in the store; the clock is passed in, never read here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from lxml import etree
from sqlalchemy import delete, func, insert, select, update

from ..errors import ArgumentError, NotFoundError
from ..store import Store
from ..store import schema as s
from .sources import KINDS, canonical, check_url, every_seconds

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def now_utc() -> datetime:
    return datetime.now(UTC)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str
    every: int
    added: str
    next_poll: str
    last_poll: str | None
    status: str
    last_error: str | None
    items: int
    errors: int


def check_name(name: str, what: str = "source") -> str:
    if not _NAME.fullmatch(name):
        raise ArgumentError(f"{what} name {name!r}: letters, digits, '.', '_' or '-', at most 64, "
                            "starting with a letter or digit")
    return name


def slug_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]+", "-", text).strip("-.")[:64] or "source"


def default_name(url: str) -> str:
    return slug_name(canonical(url).split("://", 1)[-1])


def add_source(store: Store, url: str, name: str | None = None, every: str = "15m", kind: str = "auto",
               now: datetime | None = None) -> Source:
    """Add a source, due at once. An address or name already watched is an ArgumentError."""
    url = check_url(url)
    name = check_name(name or default_name(url))
    if kind not in KINDS:
        raise ArgumentError(f"--kind {kind!r}: one of {', '.join(KINDS)}")
    seconds = every_seconds(every)
    when = iso(now or now_utc())
    t = s.sources
    with store.engine.begin() as conn:
        clash = conn.execute(select(t.c.name, t.c.url).where((t.c.name == name) | (t.c.url == url))).first()
        if clash is not None:
            raise ArgumentError(f"already watched: {clash.name} ({clash.url})")
        conn.execute(insert(t), {"name": name, "url": url, "kind": kind, "every": seconds, "added": when,
                                 "next_poll": when, "last_poll": None, "status": "new", "last_error": None,
                                 "items": 0, "errors": 0})
    return get_source(store, name)


def get_source(store: Store, name: str) -> Source:
    with store.engine.connect() as conn:
        row = conn.execute(select(s.sources).where(s.sources.c.name == name)).mappings().first()
    if row is None:
        raise NotFoundError(f"no source {name!r} (treatywatch sources list names them)")
    return Source(**row)


def list_sources(store: Store) -> list[Source]:
    with store.engine.connect() as conn:
        return [Source(**r) for r in conn.execute(select(s.sources).order_by(s.sources.c.name)).mappings()]


def remove_source(store: Store, name: str) -> None:
    """Stop watching ``name``; what it brought stays in the store."""
    get_source(store, name)
    with store.engine.begin() as conn:
        conn.execute(delete(s.sources).where(s.sources.c.name == name))


def due_sources(store: Store, now: datetime) -> list[Source]:
    t = s.sources
    with store.engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.next_poll <= iso(now)).order_by(t.c.next_poll, t.c.name)).mappings()
        return [Source(**r) for r in rows]


def polled(store: Store, name: str, now: datetime, status: str, error: str | None, items: int, errors: int,
           wait: float | None = None) -> None:
    """Record a poll's outcome on its source; due again after ``every`` (or the server's longer wait)."""
    t = s.sources
    with store.engine.begin() as conn:
        every = conn.execute(select(t.c.every).where(t.c.name == name)).scalar()
        if every is None:
            return  # removed meanwhile
        delay = max(float(every), wait or 0.0)
        conn.execute(update(t).where(t.c.name == name).values(
            last_poll=iso(now), next_poll=iso(now + timedelta(seconds=delay)), status=status, last_error=error,
            items=t.c["items"] + items, errors=t.c["errors"] + errors))


def import_sources(store: Store, path: Path, now: datetime | None = None) -> tuple[list[Source], list[str]]:
    """Add the sources of a YAML list (``- {url, name?, every?, kind?}``) or an OPML file; what cannot be
    added (already watched, not http) is said, not raised."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ArgumentError(f"{path}: cannot be read: {e.strerror}") from None
    entries = _opml(raw) if raw.lstrip()[:1] == b"<" else _yaml(raw, path)
    added, refused = [], []
    for entry in entries:
        try:
            added.append(add_source(store, str(entry.get("url", "")), entry.get("name"),
                                    str(entry.get("every", "15m")), str(entry.get("kind", "auto")), now))
        except (ArgumentError, NotFoundError) as e:
            refused.append(f"{entry.get('url')}: {e}")
    return added, refused


def _yaml(raw: bytes, path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        raise ArgumentError(f"{path}: not YAML or OPML: {e}") from None
    if isinstance(data, dict) and "sources" in data:
        data = data["sources"]
    if not isinstance(data, list):
        raise ArgumentError(f"{path}: a list of sources was expected (- url: ...)")
    return [d if isinstance(d, dict) else {"url": d} for d in data]


def _opml(raw: bytes) -> list[dict[str, Any]]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as e:
        raise ArgumentError(f"not OPML: {e}") from None
    out = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl") or node.get("url")
        if url:
            title = node.get("title") or node.get("text")
            out.append({"url": url, "name": slug_name(title) if title else None, "kind": "feed"})
    return out


# -- conditional requests ---------------------------------------------------------------------------

def validators(store: Store, url: str) -> tuple[str | None, str | None]:
    with store.engine.connect() as conn:
        row = conn.execute(select(s.fetches.c.etag, s.fetches.c.last_modified).where(s.fetches.c.url == url)).first()
    return (row.etag, row.last_modified) if row is not None else (None, None)


def remember(store: Store, url: str, status: int, etag: str | None, modified: str | None, now: datetime) -> None:
    t = s.fetches
    with store.engine.begin() as conn:
        old = conn.execute(select(t.c.etag, t.c.last_modified).where(t.c.url == url)).first()
        if status == 304 and old is not None:  # a 304 may omit the validators: keep the ones we have
            etag, modified = etag or old.etag, modified or old.last_modified
        conn.execute(delete(t).where(t.c.url == url))
        conn.execute(insert(t), {"url": url, "etag": etag, "last_modified": modified, "fetched_at": iso(now),
                                 "status": status})


# -- items already read ---------------------------------------------------------------------------

def seen(store: Store, urls: Iterable[str]) -> set[str]:
    urls = list(urls)
    found: set[str] = set()
    with store.engine.connect() as conn:
        for i in range(0, len(urls), 500):
            found.update(conn.execute(select(s.watched.c.url).where(s.watched.c.url.in_(urls[i:i + 500]))).scalars())
    return found


def text_seen(store: Store, content_hash: str) -> str | None:
    """The article already read with this very text (under another address), if any."""
    with store.engine.connect() as conn:
        return conn.execute(select(s.watched.c.article_id).where(s.watched.c.content_hash == content_hash,
                                                                  s.watched.c.outcome == "stored").limit(1)).scalar()


def mark_read(store: Store, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    with store.engine.begin() as conn:
        seen = select(s.watched.c.url).where(s.watched.c.url.in_([r["url"] for r in rows]))
        known = set(conn.execute(seen).scalars())
        fresh = [r for r in rows if r["url"] not in known]
        if fresh:
            conn.execute(insert(s.watched), fresh)


def watched_count(store: Store) -> dict[str, int]:
    t = s.watched
    with store.engine.connect() as conn:
        return {r[0]: r[1] for r in conn.execute(select(t.c.outcome, func.count()).group_by(t.c.outcome))}


def source_json(src: Source) -> dict[str, Any]:
    plain: dict[str, Any] = json.loads(json.dumps(src.__dict__))
    return plain
