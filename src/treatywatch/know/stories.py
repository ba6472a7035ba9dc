"""Which stories a listing shows: ids in link.store.list_stories' order (latest last date first,
undated last, then id), filtered by their last date, an article's language, or an article naming a
treaty; link/store.py reads each story."""

from __future__ import annotations

from sqlalchemy import select

from ..store import Store
from ..store import schema as s
from ..store.latest import language, latest_pks, with_understanding


def story_ids(store: Store, *, since: str | None = None, lang: str | None = None, treaty: str | None = None,
              limit: int = 20, offset: int = 0, named: tuple[str, str] | None = None) -> list[str]:
    """At most ``limit`` + 1 story ids (a caller tells whether there are more); ``named``: (kind, slug)
    of a mention an article of the story holds (("state", "russia"), ("person", "putin"))."""
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
    query = query.order_by(t.c.last_date.is_(None), t.c.last_date.desc(), t.c.story_id)
    with store.engine.connect() as conn:
        return [str(x) for x in conn.execute(query.limit(limit + 1).offset(offset)).scalars()]
