"""The watch on the web: sources (with their health) and alerts, listed for readers, added and removed
by a token holder (POST forms with the token, as the upload form), and each alert's Atom feed at
``/alerts/NAME.atom`` for any feed reader. JSON twins under /api/sources and /api/alerts.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ..errors import TreatywatchError
from ..store import Store
from ..watch import alerts as watch_alerts
from ..watch import records
from .api import Reader
from .params import WebError
from .security import Denied, require_write

router = APIRouter()


def _sources(store: Store) -> dict[str, Any]:
    return {"items": [asdict(s) for s in records.list_sources(store)]}


def _alerts(store: Store) -> dict[str, Any]:
    return {"items": [{**{k: v for k, v in asdict(a).items() if k != "secret"}, "watches": a.describe(),
                       "feed": f"/alerts/{a.name}.atom", "deliveries": c}
                      for a, c in watch_alerts.list_alerts(store)]}


@router.get("/api/sources", tags=["watch"], summary="The sources watched, with their health")
def api_sources(store: Reader) -> JSONResponse:
    return JSONResponse(_sources(store))


@router.get("/api/alerts", tags=["watch"], summary="The alerts and their deliveries")
def api_alerts(store: Reader) -> JSONResponse:
    return JSONResponse(_alerts(store))


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request, store: Reader) -> Response:
    from .pages import render
    return render(request, "sources.html", _sources(store), "/api/sources")


@router.get("/alerts", include_in_schema=False)
def alerts_page(request: Request, store: Reader) -> Response:
    from .pages import render
    return render(request, "alerts.html", _alerts(store), "/api/alerts")


@router.get("/alerts/{name}.atom", include_in_schema=False)
def alert_feed(request: Request, store: Reader, name: str) -> Response:
    base = str(request.base_url)
    return Response(watch_alerts.atom(store, name, base), media_type="application/atom+xml; charset=utf-8")


async def _form(request: Request) -> dict[str, str]:
    try:
        form = await request.form(max_files=0, max_fields=20)
    except Exception as e:  # noqa: BLE001 - python-multipart's errors: a malformed body is the client's
        raise WebError(400, f"malformed form: {e}") from None
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _write(request: Request, form: dict[str, str]) -> None:
    require_write(request.app.state.config, request, form.get("token") or None)


@router.post("/sources", include_in_schema=False)
async def sources_change(request: Request) -> Response:
    from .pages import render
    form = await _form(request)
    store = request.app.state.stores.writer()
    try:
        _write(request, form)
        if form.get("remove"):
            await run_in_threadpool(records.remove_source, store, form["remove"])
        else:
            await run_in_threadpool(records.add_source, store, form.get("url", ""), form.get("name") or None,
                                    form.get("every") or "15m", form.get("kind") or "auto")
    except Denied as e:
        return render(request, "sources.html", _sources(store), "/api/sources", e.status, error=e.message)
    except TreatywatchError as e:
        return render(request, "sources.html", _sources(store), "/api/sources", 400, error=str(e))
    return RedirectResponse("/sources", status_code=303)


@router.post("/alerts", include_in_schema=False)
async def alerts_change(request: Request) -> Response:
    from .pages import render
    form = await _form(request)
    store = request.app.state.stores.writer()
    try:
        _write(request, form)
        if form.get("remove"):
            await run_in_threadpool(watch_alerts.remove_alert, store, form["remove"])
        else:
            def add() -> None:
                watch_alerts.add_alert(store, form.get("name", ""), to=form.get("to", "feed"),
                                       events=(form.get("event") or "").split(","),
                                       treaty=form.get("treaty") or None, actor=form.get("actor") or None,
                                       speaker=form.get("speaker") or None, query=form.get("query") or None,
                                       conflicts=bool(form.get("conflicts")))
            await run_in_threadpool(add)
    except Denied as e:
        return render(request, "alerts.html", _alerts(store), "/api/alerts", e.status, error=e.message)
    except TreatywatchError as e:
        return render(request, "alerts.html", _alerts(store), "/api/alerts", 400, error=str(e))
    return RedirectResponse("/alerts", status_code=303)
