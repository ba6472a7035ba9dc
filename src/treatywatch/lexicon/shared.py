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
from .matcher import Entry, Matcher


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
        self._seen = [seen for _, seen in listed]  # by Entry.order: the place among the entries given
        # folded form -> the keys of its entries (a gapped form's key is only its first part)
        self._keys_of: dict[str, set[int]] = {}
        for i, (_, key_entries) in enumerate(self._base.found):
            for entry in key_entries:
                self._keys_of.setdefault(fold(entry.form), set()).add(i)
        # per key: the entries every language sees (what most keys of most views are)
        self._borrowed = tuple((length, tuple(e for e in entries if self._seen[e.order].borrowed))
                               for length, entries in self._base.found)
        # language -> the keys where its own entries are
        self._own: dict[str, set[int]] = {}
        for i, (_, key_entries) in enumerate(self._base.found):
            for entry in key_entries:
                for language in self._seen[entry.order].own:
                    self._own.setdefault(language, set()).add(i)

    def view(self, language: str, ordinary: AbstractSet[str] = frozenset(), clitics: Sequence[str] = (),
             suffix_tolerance: int = 0, glue: Iterable[str] = ()) -> Matcher:
        """The matcher of ``language``: its own entries, and the borrowed ones whose folded form is not
        among its ``ordinary`` words (folded)."""
        found = list(self._borrowed)
        hidden = {i for word in ordinary for i in self._keys_of.get(word, ())}
        for i in self._own.get(language, set()) | hidden:
            length, entries = self._base.found[i]
            found[i] = (length, tuple(e for e in entries if language in self._seen[e.order].own
                                      or (self._seen[e.order].borrowed and fold(e.form) not in ordinary)))
        return self._base.sharing(found, clitics=clitics, suffix_tolerance=suffix_tolerance, glue=glue)
