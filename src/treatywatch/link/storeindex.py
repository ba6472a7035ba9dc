"""The linker's index over the store's tables (revision 0002), for one transaction: ``StoreIndex``.

It answers the linker's ``Index`` calls (index.py) with SQL on indexed columns: adding an article
reads the posting lists of its keys (``max_postings`` rows each) and the candidate stories, never
every stored article. Within one transaction it keeps what it read and holds back what it writes
until ``flush`` (link/store.py gets one per batch from ``Store.kept``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update

from ..store import schema as s
from ..store.bulk import write_rows
from .fingerprint import Fingerprint
from .index import Link, Member, StoryState

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


def _as_stored(fp: Fingerprint) -> Fingerprint:
    """``_load(fp.article_id, _dump(fp))`` without the JSON: the same values, the features in the
    order ``_dump`` writes them (sorted by key; a float's JSON text reads back as the same float)."""
    return Fingerprint(fp.article_id, fp.language, fp.published, dict(sorted(fp.features.items())), fp.floor,
                       fp.title, fp.content_hash, fp.exact, fp.when)


# Keys in one ``IN (...)``: far under SQLite's limit on bound parameters.
_KEYS_PER_QUERY = 500
# Posting keys and members kept read from one transaction to the next (``resume``): some 25,000
# articles' worth, a few hundred MB at most.
_KEEP_READ = 500_000


@dataclass(frozen=True)
class _Queries:
    """The index's reads, built once (SQLAlchemy builds a statement in about what SQLite takes to run
    it): the values are bound at each call."""

    postings: Any
    stories: Any
    features: Any
    members: Any
    recent: Any


@functools.cache
def _queries() -> _Queries:
    t, m = s.link_postings, s.story_members
    # each key's list cut at ``limit`` by a window function: one query for all the keys of an article
    rank = func.row_number().over(partition_by=t.c.key, order_by=t.c.pk.desc()).label("rank")
    ranked = (select(t.c.key, t.c.ident, t.c.pk, rank)
              .where(t.c.key.in_(bindparam("keys", expanding=True))).subquery())
    return _Queries(
        postings=(select(ranked.c.key, ranked.c.ident).where(ranked.c.rank <= bindparam("limit"))
                  .order_by(ranked.c.key, ranked.c.pk.desc())),
        stories=select(s.stories).where(s.stories.c.story_id.in_(bindparam("ids", expanding=True))),
        features=select(s.story_features).where(s.story_features.c.story_id.in_(bindparam("ids", expanding=True))),
        members=select(m).where(m.c.article_id.in_(bindparam("ids", expanding=True))),
        recent=select(m).where(m.c.story_id == bindparam("story")).order_by(m.c.added.desc())
        .limit(bindparam("limit")),
    )


class StoreIndex:
    """The linker's ``Index`` on one open connection (see index.Index for what each call means), for
    one transaction: what it reads is kept, and what it writes is held back until ``flush`` (then one
    statement a table for all of it), so that filing an article costs a few queries, not twenty.
    Nothing else may write the story tables on this connection while it is in use (the pipeline
    gets one per batch from ``Store.kept``; a merge, rare, writes at once after a flush)."""

    def __init__(self, conn: Connection, clock: Callable[[], str]) -> None:
        self.conn = conn
        self.clock = clock
        self._forget()
        self._whole = self._empty()

    def _empty(self) -> bool:
        return all(self.conn.execute(select(t).limit(1)).first() is None
                   for t in (s.link_postings, s.story_members, s.stories))

    def _forget(self) -> None:
        # Every row of the story tables known here (they were empty when this index began, and only it
        # wrote them since): what is not known is not there, and nothing need be read. A first import
        # into a new store files every article without reading the tables back.
        self._whole = False
        # What was read, kept up to date with what is held back:
        self._postings: dict[str, tuple[list[str], bool]] = {}  # key -> (ids newest first, all of them?)
        self._stories: dict[str, StoryState | None] = {}         # None: no such story (merged away)
        self._members: dict[str, Member | None] = {}             # None: not filed
        # story id -> (limit, its latest members, oldest first): complete when fewer than the limit
        self._recent: dict[str, tuple[int, list[Member]]] = {}
        self._seq: int | None = None
        # Held back until ``flush``:
        self._posted: dict[str, list[str]] = {}                  # key -> ids, oldest first
        self._saved: dict[str, StoryState] = {}
        self._created: dict[str, str] = {}                       # story id -> when first saved
        self._features: dict[str, set[str]] = {}                 # story id -> features whose sum changed
        self._new_members: dict[str, list[Member]] = {}          # story id -> members, in filing order
        self._dumped: dict[str, str] = {}                        # article id -> its fingerprint, stored
        self._links: list[Link] = []

    def resume(self, conn: Connection) -> None:
        """Go on in the next transaction of the same writer, nobody else having written the tables
        between (Store.batch checks the store's write count): what was read stays true, so it stays
        read. Past ``_KEEP_READ`` keys it is forgotten, so that a long run's memory stays bounded."""
        self.conn = conn
        if len(self._postings) + len(self._members) > _KEEP_READ:
            self._forget()

    def postings(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        wanted = list(dict.fromkeys(keys))
        if self._whole:
            # Every row is known here: a key not kept holds nothing (most band keys of a new article),
            # and nothing need be kept of it.
            out: dict[str, list[str]] = {}
            for k in wanted:
                known = self._postings.get(k)
                if known is not None and known[0]:
                    out[k] = known[0][:limit]
            return out
        ask = [k for k in wanted if not self._knows(k, limit)]
        found = self._read_postings(ask, limit) if ask else {}
        for k in ask:
            ids = found.get(k, [])
            # what this transaction posted is newer than anything in the table
            self._postings[k] = (self._posted.get(k, [])[::-1] + ids, len(ids) < limit)
        out = {k: self._postings[k][0][:limit] for k in wanted}
        return {k: ids for k, ids in out.items() if ids}

    def _knows(self, key: str, limit: int) -> bool:
        known = self._postings.get(key)
        return known is not None and (known[1] or len(known[0]) >= limit)

    def _read_postings(self, keys: list[str], limit: int) -> dict[str, list[str]]:
        # One query for all the keys of an article (``key IN (...)``, each list cut at ``limit`` by a
        # window function), not one per key: the per-statement cost was most of the linker's time.
        out: dict[str, list[str]] = {}
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[start:start + _KEYS_PER_QUERY]
            for key, ident in self.conn.execute(_queries().postings, {"keys": chunk, "limit": limit}):
                out.setdefault(key, []).append(ident)
        return out

    def post(self, keys: Iterable[str], ident: str, again: bool = False) -> None:
        keys = list(dict.fromkeys(keys))
        if not keys:
            return
        if again:
            # A merge files a story again under keys that may hold it already (where it stays): written
            # at once; the keys read anew when next asked, or, when every list is known here, each
            # list told what the table now holds.
            self.flush()
            self._write_postings([{"key": k, "ident": ident} for k in keys])
            for k in keys:
                known = self._postings.pop(k, None)
                if self._whole:
                    ids = known[0] if known is not None else []
                    self._postings[k] = (ids if ident in ids else [ident, *ids], True)
            return
        for k in keys:
            known = self._postings.get(k)
            posted = self._posted.setdefault(k, [])
            if ident in posted or (known is not None and ident in known[0]):
                continue   # already filed there: left where it is, as ON CONFLICT DO NOTHING leaves it
            posted.append(ident)
            if known is not None:
                known[0].insert(0, ident)
            elif self._whole:
                self._postings[k] = ([ident], True)   # the whole list: nothing else is filed there

    def _write_postings(self, rows: list[dict[str, str]]) -> None:
        write_rows(self.conn, s.link_postings, rows, keys=["key", "ident"])

    def stories(self, story_ids: Sequence[str]) -> dict[str, StoryState]:
        ask = [i for i in dict.fromkeys(story_ids) if i not in self._stories]
        if ask and not self._whole:
            q = _queries()
            found = {r.story_id: StoryState(r.story_id, r.seq, r.size, {}, r.norm2, r.first_date, r.last_date,
                                            r.floor, r.title, r.title_article, r.language)
                     for r in self.conn.execute(q.stories, {"ids": ask})}
            if found:
                for r in self.conn.execute(q.features, {"ids": list(found)}):
                    found[r.story_id].sums[r.feature] = r.weight
            for i in ask:
                self._stories[i] = found.get(i)
        return {i: st for i in story_ids if (st := self._stories.get(i)) is not None}

    def save_story(self, state: StoryState) -> None:
        self._stories[state.story_id] = state
        self._saved[state.story_id] = state
        self._created.setdefault(state.story_id, self.clock())
        self._features.setdefault(state.story_id, set()).update(state.changed)
        state.changed.clear()

    def _read_members(self, q: Any, params: dict[str, Any]) -> list[Member]:
        return [Member(_load(r.article_id, r.fingerprint), r.sketch, r.story_id, r.added, r.score)
                for r in self.conn.execute(q, params)]

    def member(self, article_id: str) -> Member | None:
        return self.members([article_id]).get(article_id)

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        ask = [] if self._whole else [i for i in dict.fromkeys(article_ids) if i not in self._members]
        for start in range(0, len(ask), _KEYS_PER_QUERY):
            chunk = ask[start:start + _KEYS_PER_QUERY]
            self._members.update(dict.fromkeys(chunk))
            for read in self._read_members(_queries().members, {"ids": chunk}):
                self._members[read.fingerprint.article_id] = read
        return {i: mb for i in article_ids if (mb := self._members.get(i)) is not None}

    def recent_members(self, story_id: str, limit: int) -> list[Member]:
        known = self._recent.get(story_id)
        if known is None or not (limit <= known[0] or len(known[1]) < known[0]):
            # A story this index never saw, when it knows every row, is one being started: none in the table.
            unseen = self._whole and story_id not in self._stories
            found = [] if unseen else self._read_members(_queries().recent, {"story": story_id, "limit": limit})[::-1]
            found += self._new_members.get(story_id, [])   # filed in this transaction: the latest
            known = (limit, found[-limit:] if limit > 0 else [])
            self._recent[story_id] = known
        return known[1][-limit:] if limit > 0 else []

    def next_member_seq(self) -> int:
        if self._seq is None:
            m = s.story_members
            self._seq = int(self.conn.execute(select(func.coalesce(func.max(m.c.added), -1))).scalar_one()) + 1
        return self._seq

    def add_member(self, member: Member) -> None:
        # Kept as it will be read back (a fingerprint's features in their stored order: sums of
        # floats over them come out to the last bit as they would from the table)
        self._dumped[member.fingerprint.article_id] = _dump(member.fingerprint)
        member = replace(member, fingerprint=_as_stored(member.fingerprint))
        self._members[member.fingerprint.article_id] = member
        self._new_members.setdefault(member.story_id, []).append(member)
        self._seq = max(self._seq or 0, member.seq + 1)
        known = self._recent.get(member.story_id)
        if known is not None:
            limit, found = known
            self._recent[member.story_id] = (limit, [*found, member][-limit:] if limit > 0 else [])

    def merge_story(self, gone: str, keep: str) -> None:
        self.flush()
        m = s.story_members
        moved = list(self.conn.execute(select(m.c.article_id).where(m.c.story_id == gone)).scalars()
                     ) if self._whole else []
        self.conn.execute(update(m).where(m.c.story_id == gone).values(story_id=keep))
        self.conn.execute(delete(s.story_features).where(s.story_features.c.story_id == gone))
        self.conn.execute(delete(s.stories).where(s.stories.c.story_id == gone))
        self._stories[gone] = None
        if self._whole:   # every member is known here: moved here as in the table
            for article_id in moved:
                if (mb := self._members.get(article_id)) is not None:
                    self._members[article_id] = replace(mb, story_id=keep)
            for story_id in (gone, keep):
                self._recent.pop(story_id, None)   # read again when asked
            return
        self._members.clear()    # members moved: read again when asked
        self._recent.clear()

    def add_links(self, links: Sequence[Link]) -> None:
        self._links.extend(links)

    def flush(self) -> None:
        """Write what was held back: the stories saved, their changed sums, the members, links and
        postings, one statement a table (stories before what refers to them)."""
        if self._saved:
            fields = ("title", "title_article", "language", "first_date", "last_date", "floor", "size", "norm2")
            write_rows(self.conn, s.stories, [
                {"story_id": st.story_id, "seq": st.seq, "created": self._created[st.story_id], "title": st.title,
                 "title_article": st.title_article, "language": st.language, "first_date": st.first,
                 "last_date": st.last, "floor": st.floor, "size": st.n, "norm2": st.norm2}
                for st in self._saved.values()], keys=["story_id"], update=fields)
            write_rows(self.conn, s.story_features, [
                {"story_id": sid, "feature": k, "weight": self._saved[sid].sums[k]}
                for sid, changed in self._features.items() for k in sorted(changed)],
                keys=["story_id", "feature"], update=["weight"])
        members = sorted((mb for mbs in self._new_members.values() for mb in mbs), key=lambda mb: mb.seq)
        write_rows(self.conn, s.story_members, [
            {"article_id": mb.fingerprint.article_id, "story_id": mb.story_id, "added": mb.seq, "score": mb.score,
             "fingerprint": self._dumped[mb.fingerprint.article_id], "sketch": mb.sketch} for mb in members])
        write_rows(self.conn, s.links, [{"article_a": x.article_a, "article_b": x.article_b, "kind": x.kind,
                                         "score": x.score} for x in self._links])
        self._write_postings([{"key": k, "ident": i} for k, ids in self._posted.items() for i in ids])
        self._saved, self._created, self._features = {}, {}, {}
        self._new_members, self._dumped, self._links, self._posted = {}, {}, [], {}

    def clear(self) -> None:
        """Forget every story (recluster): the story tables emptied, nothing kept or held back."""
        for table in s.STORY_TABLES:
            self.conn.execute(delete(table))
        self._forget()
        self._whole = True
