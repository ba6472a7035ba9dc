"""The shell: the linker over the store's tables (revision 0002), and the story listings.

    assign(store, article_pk)   file one stored, understood article (the pipeline calls it)
    recluster(store)            forget the stories and file every article again, in ingest order
    list_stories / get_story    what the CLI, the API and the exports read

``StoreIndex`` answers the linker's ``Index`` calls with SQL on indexed columns: adding an article
reads the posting lists of its keys (``max_postings`` rows each) and the candidate stories, never
every stored article. The linker (cluster.py) is the same code as in memory, so filing articles
one by one into the store gives the stories ``cluster.recluster`` gives in memory.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from datasketch import MinHash
from sqlalchemy import Connection, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import NotFoundError
from ..models import Article, Document, Understanding
from ..store import Store
from ..store import schema as s
from ..store.latest import latest_pks
from ..store.rows import storable
from . import prepare
from .cluster import Assignment, Linker, Settings
from .fingerprint import Fingerprint, Record
from .index import Link, Member, StoryState


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


# -- fingerprints in a column -------------------------------------------------------------------------

def _dump(fp: Fingerprint) -> str:
    return json.dumps({"language": fp.language, "published": fp.published, "floor": fp.floor,
                       "when": fp.when, "title": fp.title, "content_hash": fp.content_hash,
                       "exact": fp.exact, "features": dict(fp.features)}, ensure_ascii=False, sort_keys=True)


@functools.lru_cache(maxsize=4096)
def _load(article_id: str, text: str) -> Fingerprint:
    # Cached: a story's latest members are read back for every article that joins it, and their
    # fingerprints never change once written (the callers only read them).
    d = json.loads(text)
    return Fingerprint(article_id, d["language"], d["published"], d["features"], d["floor"], d["title"],
                       d["content_hash"], d["exact"], d.get("when"))


# Keys in one ``IN (...)``: far under SQLite's limit on bound parameters.
_KEYS_PER_QUERY = 500


class StoreIndex:
    """The linker's ``Index`` on one open connection (see index.Index for what each call means)."""

    def __init__(self, conn: Connection, now: str) -> None:
        self.conn = conn
        self.now = now
        # story id -> (limit, its latest members): the linker asks twice per article (links, then
        # title) and nothing is filed in between; forgotten whenever members are added or move.
        self._recent: dict[str, tuple[int, list[Member]]] = {}

    def postings(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        # One query for all the keys of an article (``key IN (...)``, each list cut at ``limit`` by a
        # window function), not one per key: the per-statement cost was most of the linker's time.
        t = s.link_postings
        wanted = list(dict.fromkeys(keys))
        out: dict[str, list[str]] = {}
        for start in range(0, len(wanted), _KEYS_PER_QUERY):
            chunk = wanted[start:start + _KEYS_PER_QUERY]
            rank = func.row_number().over(partition_by=t.c.key, order_by=t.c.pk.desc()).label("rank")
            ranked = select(t.c.key, t.c.ident, t.c.pk, rank).where(t.c.key.in_(chunk)).subquery()
            q = (select(ranked.c.key, ranked.c.ident).where(ranked.c.rank <= limit)
                 .order_by(ranked.c.key, ranked.c.pk.desc()))
            for key, ident in self.conn.execute(q):
                out.setdefault(key, []).append(ident)
        return {k: out[k] for k in wanted if k in out}

    def post(self, keys: Iterable[str], ident: str, again: bool = False) -> None:
        rows = [{"key": k, "ident": ident} for k in dict.fromkeys(keys)]
        if not rows:
            return
        stmt = self._insert(s.link_postings)
        self.conn.execute(stmt.on_conflict_do_nothing(index_elements=["key", "ident"]), rows)

    def stories(self, story_ids: Sequence[str]) -> dict[str, StoryState]:
        if not story_ids:
            return {}
        t, f = s.stories, s.story_features
        out = {r.story_id: StoryState(r.story_id, r.seq, r.size, {}, r.norm2, r.first_date, r.last_date,
                                      r.floor, r.title, r.title_article, r.language)
               for r in self.conn.execute(select(t).where(t.c.story_id.in_(list(story_ids))))}
        for r in self.conn.execute(select(f).where(f.c.story_id.in_(list(out)))):
            out[r.story_id].sums[r.feature] = r.weight
        return out

    def save_story(self, state: StoryState) -> None:
        t, f = s.stories, s.story_features
        row = {"title": state.title, "title_article": state.title_article, "language": state.language,
               "first_date": state.first, "last_date": state.last, "floor": state.floor, "size": state.n,
               "norm2": state.norm2}
        if self.conn.execute(update(t).where(t.c.story_id == state.story_id).values(row)).rowcount == 0:
            self.conn.execute(insert(t).values(story_id=state.story_id, seq=state.seq, created=self.now,
                                               **row))
        changed = sorted(state.changed)
        if changed:
            # One upsert of the changed sums (not a delete, then an insert)
            stmt = self._insert(f)
            self.conn.execute(stmt.on_conflict_do_update(index_elements=["story_id", "feature"],
                                                         set_={"weight": stmt.excluded.weight}),
                              [{"story_id": state.story_id, "feature": k, "weight": state.sums[k]}
                               for k in changed])
        state.changed.clear()

    def _insert(self, table: Any) -> Any:
        """INSERT with this database's ON CONFLICT clauses."""
        return postgresql.insert(table) if self.conn.dialect.name == "postgresql" else sqlite.insert(table)

    def _members(self, where: Any, order: Any = None, limit: int | None = None) -> list[Member]:
        m = s.story_members
        q = select(m).where(where)
        if order is not None:
            q = q.order_by(order)
        if limit is not None:
            q = q.limit(limit)
        return [Member(_load(r.article_id, r.fingerprint), r.sketch, r.story_id, r.added, r.score)
                for r in self.conn.execute(q)]

    def member(self, article_id: str) -> Member | None:
        found = self._members(s.story_members.c.article_id == article_id)
        return found[0] if found else None

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        if not article_ids:
            return {}
        return {mb.fingerprint.article_id: mb for mb in self._members(s.story_members.c.article_id.in_(
            list(article_ids)))}

    def recent_members(self, story_id: str, limit: int) -> list[Member]:
        known = self._recent.get(story_id)
        if known is not None and (limit <= known[0] or len(known[1]) < known[0]):
            return known[1][-limit:] if limit > 0 else []
        m = s.story_members
        found = self._members(m.c.story_id == story_id, m.c.added.desc(), limit)[::-1]
        self._recent[story_id] = (limit, found)
        return list(found)

    def next_member_seq(self) -> int:
        m = s.story_members
        return int(self.conn.execute(select(func.coalesce(func.max(m.c.added), -1))).scalar_one()) + 1

    def add_member(self, member: Member) -> None:
        self._recent.clear()
        self.conn.execute(insert(s.story_members).values(
            article_id=member.fingerprint.article_id, story_id=member.story_id, added=member.seq,
            score=member.score, fingerprint=_dump(member.fingerprint), sketch=member.sketch))

    def merge_story(self, gone: str, keep: str) -> None:
        self._recent.clear()
        m = s.story_members
        self.conn.execute(update(m).where(m.c.story_id == gone).values(story_id=keep))
        self.conn.execute(delete(s.story_features).where(s.story_features.c.story_id == gone))
        self.conn.execute(delete(s.stories).where(s.stories.c.story_id == gone))

    def add_links(self, links: Sequence[Link]) -> None:
        if links:
            self.conn.execute(insert(s.links), [{"article_a": x.article_a, "article_b": x.article_b,
                                                 "kind": x.kind, "score": x.score} for x in links])


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
    with _connection(store) as conn:
        return Linker(StoreIndex(conn, _now(store)), settings or in_effect()).add(fp, sk)


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
        with _connection(store) as conn:
            for table in s.STORY_TABLES:
                conn.execute(delete(table))
        settings = settings or in_effect()
        for pk in pks:
            assign(store, pk, settings)
        with _connection(store) as conn:
            return int(conn.execute(select(func.count()).select_from(s.stories)).scalar_one())


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
