"""Duplicates and stories across languages: a pure core and a thin shell over the store.

    fingerprint.py   Record -> Fingerprint: language-independent features (entities, events,
                     dates, numbers) and where the article sits in time
    duplicates.py    exact keys and MinHash sketches (datasketch) for duplicates in one language
    index.py         Index: stories, members and postings; MemoryIndex
    cluster.py       Linker.add (online), recluster (batch, same result), Settings, Signal
    storeindex.py    StoreIndex: the Index over the store's tables, for one transaction
    store.py         the shell: the same Linker over the store's tables (StoreIndex), assign(),
                     recluster(), list_stories(), get_story(); the tables are in store/schema.py
                     (revision 0002: stories, story_features, story_members, links, link_postings)

Only the core is imported here; ``treatywatch.link.store`` is imported by the shells that need it.
"""

from __future__ import annotations

from datasketch import MinHash

from .cluster import Assignment, Linker, Settings, Signal, recluster, stories_of, story_id_for, story_of
from .duplicates import sketch
from .fingerprint import Fingerprint, Record, fingerprint, numbers
from .index import Index, Link, Member, MemoryIndex, StoryState


def prepare(record: Record) -> tuple[Fingerprint, MinHash | None]:
    """What the linker needs of one article: its fingerprint and, when it has text, its sketch."""
    return fingerprint(record), sketch(record.text)


__all__ = [
    "Assignment", "Fingerprint", "Index", "Link", "Linker", "Member", "MemoryIndex", "Record",
    "Settings", "Signal", "StoryState", "fingerprint", "numbers", "prepare", "recluster", "sketch",
    "stories_of", "story_id_for", "story_of",
]
