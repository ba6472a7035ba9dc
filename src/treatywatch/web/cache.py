"""Answers that do not change between writes, kept: an ASGI middleware in front of the app.

A GET answer (200, JSON, HTML, CSV or SVG) is kept under its path, query, host and today's date (relative
dates such as ``since=yesterday`` move with the day) together with the store's write count
(store/writes.py): the first request after any write misses, reads the store and keeps its answer; every
request until the next write gets the kept bytes without touching the store beyond one indexed read of
the counter. Requests that write, log in, or need the token to read (``read_token_required``) pass
through untouched, so a kept answer is never shown to anyone it was not meant for.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from sqlalchemy import Engine

from ..store.writes import count
from .security import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 2048
MAX_BYTES = 64 * 1024 * 1024        # all kept bodies together
MAX_ANSWER = 2 * 1024 * 1024        # a larger answer is made again each time
COUNT = "SELECT count FROM store_writes WHERE id = 1"   # store/writes.py's count, for a raw connection
# the watch tables are written outside Store (watch/records.py, watch/alerts.py): their pages are read afresh
UNCACHED = ("/upload", "/login", "/static", "/alerts", "/sources", "/api/alerts", "/api/sources")

Key = tuple[int, str, bytes, bytes, str]
Entry = tuple[int, list[tuple[bytes, bytes]], bytes]


class AnswerCache:
    def __init__(self, app: ASGIApp, engine: Engine, *, enabled: bool = True) -> None:
        self.app = app
        self.engine = engine
        self.enabled = enabled
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        self.size = 0
        self.writes = -1
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

    def _key(self, scope: Scope) -> Key | None:
        if not self.enabled or scope["type"] != "http" or scope.get("method") != "GET":
            return None
        path = str(scope.get("path", ""))
        if path.startswith(UNCACHED):
            return None
        host = next((v for k, v in scope.get("headers", []) if k == b"host"), b"")
        writes = self.counter()
        if writes != self.writes:   # the store changed: nothing kept holds
            self.entries.clear()
            self.size, self.writes = 0, writes
        return writes, path, bytes(scope.get("query_string", b"")), host, date.today().isoformat()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        kept = self.entries.get(key)
        if kept is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            status, headers, body = kept
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: Message = {}
        chunks: list[bytes] = []

        async def keeping(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if not message.get("more_body", False):
                    self._keep(key, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keeping)

    def _keep(self, key: Key, start: Message, body: bytes) -> None:
        headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
        if start.get("status") != 200 or len(body) > MAX_ANSWER or any(k.lower() == b"set-cookie" for k, _ in headers):
            return
        if key in self.entries:
            return
        self.entries[key] = (200, headers, body)
        self.size += len(body)
        while len(self.entries) > MAX_ENTRIES or self.size > MAX_BYTES:
            _, (_, _, old) = self.entries.popitem(last=False)
            self.size -= len(old)
