"""Servers the watch tests start on 127.0.0.1 (never any other address): a site whose answers each
test sets path by path, counting requests and the most in flight at once; a webhook receiver that
checks signatures; SMTP through aiosmtpd in conftest.py."""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None            # answers 304 to a matching If-None-Match
    last_modified: str | None = None   # answers 304 to an equal If-Modified-Since
    delay: float = 0.0                 # seconds before answering (slow)
    truncate: bool = False             # announce more bytes than sent, then close
    gzip: bool = False


Route = Answer | Callable[[BaseHTTPRequestHandler], Answer]


class Site:
    """``site.routes[path] = Answer(...)``; ``site.log`` lists (method, path, headers) of each request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                with site.lock:
                    site.in_flight += 1
                    site.most_in_flight = max(site.most_in_flight, site.in_flight)
                    site.log.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
                self.counted = True
                try:
                    site.answer(self)
                finally:
                    site.done(self)

            def do_POST(self) -> None:  # noqa: N802
                self.do_GET()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def requests(self, path: str) -> list[dict[str, str]]:
        return [h for _, p, h in self.log if p == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def done(self, h: Any) -> None:
        """A request is no longer in flight once its answer starts going out: the client may have all of
        it (and send the next request) before this handler's thread gets to return."""
        with self.lock:
            if h.counted:
                h.counted = False
                self.in_flight -= 1

    def answer(self, h: Any) -> None:
        route = self.routes.get(h.path)
        if route is None:
            a = Answer(b"not here", 404, {"content-type": "text/plain"})
        else:
            a = route(h) if callable(route) else route
        if a.delay:
            time.sleep(a.delay)
        inm, ims = h.headers.get("if-none-match"), h.headers.get("if-modified-since")
        if (a.etag and inm == a.etag) or (a.last_modified and ims == a.last_modified and not inm):
            self.done(h)
            h.send_response(304)
            h.send_header("content-length", "0")
            if a.etag:
                h.send_header("etag", a.etag)
            h.end_headers()
            return
        body = gzip.compress(a.body) if a.gzip else a.body
        self.done(h)
        h.send_response(a.status)
        for k, v in a.headers.items():
            h.send_header(k, v)
        if a.gzip:
            h.send_header("content-encoding", "gzip")
        if a.etag:
            h.send_header("etag", a.etag)
        if a.last_modified:
            h.send_header("last-modified", a.last_modified)
        h.send_header("content-length", str(len(body) + (1000 if a.truncate else 0)))
        if a.truncate:
            h.send_header("connection", "close")
        h.end_headers()
        try:
            h.wfile.write(body)
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        if a.truncate:
            h.close_connection = True


class Receiver:
    """A webhook receiver: keeps each POST whose signature is right, answers 401 to the others."""

    def __init__(self, secret: str, fail_first: int = 0) -> None:
        self.secret = secret
        self.got: list[dict[str, Any]] = []
        self.bad = 0
        self.fail_first = fail_first
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                want = "sha256=" + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
                if not hmac.compare_digest(want, self.headers.get("x-treatywatch-signature", "")):
                    receiver.bad += 1
                    self.send_response(401)
                elif receiver.fail_first > 0:
                    receiver.fail_first -= 1
                    self.send_response(503)
                else:
                    receiver.got.append(json.loads(body))
                    self.send_response(204)
                self.send_header("content-length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss(site: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed of (path, title) items on ``site``."""
    entries = "".join(f"<item><title>{t}</title><link>{site}{p}</link><guid>{site}{p}</guid>"
                      f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>" for p, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test news</title>'
            f"<link>{site}/</link><description>t</description>{entries}</channel></rss>").encode()


def page(title: str, *paragraphs: str, charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="en"><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
            ).encode(charset)
