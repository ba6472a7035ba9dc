"""The REST API under /api: JSON twins of the pages, each built by the same views.py function.

Every list takes ``limit``/``offset`` and answers ``{"items": [...], "limit", "offset", "next_offset"}``
(``next_offset`` null on the last page). Errors are ``{"error": "..."}``: 400 a bad parameter, 401/403
the token, 404 an unknown id, 413 a body over the limit, 415 a wrong Content-Type, 422 an input that
was refused (quarantined, with its reasons).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from ..store import Store
from . import params, searching, views
from .params import MAX_LIMIT, MAX_OFFSET, WebError
from .security import require_read, require_write
from .upload import Upload, file_upload, ingest, pasted_upload, raw_upload


def _json(data: dict[str, Any]) -> JSONResponse:
    # Straight to JSON: FastAPI's generic encoder would walk every nested dict again (8x slower).
    return JSONResponse(data)


class ErrorBody(BaseModel):
    error: str


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody} for code in (400, *codes)}


def reader(request: Request) -> Store:
    """The read-only store for one request, after the read check."""
    require_read(request.app.state.config, request)
    return Store(request.app.state.engine)


Reader = Annotated[Store, Depends(reader)]
Limit = Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int | None, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
DateQ = Annotated[str | None, Query(
    description="YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or N days/weeks/months/years ago.", max_length=40)]
LangQ = Annotated[str | None, Query(description="ISO 639-1 language code: ar, en, vi ...", max_length=3)]
SlugQ = Annotated[str | None, Query(max_length=64)]

router = APIRouter(prefix="/api", tags=["api"], responses=_errors())


@router.get("/dashboard", summary="Each treaty's status per party, the latest facts and stories")
def dashboard(request: Request, store: Reader) -> JSONResponse:
    return _json(views.dashboard(store, status=request.app.state.memo.overview(store)))


@router.get("/articles", summary="Articles (latest version of each), newest first")
def articles(store: Reader, lang: LangQ = None, since: DateQ = None, until: DateQ = None,
             q: Annotated[str | None, Query(max_length=200, description="Words in the title or text.")] = None,
             limit: Limit = None, offset: Offset = None,
             after: Annotated[str | None, Query(max_length=400, description="Keyset paging: the next_cursor of "
                                                "the page before (offset then counts from it).")] = None
             ) -> JSONResponse:
    n, skip = params.paging(limit, offset)
    bounds = (params.day_bounds(since, "since"), params.day_bounds(until, "until"))
    return _json(views.articles(store, lang=params.lang(lang), since=params.blank(since), until=params.blank(until),
                          q=params.blank(q), limit=n, offset=skip, after=params.blank(after), bounds=bounds))


@router.get("/articles/{article_id:path}", summary="One article: text, sentences and what was found in it",
            responses=_errors(404))
def article(store: Reader, article_id: str, version: Annotated[int | None, Query(ge=1, le=1_000_000)] = None
            ) -> JSONResponse:
    return _json(views.article(store, article_id, version))


# Documented: one Content-Type per reader (the aliases in upload.CONTENT_TYPES are accepted too).
_BODY = {"requestBody": {"required": True, "content": {
    **{kind: {"schema": {"type": "string"}} for kind in ("text/plain", "text/html", "application/x-ndjson")},
    "application/json": {"schema": {"oneOf": [{"type": "object"}, {"type": "array", "items": {"type": "object"}}]}},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "text": {"type": "string"}, "name": {"type": "string"}}}},
}}, "security": [{"bearer": []}]}


@router.post("/articles", status_code=201, openapi_extra=_BODY, responses=_errors(401, 403, 413, 415, 422) | {
    200: {"description": "Nothing new: every article was already stored"}},
    summary="Ingest articles: text, HTML, JSON (a record or a list), JSON Lines, or multipart files")
async def post_articles(request: Request,
                        name: Annotated[str | None, Query(max_length=200, description="File name: its stem is "
                                                          "the article id (raw bodies)")] = None) -> JSONResponse:
    config = request.app.state.config
    uploads = await _uploads(request, name, config)
    result = await run_in_threadpool(ingest, request.app.state.stores.writer(), uploads)
    if not result["articles"]:
        reasons = "; ".join(r["reason"] for r in result["rejected"][:3]) or "no article in the body"
        return JSONResponse({"error": f"nothing could be read: {reasons}"} | result, status_code=422)
    fresh = any(a["status"] != "unchanged" for a in result["articles"])
    return JSONResponse(result, status_code=201 if fresh else 200)


async def _uploads(request: Request, name: str | None, config: Any) -> list[Upload]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "multipart/form-data":
        require_write(config, request)
        return [raw_upload(await request.body(), kind, name)]
    try:
        form = await request.form(max_files=100, max_fields=20)
    except Exception as e:  # noqa: BLE001 - python-multipart's errors: a malformed body is the client's
        raise WebError(400, f"malformed multipart body: {e}") from None
    token = form.get("token")
    require_write(config, request, token if isinstance(token, str) else None)
    uploads = []
    for value in form.getlist("files") + form.getlist("file"):
        if not isinstance(value, str):
            uploads.append(file_upload(await value.read(), value.filename))
    text, given = form.get("text"), form.get("name")
    if isinstance(text, str) and text.strip():
        uploads.append(pasted_upload(text, given if isinstance(given, str) else name))
    if not uploads:
        raise WebError(400, "nothing to ingest: send files (field 'files') or text (field 'text')")
    return uploads


@router.get("/facts", summary="Facts (events merged across articles and languages) with their evidence")
def facts(store: Reader, treaty: SlugQ = None, actor: SlugQ = None, lang: LangQ = None, since: DateQ = None,
          until: DateQ = None, factual: Annotated[bool | None, Query(description="true: what happened or is "
                                                                     "due; false: denied or possible")] = None,
          limit: Limit = None, offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset, 100)
    return _json(views.facts(store, treaty=params.treaty(treaty), actor=params.actor(actor),
                       lang=params.lang(lang), since=params.date(since, "since"), until=params.date(until, "until"),
                       factual=factual, limit=n, offset=skip))


@router.get("/facts/{fact_id}", summary="One fact with every piece of evidence, in its own language",
            responses=_errors(404))
def fact(store: Reader, fact_id: str) -> JSONResponse:
    return _json(views.fact(store, fact_id))


@router.get("/events", summary="Event mentions as each article states them (since/until: published)")
def events(store: Reader, event: SlugQ = None, treaty: SlugQ = None, actor: SlugQ = None,
           modality: Annotated[str | None, Query(max_length=16)] = None, lang: LangQ = None,
           article: Annotated[str | None, Query(max_length=300)] = None, since: DateQ = None,
           until: DateQ = None, limit: Limit = None, offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset)
    bounds = (params.day_bounds(since, "since"), params.day_bounds(until, "until"))
    return _json(views.events(store, limit=n, offset=skip, bounds=bounds, event=params.event(event),
                        treaty=params.treaty(treaty), actor=params.actor(actor),
                        modality=params.choice(modality, "modality", ("asserted", "scheduled", "possible", "negated")),
                        lang=params.lang(lang), article=params.blank(article), since=params.blank(since),
                        until=params.blank(until)))


@router.get("/quotes", summary="Quotations, newest first")
def quotes(store: Reader, speaker: SlugQ = None, since: DateQ = None, until: DateQ = None, limit: Limit = None,
           offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset)
    return _json(views.quotes(store, speaker=params.speaker(speaker), since=params.date(since, "since"),
                        until=params.date(until, "until"), limit=n, offset=skip))


@router.get("/stories", summary="Stories across languages, latest first")
def stories(store: Reader, since: DateQ = None, lang: LangQ = None, limit: Limit = None,
            offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset, 20)
    bounds = params.day_bounds(since, "since")
    start = bounds[0] if bounds else None
    return _json(views.stories(store, since=start, lang=params.lang(lang), limit=n, offset=skip))


@router.get("/stories/{story_id:path}", summary="One story (by its id or one of its articles' ids)",
            responses=_errors(404))
def story(store: Reader, story_id: str) -> JSONResponse:
    return _json(views.story(store, story_id))


@router.get("/timeline", summary="Facts in time order", responses=_errors(404))
def timeline(store: Reader, treaty: SlugQ = None, actor: SlugQ = None, lang: LangQ = None, since: DateQ = None,
             until: DateQ = None, story: Annotated[str | None, Query(max_length=300)] = None, limit: Limit = None,
             offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset, 100)
    return _json(views.timeline(store, treaty=params.treaty(treaty), actor=params.actor(actor),
                          lang=params.lang(lang), since=params.date(since, "since"),
                          until=params.date(until, "until"), story=params.blank(story), limit=n, offset=skip))


@router.get("/status", summary="Treaty status per party (news beside reference), today or on a day")
def status(store: Reader, treaty: SlugQ = None, as_of: DateQ = None) -> JSONResponse:
    return _json(views.status(store, params.treaty(treaty), params.date(as_of, "as_of")))


@router.get("/treaties/{slug}", summary="One treaty: status history per party, facts, quotes, stories",
            responses=_errors(404))
def treaty(store: Reader, slug: str) -> JSONResponse:
    return _json(views.treaty(store, slug))


@router.get("/states/{state}", summary="One state or organisation: its facts, its people's quotes, its stories",
            responses=_errors(404))
def state(store: Reader, state: str) -> JSONResponse:
    return _json(views.state(store, state))


@router.get("/people/{person}", summary="One person: facts whose evidence names them, their quotes, stories",
            responses=_errors(404))
def person(store: Reader, person: str) -> JSONResponse:
    return _json(views.person(store, person))


@router.get("/conflicts", summary="Facts that cannot both be true, with both sides' evidence")
def conflicts(store: Reader, severity: Annotated[str | None, Query(max_length=8)] = None, limit: Limit = None,
              offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset)
    return _json(views.conflicts(store, severity=params.choice(severity, "severity", ("high", "medium", "low")),
                           limit=n, offset=skip))


@router.get("/search", summary="Full text over the articles (every language) and the quotes, with facets")
def search(store: Reader, q: Annotated[str, Query(min_length=1, max_length=200)], lang: LangQ = None,
           source: Annotated[str | None, Query(max_length=253, description="An outlet's domain.")] = None,
           treaty: SlugQ = None, actor: SlugQ = None, person: SlugQ = None, since: DateQ = None,
           until: DateQ = None, limit: Limit = None, offset: Offset = None) -> JSONResponse:
    n, skip = params.paging(limit, offset, 20)
    given = {"q": q, "lang": lang, "source": source, "treaty": treaty, "actor": actor, "person": person,
             "since": since, "until": until}
    return _json(searching.search(store, given, n, skip))
