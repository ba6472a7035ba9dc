"""Answers that do not change between writes, kept: the outermost ASGI layer, in front of the guard.

    uvicorn ─► AnswerCache ─► Guard ─► TrustedHost ─► FastAPI
                  │ kept, unchanged since the last write: the bytes the layers behind made, at once
                  └ else on through, and a complete 200 answer is kept on its way back

A GET answer (200, JSON, HTML, CSV or SVG) is kept under its scheme, path, query and Host header, with
the headers the guard added and an ETag (a hash of its body): a request with that ETag in If-None-Match
gets 304. All that is kept is dropped when the store's write count (store/writes.py) or the day
(relative dates such as ``since=yesterday`` move with it) changes. The count is read at most once per
``recheck`` seconds (serve: RECHECK), and at the next request after any request that may write (not GET
or HEAD) went through this layer: the server's own writes show at once, another process's within
``recheck``. An answer that was being made when the count changed is not kept.

Passing through untouched: every request when reading needs the token (``read_token_required``: a kept
answer is never shown to anyone it was not meant for), requests that carry a body, and the paths in
UNCACHED. A Host the server does not answer never has a kept answer: only 200s are kept.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from hashlib import blake2b
from typing import Any

from sqlalchemy import Engine

from ..store.writes import count
from .security import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 2048
MAX_BYTES = 64 * 1024 * 1024        # all kept bodies together
MAX_ANSWER = 2 * 1024 * 1024        # a larger answer is made again each time
RECHECK = 0.1                       # seconds: how stale, at most, an answer may be after another process writes
COUNT = "SELECT count FROM store_writes WHERE id = 1"   # store/writes.py's count, for a raw connection
# the watch tables are written outside Store (watch/records.py, watch/alerts.py): their pages are read afresh
UNCACHED = ("/upload", "/login", "/static", "/alerts", "/sources", "/api/alerts", "/api/sources")
SAFE = ("GET", "HEAD")
# what a 304 leaves out (RFC 9110 15.4.5: it describes no body)
NOT_FOR_304 = (b"content-length", b"content-type")

Key = tuple[str, str, bytes, bytes]


@dataclass(frozen=True)
class Kept:
    headers: list[tuple[bytes, bytes]]        # as sent with the 200, ETag included
    body: bytes
    etag: bytes
    unmodified: list[tuple[bytes, bytes]]     # as sent with a 304


def kept(headers: list[tuple[bytes, bytes]], body: bytes) -> Kept:
    etag = b'"' + blake2b(body, digest_size=12).hexdigest().encode() + b'"'
    headers = [(k, v) for k, v in headers if k.lower() != b"etag"] + [(b"etag", etag)]
    return Kept(headers, body, etag, [(k, v) for k, v in headers if k.lower() not in NOT_FOR_304])


def matches(if_none_match: bytes | None, etag: bytes) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison, as RFC 9110 13.1.2 asks)."""
    if if_none_match is None:
        return False
    if if_none_match.strip() == b"*":
        return True
    return any(tag.strip().removeprefix(b"W/") == etag for tag in if_none_match.split(b","))


class AnswerCache:
    def __init__(self, app: ASGIApp, engine: Engine, *, enabled: bool = True, recheck: float = 0.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.engine = engine
        self.enabled = enabled
        self.recheck = recheck
        self.clock = clock
        self.entries: OrderedDict[Key, Kept] = OrderedDict()
        self.size = 0
        self.writes = -1
        self.day = ""
        self.generation = 0         # one more each time what is kept is dropped
        self.checked = float("-inf")
        self._raw: Any = None
        self.hits = 0
        self.misses = 0

    def counter(self) -> int:
        """The store's write count: on a SQLite file, read on a connection of the cache's own (a few
        microseconds: each statement is its own read transaction), else through the pool."""
        if self._raw is None and self.engine.url.get_backend_name() == "sqlite" and \
                self.engine.url.database not in (None, "", ":memory:"):
            self._raw = self.engine.raw_connection()
        if self._raw is not None:
            cursor = self._raw.cursor()
            try:
                found = cursor.execute(COUNT).fetchone()
            finally:
                cursor.close()
            return int(found[0]) if found else 0
        with self.engine.connect() as conn:
            return count(conn)

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def _current(self) -> None:
        """Drop what is kept if the store or the day changed (looked at most once per ``recheck``)."""
        now = self.clock()
        if now - self.checked < self.recheck:
            return
        self.checked = now
        writes, day = self.counter(), date.today().isoformat()
        if (writes, day) != (self.writes, self.day):
            self.entries.clear()
            self.size, self.writes, self.day = 0, writes, day
            self.generation += 1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.enabled or scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope.get("method")
        if method not in SAFE:
            try:
                await self.app(scope, receive, send)
            finally:
                self.checked = float("-inf")   # it may have written: read the count at the next request
            return
        path = str(scope.get("path", ""))
        host = if_none_match = None
        for name, value in scope.get("headers", []):
            if name == b"host":
                host = value
            elif name == b"if-none-match":
                if_none_match = value
            elif name in (b"content-length", b"transfer-encoding"):
                host = None   # a body: the guard's size limit answers it
                break
        if host is None or path.startswith(UNCACHED):
            await self.app(scope, receive, send)
            return
        self._current()
        key = (str(scope.get("scheme", "")), path, bytes(scope.get("query_string", b"")), bytes(host))
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            await _answer(send, found, if_none_match, method == "HEAD")
            return
        if method == "HEAD":
            await self.app(scope, receive, send)
            return
        self.misses += 1
        await self._make(key, scope, receive, send, if_none_match)

    async def _make(self, key: Key, scope: Scope, receive: Receive, send: Send, if_none_match: bytes | None) -> None:
        """The answer made by the layers behind; a complete 200 kept and sent with its ETag (or a 304)."""
        generation = self.generation
        start: Message = {}
        chunks: list[bytes] = []
        passing = False

        async def keeping(message: Message) -> None:
            nonlocal passing
            if passing:
                await send(message)
            elif message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if message.get("more_body", False):
                    if sum(map(len, chunks)) > MAX_ANSWER:   # too large to keep: sent as it comes
                        passing = True
                        await send(start)
                        await send({"type": "http.response.body", "body": b"".join(chunks), "more_body": True})
                    return
                body = b"".join(chunks)
                headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
                if not _keepable(start.get("status"), headers, body):
                    await send(start)
                    await send({"type": "http.response.body", "body": body})
                    return
                answer = kept(headers, body)
                if generation == self.generation:   # else it may have been read before a write
                    self._keep(key, answer)
                await _answer(send, answer, if_none_match, head=False)
            else:
                await send(message)

        await self.app(scope, receive, keeping)

    def _keep(self, key: Key, answer: Kept) -> None:
        if key in self.entries:
            return
        self.entries[key] = answer
        self.size += len(answer.body)
        while len(self.entries) > MAX_ENTRIES or self.size > MAX_BYTES:
            _, old = self.entries.popitem(last=False)
            self.size -= len(old.body)


def _keepable(status: object, headers: list[tuple[bytes, bytes]], body: bytes) -> bool:
    return status == 200 and len(body) <= MAX_ANSWER and not any(k.lower() == b"set-cookie" for k, _ in headers)


async def _answer(send: Send, answer: Kept, if_none_match: bytes | None, head: bool) -> None:
    if matches(if_none_match, answer.etag):
        await send({"type": "http.response.start", "status": 304, "headers": answer.unmodified})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": 200, "headers": answer.headers})
    await send({"type": "http.response.body", "body": b"" if head else answer.body})
