"""Where a search's terms stand in one text: the check the store's index made, made again in Python on
the same words (text/terms.py), to show a snippet around the first hit and to pick the quotations
that hold the query.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from ..store.fulltext import Phrase
from ..text.terms import tokens
from .search_terms import Term

SNIPPET = 90  # characters of context on each side of a search hit


@dataclass(frozen=True)
class Hit:
    """Where the query was found: ``snippet`` with the hit at [start, end) of it (empty when only the
    title holds it)."""

    snippet: str
    start: int
    end: int
    prefix: bool   # the snippet starts inside the text
    suffix: bool   # and ends before its end


class Words:
    """The words of one text, indexed for phrase look-ups."""

    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.at: dict[str, list[int]] = {}
        for i, tok in enumerate(self.tokens):
            self.at.setdefault(tok.text, []).append(i)
        self.sorted = sorted(self.at)

    def _starts(self, word: str, prefix: bool) -> list[int]:
        if not prefix:
            return self.at.get(word, [])
        found: list[int] = []
        i = bisect.bisect_left(self.sorted, word)
        while i < len(self.sorted) and self.sorted[i].startswith(word):
            found += self.at[self.sorted[i]]
            i += 1
        return sorted(found)

    def find(self, phrase: Phrase) -> tuple[int, int] | None:
        """The span in the text of the first place ``phrase`` stands, or None."""
        w, n = phrase.words, len(phrase.words)
        for i in self._starts(w[0], phrase.prefix and n == 1):
            if i + n > len(self.tokens):
                break
            rest = [t.text for t in self.tokens[i + 1:i + n]]
            last = rest[-1] if rest else w[0]
            if rest[:-1] == list(w[1:-1]) and (last.startswith(w[-1]) if phrase.prefix else last == w[-1]):
                return self.tokens[i].start, self.tokens[i + n - 1].end
        return None

    def first(self, phrases: Iterable[Phrase]) -> tuple[int, int] | None:
        spans = [span for p in phrases if (span := self.find(p)) is not None]
        return min(spans) if spans else None


def holds(text: str, terms: list[Term], speaker: str | None = None) -> bool:
    """Whether ``text`` holds every term (a person term also holds for what that person said)."""
    found = Words(text)
    return all(("person", speaker) in t.entities or found.first(t.phrases) is not None for t in terms)


def first_hit(text: str, terms: list[Term], mentions: Iterable[tuple[int, int]] = ()) -> Hit:
    """A snippet of ``text`` around the first place any term stands (``mentions``: the spans of the
    entities the terms stand for, as the understanding found them)."""
    found = Words(text)
    together = {t.together for t in terms if t.together is not None}
    spans = [span for p in together if (span := found.find(p)) is not None]   # the words typed together
    spans = spans or [span for t in terms if (span := found.first(t.phrases)) is not None] + list(mentions)
    if not spans:   # only the title holds it
        end = min(len(text), 2 * SNIPPET)
        return Hit(text[:end], 0, 0, False, end < len(text))
    start, end = min(spans)
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    return Hit(text[lo:hi], start - lo, end - lo, lo > 0, hi < len(text))

