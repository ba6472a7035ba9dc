"""Quotations as the record lists them: who said what, word for word, where and when; ``quotes`` and
``treaty_quotes`` read them from the latest version of each article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from ..store import Store
from ..store import schema as s
from ..store.latest import language, latest_pks, published, with_understanding
from . import dates


@dataclass(frozen=True)
class QuoteRow:
    article: str
    speaker: str | None
    text: str
    kind: str
    language: str | None
    published: str | None
    start: int
    end: int
    url: str | None = None
    title: str | None = None


def quotes_query() -> Select[Any]:
    """Quotation rows of the latest versions, with their article's id, address, title, date, language."""
    qt, a = s.quotes, s.articles
    return with_understanding(select(qt, a.c.article_id, a.c.url, a.c.title, published().label("published"),
                                     language().label("language"))
                              .join(a, a.c.pk == qt.c.article_pk)).where(qt.c.article_pk.in_(latest_pks()))


def newest_first(query: Select[Any]) -> Select[Any]:
    """Newest publication first, undated last, then in text order."""
    return query.order_by(published().is_(None), published().desc(), s.articles.c.article_id, s.quotes.c.idx)


def quote_row(r: Any) -> QuoteRow:
    return QuoteRow(r["article_id"], r["speaker"], r["text"], r["kind"], r["language"], r["published"],
                    r["start"], r["end"], r["url"], r["title"])


def _kept(q: Select[Any], speaker: str | None, since: str | None, until: str | None) -> Select[Any]:
    if speaker is not None:
        q = q.where(s.quotes.c.speaker == speaker)
    if since is not None and (b := dates.bounds(since)):
        q = q.where(published() >= b[0])
    if until is not None and (b := dates.bounds(until)):
        q = q.where(published() <= b[1])
    return q


def count_quotes(store: Store, speaker: str | None = None, since: str | None = None,
                 until: str | None = None) -> int:
    """How many quotations ``quotes`` lists with these filters (no limit)."""
    q = _kept(quotes_query(), speaker, since, until).subquery()
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(q)).scalar_one())


def quotes(store: Store, speaker: str | None = None, since: str | None = None,
           until: str | None = None, limit: int | None = 500) -> list[QuoteRow]:
    """Quotations, newest first (undated last), by speaker and publication date."""
    q = newest_first(_kept(quotes_query(), speaker, since, until))
    if limit is not None:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return [quote_row(r) for r in conn.execute(q).mappings()]


def treaty_quotes(store: Store, treaty: str, limit: int = 20) -> list[QuoteRow]:
    """Quotations in articles that name ``treaty``, newest first."""
    m = s.mentions
    naming = select(m.c.article_pk).where(m.c.kind == "treaty", m.c.slug == treaty)
    query = newest_first(quotes_query().where(s.quotes.c.article_pk.in_(naming))).limit(limit)
    with store.engine.connect() as conn:
        return [quote_row(r) for r in conn.execute(query).mappings()]
