"""The names a language's texts are searched for: every name its own data lists, and the names other
languages list that are safe to borrow (news names foreign places, people and treaties as their own
languages write them: "Nga" in a French text is no name, "Estonia" is).

All languages' names go in one automaton (lexicon/shared.py), built once per process whatever the
number of languages; each language's matcher is a view of it.
"""

from __future__ import annotations

from functools import cache

from .built import built
from .matcher import Entry, Matcher
from .shared import Seen, SharedMatcher
from .types import Lexicon

# Short forms written in another language's data ("Nga", "Mỹ") are too easily ordinary words
# elsewhere; names from other languages are only borrowed when they are this long or longer.
_BORROW_MIN = 4
# CLDR's names (lexicon/cldr.py) are many and unchecked in other languages' texts: only the longer
# ones are borrowed ("Estonia", "Honduras"; not "Mali", "Gana", "Peru"), and never one the document's
# language lists as an ordinary word of its own (territories.yaml `not_names`: Turkish "Mali").
_BORROW_MIN_CLDR = 5


@cache
def names_matcher(lexicon: Lexicon, language: str) -> Matcher:
    """One matcher of every name for documents in ``language`` (made once per lexicon and language)."""
    pack = lexicon.language(language)
    ordinary = getattr(lexicon, "not_names", {}).get(language, frozenset())
    return _all_names(lexicon).view(language, ordinary, clitics=pack.clitic_prefixes,
                                    suffix_tolerance=pack.suffix_tolerance, glue=pack.quote_verbs)


@cache
def _all_names(lexicon: Lexicon) -> SharedMatcher:
    return built(lexicon.fingerprint, "names", lambda: SharedMatcher(named_entries(lexicon)))


def named_entries(lexicon: Lexicon) -> list[tuple[Entry, Seen]]:
    """One entry per form and meaning (many languages write "Kremlin" or "Estonia" alike), with the
    languages that list it and whether the others borrow it."""
    generated = _cldr_forms(lexicon)

    def borrowable(kind: str, slug: str, lang: str, form: str, least: int) -> bool:
        stem = generated.get((slug, lang, form)) if kind == "state" else None
        if stem is not None:
            return not stem and len(form) >= _BORROW_MIN_CLDR
        return len(form) >= least

    groups: list[tuple[str, str, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = []
    for t in lexicon.treaties:
        groups.append(("treaty", t.slug, t.names, getattr(t, "case_sensitive", {}) or {}))
    for s in lexicon.states:
        groups.append(("state", s.slug, s.names, getattr(s, "case_sensitive", {}) or {}))
    for p in lexicon.people:
        groups.append(("person", p.slug, p.names, getattr(p, "case_sensitive", {}) or {}))
    for r in lexicon.roles:
        groups.append(("role", r.slug, r.names, {}))
    own: dict[tuple[str, tuple[str, str], bool], set[str]] = {}
    borrowed: set[tuple[str, tuple[str, str], bool]] = set()
    for kind, slug, names, exact in groups:
        payload = (kind, slug)  # one object for the group's entries (pickled once)
        for case_sensitive, least, by_language in ((False, _BORROW_MIN, names), (True, 2, exact)):
            for lang, forms in by_language.items():
                for f in forms:
                    key = (f, payload, case_sensitive)
                    own.setdefault(key, set()).add(lang)
                    if borrowable(kind, slug, lang, f, least):
                        borrowed.add(key)
    return [(Entry(f, payload, case_sensitive=exact), Seen(frozenset(langs), (f, payload, exact) in borrowed))
            for (f, payload, exact), langs in own.items()]


@cache
def _cldr_forms(lexicon: Lexicon) -> dict[tuple[str, str, str], bool]:
    """(slug, language, form) of every state's CLDR form -> whether it is a stem (its name less the
    last vowel: "Frans" of "Fransa"), which only the endings of its own language complete."""
    out: dict[tuple[str, str, str], bool] = {}
    for s in lexicon.states:
        for lang, forms in getattr(s, "cldr", {}).items():
            written = (*s.names.get(lang, ()), *s.case_sensitive.get(lang, ()))
            for f in forms:
                out[(s.slug, lang, f)] = any(len(g) == len(f) + 1 and g.startswith(f) for g in written)
    return out

