"""One matcher for entries that many languages search for, each language seeing only some of them.

Every language's texts are searched for the names of every language (lexicon/borrowing.py): one
automaton per language would hold nearly the same forty thousand keys forty times over (building or
reading them back cost most of a process's start-up, growing with the square of the languages). Here
the keys and the automaton are built once, and a language's view only says which entries of each
key it sees: the entries every language borrows, shared by all views, and apart from them the
language's own entries and the keys it never borrows (its ordinary words).

A view finds exactly what a matcher built from the entries it sees finds: the automaton reports every
key, a key with no entry in the view is passed over, and ties between entries still go to the one
listed first (``Entry.order`` numbers the entries in the order given here, which keeps the order
among those a language sees).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from .fold import fold
from .matcher import GAP, Entry, Matcher


@dataclass(frozen=True)
class Seen:
    """Who searches for an entry: the languages that list it, and whether every other language borrows it
    (unless the form is one of its ordinary words)."""

    own: frozenset[str]
    borrowed: bool


class SharedMatcher:
    """Entries with who sees them, in one automaton; ``view(language, ...)`` is a language's matcher."""

    def __init__(self, entries: Iterable[tuple[Entry, Seen]]) -> None:
        listed = list(entries)
        self._base = Matcher(entry for entry, _ in listed)
        # who sees each entry, by Entry.order (the place among the entries given); equal sets of
        # languages are one object, pickled once
        same: dict[frozenset[str], frozenset[str]] = {}
        self._own = [same.setdefault(seen.own, seen.own) for _, seen in listed]
        self._borrows = [seen.borrowed for _, seen in listed]
        self._index()

    def _index(self) -> None:
        """What the views ask, worked out from the entries (again when read back from disk)."""
        own, borrows = self._own, self._borrows
        # per key: the entries every language sees (what most keys of most views are)
        self._borrowed = tuple(
            (length, entries if all(borrows[e.order] for e in entries)
             else tuple(e for e in entries if borrows[e.order]))
            for length, entries in self._base.found)
        self._own_keys: dict[str, set[int]] = {}   # language -> the keys where its own entries are
        # folded form -> the keys of its entries: a form's key is its folded self, but for a gapped
        # form ("lässt…ruhen"), whose key is its first part
        self._keys_of = {key: {i} for i, key in enumerate(self._base.keys)}
        for i, (_, entries) in enumerate(self._base.found):
            for entry in entries:
                for language in own[entry.order]:
                    self._own_keys.setdefault(language, set()).add(i)
                if GAP in entry.form:
                    self._keys_of.setdefault(fold(entry.form), set()).add(i)

    def __getstate__(self) -> dict[str, object]:
        # kept on disk (lexicon/built.py) as the entries and who sees them; the rest is made again
        return {"_base": self._base, "_own": self._own, "_borrows": self._borrows}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._index()

    def view(self, language: str, ordinary: AbstractSet[str] = frozenset(), clitics: Sequence[str] = (),
             suffix_tolerance: int = 0, glue: Iterable[str] = ()) -> Matcher:
        """The matcher of ``language``: its own entries, and the borrowed ones whose folded form is not
        among its ``ordinary`` words (folded)."""
        found = list(self._borrowed)
        hidden = {i for word in ordinary for i in self._keys_of.get(word, ())}
        own, borrows = self._own, self._borrows
        for i in self._own_keys.get(language, set()) | hidden:
            length, entries = self._base.found[i]
            found[i] = (length, tuple(e for e in entries if language in own[e.order]
                                      or (borrows[e.order] and fold(e.form) not in ordinary)))
        return self._base.sharing(found, clitics=clitics, suffix_tolerance=suffix_tolerance, glue=glue)
