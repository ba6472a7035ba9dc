"""Analysts' corrections on the web: POST /api/facts/ID/corrections (JSON, the token as for uploads),
GET /api/corrections, the form on a fact's page (POST /facts/ID/corrections, the token in the form) and
the /corrections page. Each write is know.correcting.correct, as ``treatywatch correct`` does it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..errors import TreatywatchError
from ..know import listing
from ..know.correcting import MAX_NOTE, MAX_WHO, correct, correction_record
from . import views
from .api import Limit, Offset, Reader, _errors
from .app import _status_and_message
from .params import WebError, paging
from .security import Denied, require_write

router = APIRouter()


class CorrectionBody(BaseModel):
    kind: Literal["wrong", "merge", "date", "actor", "modality"]
    value: Annotated[str | None, Field(max_length=200, description="The new date (YYYY, YYYY-MM, YYYY-MM-DD), "
                                       "actor slug (none: the treaty itself) or modality; merge: the other "
                                       "fact's id; wrong: nothing")] = None
    note: Annotated[str, Field(min_length=1, max_length=MAX_NOTE, description="Why")]
    by: Annotated[str, Field(min_length=1, max_length=MAX_WHO, description="Who corrects it")]


def _made(fact_id: str, c: Any) -> dict[str, Any]:
    now = c.result.id if c.result else None
    return {"correction": correction_record(c), "fact": now or fact_id,
            "page": f"/facts/{quote(now or fact_id, safe='')}"}


@router.post("/api/facts/{fact_id}/corrections", status_code=201, tags=["api"],
             summary="Correct a fact: mark it wrong, merge it into another, or fix its date, actor or modality",
             responses=_errors(401, 403, 404), openapi_extra={"security": [{"bearer": []}]})
async def post_correction(request: Request, fact_id: str, body: CorrectionBody) -> JSONResponse:
    require_write(request.app.state.config, request)
    c = await run_in_threadpool(correct, request.app.state.stores.writer(), fact_id, body.kind, body.value,
                                body.note, body.by)
    return JSONResponse(_made(fact_id, c), status_code=201)


@router.get("/api/corrections", tags=["api"], responses=_errors(),
            summary="The analysts' corrections, in the order made, with the fact each applies to now")
def corrections_api(store: Reader, limit: Limit = None, offset: Offset = None) -> JSONResponse:
    return JSONResponse(_page(store, limit, offset))


def _page(store: Any, limit: int | None, offset: int | None) -> dict[str, Any]:
    n, skip = paging(limit, offset, 100)
    records = listing.corrections(store).records
    return {"items": records[skip:skip + n], "limit": n, "offset": skip,
            "next_offset": skip + n if len(records) > skip + n else None, "total": len(records)}


@router.get("/corrections", include_in_schema=False)
def corrections_page(request: Request, store: Reader) -> Response:
    from .pages import render

    n, skip = paging(request.query_params.get("limit"), request.query_params.get("offset"), 100)
    return render(request, "corrections.html", _page(store, n, skip), "/api/corrections")


@router.post("/facts/{fact_id}/corrections", include_in_schema=False)
async def correct_form(request: Request, store: Reader, fact_id: str) -> Response:
    """The fact page's form: on success back to the fact (its new id when corrected away); a wrong token
    or value shows the page again with the message and what was typed."""
    from .pages import render

    form = await request.form(max_files=0, max_fields=10)
    given = {k: v for k in ("kind", "value", "note", "by", "token") if isinstance(v := form.get(k), str)}
    try:
        require_write(request.app.state.config, request, given.get("token"))
        c = await run_in_threadpool(correct, request.app.state.stores.writer(), fact_id, given.get("kind", ""),
                                    given.get("value"), given.get("note"), given.get("by"))
    except (Denied, WebError, TreatywatchError) as e:
        status, message = _status_and_message(e)
        data = await run_in_threadpool(views.fact, store, fact_id)
        typed = {k: v for k, v in given.items() if k != "token"}
        return render(request, "fact.html", data, f"/api/facts/{quote(fact_id, safe='')}", status,
                      error=message, typed=typed)
    return RedirectResponse(_made(fact_id, c)["page"], status_code=303)
