"""The pages: server-rendered HTML (jinja2, autoescaped), each from the views.py function its JSON twin
under /api returns, linked from its footer. No script; one CSS file. Forms are plain GET forms, except
the upload form (POST, multipart, with the token) and the login form (reading behind the token).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from ..know.articles import per_day
from . import params, searching, views
from .api import Reader
from .charts import status_grid, treaty_timeline
from .downloads import PAGES as DOWNLOADS
from .markup import evidence, findings, marked
from .params import WebError
from .security import COOKIE, Denied, require_read, require_write, token_matches
from .upload import Upload, file_upload, ingest, pasted_upload
from .volume import articles_per_day

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                          autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.globals.update(treaty_name=views.treaty_name, treaties=views.treaty_slugs, evidence=evidence,
                    actor_name=views.actor_name, actor_page=views.actor_page, treaty_chart=treaty_timeline,
                    status_grid=status_grid)


def _web_url(value: str | None) -> str | None:
    """An address from an article's metadata, as a link only when it is http(s): never javascript: or data:."""
    return value if value and urlsplit(value.strip()).scheme.lower() in ("http", "https") else None


_env.filters.update(pathpart=lambda v: quote(str(v), safe=""), web_url=_web_url)
templates = Jinja2Templates(env=_env)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _page_link(request: Request, offset: int) -> str:
    url = request.url.remove_query_params("after").include_query_params(offset=offset)
    return f"{url.path}?{url.query}"


def _csv_link(request: Request, status: int) -> str | None:
    """The page's list as CSV, with its filters (every row that matches: no limit, no offset)."""
    if status != 200 or request.url.path.strip("/") not in DOWNLOADS:
        return None
    kept = urlencode([(k, v) for k, v in request.query_params.multi_items() if k not in ("limit", "offset")])
    return f"{request.url.path}.csv" + (f"?{kept}" if kept else "")


def render(request: Request, name: str, data: Any, twin: str | None, status: int = 200,
           headers: dict[str, str] | None = None, **extra: Any) -> Response:
    query = request.url.query
    twin_url = f"{twin}?{query}" if twin and query else twin
    context = {"data": data, "twin": twin_url, "page_link": lambda n: _page_link(request, n),
               "csv": _csv_link(request, status),
               "config": request.app.state.config, **extra}
    return templates.TemplateResponse(request, name, context, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return render(request, "error.html", {"status": status, "error": message}, None, status, headers)


def _get(request: Request, name: str) -> str | None:
    return params.blank(request.query_params.get(name))


def _paging(request: Request, default: int) -> tuple[int, int]:
    return params.paging(request.query_params.get("limit"), request.query_params.get("offset"), default)


@router.get("/")
def dashboard(request: Request, store: Reader) -> Response:
    data = views.dashboard(store, status=request.app.state.memo.overview(store))
    return render(request, "dashboard.html", data, "/api/dashboard")


@router.get("/timeline")
def timeline(request: Request, store: Reader) -> Response:
    n, skip = _paging(request, 100)
    data = views.timeline(store, treaty=params.treaty(_get(request, "treaty")),
                          actor=params.actor(_get(request, "actor")), lang=params.lang(_get(request, "lang")),
                          since=params.date(_get(request, "since"), "since"),
                          until=params.date(_get(request, "until"), "until"), story=_get(request, "story"),
                          limit=n, offset=skip)
    return render(request, "timeline.html", data, "/api/timeline")


@router.get("/treaties/{slug}")
def treaty(request: Request, store: Reader, slug: str) -> Response:
    return render(request, "treaty.html", views.treaty(store, slug), f"/api/treaties/{quote(slug, safe='')}")


@router.get("/states/{state}")
def state(request: Request, store: Reader, state: str) -> Response:
    return render(request, "actor.html", views.state(store, state), f"/api/states/{quote(state, safe='')}")


@router.get("/people/{person}")
def person(request: Request, store: Reader, person: str) -> Response:
    return render(request, "actor.html", views.person(store, person), f"/api/people/{quote(person, safe='')}")


@router.get("/stories")
def stories(request: Request, store: Reader) -> Response:
    n, skip = _paging(request, 20)
    since = params.day_bounds(_get(request, "since"), "since")
    data = views.stories(store, since=since[0] if since else None, lang=params.lang(_get(request, "lang")),
                         limit=n, offset=skip)
    return render(request, "stories.html", data, "/api/stories")


@router.get("/stories/{story_id:path}")
def story(request: Request, store: Reader, story_id: str) -> Response:
    return render(request, "story.html", views.story(store, story_id), f"/api/stories/{quote(story_id, safe='')}")


@router.get("/articles")
def articles(request: Request, store: Reader) -> Response:
    n, skip = _paging(request, 50)
    since, until = _get(request, "since"), _get(request, "until")
    lang, bounds = params.lang(_get(request, "lang")), (params.day_bounds(since, "since"),
                                                        params.day_bounds(until, "until"))
    data = views.articles(store, lang=lang, since=since, until=until, q=_get(request, "q"), limit=n, offset=skip,
                          after=_get(request, "after"), bounds=bounds)
    days = per_day(store, lang=lang, since=bounds[0], until=bounds[1])
    return render(request, "articles.html", data, "/api/articles", per_day=articles_per_day(days))


@router.get("/articles/{article_id:path}")
def article(request: Request, store: Reader, article_id: str) -> Response:
    version = params.bounded(request.query_params.get("version"), "version", 0, 0, 1_000_000) or None
    data = views.article(store, article_id, version)
    text = marked(data["text"], findings((data["understanding"] or {}).get("marks", [])))
    return render(request, "article.html", data, f"/api/articles/{quote(article_id, safe='')}",
                  marked_text=text)


@router.get("/facts/{fact_id}")
def fact(request: Request, store: Reader, fact_id: str) -> Response:
    return render(request, "fact.html", views.fact(store, fact_id), f"/api/facts/{quote(fact_id, safe='')}")


@router.get("/quotes")
def quotes(request: Request, store: Reader) -> Response:
    n, skip = _paging(request, 50)
    data = views.quotes(store, speaker=params.speaker(_get(request, "speaker")),
                        since=params.date(_get(request, "since"), "since"),
                        until=params.date(_get(request, "until"), "until"), limit=n, offset=skip)
    return render(request, "quotes.html", data, "/api/quotes")


@router.get("/conflicts")
def conflicts(request: Request, store: Reader) -> Response:
    n, skip = _paging(request, 50)
    severity = params.choice(_get(request, "severity"), "severity", ("high", "medium", "low"))
    return render(request, "conflicts.html", views.conflicts(store, severity=severity, limit=n, offset=skip),
                  "/api/conflicts")


@router.get("/search")
def search(request: Request, store: Reader) -> Response:
    n, skip = _paging(request, 20)
    given = dict(request.query_params)
    data = searching.search(store, given, n, skip) if _get(request, "q") else None

    def url_with(changes: dict[str, str]) -> str:
        url = request.url.remove_query_params("offset").include_query_params(**changes)
        return f"{url.path}?{url.query}"

    # no words, no list: the empty form links no CSV
    extra: dict[str, Any] = {} if data else {"csv": None}
    return render(request, "search.html", data, "/api/search" if data else None,
                  q=_get(request, "q") or "", given={k: _get(request, k) or "" for k in searching.NARROWING},
                  facets=searching.facet_links(url_with, data) if data else {}, **extra)


@router.get("/upload")
def upload_form(request: Request) -> Response:
    require_read(request.app.state.config, request)
    return render(request, "upload.html", None, None)


@router.post("/upload")
async def upload(request: Request) -> Response:
    config = request.app.state.config
    try:
        form = await request.form(max_files=100, max_fields=20)
    except Exception as e:  # noqa: BLE001 - python-multipart's errors: a malformed body is the client's
        raise WebError(400, f"malformed form: {e}") from None
    token, text, name = (form.get(k) for k in ("token", "text", "name"))
    try:
        require_write(config, request, token if isinstance(token, str) else None)
    except Denied as e:   # what was pasted is kept: only the token is asked again
        return render(request, "upload.html", None, None, e.status, error=e.message,
                      kept_text=text if isinstance(text, str) else "", kept_name=name if isinstance(name, str) else "")
    uploads: list[Upload] = []
    for value in form.getlist("files"):
        if not isinstance(value, str) and value.filename:
            uploads.append(file_upload(await value.read(), value.filename))
    if isinstance(text, str) and text.strip():
        uploads.append(pasted_upload(text, name if isinstance(name, str) else None))
    if not uploads:
        return render(request, "upload.html", None, None, 400, error="nothing to ingest: paste a text or choose files")
    result = await run_in_threadpool(ingest, request.app.state.stores.writer(), uploads)
    if len(result["articles"]) == 1 and not result["rejected"]:
        return RedirectResponse(result["articles"][0]["page"], status_code=303)
    return render(request, "upload.html", result, None, 200 if result["articles"] else 422)


@router.get("/login")
def login_form(request: Request) -> Response:
    return render(request, "login.html", None, None)


# The wait after a wrong token: doubles with each failure in a row from one client, up to the maximum.
LOGIN_DELAY = 0.25
LOGIN_DELAY_MAX = 8.0


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=5)
    token = form.get("token")
    client = request.client.host if request.client else ""
    failures: dict[str, int] = request.app.state.__dict__.setdefault("login_failures", {})
    if not isinstance(token, str) or not token_matches(request.app.state.config, token):
        # Guessing is slowed down: each wrong token from one client waits longer (up to LOGIN_DELAY_MAX).
        failures[client] = failures.get(client, 0) + 1
        if len(failures) > 10_000:  # bounded memory whatever the number of clients
            failures.clear()
        await asyncio.sleep(min(LOGIN_DELAY * 2 ** (failures[client] - 1), LOGIN_DELAY_MAX))
        return render(request, "login.html", None, None, 403, error="wrong token")
    failures.pop(client, None)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response
