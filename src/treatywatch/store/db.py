"""The store: small methods over one schema, on SQLite or PostgreSQL.

Every statement is built with SQLAlchemy Core and bound parameters; no SQL is ever made from text.
Writes are idempotent: the same article content, the same bad input or the same understanding
written twice leaves the database as it was after the first time.

A ``Store`` is not thread-safe: use one per thread or process (the pipeline writes from one).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar, cast

from sqlalchemy import Connection, Engine, Select, and_, case, delete, func, insert, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..models import Article, Document, Rejected, Span, Understanding
from . import schema as s
from .bulk import NewVersion, write_versions
from .engine import WRITE, at_rest, create, display_url
from .latest import language, latest_pks, published, sync
from .migrate import check_current, upgrade
from .records import Added, AddStatus, DocumentRow, Quarantined, StoredArticle
from .rows import clean, table_rows, understanding_from_rows, understanding_rows
from .writes import bump
from .writes import count as count_writes


class Flushing(Protocol):
    """What ``Store.kept`` keeps: it writes what it holds back when told to, and goes on into the
    next transaction (``resume``) when no other writer wrote between."""

    def flush(self) -> None: ...

    def resume(self, conn: Connection) -> None: ...


F = TypeVar("F", bound=Flushing)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _documents() -> Select[Any]:
    """Articles with the language and date of their understanding when there is one."""
    a, u = s.articles, s.understandings
    return (select(a.c.article_id, a.c.version, a.c.pk, a.c.title, a.c.source,
                   language().label("language"), published().label("published"),
                   # the "how" goes with whichever date was taken
                   case((u.c.published.is_not(None), u.c.published_how), else_=a.c.published_how)
                   .label("published_how"),
                   u.c.article_pk.is_not(None).label("understood"))
            .outerjoin(u, u.c.article_pk == a.c.pk))


def _document_row(row: Any) -> DocumentRow:
    return DocumentRow(**{**row, "understood": bool(row["understood"])})


def _latest_versions(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[int, int, str]]:
    """article id -> (pk, version, content hash) of its latest stored version, for the ids stored."""
    a = s.articles
    wanted = sorted(set(ids))
    out: dict[str, tuple[int, int, str]] = {}
    for start in range(0, len(wanted), 400):
        for article_id, pk, version, digest in conn.execute(
                select(a.c.article_id, a.c.pk, a.c.version, a.c.content_hash)
                .where(a.c.article_id.in_(wanted[start:start + 400]))):
            if version > out.get(article_id, (0, 0, ""))[1]:
                out[article_id] = (pk, version, digest)
    return out


def _new_version(article: Article, doc: Document | None, understanding: Understanding | None, version: int,
                 now: str) -> NewVersion:
    """What ``add_versions`` writes for one new version of ``article``."""
    row = clean({
        "article_id": article.id, "version": version, "content_hash": article.content_hash,
        "source": article.source, "line": article.line, "url": article.url,
        "title": article.title if article.title is not None else (doc.title if doc else None),
        "language": article.language or (doc.language if doc else None) or "und",
        "language_how": "metadata" if article.language else "identified",
        "published": doc.published if doc else article.published,
        "published_how": doc.published_how if doc else article.published_how,
        "text": article.text, "original": article.original, "ingested_at": now,
    })
    sentences = [(sp.start, sp.end) for sp in doc.sentences] if doc is not None else []
    if understanding is None:
        return NewVersion(row, sentences)
    head = clean({"language": understanding.language, "published": understanding.published,
                  "published_how": understanding.published_how, "understood_at": now})
    return NewVersion(row, sentences, head, table_rows(understanding, article.text))


def _sentence_rows(article_pk: int, spans: tuple[Span, ...]) -> list[dict[str, int]]:
    return [{"article_pk": article_pk, "idx": i, "start": sp.start, "end": sp.end} for i, sp in enumerate(spans)]


def _one_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return f"{e.__class__.__name__}: {text[0] if text else ''}"


class Store:
    """Open with ``open_store(url)`` to write (migrates to the current schema) or ``open_reader(url)``
    to read (read-only: it never writes, migrates or creates a file); close it, or use ``with``."""

    def __init__(self, engine: Engine, clock: Callable[[], str] = _now, *, owner: bool = False) -> None:
        self.engine = engine
        self._clock = clock
        self._conn: Connection | None = None
        self._kept: dict[str, Flushing] = {}   # Store.kept: per open batch
        # What the last batch kept, and the store's write count when it committed: the next batch
        # takes it over when that count is still the store's (nobody else wrote between).
        self._carried: tuple[int, dict[str, Flushing]] | None = None
        self._committed: int | None = None   # the write count of this Store's last commit
        self._owner = owner   # opened by open_store: its close leaves a SQLite file at rest

    # -- life cycle -------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()
        if self._owner:
            at_rest(self.engine)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The database URL with any password hidden, for messages."""
        return display_url(self.engine.url)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run the writes inside in one transaction (one commit for a whole batch: SQLite pays a
        file sync per commit). Everything inside is rolled back if anything fails."""
        if self._conn is not None:
            yield
            return
        carried, self._carried = self._carried, None
        with self._begin(write=True) as conn:
            self._conn = conn
            if carried is not None and carried[0] == count_writes(conn):
                for kept in carried[1].values():
                    kept.resume(conn)
                self._kept = carried[1]
            try:
                yield
                for kept in self._kept.values():
                    kept.flush()  # what was held back is written before the commit
                done = self._kept
            finally:
                self._conn = None
                self._kept = {}
        if self._committed is not None:
            self._carried = (self._committed, done)

    def kept(self, key: str, make: Callable[[Connection], F]) -> F | None:
        """An object kept for the open batch (made by ``make`` on its connection when first asked
        for): what a writer caches and holds back for one transaction, e.g. the linker's index. Its
        ``flush()`` writes before the batch commits; a batch rolled back forgets it with its writes.
        None outside a batch (the caller then makes and flushes its own)."""
        if self._conn is None:
            return None
        if key not in self._kept:
            self._kept[key] = make(self._conn)
        return cast(F, self._kept[key])

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A transaction that will write (for code outside the store, e.g. the record's refresh): it
        queues behind other writers (SQLite: BEGIN IMMEDIATE under the busy timeout; PostgreSQL:
        an advisory lock) instead of failing on them; readers go on reading meanwhile."""
        with self._begin(write=True) as conn:
            yield conn

    @contextmanager
    def _begin(self, write: bool = False) -> Iterator[Connection]:
        if self._conn is not None:
            yield self._conn
            return
        try:
            with self.engine.connect() as conn:
                if write:
                    conn = conn.execution_options(**{WRITE: True})
                with conn.begin():
                    yield conn
                    if write:
                        self._committed = bump(conn)
        except SQLAlchemyError as e:
            raise StoreError(f"database {self.url}: {_one_line(e)}") from e

    # -- articles ---------------------------------------------------------------------------------

    def add_article(self, article: Article, doc: Document | None = None) -> Added:
        """Store one version of an article: nothing happens when its latest version has this content;
        other content under a known id becomes the next version (the old ones stay). Content an
        older version had (an edit reverted) is a new version too: the latest is what the source
        said last. ``doc`` gives the identified language, publication date and sentences.
        Writers queue (see ``writing``): one that finds the version stored by another meanwhile
        reports it unchanged."""
        return self.add_versions([(article, doc, None)])[0]

    def add_versions(self, items: Sequence[tuple[Article, Document | None, Understanding | None]]) -> list[Added]:
        """``add_article`` for many articles, each with what was understood of it (saved with a version
        written now; an unchanged one is left as it is), written a table at a time (store/bulk.py):
        what ``ingest`` does for each batch. The same id twice is read in order: other content is the
        next version, the same content unchanged."""
        with self._begin(write=True) as conn:
            latest = _latest_versions(conn, [article.id for article, _, _ in items])
            now = self._clock()
            new: list[NewVersion] = []
            plan: list[tuple[str, int, int]] = []   # (status, version, pk or -1 - index in ``new``)
            for article, doc, understanding in items:
                pk, version, digest = latest.get(article.id, (0, 0, ""))
                if version and digest == article.content_hash:
                    plan.append(("unchanged", version, pk))
                    continue
                new.append(_new_version(article, doc, understanding, version + 1, now))
                plan.append(("new" if version == 0 else "version", version + 1, -len(new)))
                latest[article.id] = (-len(new), version + 1, article.content_hash)
            pks = write_versions(conn, new)
        return [Added(cast(AddStatus, status), pk if pk > 0 else pks[-pk - 1], version)
                for status, version, pk in plan]

    def find_version(self, article_id: str, content_hash: str) -> DocumentRow | None:
        """The latest version of ``article_id`` when it has this content, else None (``understood``
        tells whether it has been understood: a re-run skips such articles before doing any work;
        content an older version had is read again, for it will be a new version)."""
        a = s.articles
        with self._begin() as conn:
            row = conn.execute(_documents().where(a.c.article_id == article_id)
                               .order_by(a.c.version.desc()).limit(1)).mappings().first()
        if row is None or self._hash(row["pk"]) != content_hash:
            return None
        return _document_row(row)

    def _hash(self, pk: int) -> str:
        with self._begin() as conn:
            return str(conn.execute(select(s.articles.c.content_hash).where(s.articles.c.pk == pk)).scalar_one())

    def find_versions(self, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], DocumentRow]:
        """``find_version`` for many (article id, content hash) pairs, in one query per few hundred."""
        a = s.articles
        wanted = list(dict.fromkeys(pairs))
        out: dict[tuple[str, str], DocumentRow] = {}
        with self._begin() as conn:
            for start in range(0, len(wanted), 400):
                chunk = wanted[start:start + 400]
                asked = set(chunk)
                ids = sorted({i for i, _ in chunk})
                rows = list(conn.execute(_documents().add_columns(a.c.content_hash.label("_hash"),
                                                                  a.c.version.label("_version"))
                                         .where(a.c.article_id.in_(ids))).mappings())
                # only the latest version counts as known: a text that comes back after an edit is
                # what the source says again, a new latest version to read (not the old one's twin)
                latest: dict[str, int] = {}
                for row in rows:
                    latest[row["article_id"]] = max(latest.get(row["article_id"], 0), row["_version"])
                for row in rows:
                    key = (row["article_id"], row["_hash"])
                    if key in asked and row["_version"] == latest[row["article_id"]]:
                        out[key] = _document_row({k: v for k, v in row.items() if k not in ("_hash", "_version")})
        return out

    def article(self, article_id: str, version: int | None = None) -> StoredArticle | None:
        """One version of an article (the latest when ``version`` is None), or None."""
        a = s.articles
        q = select(a).where(a.c.article_id == article_id)
        q = q.where(a.c.version == version) if version is not None else q.order_by(a.c.version.desc())
        with self._begin() as conn:
            row = conn.execute(q.limit(1)).mappings().first()
        return StoredArticle(**row) if row is not None else None

    def versions(self, article_id: str) -> list[int]:
        a = s.articles
        with self._begin() as conn:
            return list(conn.execute(select(a.c.version).where(a.c.article_id == article_id)
                                     .order_by(a.c.version)).scalars())

    def latest_articles(self, lang: str | None = None) -> list[StoredArticle]:
        """The latest version of every article id (optionally in one language), by id."""
        a = s.articles
        q = select(a).where(a.c.pk.in_(latest_pks()))
        if lang is not None:
            q = q.where(a.c.language == lang)
        with self._begin() as conn:
            rows = [StoredArticle(**r) for r in conn.execute(q).mappings()]
        # Sorted here, not in SQL: PostgreSQL orders text by its locale, SQLite by code point.
        return sorted(rows, key=lambda r: r.article_id)

    def sentences(self, article_pk: int) -> tuple[Span, ...]:
        t = s.sentences
        with self._begin() as conn:
            return tuple(Span(r.start, r.end) for r in conn.execute(
                select(t.c.start, t.c.end).where(t.c.article_pk == article_pk).order_by(t.c.idx)))

    # -- quarantine -------------------------------------------------------------------------------

    def quarantine(self, rejected: Rejected) -> bool:
        """Keep a bad input with its reason; True when it was not already quarantined."""
        q = s.quarantine
        digest = hashlib.sha256(rejected.payload).hexdigest()
        same = and_(q.c.source == rejected.source, q.c.line.is_not_distinct_from(rejected.line),
                    q.c.payload_hash == digest)
        with self._begin(write=True) as conn:
            if conn.execute(select(q.c.pk).where(same)).first() is not None:
                return False
            conn.execute(insert(q), clean({
                "source": rejected.source, "line": rejected.line, "article_id": rejected.article_id,
                "reason": rejected.reason, "payload": rejected.payload, "payload_hash": digest,
                "first_seen": self._clock()}))
            return True

    def quarantined(self) -> list[Quarantined]:
        q = s.quarantine
        with self._begin() as conn:
            rows = [Quarantined(**{k: v for k, v in r.items() if k != "pk"})
                    for r in conn.execute(select(q).order_by(q.c.pk)).mappings()]
        return sorted(rows, key=lambda r: (r.source, r.line if r.line is not None else -1))

    # -- understanding ----------------------------------------------------------------------------

    def replace_sentences(self, article_pk: int, sentences: tuple[Span, ...]) -> None:
        """Replace the sentence spans of one article version (when a better splitter re-reads it)."""
        t = s.sentences
        with self._begin(write=True) as conn:
            conn.execute(delete(t).where(t.c.article_pk == article_pk))
            if sentences:
                conn.execute(insert(t), _sentence_rows(article_pk, sentences))

    def save_understanding(self, article_pk: int, understanding: Understanding, *, fresh: bool = False) -> None:
        """Replace what is known of one article version by ``understanding`` (idempotent). ``fresh``:
        the version was stored just now, so there is nothing to replace (no deletes)."""
        with self._begin(write=True) as conn:
            if not fresh:
                for table in s.UNDERSTANDING_TABLES:
                    conn.execute(delete(table).where(table.c.article_pk == article_pk))
            conn.execute(insert(s.understandings), clean({
                "article_pk": article_pk, "language": understanding.language,
                "published": understanding.published, "published_how": understanding.published_how,
                "understood_at": self._clock()}))
            for name, rows in understanding_rows(article_pk, understanding).items():
                if rows:
                    conn.execute(insert(s.metadata.tables[name]), rows)
            sync(conn, [conn.execute(select(s.articles.c.article_id)
                                     .where(s.articles.c.pk == article_pk)).scalar_one()])

    def understanding(self, article_pk: int) -> Understanding | None:
        """What was understood of one article version, as it was saved; None if not yet."""
        a, u = s.articles, s.understandings
        with self._begin() as conn:
            head = conn.execute(select(u, a.c.article_id).join(a, a.c.pk == u.c.article_pk)
                                .where(u.c.article_pk == article_pk)).mappings().first()
            if head is None:
                return None
            tables = {name: [dict(r) for r in conn.execute(select(t).where(t.c.article_pk == article_pk)
                                                           .order_by(t.c.idx)).mappings()]
                      for name, t in (("mentions", s.mentions), ("dates", s.dates), ("quotes", s.quotes),
                                      ("events", s.events))}
        return understanding_from_rows(head["article_id"], dict(head), tables)

    # -- the latest version of everything: what listings and exports read -------------------------

    def latest_documents(self, lang: str | None = None) -> list[DocumentRow]:
        """The latest version of every article, as listed and exported, by id."""
        with self._begin() as conn:
            rows = [_document_row(r) for r in conn.execute(
                _documents().where(s.articles.c.pk.in_(latest_pks()))).mappings()]
        if lang is not None:
            rows = [r for r in rows if r.language == lang]
        return sorted(rows, key=lambda r: r.article_id)

    def latest_rows(self, table: str) -> list[dict[str, Any]]:
        """Rows of one understanding table (mentions, dates, quotes, events) for the latest version of
        every article, each with its ``article_id``; by article id, then in text order."""
        a, t = s.articles, s.metadata.tables[table]
        q: Select[Any] = (select(t, a.c.article_id).join(a, a.c.pk == t.c.article_pk)
                          .where(a.c.pk.in_(latest_pks())))
        with self._begin() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        return sorted(rows, key=lambda r: (r["article_id"], r["idx"]))

    # -- about the database -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table, plus ``article_ids`` (distinct articles, whatever their versions)."""
        out: dict[str, int] = {}
        with self._begin() as conn:
            for name, table in s.metadata.tables.items():
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            out["article_ids"] = int(conn.execute(
                select(func.count(s.articles.c.article_id.distinct()))).scalar_one())
        return out

    def has_table(self, name: str) -> bool:
        """Whether the database holds ``name`` (later revisions add tables: stories, facts)."""
        with self._begin() as conn:
            return inspect(conn).has_table(name)


def open_store(url: str) -> Store:
    """Open (creating if need be) the database at ``url`` and migrate it to the current schema: for
    the commands that write."""
    store = Store(create(url), owner=True)
    try:
        upgrade(store.engine)
    except BaseException:
        store.close()
        raise
    return store


def open_reader(url: str) -> Store:
    """Open the store at ``url`` read-only, for the commands and pages that only read: no file is
    created, no table made, no migration run (SQLite: ``mode=ro`` and ``query_only``; PostgreSQL:
    read-only transactions). A store that does not exist yet, or that an older treatywatch wrote, is
    a StoreError that says which writing command brings it up to date."""
    store = Store(create(url, readonly=True))
    try:
        with store.engine.connect() as conn:
            check_current(conn, store.url)
    except BaseException:
        store.close()
        raise
    return store
