"""The events as each article states them (the claims that know/facts.py merges into facts): the
listing behind ``treatywatch events`` and ``/api/events``, latest versions only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..store import Store
from ..store import schema as s
from ..store.latest import filtered, language, latest_pks, published, with_understanding


def list_claims(store: Store, *, event: str | None = None, treaty: str | None = None,
                actor: str | None = None, modality: str | None = None, lang: str | None = None,
                article: str | None = None,
                since: tuple[str, str] | None = None, until: tuple[str, str] | None = None,
                limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Event mentions, newest publication first (undated last), filtered; ``since``/``until`` are the
    day bounds of the publication date. At most ``limit`` + 1 rows (a caller tells whether there are more)."""
    e, a = s.events, s.articles
    query = (with_understanding(select(a.c.article_id, e.c.idx, e.c.event, e.c.treaty, e.c.actor, e.c.date,
                                       e.c.modality, e.c.evidence, e.c.sentence_start, e.c.sentence_end,
                                       e.c.trigger_start, e.c.trigger_end, language().label("language"),
                                       published().label("published"))
                                .join(a, a.c.pk == e.c.article_pk))
             .where(e.c.article_pk.in_(latest_pks())))
    for column, value in ((e.c.event, event), (e.c.treaty, treaty), (e.c.actor, actor),
                          (e.c.modality, modality), (a.c.article_id, article)):
        if value is not None:
            query = query.where(column == value)
    query = filtered(query, lang, since, until)
    query = query.order_by(published().is_(None), published().desc(), a.c.article_id, e.c.idx)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query.limit(limit + 1).offset(offset)).mappings()]
