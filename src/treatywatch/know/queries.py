"""The one query layer over the store that the CLI, the API and the pages share.

- ``refresh_facts`` rebuilds the record (facts, their claims, conflicts) from the events table: all of
  it, or only the (event, treaty, actor) keys that a batch of articles touched.
- ``timeline``, ``status``, ``conflicts``, ``fact``, ``quotes`` read it and hand back the pure core's
  records (know/facts.py, status.py, conflicts.py, timeline.py), never rows.

Links between articles (duplicates, translations) are read from the link step's ``links`` table when
the database has one; without it every article is an independent source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, column, delete, func, insert, or_, select, table
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..store import Store
from ..store import schema as s
from ..store.schema import KNOW_TABLES, fact_claims, fact_conflicts, fact_meta, facts
from . import dates
from .belief import believe
from .conflicts import Conflict, find_conflicts
from .facts import Claim, Fact, Link, merge
from .quotes import QuoteRow
from .reference import Reference, load_reference
from .status import STATE_OF, PartyStatus, treaty_status
from .timeline import Timeline, TimelineQuery
from .timeline import timeline as build_timeline

Key = tuple[str, str | None, str | None]
_CHUNK = 500


def _latest_pks() -> Any:
    a = s.articles
    newest = select(a.c.article_id, func.max(a.c.version).label("version")).group_by(a.c.article_id).subquery()
    return select(a.c.pk).join(newest, and_(a.c.article_id == newest.c.article_id,
                                            a.c.version == newest.c.version))


def _claims_query() -> Select[Any]:
    e, a, u = s.events, s.articles, s.understandings
    return (select(e, a.c.article_id, a.c.url, a.c.title,
                   func.coalesce(u.c.language, a.c.language).label("language"),
                   func.coalesce(u.c.published, a.c.published).label("published"))
            .join(a, a.c.pk == e.c.article_pk)
            .outerjoin(u, u.c.article_pk == a.c.pk))


def _claim(row: Any) -> Claim:
    return Claim(implied=bool(row.get("implied", False)), article=row["article_id"], event=row["event"],
                 treaty=row["treaty"], actor=row["actor"],
                 date=row["date"], modality=row["modality"], evidence=row["evidence"],
                 language=row["language"], published=row["published"], idx=row["idx"],
                 sentence_start=row["sentence_start"], sentence_end=row["sentence_end"],
                 trigger_start=row["trigger_start"], trigger_end=row["trigger_end"],
                 url=row["url"], title=row["title"])


def _key_filter(keys: Sequence[Key]) -> Any:
    e = s.events
    return or_(*(and_(e.c.event == ev,
                      e.c.treaty.is_(None) if tr is None else e.c.treaty == tr,
                      e.c.actor.is_(None) if ac is None else e.c.actor == ac) for ev, tr, ac in keys))


def read_links(store: Store) -> list[Link]:
    """``links(article_a, article_b, kind)`` of the link step; none when the table is not there."""
    if not store.has_table("links"):
        return []
    links = table("links", column("article_a"), column("article_b"), column("kind"))
    with store.engine.connect() as conn:
        return [(r[0], r[1], r[2]) for r in conn.execute(select(links.c.article_a, links.c.article_b, links.c.kind))]


def story_articles(store: Store, story: str) -> list[str]:
    """The article ids of one story (the link step's ``story_members``); none without that table."""
    if not store.has_table("story_members"):
        return []
    members = table("story_members", column("article_id"), column("story_id"))
    with store.engine.connect() as conn:
        return sorted(r[0] for r in conn.execute(select(members.c.article_id).where(members.c.story_id == story)))


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


def record_facts(store: Store, reference: Reference | None = None) -> list[Fact]:
    """The record as the articles now stored make it (every fact, negated, possible and unconfirmed ones
    included, each with why it is believed), merged in memory from the latest version of each article:
    reading, never writing. The same merge, conflicts and belief as ``refresh_facts``."""
    reference = reference or load_reference()
    links = read_links(store)
    with store.engine.connect() as conn:
        q = _claims_query().where(s.events.c.article_pk.in_(_latest_pks()))
        claims = [_claim(row) for row in conn.execute(q).mappings()]
    merged = merge(claims, links)
    found = find_conflicts(merged, reference)
    return [_believed(f, reference, found) for f in merged]


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
        claims: list[Claim] = []
        pks: dict[tuple[str, int], int] = {}
        batches = [None] if keys is None else [keys[i:i + 50] for i in range(0, len(keys), 50)]
        for batch in batches:
            q = _claims_query().where(s.events.c.article_pk.in_(_latest_pks()))
            if batch is not None:
                q = q.where(_key_filter(batch))
            for row in conn.execute(q).mappings():
                claims.append(_claim(row))
                pks[(row["article_id"], row["idx"])] = row["article_pk"]
        merged = merge(claims, links)
        found = find_conflicts(merged, reference)
        merged = [_believed(f, reference, found) for f in merged]
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


def _built_from(conn: Connection) -> dict[str, str]:
    u = s.understandings
    n, last = conn.execute(select(func.count(), func.max(u.c.understood_at))).one()
    events = conn.execute(select(func.count()).select_from(s.events)).scalar_one()
    return {"understandings": str(n), "understood_at": str(last or ""), "events": str(events)}


def refresh_if_stale(store: Store) -> Refreshed | None:
    """Rebuild the record when understandings changed since it was built (a reader's safety net; the
    pipeline refreshes the keys it touched as it goes)."""
    if not store.has_table("facts"):
        raise StoreError(f"{store.url} has no tables for facts: it predates migration 0003 (open it with "
                         "this version of treatywatch to migrate it)")
    with store.engine.connect() as conn:
        built = {r[0]: r[1] for r in conn.execute(select(fact_meta.c.name, fact_meta.c.value))}
        if built == _built_from(conn):
            return None
    return refresh_facts(store)


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


def _write(conn: Connection, merged: list[Fact], found: list[Conflict], pks: dict[tuple[str, int], int]) -> None:
    rows = [_fact_row(f) for f in merged]
    claim_rows = [{"fact_id": f.id, "rank": r, "article_pk": pks[(c.article, c.idx)], "idx": c.idx,
                   "article_id": c.article, "language": c.language}
                  for f in merged for r, c in enumerate(f.claims)]
    conflict_rows = [{"id": c.id, "kind": c.kind, "severity": c.severity, "summary": c.summary,
                      "left_fact": c.left.id, "right_fact": c.right.id if c.right else None,
                      "reference": c.reference_id} for c in found]
    for t, batch in ((facts, rows), (fact_claims, claim_rows), (fact_conflicts, conflict_rows)):
        for i in range(0, len(batch), 5000):
            conn.execute(insert(t), batch[i:i + 5000])


# -- reading ------------------------------------------------------------------------------------------

def _facts_from_rows(conn: Connection, rows: list[Any], evidence: int | None) -> list[Fact]:
    """Fact records for ``rows`` of the facts table with their first ``evidence`` claims (None: all)."""
    by_fact: dict[str, list[Claim]] = defaultdict(list)
    ids = [r["id"] for r in rows] if evidence != 0 else []
    e = s.events
    for i in range(0, len(ids), _CHUNK):
        q = (_claims_query().add_columns(fact_claims.c.fact_id, fact_claims.c.rank)
             .join(fact_claims, and_(fact_claims.c.article_pk == e.c.article_pk, fact_claims.c.idx == e.c.idx))
             .where(fact_claims.c.fact_id.in_(ids[i:i + _CHUNK])))
        if evidence is not None:
            q = q.where(fact_claims.c.rank < evidence)
        for row in conn.execute(q.order_by(fact_claims.c.fact_id, fact_claims.c.rank)).mappings():
            by_fact[row["fact_id"]].append(_claim(row))
    return [Fact(id=r["id"], event=r["event"], treaty=r["treaty"], actor=r["actor"], date=r["date"],
                 factual=bool(r["factual"]), modality=r["modality"], claims=tuple(by_fact[r["id"]]),
                 sources=r["sources"], confidence=r["confidence"], total_claims=r["claims"],
                 all_languages=tuple((r["languages"] or "").split()), check=r["reference_check"],
                 confident=bool(r["confident"]), reasons=tuple(x for x in (r["reasons"] or "").split("\n") if x))
            for r in rows]


def timeline(store: Store, *, treaty: str | None = None, actor: str | None = None, since: str | None = None,
             until: str | None = None, language: str | None = None, story: Sequence[str] | None = None,
             factual: bool | None = True, limit: int | None = 200, evidence: int | None = 2,
             confident: bool | None = None, count: bool = False) -> Timeline:
    """Facts in chronological order, filtered; ``story`` is the list of a story's article ids;
    ``confident``: only the confident facts (True) or the unconfirmed ones (False), know/belief.py.
    ``count``: when ``limit`` cuts the list, ``total`` says how many facts matched."""
    f = facts
    q = select(f)
    if treaty is not None:
        q = q.where(f.c.treaty == treaty)
    if actor is not None:
        q = q.where(f.c.actor == actor)
    if factual is not None:
        q = q.where(f.c.factual.is_(factual))
    if confident is not None:
        q = q.where(f.c.confident.is_(confident))
    if language is not None:
        q = q.where(f.c.languages.contains(f" {language} ", autoescape=True))
    lo, hi = dates.bounds(since) if since else None, dates.bounds(until) if until else None
    if lo or hi:
        q = q.where(f.c.section == "dated")
        if lo:
            q = q.where(f.c.date_end >= lo[0])
        if hi:
            q = q.where(f.c.date_start <= hi[1])
    if story is not None:
        q = q.where(f.c.id.in_(select(fact_claims.c.fact_id).where(fact_claims.c.article_id.in_(list(story)))))
    matched = q
    q = q.order_by(f.c.sort_key, f.c.treaty, f.c.event, f.c.actor, f.c.id)
    if limit is not None:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        rows = list(conn.execute(q).mappings())
        total = None
        if count and limit is not None and len(rows) >= limit:  # cut: say how many there were ("200 of 1,523")
            total = conn.execute(select(func.count()).select_from(matched.subquery())).scalar_one()
        found = _facts_from_rows(conn, rows, evidence)
    query = TimelineQuery(treaty=treaty, actor=actor, since=since, until=until, factual=factual)
    return replace(build_timeline(found, query), total=total)


def status(store: Store, treaty: str, as_of: str | None = None, with_reference: bool = True,
           evidence: int | None = 2) -> list[PartyStatus]:
    """Parties x status of ``treaty`` on ``as_of``: a news row and a reference row per party. The facts
    are read without their evidence first; only the ones behind each current state get theirs."""
    f = facts
    q = (select(f).where(f.c.treaty == treaty, f.c.event.in_(sorted(STATE_OF)), f.c.modality == "asserted")
         .order_by(f.c.sort_key, f.c.id))
    day = dates.last_day(as_of) if as_of else None
    if day is not None:  # only steps whose every day has passed count (know/status.py)
        q = q.where(f.c.section == "dated", f.c.date_end <= day)
    with store.engine.connect() as conn:
        bare = _facts_from_rows(conn, list(conn.execute(q).mappings()), 0)
        disputed = {r[0] for r in conn.execute(select(fact_conflicts.c.left_fact)
                                               .where(fact_conflicts.c.kind == "reference",
                                                      fact_conflicts.c.severity == "high"))}
        rows = treaty_status(bare, treaty, as_of, load_reference() if with_reference else None, disputed)
        wanted = sorted({st.fact.id for r in rows for st in r.since if st.fact is not None})
        frows = list(conn.execute(select(f).where(f.c.id.in_(wanted))).mappings()) if wanted else []
        full = {x.id: x for x in _facts_from_rows(conn, frows, evidence)}
    return [replace(r, since=tuple(replace(st, fact=full.get(st.fact.id, st.fact)) if st.fact else st
                                   for st in r.since)) for r in rows]


def fact(store: Store, fact_id: str) -> Fact | None:
    """One fact with every piece of evidence, in its own language."""
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(facts).where(facts.c.id == fact_id)).mappings())
        found = _facts_from_rows(conn, rows, None)
    return found[0] if found else None


def conflicts(store: Store, severity: str | None = None) -> list[Conflict]:
    """The flagged conflicts with both sides' evidence (the reference side as reference)."""
    c = fact_conflicts
    q = select(c)
    if severity is not None:
        q = q.where(c.c.severity == severity)
    reference = load_reference()
    refs = {r.id: r for r in reference.events()}
    nevers = {n.id: n for t in reference.treaties.values() for n in t.never}
    with store.engine.connect() as conn:
        rows = list(conn.execute(q).mappings())
        ids = sorted({r["left_fact"] for r in rows} | {r["right_fact"] for r in rows if r["right_fact"]})
        by_id: dict[str, Fact] = {}
        for i in range(0, len(ids), _CHUNK):
            frows = list(conn.execute(select(facts).where(facts.c.id.in_(ids[i:i + _CHUNK]))).mappings())
            by_id.update((x.id, x) for x in _facts_from_rows(conn, frows, 5))
    out = [Conflict(r["id"], r["kind"], r["severity"], r["summary"], by_id[r["left_fact"]],
                    by_id.get(r["right_fact"]) if r["right_fact"] else None,
                    refs.get(r["reference"] or ""), nevers.get(r["reference"] or ""))
           for r in rows if r["left_fact"] in by_id]
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(out, key=lambda x: (order.get(x.severity, 3), dates.sort_key(x.left.date), x.id))


def quotes(store: Store, speaker: str | None = None, since: str | None = None,
           until: str | None = None, limit: int | None = 500) -> list[QuoteRow]:
    """Quotations, newest first (undated last), by speaker and publication date."""
    qt, a, u = s.quotes, s.articles, s.understandings
    published = func.coalesce(u.c.published, a.c.published)
    q = (select(qt, a.c.article_id, a.c.url, a.c.title, published.label("published"),
                func.coalesce(u.c.language, a.c.language).label("language"))
         .join(a, a.c.pk == qt.c.article_pk).outerjoin(u, u.c.article_pk == a.c.pk)
         .where(qt.c.article_pk.in_(_latest_pks())))
    if speaker is not None:
        q = q.where(qt.c.speaker == speaker)
    if since is not None and (b := dates.bounds(since)):
        q = q.where(published >= b[0])
    if until is not None and (b := dates.bounds(until)):
        q = q.where(published <= b[1])
    q = q.order_by(published.is_(None), published.desc(), a.c.article_id, qt.c.idx)
    if limit is not None:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return [QuoteRow(r["article_id"], r["speaker"], r["text"], r["kind"], r["language"], r["published"],
                         r["start"], r["end"], r["url"], r["title"]) for r in conn.execute(q).mappings()]

