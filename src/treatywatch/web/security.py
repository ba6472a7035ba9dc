"""What keeps the web app safe: the token, the response headers, the request size limit.

- Writing (POST /api/articles, the upload form) always needs the token given at start-up; ``serve``
  makes one and prints it when none is configured, so the server is never open for writing by
  accident. Reading is open unless ``read_token_required``.
- The token comes as ``Authorization: Bearer T``, an ``X-Treatywatch-Token`` header, or (the upload
  form) a ``token`` field. For reading only, a browser may also hold it in a SameSite=Strict,
  HttpOnly cookie set by the /login form; a cookie never authorises a write (no cross-site forms).
- Every response carries a Content-Security-Policy without inline scripts or any other origin, and
  nosniff, no-referrer and deny-framing headers.
- A request body over ``max_body`` bytes is refused with 413 before it is read: at once when its
  Content-Length says so, or as soon as the streamed bytes pass the limit.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ..ingest import MAX_BYTES

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "treatywatch_token"
HEADERS: dict[str, str] = {
    "content-security-policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass(frozen=True)
class WebConfig:
    """What the app is started with (``treatywatch serve`` flags)."""

    token: str
    read_token_required: bool = False
    max_body: int = MAX_BYTES + 64 * 1024   # an article at the ingest limit, plus multipart framing
    # seconds a kept answer is served without reading the store's write count (web/cache.py); serve: 0.1
    recheck: float = 0.0

    def __post_init__(self) -> None:
        if not self.token:
            raise ValueError("a token is required: treatywatch serve makes one when none is given")


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Denied(Exception):
    """401 (no token given) or 403 (a wrong one)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _given(request: Request, form_token: str | None, allow_cookie: bool) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    if request.headers.get("x-treatywatch-token"):
        return request.headers["x-treatywatch-token"]
    if form_token:
        return form_token
    return request.cookies.get(COOKIE) if allow_cookie else None


def _check(config: WebConfig, given: str | None, what: str) -> None:
    if not given:
        raise Denied(401, f"{what} needs the token (Authorization: Bearer TOKEN, as printed by treatywatch serve)")
    if not hmac.compare_digest(given.encode("utf-8", "surrogatepass"), config.token.encode("utf-8")):
        raise Denied(403, "wrong token")


def require_write(config: WebConfig, request: Request, form_token: str | None = None) -> None:
    _check(config, _given(request, form_token, allow_cookie=False), "writing")


def require_read(config: WebConfig, request: Request) -> None:
    if config.read_token_required:
        _check(config, _given(request, None, allow_cookie=True), "reading")


def token_matches(config: WebConfig, given: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), config.token.encode("utf-8"))


class Guard:
    """ASGI middleware: the security headers on every response, and the request size limit."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in HEADERS]
                headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]
                message["headers"] = headers
            await send(message)

        send_with_headers: Send = with_headers
        if scope.get("method") == "HEAD":  # as GET, without the body (FastAPI routes answer GET only)
            scope = dict(scope, method="GET")
            send_with_headers = _headless(with_headers)
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await self._too_large(send_with_headers)
            return
        if declared is None and scope.get("method") in ("POST", "PUT", "PATCH"):
            # Chunked: read it here, bounded, so that an oversize body is refused before any of the app runs.
            chunks: list[bytes] = []
            seen = 0
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away
                chunks.append(message.get("body", b""))
                seen += len(chunks[-1])
                if seen > self.max_body:
                    await self._too_large(send_with_headers)
                    return
                if not message.get("more_body", False):
                    break
            receive = _replay(b"".join(chunks), receive)
        await self.app(scope, receive, send_with_headers)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps({"error": f"request body over the limit of {self.max_body} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _headless(send: Send) -> Send:
    async def head(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await send(message)

    return head


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
