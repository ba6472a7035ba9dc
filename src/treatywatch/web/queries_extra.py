"""Queries the pages and the API need that know/queries.py and link/store.py do not (yet) offer: paged
article and event listings, full-text search, the latest facts and stories, a treaty's quotes and
stories. Each is one bounded SQL query (SQLAlchemy Core, bound parameters) plus plain Python.

Search is portable, the same on SQLite and PostgreSQL: SQL picks the candidates with LIKE (the query as
typed, in lower, upper and title case, and ``lower(column)`` for ASCII), then each candidate is checked
on the folded view the lexicon matches on (lexicon/fold.py: case, Arabic letter variants, harakat,
tatweel, ё) and the hit is mapped back to offsets in the original text. A text that differs from the
query only by what folding removes (a hamza, a diacritic) is not among the candidates: the price of
needing no search index in the schema.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from ..know import queries
from ..know.facts import Fact
from ..know.quotes import QuoteRow
from ..lexicon.fold import fold, fold_text
from ..store import Store
from ..store import schema as s
from ..store.schema import fact_conflicts as conflicts
from ..store.schema import fact_meta, facts

SNIPPET = 90  # characters of context on each side of a search hit


def _latest_pks() -> Select[Any]:
    a = s.articles
    newest = select(a.c.article_id, func.max(a.c.version).label("version")).group_by(a.c.article_id).subquery()
    return select(a.c.pk).join(newest, and_(a.c.article_id == newest.c.article_id,
                                            a.c.version == newest.c.version))


def _language() -> ColumnElement[Any]:
    return func.coalesce(s.understandings.c.language, s.articles.c.language)


def _published() -> ColumnElement[Any]:
    return func.coalesce(s.understandings.c.published, s.articles.c.published)


def clean_query(q: str) -> str:
    """The search text as the articles are stored: NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", q).split())


def _matches(column: Any, q: str) -> ColumnElement[bool]:
    variants = sorted({q, q.lower(), q.upper(), q.title(), q.capitalize()})
    return or_(*(column.contains(v, autoescape=True) for v in variants),
               func.lower(column).contains(q.lower(), autoescape=True))


def _date_filters(query: Select[Any], since: tuple[str, str] | None, until: tuple[str, str] | None) -> Select[Any]:
    if since is not None:
        query = query.where(_published() >= since[0])
    if until is not None:
        query = query.where(_published() <= until[1])
    return query


# -- articles -----------------------------------------------------------------------------------------

def list_articles(store: Store, *, lang: str | None = None, since: tuple[str, str] | None = None,
                  until: tuple[str, str] | None = None, q: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[dict[str, Any]]:
    """The latest version of each article, newest publication first (undated last), filtered; at most
    ``limit`` + 1 rows so that a caller can tell whether there are more. Dates are day bounds."""
    a, u = s.articles, s.understandings
    columns = (a.c.article_id, a.c.version, a.c.title, a.c.url, a.c.source, a.c.ingested_at,
               _language().label("language"), _published().label("published"))
    query: Select[Any] = (select(*columns).outerjoin(u, u.c.article_pk == a.c.pk)
                          .where(a.c.pk.in_(_latest_pks())))
    if lang is not None:
        query = query.where(_language() == lang)
    query = _date_filters(query, since, until)
    if q:
        query = query.where(or_(_matches(a.c.title, q), _matches(a.c.text, q)))
    query = (query.order_by(_published().is_(None), _published().desc(), a.c.article_id)
             .limit(limit + 1).offset(offset))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def article_story(store: Store, article_id: str) -> str | None:
    m = s.story_members
    with store.engine.connect() as conn:
        return conn.execute(select(m.c.story_id).where(m.c.article_id == article_id)).scalar()


def events(store: Store, *, event: str | None = None, treaty: str | None = None, actor: str | None = None,
           modality: str | None = None, lang: str | None = None, article: str | None = None,
           limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Event mentions of the latest versions, as each article states them (facts merge them)."""
    e, a, u = s.events, s.articles, s.understandings
    query = (select(a.c.article_id, e.c.idx, e.c.event, e.c.treaty, e.c.actor, e.c.date, e.c.modality,
                    e.c.evidence, e.c.sentence_start, e.c.sentence_end, e.c.trigger_start, e.c.trigger_end,
                    _language().label("language"), _published().label("published"))
             .join(a, a.c.pk == e.c.article_pk).outerjoin(u, u.c.article_pk == a.c.pk)
             .where(e.c.article_pk.in_(_latest_pks())))
    for column, value in ((e.c.event, event), (e.c.treaty, treaty), (e.c.actor, actor),
                          (e.c.modality, modality), (a.c.article_id, article)):
        if value is not None:
            query = query.where(column == value)
    if lang is not None:
        query = query.where(_language() == lang)
    query = query.order_by(_published().is_(None), _published().desc(), a.c.article_id, e.c.idx)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query.limit(limit + 1).offset(offset)).mappings()]


# -- search -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    """Where the query was found: ``snippet`` with the hit at [start, end) of it."""

    snippet: str
    start: int
    end: int
    prefix: bool   # the snippet starts inside the text
    suffix: bool   # and ends before its end


def find_hit(text: str, needle: str) -> Hit | None:
    """The first place ``needle`` (already folded) occurs in ``text`` on the folded view, or None."""
    # fold() turned the query's whitespace into single spaces: line breaks in the text count as spaces
    # (replaced one for one, so that offsets stay those of the text).
    view = fold_text(text.translate(_SPACES))
    i = view.text.find(needle)
    if i < 0:
        return None
    start, end = view.span(i, i + len(needle))
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    return Hit(text[lo:hi], start - lo, end - lo, lo > 0, hi < len(text))


_SPACES = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def _verified(rows: Iterator[Any], needle: str, field: str, wanted: int) -> list[tuple[Any, Hit]]:
    out = []
    for row in rows:
        hit = find_hit(row[field] or "", needle)
        if hit is not None:
            out.append((row, hit))
            if len(out) >= wanted:
                break
    return out


def search_articles(store: Store, q: str, *, lang: str | None = None, limit: int = 20,
                    offset: int = 0) -> list[tuple[dict[str, Any], Hit]]:
    """Articles (latest versions) whose title or text holds ``q``, newest first; ``limit`` + 1 at most."""
    needle = fold(q)
    if not needle:
        return []
    a, u = s.articles, s.understandings
    query = (select(a.c.article_id, a.c.title, a.c.text, _language().label("language"),
                    _published().label("published"))
             .outerjoin(u, u.c.article_pk == a.c.pk).where(a.c.pk.in_(_latest_pks()))
             .where(or_(_matches(a.c.text, q), _matches(a.c.title, q))))
    if lang is not None:
        query = query.where(_language() == lang)
    query = query.order_by(_published().is_(None), _published().desc(), a.c.article_id)
    with store.engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=200).execute(query).mappings()
        found = []
        for row, hit in _verified((dict(r) | {"both": f"{r['title'] or ''}\n{r['text']}"} for r in rows),
                                  needle, "both", offset + limit + 1):
            text_hit = find_hit(row["text"], needle) or hit
            found.append(({k: row[k] for k in ("article_id", "title", "language", "published")}, text_hit))
    return found[offset:]


def search_quotes(store: Store, q: str, *, lang: str | None = None, limit: int = 20,
                  offset: int = 0) -> list[QuoteRow]:
    """Quotations (latest versions) that hold ``q``, newest first; ``limit`` + 1 at most."""
    needle = fold(q)
    if not needle:
        return []
    qt, a, u = s.quotes, s.articles, s.understandings
    query = (select(qt, a.c.article_id, a.c.url, a.c.title, _published().label("published"),
                    _language().label("language"))
             .join(a, a.c.pk == qt.c.article_pk).outerjoin(u, u.c.article_pk == a.c.pk)
             .where(qt.c.article_pk.in_(_latest_pks()), _matches(qt.c.text, q)))
    if lang is not None:
        query = query.where(_language() == lang)
    query = query.order_by(_published().is_(None), _published().desc(), a.c.article_id, qt.c.idx)
    with store.engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=200).execute(query).mappings()
        found = _verified(iter(rows), needle, "text", offset + limit + 1)
    return [_quote_row(r) for r, _ in found[offset:]]


def _quote_row(r: Any) -> QuoteRow:
    return QuoteRow(r["article_id"], r["speaker"], r["text"], r["kind"], r["language"], r["published"],
                    r["start"], r["end"], r["url"], r["title"])


# -- the record: latest facts, a treaty's quotes and stories --------------------------------------------

def latest_facts(store: Store, limit: int = 10, evidence: int = 2) -> list[Fact]:
    """The most recent dated facts of what happened (factual) and is confidently known (know/belief.py:
    the unconfirmed are one click away, on the timeline), latest first."""
    f = facts
    query = (select(f).where(f.c.section == "dated", f.c.factual.is_(True), f.c.confident.is_(True))
             .order_by(f.c.sort_key.desc(), f.c.id).limit(limit))
    with store.engine.connect() as conn:
        rows = list(conn.execute(query).mappings())
        # know.queries reads facts with their first claims; its row reader is the one way to do that.
        return queries._facts_from_rows(conn, rows, evidence)


def treaty_quotes(store: Store, treaty: str, limit: int = 20) -> list[QuoteRow]:
    """Quotations in articles that name ``treaty``, newest first."""
    qt, a, u, m = s.quotes, s.articles, s.understandings, s.mentions
    naming = select(m.c.article_pk).where(m.c.kind == "treaty", m.c.slug == treaty)
    query = (select(qt, a.c.article_id, a.c.url, a.c.title, _published().label("published"),
                    _language().label("language"))
             .join(a, a.c.pk == qt.c.article_pk).outerjoin(u, u.c.article_pk == a.c.pk)
             .where(qt.c.article_pk.in_(_latest_pks()), qt.c.article_pk.in_(naming))
             .order_by(_published().is_(None), _published().desc(), a.c.article_id, qt.c.idx).limit(limit))
    with store.engine.connect() as conn:
        return [_quote_row(r) for r in conn.execute(query).mappings()]


def story_ids(store: Store, *, since: str | None = None, lang: str | None = None, treaty: str | None = None,
              limit: int = 20, offset: int = 0) -> list[str]:
    """Story ids in link.store.list_stories' order (latest last date first, undated last, then id),
    filtered by their last date, an article's language, or an article naming ``treaty``."""
    t, m, a, u = s.stories, s.story_members, s.articles, s.understandings
    query = select(t.c.story_id)
    if since is not None:
        query = query.where(t.c.last_date >= since)
    if lang is not None or treaty is not None:
        members = select(m.c.story_id).join(a, a.c.article_id == m.c.article_id).where(a.c.pk.in_(_latest_pks()))
        if lang is not None:
            members = members.outerjoin(u, u.c.article_pk == a.c.pk).where(_language() == lang)
        if treaty is not None:
            members = members.where(a.c.pk.in_(select(s.mentions.c.article_pk).where(
                s.mentions.c.kind == "treaty", s.mentions.c.slug == treaty)))
        query = query.where(t.c.story_id.in_(members))
    query = query.order_by(t.c.last_date.is_(None), t.c.last_date.desc(), t.c.story_id)
    with store.engine.connect() as conn:
        return list(conn.execute(query.limit(limit + 1).offset(offset)).scalars())


def texts(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """The text of the latest version of each article (a story shown side by side)."""
    a = s.articles
    if not article_ids:
        return {}
    with store.engine.connect() as conn:
        return {r.article_id: r.text for r in conn.execute(
            select(a.c.article_id, a.c.text).where(a.c.pk.in_(_latest_pks()),
                                                   a.c.article_id.in_(list(article_ids))))}


def fact_conflicts(store: Store, fact_id: str) -> list[dict[str, Any]]:
    """The conflicts one fact is part of (either side), most severe first."""
    c = conflicts
    order = {"high": 0, "medium": 1, "low": 2}
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(c).where(or_(c.c.left_fact == fact_id,
                                                                  c.c.right_fact == fact_id))).mappings()]
    return sorted(rows, key=lambda r: (order.get(r["severity"], 3), r["id"]))


def record_state(store: Store) -> tuple[tuple[str, str], ...]:
    """What the record's facts were built from (store.schema.fact_meta): equal states, equal facts."""
    with store.engine.connect() as conn:
        return tuple(sorted((r[0], r[1]) for r in conn.execute(select(fact_meta.c.name, fact_meta.c.value))))
