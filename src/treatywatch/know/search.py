"""Search over the articles (every language, latest versions only) and the quotations in them.

The query is read into terms (know/search_terms.py): names the lexicon knows stand for their entity
in every language and script, other words are words. SQL finds the articles that hold every term in
the store's full-text index (store/fulltext.py: SQLite FTS5, PostgreSQL text search) or, for an
entity, that their understanding names it; then the matches are narrowed (language, outlet, treaty,
actor, person, publication days), counted by each of those (know/search_facets.py) and paged,
newest first. The snippet of each article on the page is found again in Python on the same words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import CTE, Select, and_, intersect, or_, select, union

from ..lexicon import Lexicon, load_lexicon
from ..store import Store
from ..store import schema as s
from ..store.fulltext import matching
from ..store.latest import language, latest_pks, published, with_understanding
from .articles import newest_first as articles_newest_first
from .quotes import QuoteRow, quote_row, quotes_query
from .quotes import newest_first as quotes_newest_first
from .search_facets import Facets, count_facets, outlet
from .search_hits import SNIPPET, Hit, first_hit, holds
from .search_terms import MENTION_KINDS, Term, read_query

__all__ = ["SNIPPET", "ArticleResults", "Hit", "Narrow", "clean_query", "search_articles", "search_quotes"]

QUOTE_SCAN = 20_000   # quotations of the matching articles looked at, at most, for one page of quotes


def clean_query(q: str) -> str:
    """The search text as the articles are stored: NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", q).split())


@dataclass(frozen=True)
class Narrow:
    """What the matches are narrowed to; days are (first, last) bounds of publication."""

    lang: str | None = None
    source: str | None = None      # an outlet's domain (know/outlets.py)
    treaty: str | None = None
    actor: str | None = None       # a state or organisation
    person: str | None = None
    since: tuple[str, str] | None = None
    until: tuple[str, str] | None = None


@dataclass(frozen=True)
class ArticleResults:
    terms: list[Term]
    total: int
    hits: list[tuple[dict[str, Any], Hit]]          # limit + 1 at most: the extra one says "more"
    facets: Facets = field(default_factory=dict)


def _mentioning(entities: tuple[tuple[str, str], ...]) -> Select[Any]:
    m = s.mentions
    return select(m.c.article_pk).where(or_(*(and_(m.c.kind.in_(MENTION_KINDS[kind]), m.c.slug == slug)
                                              for kind, slug in entities)))


def _candidates(dialect: str, terms: list[Term]) -> CTE:
    """The article versions that hold every term (its phrases, or for an entity its mentions), found
    first and on their own: the query is driven from them, not from a guess of how many there are."""
    parts: list[Select[Any]] = []
    for term in terms:
        found = matching(dialect, term.phrases)
        if term.entities:   # a select from the union, not the union: SQLite nests no bare compound
            either = union(found, _mentioning(term.entities)).subquery()
            found = select(either.c.article_pk)
        parts.append(found)
    every = parts[0] if len(parts) == 1 else intersect(*parts)
    return every.cte().prefix_with("MATERIALIZED", dialect="postgresql")


def _matches(dialect: str, terms: list[Term], narrow: Narrow) -> Select[Any]:
    """The latest versions that hold every term, narrowed in SQL (the outlet is narrowed in Python)."""
    a = s.articles
    found = _candidates(dialect, terms)
    query = with_understanding(select(a.c.pk, a.c.article_id, a.c.url, language().label("language"),
                                      published().label("published"))
                               .select_from(found.join(a, a.c.pk == found.c.article_pk))
                               ).where(a.c.pk.in_(latest_pks()))
    if narrow.lang is not None:
        query = query.where(language() == narrow.lang)
    if narrow.since is not None:
        query = query.where(published() >= narrow.since[0])
    if narrow.until is not None:
        query = query.where(published() <= narrow.until[1])
    for kind, slug in (("treaty", narrow.treaty), ("state", narrow.actor), ("person", narrow.person)):
        if slug is not None:
            query = query.where(a.c.pk.in_(_mentioning(((kind, slug),))))
    return query


def _outlet(url: str | None) -> str | None:
    found = outlet(url)
    return found[0] if found else None


def search_articles(store: Store, q: str, narrow: Narrow = Narrow(), *, limit: int = 20, offset: int = 0,
                    lexicon: Lexicon | None = None, facets: bool = True) -> ArticleResults:
    """Articles (latest versions) that hold ``q``, newest first: the page at ``offset`` (``limit`` + 1
    at most), how many match in all, and (``facets``) their counts by language, outlet, month,
    treaty, actor and person."""
    terms = read_query(clean_query(q), lexicon or load_lexicon())
    if not terms:
        return ArticleResults(terms, 0, [])
    query = articles_newest_first(_matches(store.engine.dialect.name, terms, narrow))
    with store.engine.connect() as conn:
        rows = [dict(r) | {"source": _outlet(r["url"])} for r in conn.execute(query).mappings()]
    if narrow.source is not None:
        rows = [r for r in rows if r["source"] == narrow.source]
    counted = count_facets(store, rows) if facets else {}
    page = rows[offset:offset + limit + 1]
    return ArticleResults(terms, len(rows), _with_hits(store, page, terms), counted)


def _with_hits(store: Store, page: list[dict[str, Any]], terms: list[Term]) -> list[tuple[dict[str, Any], Hit]]:
    """Each article of a page with its title and the snippet around its first hit."""
    if not page:
        return []
    a, m = s.articles, s.mentions
    pks = [r["pk"] for r in page]
    entities = {e for t in terms for e in t.entities}
    with store.engine.connect() as conn:
        texts = {r.pk: (r.title, r.text) for r in conn.execute(select(a.c.pk, a.c.title, a.c.text)
                                                                .where(a.c.pk.in_(pks)))}
        spans: dict[int, list[tuple[int, int]]] = {}
        if entities:
            for men in conn.execute(select(m.c.article_pk, m.c.kind, m.c.slug, m.c.start, m.c.end)
                                    .where(m.c.article_pk.in_(pks), m.c.slug.in_({x for _, x in entities}))):
                if any(men.kind in MENTION_KINDS[k] and men.slug == x for k, x in entities):
                    spans.setdefault(men.article_pk, []).append((men.start, men.end))
    out = []
    for r in page:
        title, text = texts[r["pk"]]
        shown = {k: r[k] for k in ("article_id", "language", "published", "url")} | {"title": title}
        out.append((shown, first_hit(text, terms, spans.get(r["pk"], ()))))
    return out


def search_quotes(store: Store, q: str, narrow: Narrow = Narrow(), *, limit: int = 20, offset: int = 0,
                  lexicon: Lexicon | None = None) -> list[QuoteRow]:
    """Quotations (latest versions) that hold every term of ``q`` themselves (a person's name also holds
    for what that person said), in the articles that match, newest first; ``limit`` + 1 at most."""
    terms = read_query(clean_query(q), lexicon or load_lexicon())
    if not terms:
        return []
    matched = _matches(store.engine.dialect.name, terms, narrow).with_only_columns(s.articles.c.pk)
    query = quotes_newest_first(quotes_query().where(s.quotes.c.article_pk.in_(matched))).limit(QUOTE_SCAN)
    wanted = offset + limit + 1
    found: list[QuoteRow] = []
    with store.engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=200).execute(query).mappings()
        for r in rows:
            if narrow.source is not None and _outlet(r["url"]) != narrow.source:
                continue
            if holds(r["text"], terms, r["speaker"]):
                found.append(quote_row(r))
                if len(found) >= wanted:
                    break
    return found[offset:]
