"""Where the linker keeps its state: stories, their members, and postings (inverted lists).

The linker (cluster.py) does all its reading and writing through ``Index``. Two implementations:
``MemoryIndex`` here (tests, batch re-clustering, the benchmark) and ``StoreIndex`` in store.py
(the database). Because both answer the same calls the same way, online clustering into the store
and re-clustering in memory give the same stories for the same input order.

A posting list is read most recent first and cut at ``limit``: a key that many stories share
("ev:suspend|new-start|russia" after years of news) costs ``limit`` reads, never more.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from .fingerprint import Fingerprint


@dataclass
class StoryState:
    """One story as the linker scores it. Mutable: the linker updates it as articles join.

    ``sums`` is the sum of the members' feature weights (the centroid times ``n``) and ``norm2``
    the sum of its squares, kept up to date so that scoring never walks the whole story.
    ``first``/``last`` span the members' publication dates; ``floor`` is the latest day an
    asserted event of a member started (it places a story of undated articles in time).
    """

    story_id: str
    seq: int
    n: int = 0
    sums: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    first: str | None = None
    last: str | None = None
    floor: str | None = None
    title: str | None = None
    title_article: str | None = None
    language: str | None = None
    changed: set[str] = field(default_factory=set, compare=False)   # features whose sum changed: to write


@dataclass(frozen=True)
class Member:
    """A stored article as the linker needs it: its fingerprint, sketch (MinHash hash values as
    bytes, or None without text) and story."""

    fingerprint: Fingerprint
    sketch: bytes | None
    story_id: str
    seq: int
    score: float = 0.0      # what it joined its story with (0.0 when it started it)


@dataclass(frozen=True)
class Link:
    article_a: str          # the article that was there first
    article_b: str          # the article that joined
    kind: str               # "duplicate" | "translation"
    score: float


class Index(Protocol):
    def postings(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        """For each key, the ids filed under it, most recent first, at most ``limit``."""
        ...

    def post(self, keys: Iterable[str], ident: str, again: bool = False) -> None:
        """File ``ident`` under each key (a key already holding it is left as it is: ``again`` says
        it may, else the linker never files an id twice under one key)."""
        ...

    def stories(self, story_ids: Sequence[str]) -> dict[str, StoryState]: ...

    def save_story(self, state: StoryState) -> None: ...

    def member(self, article_id: str) -> Member | None: ...

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]: ...

    def recent_members(self, story_id: str, limit: int) -> list[Member]:
        """The story's latest ``limit`` members, oldest first."""
        ...

    def next_member_seq(self) -> int:
        """The number of the next article filed (0, 1, 2 ...)."""
        ...

    def add_member(self, member: Member) -> None: ...

    def add_links(self, links: Sequence[Link]) -> None: ...

    def merge_story(self, gone: str, keep: str) -> None:
        """Move the members of story ``gone`` to story ``keep`` and forget ``gone`` (its postings
        may stay: a story that is no more is no candidate)."""
        ...


class MemoryIndex:
    """The index in plain dictionaries."""

    def __init__(self) -> None:
        # Keyed by the key's hash, holding one id or a list: most band keys hold a single article,
        # and a million of them cost a third of the memory this way. (A hash collision adds a
        # candidate, which scoring or the Jaccard estimate turns away; hashes are stable within a
        # process, which is all an index in memory needs.)
        self._postings: dict[int, str | list[str]] = {}
        self._stories: dict[str, StoryState] = {}
        self._members: dict[str, Member] = {}
        self._by_story: dict[str, list[str]] = {}
        self.links: list[Link] = []

    def postings(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in keys:
            ids = self._postings.get(hash(k))
            if isinstance(ids, str):
                out[k] = [ids]
            elif ids:
                out[k] = ids[:-limit - 1:-1]
        return out

    def post(self, keys: Iterable[str], ident: str, again: bool = False) -> None:
        for k in keys:
            h = hash(k)
            ids = self._postings.get(h)
            if ids is None:
                self._postings[h] = ident
            elif isinstance(ids, str):
                if ids != ident:
                    self._postings[h] = [ids, ident]
            elif ids[-1] != ident and not (again and ident in ids):
                ids.append(ident)

    def stories(self, story_ids: Sequence[str]) -> dict[str, StoryState]:
        return {s: self._stories[s] for s in story_ids if s in self._stories}

    def story_count(self) -> int:
        return len(self._stories)

    def save_story(self, state: StoryState) -> None:
        state.changed.clear()
        self._stories[state.story_id] = state

    def member(self, article_id: str) -> Member | None:
        return self._members.get(article_id)

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        return {a: self._members[a] for a in article_ids if a in self._members}

    def recent_members(self, story_id: str, limit: int) -> list[Member]:
        return [self._members[a] for a in self._by_story.get(story_id, [])[-limit:]]

    def next_member_seq(self) -> int:
        return len(self._members)

    def member_count(self) -> int:
        return len(self._members)

    def add_member(self, member: Member) -> None:
        self._members[member.fingerprint.article_id] = member
        self._by_story.setdefault(member.story_id, []).append(member.fingerprint.article_id)

    def add_links(self, links: Sequence[Link]) -> None:
        self.links.extend(links)

    def merge_story(self, gone: str, keep: str) -> None:
        moved = self._by_story.pop(gone, [])
        for a in moved:
            self._members[a] = replace(self._members[a], story_id=keep)
        self._by_story[keep] = sorted(self._by_story.get(keep, []) + moved, key=lambda a: self._members[a].seq)
        del self._stories[gone]

    # -- reading back (not part of Index: the store has its own queries) ---------------------------

    def all_stories(self) -> list[StoryState]:
        return sorted(self._stories.values(), key=lambda s: s.seq)

    def story_members(self, story_id: str) -> list[str]:
        return list(self._by_story.get(story_id, []))
