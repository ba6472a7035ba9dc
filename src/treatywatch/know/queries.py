"""Reading the record (store/schema.py) that the CLI, the API, the pages and the exports share:
``timeline``, ``status``, ``conflicts``, ``fact``, ``latest_facts``, ``fact_conflicts`` hand back the pure
core's records (know/facts.py, status.py, conflicts.py, timeline.py), never rows. The record is kept by
its writers (know/refresh.py); nothing here writes.

Links between articles (duplicates, translations) are read from the link step's ``links`` table when
the database has one; without it every article is an independent source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, and_, column, func, or_, select, table
from sqlalchemy.engine import Connection

from ..store import Store
from ..store import schema as s
from ..store.latest import language, published, with_understanding
from ..store.schema import fact_claims, fact_conflicts, facts
from . import dates
from .conflicts import Conflict
from .facts import Claim, Fact, Link
from .reference import load_reference
from .status import STATUS_INPUTS, PartyStatus, treaty_status
from .timeline import Timeline, TimelineQuery
from .timeline import timeline as build_timeline

Key = tuple[str, str | None, str | None]
_CHUNK = 500


def claims_query() -> Select[Any]:
    """Event rows with their article's id, address, title, language and publication date."""
    e, a = s.events, s.articles
    return with_understanding(select(e, a.c.article_id, a.c.url, a.c.title, language().label("language"),
                                     published().label("published"))
                              .join(a, a.c.pk == e.c.article_pk))


def claim(row: Any) -> Claim:
    return Claim(implied=bool(row.get("implied", False)), article=row["article_id"], event=row["event"],
                 treaty=row["treaty"], actor=row["actor"],
                 date=row["date"], modality=row["modality"], evidence=row["evidence"],
                 language=row["language"], published=row["published"], idx=row["idx"],
                 sentence_start=row["sentence_start"], sentence_end=row["sentence_end"],
                 trigger_start=row["trigger_start"], trigger_end=row["trigger_end"],
                 url=row["url"], title=row["title"])


def key_filter(keys: Sequence[Key]) -> Any:
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


# -- reading ------------------------------------------------------------------------------------------

def facts_from_rows(conn: Connection, rows: list[Any], evidence: int | None) -> list[Fact]:
    """Fact records for ``rows`` of the facts table with their first ``evidence`` claims (None: all)."""
    by_fact: dict[str, list[Claim]] = defaultdict(list)
    ids = [r["id"] for r in rows] if evidence != 0 else []
    e = s.events
    for i in range(0, len(ids), _CHUNK):
        q = (claims_query().add_columns(fact_claims.c.fact_id, fact_claims.c.rank)
             .join(fact_claims, and_(fact_claims.c.article_pk == e.c.article_pk, fact_claims.c.idx == e.c.idx))
             .where(fact_claims.c.fact_id.in_(ids[i:i + _CHUNK])))
        if evidence is not None:
            q = q.where(fact_claims.c.rank < evidence)
        for row in conn.execute(q.order_by(fact_claims.c.fact_id, fact_claims.c.rank)).mappings():
            by_fact[row["fact_id"]].append(claim(row))
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
        found = facts_from_rows(conn, rows, evidence)
    query = TimelineQuery(treaty=treaty, actor=actor, since=since, until=until, factual=factual)
    return replace(build_timeline(found, query), total=total)


def status(store: Store, treaty: str, as_of: str | None = None, with_reference: bool = True,
           evidence: int | None = 2) -> list[PartyStatus]:
    """Parties x status of ``treaty`` on ``as_of``: a news row and a reference row per party. The facts
    are read without their evidence first; only the ones behind each current state get theirs."""
    f = facts
    q = (select(f).where(f.c.treaty == treaty, f.c.event.in_(sorted(STATUS_INPUTS)), f.c.modality == "asserted")
         .order_by(f.c.sort_key, f.c.id))
    day = dates.last_day(as_of) if as_of else None
    if day is not None:  # only steps whose every day has passed count (know/status.py)
        q = q.where(f.c.section == "dated", f.c.date_end <= day)
    with store.engine.connect() as conn:
        bare = facts_from_rows(conn, list(conn.execute(q).mappings()), 0)
        disputed = {r[0] for r in conn.execute(select(fact_conflicts.c.left_fact)
                                               .where(fact_conflicts.c.kind == "reference",
                                                      fact_conflicts.c.severity == "high"))}
        rows = treaty_status(bare, treaty, as_of, load_reference() if with_reference else None, disputed)
        wanted = sorted({st.fact.id for r in rows for st in r.since if st.fact is not None})
        frows = list(conn.execute(select(f).where(f.c.id.in_(wanted))).mappings()) if wanted else []
        full = {x.id: x for x in facts_from_rows(conn, frows, evidence)}
    return [replace(r, since=tuple(replace(st, fact=full.get(st.fact.id, st.fact)) if st.fact else st
                                   for st in r.since)) for r in rows]


def fact(store: Store, fact_id: str) -> Fact | None:
    """One fact with every piece of evidence, in its own language."""
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(facts).where(facts.c.id == fact_id)).mappings())
        found = facts_from_rows(conn, rows, None)
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
            by_id.update((x.id, x) for x in facts_from_rows(conn, frows, 5))
    out = [Conflict(r["id"], r["kind"], r["severity"], r["summary"], by_id[r["left_fact"]],
                    by_id.get(r["right_fact"]) if r["right_fact"] else None,
                    refs.get(r["reference"] or ""), nevers.get(r["reference"] or ""))
           for r in rows if r["left_fact"] in by_id]
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(out, key=lambda x: (order.get(x.severity, 3), dates.sort_key(x.left.date), x.id))


def latest_facts(store: Store, limit: int = 10, evidence: int = 2) -> list[Fact]:
    """The most recent dated facts of what happened (factual) and is confidently known (know/belief.py:
    the unconfirmed are one click away, on the timeline), latest first."""
    f = facts
    query = (select(f).where(f.c.section == "dated", f.c.factual.is_(True), f.c.confident.is_(True))
             .order_by(f.c.sort_key.desc(), f.c.id).limit(limit))
    with store.engine.connect() as conn:
        return facts_from_rows(conn, list(conn.execute(query).mappings()), evidence)


def fact_conflicts_of(store: Store, fact_id: str) -> list[dict[str, Any]]:
    """The conflicts one fact is part of (either side), most severe first."""
    c = fact_conflicts
    order = {"high": 0, "medium": 1, "low": 2}
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(c).where(or_(c.c.left_fact == fact_id,
                                                                  c.c.right_fact == fact_id))).mappings()]
    return sorted(rows, key=lambda r: (order.get(r["severity"], 3), r["id"]))
