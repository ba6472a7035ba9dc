"""Every list as CSV at its own path with ``.csv``: ``/timeline.csv`` beside ``/timeline``,
``/api/quotes.csv`` beside ``/api/quotes``, with the same filters (checked as the list checks them: a
bad one is a 400 before anything is sent). Without ``limit`` the download holds every row that matches
(up to ``MAX_ROWS``); it is read from the store a page at a time and streamed, so a large answer never
sits in memory. The columns and the safe cells are know/tables.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from ..know import tables
from ..store import Store
from . import params, searching, views
from .api import Reader

MAX_ROWS = 100_000   # rows of one download without a limit
CHUNK = 500          # rows read from the store at a time
MODALITIES = ("asserted", "scheduled", "possible", "negated")

Query = Mapping[str, str]
Fetch = Callable[[Store, Query, int, int], dict[str, Any]]


def _get(q: Query, name: str) -> str | None:
    return params.blank(q.get(name))


def _timeline(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    return views.timeline(store, treaty=params.treaty(_get(q, "treaty")),
                          actor=params.actor(_get(q, "actor")), lang=params.lang(_get(q, "lang")),
                          since=params.date(_get(q, "since"), "since"),
                          until=params.date(_get(q, "until"), "until"), story=_get(q, "story"),
                          limit=limit, offset=offset)


def _factual(value: str | None) -> bool | None:
    choice = params.choice(value, "factual", ("true", "false"))
    return None if choice is None else choice == "true"


def _facts(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    return views.facts(store, treaty=params.treaty(_get(q, "treaty")), actor=params.actor(_get(q, "actor")),
                       lang=params.lang(_get(q, "lang")), since=params.date(_get(q, "since"), "since"),
                       until=params.date(_get(q, "until"), "until"), factual=_factual(_get(q, "factual")),
                       limit=limit, offset=offset)


def _quotes(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    return views.quotes(store, speaker=params.speaker(_get(q, "speaker")),
                        since=params.date(_get(q, "since"), "since"),
                        until=params.date(_get(q, "until"), "until"), limit=limit, offset=offset)


def _articles(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    since, until = _get(q, "since"), _get(q, "until")
    text = _get(q, "q")
    if text is not None and len(text) > 200:
        raise params.bad("q: a search is at most 200 characters")
    return views.articles(store, lang=params.lang(_get(q, "lang")), since=since, until=until, q=text,
                          limit=limit, offset=offset,
                          bounds=(params.day_bounds(since, "since"), params.day_bounds(until, "until")))


def _search(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    """The articles a search finds (web/searching.py), a page of them."""
    found: dict[str, Any] = searching.search(store, q, limit, offset, whole=False)["articles"]
    return found


def _events(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    since, until = _get(q, "since"), _get(q, "until")
    modality = params.choice(_get(q, "modality"), "modality", MODALITIES)
    return views.events(store, limit=limit, offset=offset,
                        bounds=(params.day_bounds(since, "since"), params.day_bounds(until, "until")),
                        event=params.event(_get(q, "event")), treaty=params.treaty(_get(q, "treaty")),
                        actor=params.actor(_get(q, "actor")), modality=modality,
                        lang=params.lang(_get(q, "lang")), article=_get(q, "article"), since=since,
                        until=until)


def _stories(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    since = params.day_bounds(_get(q, "since"), "since")
    return views.stories(store, since=since[0] if since else None, lang=params.lang(_get(q, "lang")),
                         limit=limit, offset=offset)


def _conflicts(store: Store, q: Query, limit: int, offset: int) -> dict[str, Any]:
    severity = params.choice(_get(q, "severity"), "severity", ("high", "medium", "low"))
    return views.conflicts(store, severity=severity, limit=limit, offset=offset)


# The lists with a page of their own (/timeline.csv and /api/timeline.csv), then the API's only.
PAGES: dict[str, Fetch] = {"timeline": _timeline, "quotes": _quotes, "articles": _articles,
                           "stories": _stories, "conflicts": _conflicts, "search": _search}
API_ONLY: dict[str, Fetch] = {"facts": _facts, "events": _events}


def _stream(store: Store, kind: str, fetch: Fetch, q: Query, first: dict[str, Any], wanted: int,
            offset: int) -> Iterator[str]:
    """The header and the rows of ``first`` (read already: bad filters fail before anything is sent),
    then the following pages until ``wanted`` rows are out or the list ends."""
    yield from tables.csv_lines(tables.columns(kind), ())
    page, sent = first, 0
    while True:
        items = page["items"][:wanted - sent]
        yield from tables.csv_lines((), tables.rows(kind, items), header=False)
        sent += len(items)
        if sent >= wanted or page["next_offset"] is None:
            return
        page = fetch(store, q, min(CHUNK, wanted - sent), offset + sent)


def download(store: Store, kind: str, fetch: Fetch, q: Query, filename: str) -> StreamingResponse:
    wanted = params.bounded(q.get("limit"), "limit", MAX_ROWS, 1, MAX_ROWS)
    offset = params.bounded(q.get("offset"), "offset", 0, 0, params.MAX_OFFSET)
    first = fetch(store, q, min(CHUNK, wanted), offset)
    return StreamingResponse(_stream(store, kind, fetch, q, first, wanted, offset),
                             media_type="text/csv; charset=utf-8",
                             headers={"content-disposition": f'attachment; filename="{filename}"'})


router = APIRouter(include_in_schema=False)


def _route(path: str, kind: str, fetch: Fetch, filename: str) -> None:
    def answer(request: Request, store: Reader) -> StreamingResponse:
        return download(store, kind, fetch, request.query_params, filename)

    answer.__name__ = f"csv_{path.strip('/').replace('/', '_').replace('.', '_')}"
    router.add_api_route(path, answer, methods=["GET"])


for _kind, _fetch in PAGES.items():
    _route(f"/{_kind}.csv", _kind, _fetch, f"treatywatch-{_kind}.csv")
    _route(f"/api/{_kind}.csv", _kind, _fetch, f"treatywatch-{_kind}.csv")
for _kind, _fetch in API_ONLY.items():
    _route(f"/api/{_kind}.csv", _kind, _fetch, f"treatywatch-{_kind}.csv")
_route("/events.csv", "events", _events, "treatywatch-events.csv")
