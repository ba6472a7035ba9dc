"""The articles: the paged listing (latest version of each, with its outlet), and one article as the
command line's ``show --json`` and the API's ``/api/articles/{id}`` both give it (``article_view``: one
builder, one shape)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from ..errors import NotFoundError
from ..present import marks
from ..store import Store
from ..store import schema as s
from ..store.latest import latest_pks, published
from .outlets import outlet_record


@cache
def _rtl() -> frozenset[str]:
    from ..lexicon import load_lexicon

    return frozenset(code for code, pack in load_lexicon().languages.items() if pack.rtl)


def direction(lang: str | None) -> str:
    """The writing direction of a language for dir=: "rtl" from the language data, else "auto"."""
    return "rtl" if lang in _rtl() else "auto"


def matches(column: Any, q: str) -> ColumnElement[bool]:
    """SQL candidates for a text search: the query as typed, in lower, upper and title case, and
    ``lower(column)`` for ASCII (know/search.py checks each candidate on the folded text)."""
    variants = sorted({q, q.lower(), q.upper(), q.title(), q.capitalize()})
    return or_(*(column.contains(v, autoescape=True) for v in variants),
               func.lower(column).contains(q.lower(), autoescape=True))


def newest_first(query: Select[Any]) -> Select[Any]:
    return query.order_by(published().is_(None), published().desc(), s.articles.c.article_id)


def _listed(query: Select[Any], lang: str | None, since: tuple[str, str] | None,
            until: tuple[str, str] | None, q: str | None) -> Select[Any]:
    """``query`` over ``article_list`` (kept on write, indexed) kept to the filters."""
    t, a = s.article_list, s.articles
    if lang is not None:
        query = query.where(t.c.language == lang)
    if since is not None:
        query = query.where(t.c.day >= since[0])
    if until is not None:
        query = query.where(t.c.day <= until[1], t.c.day != "")
    if q:
        query = query.where(or_(matches(a.c.title, q), matches(a.c.text, q)))
    return query


def list_articles(store: Store, *, lang: str | None = None, since: tuple[str, str] | None = None,
                  until: tuple[str, str] | None = None, q: str | None = None, limit: int = 50,
                  offset: int = 0, after: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """The latest version of each article, newest publication first (undated last; one day's by id,
    last first), filtered; at most ``limit`` + 1 rows so that a caller can tell whether there are more.
    Dates are day bounds. ``after`` (the ``cursor`` of the last row shown) pages by keyset: the rows
    that follow it, read from the index whatever the depth (``offset`` then counts from there)."""
    t, a = s.article_list, s.articles
    query: Select[Any] = (select(a.c.article_id, a.c.version, a.c.title, a.c.url, a.c.source, a.c.ingested_at,
                                 t.c.language, t.c.published, t.c.day)
                          .select_from(t.join(a, a.c.pk == t.c.article_pk)))
    query = _listed(query, lang, since, until, q)
    if after is not None:
        query = query.where(or_(t.c.day < after[0], and_(t.c.day == after[0], t.c.article_id < after[1])))
    query = query.order_by(t.c.day.desc(), t.c.article_id.desc()).limit(limit + 1).offset(offset)
    with store.engine.connect() as conn:
        rows = list(conn.execute(query).mappings())
    return [{k: v for k, v in r.items() if k != "day"} | {"outlet": outlet_record(r["url"]),
                                                          "cursor": cursor(r["day"], r["article_id"])}
            for r in rows]


def count_articles(store: Store, *, lang: str | None = None, since: tuple[str, str] | None = None,
                   until: tuple[str, str] | None = None, q: str | None = None) -> int:
    """How many articles ``list_articles`` pages through with these filters."""
    t, a = s.article_list, s.articles
    query = select(func.count()).select_from(t.join(a, a.c.pk == t.c.article_pk) if q else t)
    with store.engine.connect() as conn:
        return int(conn.execute(_listed(query, lang, since, until, q)).scalar_one())


def cursor(day: str, article_id: str) -> str:
    """A keyset position in the article list, as a query parameter carries it."""
    return f"{day}~{article_id}"


def parse_cursor(value: str) -> tuple[str, str]:
    """``cursor``'s text back to (day, article id); ValueError when it is not one."""
    day, sep, article_id = value.partition("~")
    if not sep or not article_id or (day and not day[:4].isdigit()):
        raise ValueError(f"not a position in the article list: {value!r}")
    return day, article_id


def article_story(store: Store, article_id: str) -> str | None:
    """The story an article was filed in (the link step's story_members), if any."""
    m = s.story_members
    with store.engine.connect() as conn:
        found = conn.execute(select(m.c.story_id).where(m.c.article_id == article_id)).scalar()
    return None if found is None else str(found)


def texts(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """The text of the latest version of each article (a story shown side by side)."""
    a = s.articles
    if not article_ids:
        return {}
    with store.engine.connect() as conn:
        return {r.article_id: r.text for r in conn.execute(
            select(a.c.article_id, a.c.text).where(a.c.pk.in_(latest_pks()),
                                                   a.c.article_id.in_(list(article_ids))))}


def article_view(store: Store, article_id: str, version: int | None = None) -> dict[str, Any]:
    """One version of an article (the latest by default): metadata, text, sentences as [start, end],
    its story, and what was understood of it (with the marks `show` colours, in text order)."""
    art = store.article(article_id, version)
    if art is None:
        which = f"version {version} of " if version is not None else ""
        raise NotFoundError(f"no {which}article {article_id!r} in {store.url} "
                            "(treatywatch articles lists them)")
    found = store.understanding(art.pk)
    lang = found.language if found else art.language
    when, how = ((found.published, found.published_how) if found and found.published
                 else (art.published, art.published_how))
    understanding = None
    if found is not None:
        understanding = {k: [asdict(x) for x in getattr(found, k)]
                         for k in ("entities", "dates", "quotes", "events")}
        understanding["marks"] = [asdict(m) for m in marks(found)]
    return {"article_id": art.article_id, "version": art.version, "versions": store.versions(art.article_id),
            "title": art.title, "url": art.url, "outlet": outlet_record(art.url), "source": art.source,
            "line": art.line, "language": lang,
            "language_how": art.language_how, "dir": direction(lang), "published": when,
            "published_how": how, "ingested_at": art.ingested_at, "content_hash": art.content_hash,
            "story": article_story(store, art.article_id), "text": art.text,
            "sentences": [[sp.start, sp.end] for sp in store.sentences(art.pk)],
            "understanding": understanding}


def per_day(store: Store, *, lang: str | None = None, since: tuple[str, str] | None = None,
            until: tuple[str, str] | None = None, days: int = 60) -> dict[str, Any]:
    """Articles per publication day and language (latest versions; dated to the day): the ``days`` days
    up to ``until`` (else up to the newest dated article), from ``since`` when that is later.
    ``{"first": day, "last": day, "counts": {day: {language: n}}}``; first and last None with no article."""
    t = s.article_list
    dated = _listed(select(func.max(t.c.day)), lang, since, until, None).where(func.length(t.c.day) == 10)
    with store.engine.connect() as conn:
        last = conn.execute(dated).scalar()
        if not last:
            return {"first": None, "last": None, "counts": {}}
        first = (date.fromisoformat(last) - timedelta(days=days - 1)).isoformat()
        if since is not None and since[0][:10] > first:
            first = since[0][:10]
        query = (_listed(select(t.c.day, t.c.language, func.count()), lang, None, None, None)
                 .where(t.c.day >= first, t.c.day <= last, func.length(t.c.day) == 10)
                 .group_by(t.c.day, t.c.language))
        counts: dict[str, dict[str, int]] = {}
        for day, language, n in conn.execute(query):
            counts.setdefault(day, {})[language] = int(n)
    return {"first": first, "last": last, "counts": counts}
