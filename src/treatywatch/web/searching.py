"""The search's parameters as the API, the page and the CSV download take them (checked once, a clear
400 otherwise), and the links of the search page's facets."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ..know.search import Narrow
from ..store import Store
from . import params, views

MAX_QUERY = 200
NARROWING = ("lang", "source", "treaty", "actor", "person", "since", "until")
_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?")


def query_text(value: str | None) -> str:
    q = params.blank(value)
    if q is None:
        raise params.bad("q: empty search")
    if len(q) > MAX_QUERY:
        raise params.bad(f"q: a search is at most {MAX_QUERY} characters")
    return q


def source(value: str | None) -> str | None:
    """An outlet's domain (as the facets give it: reuters.com)."""
    value = params.blank(value)
    if value is None:
        return None
    value = value.lower()
    if not _DOMAIN.fullmatch(value):
        raise params.bad(f"source: {value!r} is not a domain (an outlet as the facets name it: reuters.com)")
    return value


def narrow(given: Mapping[str, str | None]) -> tuple[Narrow, dict[str, str | None]]:
    """The narrowing parameters, checked, and as typed (for the answer's ``query``)."""
    typed = {name: params.blank(given.get(name)) for name in NARROWING}
    return Narrow(lang=params.lang(typed["lang"]), source=source(typed["source"]),
                  treaty=params.treaty(typed["treaty"]), actor=params.actor(typed["actor"]),
                  person=params.speaker(typed["person"]), since=params.day_bounds(typed["since"], "since"),
                  until=params.day_bounds(typed["until"], "until")), typed


def search(store: Store, given: Mapping[str, str | None], limit: int, offset: int,
           whole: bool = True) -> dict[str, Any]:
    """The search the parameters ``given`` ask for (``q`` and the narrowing ones; views.search)."""
    q = query_text(given.get("q"))
    found, typed = narrow(given)
    return views.search(store, q, narrow=found, typed=typed, limit=limit, offset=offset, whole=whole)


def facet_links(url_with: Callable[[dict[str, str]], str], data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each facet value with the link that narrows the search to it (a month sets since and until)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, values in data["facets"].items():
        param = {"language": "lang", "month": "since"}.get(name, name)
        shown = []
        for v in values:
            if v["value"] is None:   # undated: nothing narrows to it
                shown.append(v | {"link": None})
                continue
            changes = {param: v["value"]} | ({"until": v["value"]} if name == "month" else {})
            shown.append(v | {"link": url_with(changes)})
        out[name] = shown
    return out
