"""A search as typed, read into the terms an article must all hold.

- A name the lexicon knows, in any language and script (a treaty, a state, a person: "Putin", "ДСНВ",
  "普京", "New START"), is one term that stands for the entity: an article holds it when its
  understanding names the entity (mentions) or its text holds any of the entity's names in any
  language (Путин, بوتين, 普京, Putin ...).
- Words between quotes ("no first use") are one phrase, found as written (folded).
- Every other word is a term of its own, found at the start of a word ("sanction" finds "sanctions");
  a run of a script without spaces (中国表示) is one phrase of its letters.

Words are those of text/terms.py, the same cut the store indexes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..lexicon import Lexicon
from ..store.fulltext import Phrase
from ..text.terms import Token, is_unspaced_word, tokens, words

MIN_PREFIX = 3        # a shorter typed word is matched whole: "un" must not find "under"
MIN_NAME_PREFIX = 5   # names from the lexicon run on only from five letters: "Iran" must not find "Iraq"
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|«([^»]*)»')
# kind of entity -> the mention kinds it is stored under (organisations act as states)
MENTION_KINDS = {"treaty": ("treaty",), "state": ("state", "org"), "person": ("person",)}


@dataclass(frozen=True)
class Term:
    """One thing an article must hold: any of ``phrases`` in its text, or a mention of any of
    ``entities`` ((kind, slug), kind one of MENTION_KINDS)."""

    typed: str
    phrases: tuple[Phrase, ...]
    entities: tuple[tuple[str, str], ...] = ()
    # the words typed together with this one, between names: where a snippet would rather point
    together: Phrase | None = None


def phrase(found: Iterable[str], exact: bool = False, shortest: int = MIN_PREFIX) -> Phrase:
    """A phrase of words; unless ``exact``, the last may run on when it has ``shortest`` letters."""
    w = tuple(found)
    last = w[-1] if w else ""
    return Phrase(w, prefix=not exact and len(last) >= shortest and not is_unspaced_word(last))


@dataclass(frozen=True)
class Names:
    """The lexicon's names of treaties, states and people, as word tuples."""

    entities: dict[tuple[str, ...], frozenset[tuple[str, str]]]   # a name's words -> what it names
    exact: dict[tuple[str, ...], dict[str, frozenset[tuple[str, str]]]]   # words -> form as written -> ...
    phrases: dict[tuple[str, str], tuple[Phrase, ...]]            # entity -> every name of it
    longest: int
    clitics: dict[str, tuple[str, ...]]   # script -> the clitics the language data lists ("ال", "وال")


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def with_clitics(p: Phrase, clitics: dict[str, tuple[str, ...]]) -> list[Phrase]:
    """``p``, and ``p`` with each clitic of its first letter's script glued before it (معاهدة is also
    المعاهدة and والمعاهدة): the clitic_prefixes of the language data, the languages that write them."""
    first = p.words[0]
    return [p] + [Phrase((c + first,) + p.words[1:], p.prefix) for c in clitics.get(_script(first[0]), ())]


@cache
def names(lexicon: Lexicon) -> Names:
    """Every name of every treaty, state and person in every language (cached per lexicon)."""
    entities: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    exact: dict[tuple[str, ...], dict[str, set[tuple[str, str]]]] = {}
    phrases: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    groups = [("treaty", x) for x in lexicon.treaties] + [("state", x) for x in lexicon.states] + [
        ("person", x) for x in lexicon.people]
    for kind, item in groups:
        key = (kind, item.slug)
        for forms in item.names.values():
            for form in forms:
                if w := tuple(words(form)):
                    entities.setdefault(w, set()).add(key)
                    phrases.setdefault(key, set()).add(w)
        for forms in item.case_sensitive.values():
            for form in forms:
                if w := tuple(words(form)):
                    exact.setdefault(w, {}).setdefault(form, set()).add(key)
                    phrases.setdefault(key, set()).add(w)
    longest = max((len(w) for w in (*entities, *exact)), default=0)
    clitics: dict[str, set[str]] = {}
    for pack in lexicon.languages.values():
        for clitic in pack.clitic_prefixes:
            if cut := words(clitic):
                clitics.setdefault(_script(cut[0][0]), set()).add(cut[0])
    by_script = {script: tuple(sorted(found)) for script, found in clitics.items()}
    # names without clitics: the understanding's mentions already hold a name behind one (the matcher
    # strips them), and every clitic form of hundreds of names would make a query too long to answer
    every = {k: tuple(phrase(w, shortest=MIN_NAME_PREFIX) for w in sorted(ws)) for k, ws in phrases.items()}
    return Names({w: frozenset(k) for w, k in entities.items()},
                 {w: {f: frozenset(k) for f, k in by.items()} for w, by in exact.items()}, every, longest,
                 by_script)


def _named(known: Names, key: tuple[str, ...], typed: str) -> frozenset[tuple[str, str]]:
    """What ``key`` names: a case-insensitive name, or a case-sensitive one written as listed ("US")."""
    found = set(known.entities.get(key, ()))
    for form, what in known.exact.get(key, {}).items():
        if typed == form:
            found |= what
    return frozenset(found)


def _runs(found: list[Token]) -> list[list[Token]]:
    """Tokens grouped: each unspaced run together (its letters touch), every other word alone."""
    out: list[list[Token]] = []
    for tok in found:
        if (out and is_unspaced_word(tok.text) and is_unspaced_word(out[-1][-1].text)
                and out[-1][-1].end == tok.start):
            out[-1].append(tok)
        else:
            out.append([tok])
    return out


def _plain_terms(segment: str, found: list[Token], known: Names) -> list[Term]:
    """Each word (or unspaced run) a term; the words typed together kept as the phrase to point at."""
    together = phrase(t.text for t in found) if len(found) > 1 else None
    return [Term(segment[run[0].start:run[-1].end], tuple(with_clitics(phrase(t.text for t in run), known.clitics)),
                 together=together) for run in _runs(found)]


def _segment_terms(segment: str, known: Names) -> list[Term]:
    """Names first, the longest at each place; the words between them as plain terms."""
    found = tokens(segment)
    out: list[Term] = []
    plain: list[Token] = []
    i = 0
    while i < len(found):
        for j in range(min(len(found), i + known.longest), i, -1):
            typed = segment[found[i].start:found[j - 1].end]
            what = _named(known, tuple(t.text for t in found[i:j]), typed)
            if what:
                out += _plain_terms(segment, plain, known)
                plain = []
                alternatives = {p for key in sorted(what) for p in known.phrases[key]}
                out.append(Term(typed, tuple(sorted(alternatives, key=lambda p: (p.words, p.prefix))),
                                tuple(sorted(what))))
                i = j
                break
        else:
            plain.append(found[i])
            i += 1
    return out + _plain_terms(segment, plain, known)


def read_query(query: str, lexicon: Lexicon) -> list[Term]:
    """The terms of ``query``, in the order typed; empty when it holds no word."""
    known = names(lexicon)
    out: list[Term] = []
    at = 0
    for m in _QUOTED.finditer(query):
        out += _segment_terms(query[at:m.start()], known)
        inner = next(g for g in m.groups() if g is not None)
        if w := words(inner):
            out.append(Term(inner.strip(), (phrase(w, exact=True),)))
        at = m.end()
    out += _segment_terms(query[at:], known)
    return out


def describe(terms: list[Term]) -> list[dict[str, object]]:
    """The terms as the API shows them: what was typed, and the entities it was read as."""
    return [{"typed": t.typed, "entities": [{"kind": k, "slug": s} for k, s in t.entities]} for t in terms]

