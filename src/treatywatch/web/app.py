"""One ASGI app: the REST API under /api and the pages beside it, over one store.

    asgi(db_url, config) ─► AnswerCache (kept answers) ─► Guard (security headers, body size limit)
                         ─► create_app(db_url, config): FastAPI
      /api/...   api.py    JSON, errors as {"error": "..."}; OpenAPI at /api/openapi.json, its page at
                           /api/docs (docs.py: Swagger UI served from here, no CDN)
      /...       pages.py  server-rendered HTML (jinja2, autoescaped), one CSS file, no script
      both read views.py, which reads know/ and link/

Reads never write: every GET answers from a read-only engine (store.open_reader), shared, with a
``Store`` of its own per request (a Store is not thread-safe, and sync endpoints run in a thread
pool). Writes (uploads, sources, alerts) go through a writing store opened at the first of them; the
pipeline keeps the record's facts current as it stores articles, so no read ever rebuilds them. A
store that does not exist or that an older treatywatch wrote is made current once, at start (a server
takes uploads: it is a writer). ``serve`` runs it under uvicorn.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import ConfigError, NotFoundError, StoreError, TreatywatchError
from ..know.refresh import STALE_NOTE, is_stale, record_state, refresh_if_stale
from ..settings import Settings
from ..store import Store, open_reader, open_store
from ..store.engine import display_url
from . import views
from .cache import RECHECK, AnswerCache
from .docs import mount_docs
from .params import WebError
from .security import Denied, Guard, WebConfig, new_token

HERE = Path(__file__).resolve().parent


class Stores:
    """The app's ways into one database: ``reader``, read-only, for every GET; ``writer()``, a writing
    store opened at the first write and kept (an in-memory database is one store for both)."""

    def __init__(self, db_url: str) -> None:
        self.url = db_url
        self.lock = threading.Lock()
        self._writer: Store | None = None
        if database_in_memory(db_url):
            self._writer = open_store(db_url)
            self.reader = self._writer
            return
        try:
            self.reader = open_reader(db_url)
        except StoreError:
            # Not there yet, or written by an older treatywatch: made current once (a MigrationError
            # for a store a newer treatywatch wrote), then read as any other.
            with open_store(db_url) as store:
                refresh_if_stale(store)
            self.reader = open_reader(db_url)
        if is_stale(self.reader):
            print(f"treatywatch serve: {STALE_NOTE.removeprefix('note: ')}", file=sys.stderr, flush=True)

    def writer(self) -> Store:
        """A Store of this request's own over the writing engine (opened the first time)."""
        with self.lock:
            if self._writer is None:
                self._writer = open_store(self.url)
            return Store(self._writer.engine)

    def close(self) -> None:
        if self._writer is not None and self._writer is not self.reader:
            self._writer.close()
        self.reader.close()


def database_in_memory(db_url: str) -> bool:
    from ..store.engine import database_url

    url = database_url(db_url)
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


class Memo:
    """Every treaty's status (the dashboard's costly part: one status query per treaty), computed once
    per state of the record (know.refresh.record_state) and shared by all requests."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state: object = None
        self.value: list[dict[str, Any]] | None = None

    def overview(self, store: Store) -> list[dict[str, Any]]:
        state = record_state(store)
        with self.lock:
            if state == self.state and self.value is not None:
                return self.value
        value = views.overview(store)
        with self.lock:
            self.state, self.value = state, value
        return value


def _message(errors: Any) -> str:
    first = errors[0] if errors else {}
    where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid request"))


def _status_and_message(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, WebError | Denied):
        return exc.status, exc.message
    if isinstance(exc, NotFoundError):
        return 404, str(exc)
    if isinstance(exc, RequestValidationError):
        return 400, _message(exc.errors())
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, str(exc.detail)
    if isinstance(exc, StoreError):
        return 503, f"the database cannot answer now: {exc}"
    if isinstance(exc, TreatywatchError):
        return 400, str(exc)
    return 500, "internal error (a bug in treatywatch: please report it)"


def _without_url(message: str, app: FastAPI) -> str:
    """A message for any reader: the database URL (a path on the server, a user name) taken out."""
    url = display_url(app.state.engine.url)
    return message.replace(f" in {url}", "").replace(f"database {url}: ", "").replace(url, "the database")


def _handler(app: FastAPI) -> Any:
    async def handle(request: Request, exc: Exception) -> Response:
        status, message = _status_and_message(exc)
        message = _without_url(message, app)
        if status >= 500 and not isinstance(exc, StoreError):
            print(f"treatywatch serve: {request.method} {request.url.path}: {type(exc).__name__}: {exc}",
                  file=sys.stderr)
        headers = {"www-authenticate": "Bearer"} if status == 401 else None
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"error": message}, status_code=status, headers=headers)
        from .pages import error_page
        return error_page(request, status, message, headers)
    return handle


def create_app(db_url: str, config: WebConfig) -> FastAPI:
    """The app over the store at ``db_url`` (opened now, so a wrong URL fails at start)."""
    stores = Stores(db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="treatywatch", summary="A cited, dated record of arms control from news in any language",
                  version="1", openapi_url="/api/openapi.json", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.engine = stores.reader.engine
    app.state.stores = stores
    app.state.config = config
    app.state.memo = Memo()
    handler = _handler(app)
    for kind in (WebError, Denied, NotFoundError, RequestValidationError, StarletteHTTPException, TreatywatchError,
                 Exception):
        app.add_exception_handler(kind, handler)

    from .api import router as api_router
    from .correcting import router as corrections_router
    from .downloads import router as downloads_router
    from .pages import router as pages_router
    from .watching import router as watch_router
    mount_docs(app)   # /api/docs, before the API's paths
    app.include_router(watch_router)  # before pages: /alerts/NAME.atom is no article path
    app.include_router(downloads_router)  # before the lists' /{id} paths
    app.include_router(corrections_router)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _document_token(app)
    return app


def _document_token(app: FastAPI) -> None:
    """The bearer token in the OpenAPI document (POST /api/articles names it)."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer", "description": "the token treatywatch serve prints"}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def asgi(db_url: str, config: WebConfig, allowed_hosts: Sequence[str] | None = None) -> AnswerCache:
    """What uvicorn serves: the app inside the guard (headers and size limit on every answer, 413
    included), answering only requests for ``allowed_hosts`` when given (a loopback server refuses other
    Host headers: no DNS rebinding from a web page), behind the answer cache (web/cache.py), which answers
    a kept request before any of them runs, with the bytes they made the first time."""
    made = create_app(db_url, config)
    app: Any = made
    if allowed_hosts:
        app = TrustedHostMiddleware(app, allowed_hosts=list(allowed_hosts))
    # answers kept until the next write; never when reading needs the token
    return AnswerCache(Guard(app, config.max_body), made.state.engine, enabled=not config.read_token_required,
                       recheck=config.recheck)


def hosts_for(host: str, allowed: Sequence[str] = ()) -> list[str]:
    """The Host headers a server bound to ``host`` answers: the loopback names, the address it binds
    (unless a wildcard), and ``allowed`` (the ``allowed_hosts`` setting: the names it is reached by,
    "*.example.org" for subdomains). Never every host: a redirect built from a forged Host header would
    send readers elsewhere."""
    hosts = [*LOOPBACK, *(h.strip() for h in allowed if h.strip())]
    if host not in ("0.0.0.0", "::", "") and host not in hosts:
        hosts.append(host)
    return hosts


MIN_TOKEN = 16


def serve(db_url: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          read_token_required: bool = False, settings: Settings | None = None,
          allowed_hosts: Sequence[str] = ()) -> None:
    """Run the API and the pages under uvicorn until interrupted (``treatywatch serve``); with
    ``settings``, also watch the sources in a thread of this process (``serve --watch``)."""
    import uvicorn

    if token is not None and len(token) < MIN_TOKEN:
        raise ConfigError(f"the token is {len(token)} characters long: give one of at least {MIN_TOKEN} "
                          "(or none, and serve makes one)")
    if not token:
        token = new_token()
        print(f"treatywatch serve: no token given (--token or TREATYWATCH_TOKEN): writing needs this one:\n"
              f"  {token}", file=sys.stderr, flush=True)
    config = WebConfig(token=token, read_token_required=read_token_required, recheck=RECHECK)
    app = asgi(db_url, config, hosts_for(host, allowed_hosts))
    print(f"treatywatch serve: http://{host}:{port}/ (API at /api, OpenAPI at /api/openapi.json); "
          f"reading {'needs the token' if read_token_required else 'is open'}, writing needs the token",
          file=sys.stderr, flush=True)
    stop = threading.Event()
    watcher = start_watching(db_url, settings, stop) if settings is not None else None
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
    finally:
        stop.set()
        if watcher is not None:
            watcher.join(timeout=30)


def start_watching(db_url: str, settings: Settings, stop: threading.Event) -> threading.Thread:
    """The watch loop in a thread of its own, with its own store, until ``stop`` is set."""
    from ..watch.poll import watch_loop

    def run() -> None:
        with open_store(db_url) as store:
            while not stop.is_set():
                try:
                    watch_loop(store, settings, stop=stop,
                               on_line=lambda line: print(f"treatywatch watch: {line}", file=sys.stderr, flush=True))
                except Exception as e:  # noqa: BLE001 - a failed poll must not end the watch: said, tried again
                    print(f"treatywatch watch: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
                    stop.wait(30)

    thread = threading.Thread(target=run, daemon=True, name="treatywatch-watch")
    thread.start()
    print("treatywatch serve: watching the sources in this process", file=sys.stderr, flush=True)
    return thread
