"""The fast multilingual matcher: every name and cue of a language in one Aho-Corasick automaton,
run once over the folded text, with the tolerances real news needs.

(ahocorasick-rs: pyahocorasick finds the same matches, but looks up a letter among the root's
children one by one, and a language's names begin with over a thousand different letters: 100-370 ns
a character against 75, measured on the bench's articles.)

- whole words where the script has spaces; none needed next to Han or kana (Chinese has no spaces);
- Arabic-script clitics (و ب ل ال ...) before a name: ``clitic_prefixes`` of the language data;
- inflection (Russian case endings): up to ``suffix_tolerance`` letters after a listed form;
- words run together ("Sullivancho biết"): a match may be glued to a following known word;
- a form with a gap ("lässt…ruhen"): the rest must follow in the same sentence.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import ahocorasick_rs

from .fold import Folded, fold

GAP = "…"
_MIN_INFLECTED = 4  # shorter forms ("не", "no") take no inflection: "не" is not "небо"
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?。！？؟۔।॥\n]")


@cache
def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc")


@cache
def _is_unspaced(ch: str) -> bool:
    """Han, kana, Thai: scripts written without spaces between words."""
    if not ch:
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL"))


@dataclass(frozen=True)
class Entry:
    form: str                     # as written in the data file
    payload: Hashable             # what a hit means: (kind, slug), ("event", "suspend"), ...
    case_sensitive: bool = False  # "US" is the United States, "us" is not
    rest: tuple[str, ...] = ()    # folded pieces that must follow, for a gapped form
    order: int = 0                # place among the entries as given: the first wins a tie

    def __reduce__(self) -> tuple[type[Entry], tuple[str, Hashable, bool, tuple[str, ...], int]]:
        # pickled as its fields (lexicon/built.py keeps matchers on disk): read back 3x faster than
        # a dataclass's default, which pickles a dict per entry
        return Entry, (self.form, self.payload, self.case_sensitive, self.rest, self.order)


class Hit(NamedTuple):
    """A match (a named tuple: the matcher makes thousands per article, and a tuple is made fastest)."""

    start: int          # offsets into the original text
    end: int
    fstart: int         # offsets into the folded text
    fend: int
    payload: Hashable
    form: str


class Matcher:
    """Finds the leftmost-longest, non-overlapping occurrences of many forms in one pass."""

    def __init__(self, entries: Iterable[Entry], clitics: Sequence[str] = (), suffix_tolerance: int = 0,
                 glue: Iterable[str] = (), gap_reach: int = 60) -> None:
        table: dict[str, list[Entry]] = {}
        for order, entry in enumerate(entries):
            head, *gapped = entry.form.split(GAP)
            head = fold(head)
            if not head:
                continue
            pieces = tuple(fold(p) for p in gapped if fold(p))
            table.setdefault(head, []).append(Entry(entry.form, entry.payload, entry.case_sensitive, pieces, order))
        self._keys = tuple(table)
        self._found: Sequence[tuple[int, tuple[Entry, ...]]] = tuple(
            (len(key), tuple(found)) for key, found in table.items())
        self._automaton = self._automaton_of(self._keys)
        self._tolerate(clitics, suffix_tolerance, glue, gap_reach)

    @property
    def keys(self) -> tuple[str, ...]:
        """The folded heads searched for, in the order of ``found``."""
        return self._keys

    @property
    def found(self) -> Sequence[tuple[int, tuple[Entry, ...]]]:
        """Per key: its length and its entries, in the order given (``Entry.order`` numbers them)."""
        return self._found

    def sharing(self, found: Sequence[tuple[int, tuple[Entry, ...]]], clitics: Sequence[str] = (),
                suffix_tolerance: int = 0, glue: Iterable[str] = (), gap_reach: int = 60) -> Matcher:
        """A matcher with this one's automaton and keys, and its own entries per key (``found``, in the
        order of ``keys``; a key without entries finds nothing) and tolerances: many languages search
        for one set of names through one automaton, each seeing only the names it may (lexicon/shared.py)."""
        view = Matcher.__new__(Matcher)
        view._keys, view._found, view._automaton = self._keys, found, self._automaton
        view._tolerate(clitics, suffix_tolerance, glue, gap_reach)
        return view

    def _tolerate(self, clitics: Sequence[str], suffix_tolerance: int, glue: Iterable[str], gap_reach: int) -> None:
        self._clitics = frozenset(fold(c) for c in clitics)
        self._longest_clitic = max((len(c) for c in self._clitics), default=0)
        self._suffix = suffix_tolerance
        self._gap_reach = gap_reach  # characters a gapped form may span
        # the glue words by their first letter: a word stopping inside a longer one asks only those
        self._glue: dict[str, tuple[str, ...]] = {}
        for word in sorted({fold(g) for g in glue if fold(g)}, key=len, reverse=True):
            self._glue[word[0]] = (*self._glue.get(word[0], ()), word)

    def find(self, folded: Folded, original: str, stops: Sequence[int] = ()) -> list[Hit]:
        """Hits in ``folded``; ``stops`` are the folded offsets where sentences end, which a gapped form
        may not cross (without them, any sentence-ending mark stops it)."""
        automaton = self._automaton
        if automaton is None:
            return []
        text = folded.text
        size = len(text)
        candidates: list[tuple[int, int, int, int, Entry]] = []  # start, -length, order, end
        try:
            matches = automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate (not UTF-8) is in no form: matched as a NUL, also in none
            matches = automaton.find_matches_as_indexes(_SURROGATE.sub("\0", text), overlapping=True)
        found = self._found
        # (names bound locally: this loop runs for every match of every article)
        word_char, add, left_ok, right_end = _is_word_char, candidates.append, self._left_ok, self._right_end
        for index, start, end in matches:
            length, entries = found[index]
            if not entries:  # a key this view does not see (Matcher.sharing)
                continue
            # (the word-character tests first: most matches stand between spaces, and need no more)
            if start and word_char(text[start - 1]) and not left_ok(text, start):
                continue
            if end < size and word_char(text[end]):
                end = right_end(text, start, end, length >= _MIN_INFLECTED)
                if end < 0:
                    continue
            for entry in entries:
                if entry.case_sensitive:
                    o_start, o_end = folded.span(start, start + len(fold(entry.form)))
                    if original[o_start:o_end] != entry.form:
                        continue
                if not entry.rest:
                    add((start, start - end, entry.order, end, entry))
                    continue
                full_end = self._gap_end(text, end, entry.rest, stops, self._gap_reach)
                if full_end >= 0:
                    candidates.append((start, start - full_end, entry.order, full_end, entry))
        return self._leftmost_longest(candidates, folded)

    @staticmethod
    def _automaton_of(keys: Sequence[str]) -> ahocorasick_rs.AhoCorasick | None:
        return ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard) if keys else None

    def __getstate__(self) -> dict[str, object]:
        # the automaton cannot be pickled (lexicon/built.py keeps matchers on disk): it is built again
        # from the keys when read, in a twentieth of a second for a language's every name
        return {k: v for k, v in self.__dict__.items() if k != "_automaton"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._automaton = self._automaton_of(self._keys)

    def _left_ok(self, text: str, start: int) -> bool:
        if start == 0:
            return True
        before = text[start - 1]
        if not _is_word_char(before) or _is_unspaced(before) or _is_unspaced(text[start]):
            return True
        if not self._clitics:
            return False  # inside a word, and no clitic to strip before it (most languages)
        # A clitic glued before the word: the whole prefix of the token must be clitics.
        token_start = start
        while token_start > 0 and _is_word_char(text[token_start - 1]) and start - token_start <= self._longest_clitic:
            token_start -= 1
        prefix = text[token_start:start]
        if token_start > 0 and _is_word_char(text[token_start - 1]):
            return False
        return prefix in self._clitics

    def _right_end(self, text: str, start: int, end: int, inflects: bool = True) -> int:
        """The end of the matched word, -1 when the match stops inside a longer word."""
        if end >= len(text):
            return end
        after = text[end]
        if not _is_word_char(after) or _is_unspaced(after) or _is_unspaced(text[end - 1]):
            return end
        suffix = self._suffix if inflects else 0
        extra = end
        while extra < len(text) and _is_word_char(text[extra]) and extra - end <= suffix:
            extra += 1
        if extra - end <= suffix and (extra >= len(text) or not _is_word_char(text[extra])):
            return extra
        for word in self._glue.get(after, ()):  # "Sullivancho biết": the next word written without its space
            if text.startswith(word, end) and (end + len(word) >= len(text)
                                               or not _is_word_char(text[end + len(word)])):
                return end
        return -1

    @staticmethod
    def _gap_end(text: str, end: int, rest: tuple[str, ...], stops: Sequence[int], reach: int) -> int:
        for piece in rest:
            if stops:
                at_stop = bisect.bisect_right(stops, end)
                sentence_end = stops[at_stop] if at_stop < len(stops) else len(text)
            else:
                stop = _SENTENCE_END.search(text, end)
                sentence_end = stop.start() if stop else len(text)
            limit = min(end + reach, sentence_end)
            at = text.find(piece, end, limit)
            if at < 0:
                return -1
            end = at + len(piece)
        return end

    @staticmethod
    def _leftmost_longest(candidates: list[tuple[int, int, int, int, Entry]], folded: Folded) -> list[Hit]:
        # leftmost, then longest, then the entry given first (whatever its first word: "zich niet…terugtrekken"
        # listed before "zich…terugtrekken" wins their tie); no two candidates tie on all three
        candidates.sort()
        hits: list[Hit] = []
        reach = -1
        origin = folded.origin
        new = tuple.__new__
        for start, _, _, end, entry in candidates:
            if start < reach:
                continue
            # folded.span(start, end), for a span that is never empty nor past the end
            # (tuple.__new__ makes the named tuple without a call of Hit's Python-level __new__)
            if origin is None:
                hits.append(new(Hit, (start, end, start, end, entry.payload, entry.form)))
            else:
                hits.append(new(Hit, (origin[start], origin[end - 1] + 1, start, end, entry.payload, entry.form)))
            reach = end
        return hits
