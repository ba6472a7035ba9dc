"""Two questions every listing asks, answered once for the whole code base:

- which row is the *latest version* of each article (``latest_pks``): older versions stay in the
  store, and every listing, search, export and the record read only the latest;
- which *language* and *publication date* an article has (``language``, ``published``): the ones its
  understanding found when there is one, else the ones it was stored with.

Both answers are kept on write in ``article_list`` (one indexed row per article id: ``sync`` after
every write of an article or an understanding), so that a listing never groups the articles table.
Pure SQLAlchemy Core over store/schema.py; a query that uses ``language()`` or ``published()``
outer-joins ``understandings`` on ``articles.pk`` (``with_understanding``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, delete, func, insert, select

from . import schema as s


def latest_pks() -> Select[Any]:
    """``SELECT pk`` of the latest version of every article id (for ``pk.in_(...)``)."""
    return select(s.article_list.c.article_pk)


def _newest(article_ids: Sequence[str] | None) -> Select[Any]:
    """The latest version of each of ``article_ids`` (all when None), computed from the articles."""
    a, u = s.articles, s.understandings
    newest = select(a.c.article_id, func.max(a.c.version).label("version")).group_by(a.c.article_id)
    if article_ids is not None:
        newest = newest.where(a.c.article_id.in_(list(article_ids)))
    top = newest.subquery()
    return (select(a.c.article_id, a.c.pk, language(), published(), func.coalesce(published(), ""))
            .join(top, and_(a.c.article_id == top.c.article_id, a.c.version == top.c.version))
            .outerjoin(u, u.c.article_pk == a.c.pk))


def sync(conn: Connection, article_ids: Sequence[str] | None = None) -> None:
    """Bring ``article_list`` up to date for ``article_ids`` (every article when None): called in the
    transaction that wrote their articles or understandings."""
    t = s.article_list
    columns = [t.c.article_id, t.c.article_pk, t.c.language, t.c.published, t.c.day]
    if article_ids is None:
        conn.execute(delete(t))
        conn.execute(insert(t).from_select(columns, _newest(None)))
        return
    ids = list(dict.fromkeys(article_ids))
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        conn.execute(delete(t).where(t.c.article_id.in_(chunk)))
        conn.execute(insert(t).from_select(columns, _newest(chunk)))


def language() -> ColumnElement[Any]:
    """The understanding's language, else the article's."""
    return func.coalesce(s.understandings.c.language, s.articles.c.language)


def published() -> ColumnElement[Any]:
    """The understanding's publication date, else the article's."""
    return func.coalesce(s.understandings.c.published, s.articles.c.published)


def with_understanding(query: Select[Any]) -> Select[Any]:
    """``query`` (which selects from ``articles``) outer-joined to each version's understanding."""
    return query.outerjoin(s.understandings, s.understandings.c.article_pk == s.articles.c.pk)


def filtered(query: Select[Any], lang: str | None = None, since: tuple[str, str] | None = None,
             until: tuple[str, str] | None = None) -> Select[Any]:
    """``query`` kept to one language and a span of publication days (each given as its day bounds)."""
    if lang is not None:
        query = query.where(language() == lang)
    if since is not None:
        query = query.where(published() >= since[0])
    if until is not None:
        query = query.where(published() <= until[1])
    return query
