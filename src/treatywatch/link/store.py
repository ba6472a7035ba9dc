"""The shell: the linker over the store's tables (revision 0002), and the story listings.

    assign(store, article_pk)   file one stored, understood article (the pipeline calls it)
    recluster(store)            forget the stories and file every article again, in ingest order
    list_stories / get_story    what the CLI, the API and the exports read

``StoreIndex`` (storeindex.py) answers the linker's ``Index`` calls with SQL on indexed columns: adding an article
reads the posting lists of its keys (``max_postings`` rows each) and the candidate stories, never
every stored article. The linker (cluster.py) is the same code as in memory, so filing articles
one by one into the store gives the stories ``cluster.recluster`` gives in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from datasketch import MinHash
from sqlalchemy import Connection, func, or_, select

from ..errors import NotFoundError
from ..models import Article, Document, Understanding
from ..store import Store
from ..store import schema as s
from ..store.latest import latest_pks
from ..store.rows import storable
from . import prepare
from .cluster import Assignment, Linker, Settings
from .fingerprint import Fingerprint, Record
from .index import Link
from .storeindex import StoreIndex, _load


@contextmanager
def _connection(store: Store) -> Iterator[Connection]:
    # The store's own transaction: inside ``store.batch()`` the pipeline's, else one of its own.
    # (SQLite allows one writer: a second connection would wait for the batch to end.)
    # Store has no public way to share its transaction: its own context manager it is.
    with store._begin(write=True) as conn:
        yield conn


@contextmanager
def _reading(store: Store) -> Iterator[Connection]:
    # A read: no write lock taken (the store may be open read-only).
    with store._begin() as conn:
        yield conn


def _now(store: Store) -> str:
    return str(store._clock())  # the store's clock, so that tests can fix it


# -- filing articles -----------------------------------------------------------------------------------

def record_of(store: Store, article_pk: int) -> Record:
    """The linker's record of one stored article version: its text and what was understood of it."""
    a = s.articles
    with _connection(store) as conn:
        row = conn.execute(select(a).where(a.c.pk == article_pk)).first()
    if row is None:
        raise NotFoundError(f"no stored article with pk {article_pk} in {store.url}")
    u = store.understanding(article_pk)
    return Record(row.article_id, row.text, (u.language if u else None) or row.language,
                  (u.published if u else None) or row.published, row.title, row.content_hash, u)


def record_for(article: Article, doc: Document | None, understanding: Understanding) -> Record:
    """The record ``record_of`` reads back once ``article`` is stored as a new version with ``doc`` and
    ``understanding`` (Store.add_article's columns), made without reading the store: what the
    pipeline has just written, and what a batch worker that never sees the store files."""
    language = article.language or (doc.language if doc else None) or "und"
    published = doc.published if doc else article.published
    title = article.title if article.title is not None else (doc.title if doc else None)
    return Record(article.id, article.text, understanding.language or language,
                  understanding.published or published, storable(title), article.content_hash, understanding)


def assign(store: Store, article_pk: int, settings: Settings | None = None) -> Assignment:
    """File one stored article into its story (a duplicate of a filed article, or the best story in
    its time window, or a new one). An article id already filed stays where it is."""
    return assign_record(store, record_of(store, article_pk), settings)


def assign_record(store: Store, record: Record, settings: Settings | None = None) -> Assignment:
    """``assign`` for the record of a stored article already in hand (``record_for``): no re-read."""
    fp, sk = prepare(record)
    return assign_prepared(store, fp, sk, settings)


def assign_prepared(store: Store, fp: Fingerprint, sk: MinHash | None,
                    settings: Settings | None = None) -> Assignment:
    """``assign`` for a fingerprint and sketch already made (by a batch worker)."""
    with _index(store) as index:
        return Linker(index, settings or in_effect()).add(fp, sk)


@contextmanager
def _index(store: Store) -> Iterator[StoreIndex]:
    """The linker's index: inside ``store.batch()`` one for the whole batch (its reads kept, its writes
    made when the batch commits), else one of its own, written when done."""
    kept = store.kept("link.index", lambda conn: StoreIndex(conn, lambda: _now(store)))
    if kept is not None:
        yield kept
        return
    with _connection(store) as conn:
        index = StoreIndex(conn, lambda: _now(store))
        yield index
        index.flush()


def in_effect() -> Settings:
    """The linker of the settings in effect (treatywatch.toml, TREATYWATCH_LINK_*; settings.py)."""
    from ..settings import load_settings

    return Settings.from_settings(load_settings())


def recluster(store: Store, settings: Settings | None = None) -> int:
    """Forget every story and file the latest version of every article again, in the order the
    articles were first stored. Gives what filing them one by one gave (or would give now, after
    the lexicon or the settings changed). Returns the number of stories."""
    a = s.articles
    with _connection(store) as conn:
        first = (select(a.c.article_id, func.min(a.c.pk).label("first_pk"))
                 .group_by(a.c.article_id).subquery())
        pks = list(conn.execute(
            select(a.c.pk).where(a.c.pk.in_(latest_pks()))
            .join(first, first.c.article_id == a.c.article_id).order_by(first.c.first_pk)).scalars())
    with store.batch():
        with _index(store) as index:
            index.clear()
        settings = settings or in_effect()
        for pk in pks:
            assign(store, pk, settings)
        with _index(store) as index:
            index.flush()   # (the count below reads the table)
            return int(index.conn.execute(select(func.count()).select_from(s.stories)).scalar_one())


# -- reading stories -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StoryArticle:
    article_id: str
    language: str | None
    published: str | None
    title: str | None
    score: float


@dataclass(frozen=True)
class StoryView:
    story_id: str
    title: str | None
    language: str | None
    first_date: str | None
    last_date: str | None
    created: str
    articles: tuple[StoryArticle, ...]
    links: tuple[Link, ...]

    @property
    def languages(self) -> list[str]:
        return sorted({x.language for x in self.articles if x.language})


def _views(conn: Connection, rows: Sequence[Any]) -> list[StoryView]:
    m, lk = s.story_members, s.links
    ids = [r.story_id for r in rows]
    members: dict[str, list[StoryArticle]] = {i: [] for i in ids}
    owner: dict[str, str] = {}
    for r in conn.execute(select(m).where(m.c.story_id.in_(ids)).order_by(m.c.added)):
        fp = _load(r.article_id, r.fingerprint)
        members[r.story_id].append(StoryArticle(r.article_id, fp.language, fp.published, fp.title, r.score))
        owner[r.article_id] = r.story_id
    links: dict[str, list[Link]] = {i: [] for i in ids}
    if owner:
        for r in conn.execute(select(lk).where(lk.c.article_b.in_(list(owner)))
                              .order_by(lk.c.article_a, lk.c.article_b, lk.c.kind)):
            links[owner[r.article_b]].append(Link(r.article_a, r.article_b, r.kind, r.score))
    return [StoryView(r.story_id, r.title, r.language, r.first_date, r.last_date, r.created,
                      tuple(members[r.story_id]), tuple(links[r.story_id])) for r in rows]


def list_stories(store: Store, since: str | None = None, lang: str | None = None) -> list[StoryView]:
    """Every story, newest first (undated stories last), optionally only those that run on or after
    ``since`` (an ISO date: undated stories are left out) or that have an article in ``lang``."""
    t = s.stories
    q = select(t)
    if since is not None:
        q = q.where(t.c.last_date >= since)
    with _reading(store) as conn:
        rows = list(conn.execute(q))
        views = _views(conn, rows) if rows else []
    if lang is not None:
        views = [v for v in views if lang in v.languages]
    views.sort(key=lambda v: v.story_id)
    return sorted(views, key=lambda v: v.last_date or "", reverse=True)   # stable: ties stay by id


def get_story(store: Store, story_id: str) -> StoryView:
    """One story, by its id or by the id of one of its articles."""
    t, m = s.stories, s.story_members
    with _reading(store) as conn:
        owner = select(m.c.story_id).where(m.c.article_id == story_id).scalar_subquery()
        rows = list(conn.execute(select(t).where(or_(t.c.story_id == story_id, t.c.story_id == owner))))
        if not rows:
            raise NotFoundError(f"no story {story_id!r} in {store.url} (treatywatch stories lists them)")
        return _views(conn, rows[:1])[0]


def story_of_articles(store: Store) -> dict[str, str]:
    """article id -> story id, for every filed article (the eval export's stories.jsonl)."""
    m = s.story_members
    with _reading(store) as conn:
        return {r.article_id: r.story_id for r in conn.execute(select(m.c.article_id, m.c.story_id))}
