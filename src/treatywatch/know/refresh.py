"""Keeping the record (the facts, their claims and conflicts: store/schema.py) in step with the articles.

The record is derived data, rebuilt where articles are written, never where they are read:
``pipeline.ingest_items`` (the command line's ingest and the web's uploads), ``reunderstand``
(``treatywatch understand``), the batch loader and ``stories --recluster`` call ``keep_record`` or
``refresh_facts``; readers only ask ``is_stale`` and say so. ``treatywatch refresh`` rebuilds what an
older treatywatch left behind.

- ``refresh_facts`` rebuilds all of it, or only the (event, treaty, actor) keys a batch of articles
  touched, in one write transaction;
- ``record_facts`` merges the record in memory (the eval export), reading only;
- ``record_state`` / ``is_stale``: what the record was built from, and whether the articles changed since.

Both lay the analysts' corrections over the facts they merge, before conflicts and belief read them
(know/corrections.py): a partial rebuild takes with its keys every key a correction ties to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..store import Store
from ..store import schema as s
from ..store.bulk import write_rows
from ..store.latest import latest_pks
from ..store.schema import KNOW_TABLES, fact_claims, fact_conflicts, fact_meta, facts
from . import dates
from .belief import believe
from .conflicts import Conflict, find_conflicts
from .corrections import overlay, read_corrections, related
from .facts import Claim, Fact, merge
from .queries import Key, claim, claims_query, key_filter, read_links
from .reference import Reference, load_reference

_CHUNK = 500


def _sort_text(date: str | None) -> str:
    return "|".join(f"{x:04d}" for x in dates.sort_key(date))


def _fact_row(f: Fact) -> dict[str, Any]:
    b = dates.bounds(f.date)
    return {"id": f.id, "event": f.event, "treaty": f.treaty, "actor": f.actor, "date": f.date,
            "precision": f.precision, "section": f.section, "sort_key": _sort_text(f.date),
            "date_start": b[0] if b else None, "date_end": b[1] if b else None, "factual": f.factual,
            "modality": f.modality, "sources": f.sources, "confidence": f.confidence,
            "claims": len(f.claims), "languages": " " + " ".join(f.languages) + " ",
            "reference_check": f.check, "confident": f.confident, "reasons": "\n".join(f.reasons)}


def _touched_keys(conn: Connection, article_ids: Sequence[str]) -> list[Key]:
    keys: set[Key] = set()
    e, a = s.events, s.articles
    for i in range(0, len(article_ids), _CHUNK):
        chunk = list(article_ids[i:i + _CHUNK])
        keys.update((r[0], r[1], r[2]) for r in conn.execute(
            select(e.c.event, e.c.treaty, e.c.actor).join(a, a.c.pk == e.c.article_pk)
            .where(a.c.article_id.in_(chunk)).distinct()))
        keys.update((r[0], r[1], r[2]) for r in conn.execute(
            select(facts.c.event, facts.c.treaty, facts.c.actor)
            .join(fact_claims, fact_claims.c.fact_id == facts.c.id)
            .where(fact_claims.c.article_id.in_(chunk)).distinct()))
    return sorted(keys, key=lambda k: (k[0], k[1] or "", k[2] or ""))


def _believed(f: Fact, reference: Reference, found: Sequence[Conflict]) -> Fact:
    b = believe(f, reference, found)
    return replace(f, check=b.check, confident=b.confident, reasons=b.reasons)


def _all_believed(merged: Sequence[Fact], reference: Reference, found: Sequence[Conflict]) -> list[Fact]:
    """``_believed`` for every fact, each given only the conflicts it is part of (all that ``believe``
    reads): not every conflict for every fact, which grew with the square of the record."""
    mine: dict[str, list[Conflict]] = {}
    for c in found:
        for fact_id in dict.fromkeys(c.fact_ids):
            mine.setdefault(fact_id, []).append(c)
    return [_believed(f, reference, mine.get(f.id, [])) for f in merged]


def record_facts(store: Store, reference: Reference | None = None) -> list[Fact]:
    """The record as the articles now stored make it (every fact, negated, possible and unconfirmed ones
    included, each with why it is believed), merged in memory from the latest version of each article:
    reading, never writing. The same merge, conflicts and belief as ``refresh_facts``."""
    reference = reference or load_reference()
    links = read_links(store)
    with store.engine.connect() as conn:
        q = claims_query().where(s.events.c.article_pk.in_(latest_pks()))
        claims = [claim(row) for row in conn.execute(q).mappings()]
        corrections = read_corrections(conn)
    merged = overlay(merge(claims, links), corrections, links).facts
    found = find_conflicts(merged, reference)
    return _all_believed(merged, reference, found)


@dataclass(frozen=True)
class Refreshed:
    facts: int
    claims: int
    conflicts: int


def refresh_facts(store: Store, article_ids: Iterable[str] | None = None,
                  reference: Reference | None = None) -> Refreshed:
    """Rebuild the facts (all, or those whose keys ``article_ids`` touch) in one transaction."""
    reference = reference or load_reference()
    links = read_links(store)
    with store.writing() as conn:  # queues behind other writers instead of failing on them
        keys: list[Key] | None = None
        if article_ids is not None:
            keys = _touched_keys(conn, sorted(set(article_ids)))
            if not keys:
                return Refreshed(0, 0, 0)
        corrections = read_corrections(conn)
        if keys is not None:  # with the keys corrections tie them to: they are rebuilt together
            keys = related(keys, corrections)
        claims, pks = read_claims(conn, keys)
        merged = overlay(merge(claims, links), corrections, links).facts
        found = find_conflicts(merged, reference)
        merged = _all_believed(merged, reference, found)
        _clear(conn, keys)
        _write(conn, merged, found, pks)
        conn.execute(delete(fact_meta))
        conn.execute(insert(fact_meta), [{"name": k, "value": v} for k, v in _built_from(conn).items()])
        if keys is None:
            # A rebuilt table needs fresh planner statistics, or PostgreSQL picks plans 5x slower
            # until autovacuum comes by (bench/query.py); table names are ours, not input.
            for t in ("facts", "fact_claims", "fact_conflicts"):
                conn.exec_driver_sql(f"ANALYZE {t}")
    return Refreshed(len(merged), len(claims), len(found))


def read_claims(conn: Connection, keys: Sequence[Key] | None) -> tuple[list[Claim], dict[tuple[str, int], int]]:
    """The claims of the latest articles (with ``keys``: of those (event, treaty, actor) only), and the
    article version each comes from."""
    claims: list[Claim] = []
    pks: dict[tuple[str, int], int] = {}
    batches = [None] if keys is None else [keys[i:i + 50] for i in range(0, len(keys), 50)]
    for batch in batches:
        q = claims_query().where(s.events.c.article_pk.in_(latest_pks()))
        if batch is not None:
            q = q.where(key_filter(batch))
        for row in conn.execute(q).mappings():
            claims.append(claim(row))
            pks[(row["article_id"], row["idx"])] = row["article_pk"]
    return claims, pks


def _built_from(conn: Connection) -> dict[str, str]:
    u = s.understandings
    n, last = conn.execute(select(func.count(), func.max(u.c.understood_at))).one()
    events = conn.execute(select(func.count()).select_from(s.events)).scalar_one()
    return {"understandings": str(n), "understood_at": str(last or ""), "events": str(events)}


def _stale(conn: Connection) -> bool:
    built = {r[0]: r[1] for r in conn.execute(select(fact_meta.c.name, fact_meta.c.value))}
    now = _built_from(conn)
    return built != now and not (not built and now["understandings"] == "0")   # empty: nothing to build


def is_stale(store: Store) -> bool:
    """Whether understandings changed since the record was built (reading only: a reader says so)."""
    if not store.has_table("facts"):
        raise StoreError(f"{store.url} has no tables for facts: treatywatch refresh brings it up to date")
    with store.engine.connect() as conn:
        return _stale(conn)


STALE_NOTE = "note: the record is older than the articles: run `treatywatch refresh`"


def refresh_if_stale(store: Store) -> Refreshed | None:
    """Rebuild the whole record when understandings changed since it was built (``treatywatch
    refresh``, and writers that find a record an older version left behind)."""
    return refresh_facts(store) if is_stale(store) else None


def keep_record(store: Store, article_ids: Iterable[str], fresh_before: bool) -> Refreshed | None:
    """After a writer stored and understood ``article_ids``: the keys they touch when the record was
    fresh before the writes (``fresh_before``: ``not is_stale`` asked before them), else all of it."""
    ids = sorted(set(article_ids))
    if not fresh_before:
        return refresh_facts(store)
    return refresh_facts(store, ids) if ids else None


def record_state(store: Store) -> tuple[tuple[str, str], ...]:
    """What the record's facts were built from (store.schema.fact_meta): equal states, equal facts."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(fact_meta.c.name, fact_meta.c.value))
        return tuple(sorted((r[0], r[1]) for r in rows))


def _clear(conn: Connection, keys: list[Key] | None) -> None:
    if keys is None:
        for t in KNOW_TABLES:
            conn.execute(delete(t))
        return
    for i in range(0, len(keys), 50):
        f = facts
        cond = or_(*(and_(f.c.event == ev, f.c.treaty.is_(None) if tr is None else f.c.treaty == tr,
                          f.c.actor.is_(None) if ac is None else f.c.actor == ac)
                     for ev, tr, ac in keys[i:i + 50]))
        ids = select(f.c.id).where(cond)
        conn.execute(delete(fact_conflicts).where(or_(fact_conflicts.c.left_fact.in_(ids),
                                                      fact_conflicts.c.right_fact.in_(ids))))
        conn.execute(delete(fact_claims).where(fact_claims.c.fact_id.in_(ids)))
        conn.execute(delete(f).where(cond))


def _write(conn: Connection, merged: list[Fact], found: list[Conflict],
           pks: dict[tuple[str, int], int]) -> None:
    rows = [_fact_row(f) for f in merged]
    claim_rows = [{"fact_id": f.id, "rank": r, "article_pk": pks[(c.article, c.idx)], "idx": c.idx,
                   "article_id": c.article, "language": c.language}
                  for f in merged for r, c in enumerate(f.claims)]
    conflict_rows = [{"id": c.id, "kind": c.kind, "severity": c.severity, "summary": c.summary,
                      "left_fact": c.left.id, "right_fact": c.right.id if c.right else None,
                      "reference": c.reference_id} for c in found]
    for t, batch in ((facts, rows), (fact_claims, claim_rows), (fact_conflicts, conflict_rows)):
        write_rows(conn, t, batch)   # one statement a table (COPY on PostgreSQL)
