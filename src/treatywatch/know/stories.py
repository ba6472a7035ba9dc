"""Which stories a listing shows: ids in link.store.list_stories' order (latest last date first,
undated last, then id), filtered by their last date, an article's language, or an article naming a
treaty; link/store.py reads each story."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from ..store import Store
from ..store import schema as s
from ..store.latest import language, latest_pks, with_understanding


def story_ids(store: Store, *, since: str | None = None, lang: str | None = None, treaty: str | None = None,
              limit: int = 20, offset: int = 0, named: tuple[str, str] | None = None) -> list[str]:
    """At most ``limit`` + 1 story ids (a caller tells whether there are more); ``named``: (kind, slug)
    of a mention an article of the story holds (("state", "russia"), ("person", "putin"))."""
    t = s.stories
    query = _matching(since, lang, treaty, named).order_by(t.c.last_date.is_(None), t.c.last_date.desc(),
                                                           t.c.story_id)
    with store.engine.connect() as conn:
        return [str(x) for x in conn.execute(query.limit(limit + 1).offset(offset)).scalars()]


def count_stories(store: Store, *, since: str | None = None, lang: str | None = None) -> int:
    """How many stories ``story_ids`` pages through with these filters."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(
            _matching(since, lang, None, None).subquery())).scalar_one())


def _matching(since: str | None, lang: str | None, treaty: str | None,
              named: tuple[str, str] | None) -> Select[Any]:
    if treaty is not None:
        named = ("treaty", treaty)
    t, m, a = s.stories, s.story_members, s.articles
    query = select(t.c.story_id)
    if since is not None:
        query = query.where(t.c.last_date >= since)
    if lang is not None or named is not None:
        members = (select(m.c.story_id).join(a, a.c.article_id == m.c.article_id)
                   .where(a.c.pk.in_(latest_pks())))
        if lang is not None:
            members = with_understanding(members).where(language() == lang)
        if named is not None:
            members = members.where(a.c.pk.in_(select(s.mentions.c.article_pk).where(
                s.mentions.c.kind == named[0], s.mentions.c.slug == named[1])))
        query = query.where(t.c.story_id.in_(members))
    return query


FIRST_ARTICLES = 5   # articles a story summary names (the story itself lists them all)


def story_summaries(store: Store, ids: list[str], first: int = FIRST_ARTICLES) -> list[dict[str, Any]]:
    """Stories as a list shows them, in the order of ``ids``: title, dates, how many articles in which
    languages, and the first ``first`` articles filed; never their links (the one story has them)."""
    if not ids:
        return []
    t, m, al, a = s.stories, s.story_members, s.article_list, s.articles
    rank = func.row_number().over(partition_by=m.c.story_id, order_by=m.c.added).label("rank")
    firsts = (select(m.c.story_id, m.c.article_id, rank).where(m.c.story_id.in_(ids))).subquery()
    with store.engine.connect() as conn:
        heads = {r.story_id: r for r in conn.execute(select(t).where(t.c.story_id.in_(ids)))}
        counts: dict[str, dict[str, int]] = {i: {} for i in ids}
        for r in conn.execute(select(m.c.story_id, al.c.language, func.count()).join(
                al, al.c.article_id == m.c.article_id).where(m.c.story_id.in_(ids))
                .group_by(m.c.story_id, al.c.language)):
            counts[r[0]][r[1]] = int(r[2])
        named: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for r in conn.execute(select(firsts.c.story_id, firsts.c.article_id, al.c.language, al.c.published, a.c.title)
                              .join(al, al.c.article_id == firsts.c.article_id).join(a, a.c.pk == al.c.article_pk)
                              .where(firsts.c.rank <= first).order_by(firsts.c.story_id, firsts.c.rank)):
            named[r.story_id].append({"article_id": r.article_id, "language": r.language,
                                      "published": r.published, "title": r.title})
    out = []
    for i in ids:
        h = heads.get(i)
        if h is None:
            continue
        out.append({"story_id": i, "title": h.title, "language": h.language, "first_date": h.first_date,
                    "last_date": h.last_date, "created": h.created, "size": int(h.size),
                    "languages": sorted(counts[i]), "by_language": dict(sorted(counts[i].items())),
                    "articles": named[i]})
    return out
