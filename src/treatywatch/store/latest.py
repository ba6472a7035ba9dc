"""Two questions every listing asks, answered once for the whole code base:

- which row is the *latest version* of each article (``latest_pks``): older versions stay in the
  store, and every listing, search, export and the record read only the latest;
- which *language* and *publication date* an article has (``language``, ``published``): the ones its
  understanding found when there is one, else the ones it was stored with.

Pure SQLAlchemy Core expressions over store/schema.py; a query that uses ``language()`` or
``published()`` outer-joins ``understandings`` on ``articles.pk`` (``with_understanding``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select

from . import schema as s


def latest_pks() -> Select[Any]:
    """``SELECT pk`` of the latest version of every article id (for ``pk.in_(...)``)."""
    a = s.articles
    newest = (select(a.c.article_id, func.max(a.c.version).label("version"))
              .group_by(a.c.article_id).subquery())
    return select(a.c.pk).join(newest, and_(a.c.article_id == newest.c.article_id,
                                            a.c.version == newest.c.version))


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
