"""What a search's matches hold, counted: by language, outlet, month of publication, and by the
treaties, actors (states and organisations) and people their understanding names. Each count is of
articles, and each value is one that narrows the search (know/search.py's Narrow).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from ..lexicon import load_lexicon
from ..store import Store
from ..store import schema as s
from .outlets import outlet_of

Facets = dict[str, list[dict[str, Any]]]

SHOWN = 20        # values per facet, most frequent first
CHUNK = 5_000     # article keys per query

# facet -> the mention kinds counted under it
ENTITY_FACETS = {"treaty": ("treaty",), "actor": ("state", "org"), "person": ("person",)}


def _top(counts: Counter[Any]) -> list[tuple[Any, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:SHOWN]


def _known() -> dict[str, frozenset[str]]:
    """The slugs each entity facet shows: those the lexicon lists (not a name read without a listing)."""
    lexicon = load_lexicon()
    return {"treaty": frozenset(t.slug for t in lexicon.treaties),
            "actor": frozenset(x.slug for x in lexicon.states),
            "person": frozenset(p.slug for p in lexicon.people)}


def _entity_counts(store: Store, pks: list[int]) -> dict[str, Counter[str]]:
    m = s.mentions
    known = _known()
    counts: dict[str, Counter[str]] = {name: Counter() for name in ENTITY_FACETS}
    facet_of = {kind: name for name, kinds in ENTITY_FACETS.items() for kind in kinds}
    with store.engine.connect() as conn:
        for i in range(0, len(pks), CHUNK):
            chunk = pks[i:i + CHUNK]
            query = (select(m.c.kind, m.c.slug, func.count(m.c.article_pk.distinct()))
                     .where(m.c.article_pk.in_(chunk), m.c.kind.in_(list(facet_of)))
                     .group_by(m.c.kind, m.c.slug))
            for kind, slug, n in conn.execute(query):
                if slug in known[facet_of[kind]]:
                    counts[facet_of[kind]][slug] += int(n)   # chunks hold distinct articles: sums are exact
    return counts


def count_facets(store: Store, rows: list[dict[str, Any]]) -> Facets:
    """The facets of the matching articles ``rows`` (each with pk, language, published, url, source)."""
    languages = Counter(r["language"] for r in rows)
    months = Counter((r["published"] or "")[:7] or None for r in rows)
    sources = Counter(r["source"] for r in rows if r["source"] is not None)
    urls = {r["source"]: r["url"] for r in rows if r["source"] is not None}
    out: Facets = {
        "language": [{"value": v, "count": n} for v, n in _top(languages)],
        "source": [{"value": v, "name": _outlet_name(urls[v]), "count": n} for v, n in _top(sources)],
        "month": [{"value": v, "count": n} for v, n in sorted(months.items(), key=lambda kv: kv[0] or "0",
                                                                reverse=True)[:SHOWN]],
    }
    for name, counts in _entity_counts(store, [r["pk"] for r in rows]).items():
        out[name] = [{"value": v, "count": n} for v, n in _top(counts)]
    return out


@lru_cache(maxsize=1 << 16)   # addresses repeat from search to search; outlet_of reads the table's path
def outlet(url: str | None) -> tuple[str, str] | None:
    """The (domain, name) of an address's outlet (know/outlets.py), None for no http(s) address."""
    found = outlet_of(url)
    return (found.domain, found.name) if found else None


def _outlet_name(url: str | None) -> str:
    found = outlet(url)
    return found[1] if found else ""
