"""Find treaties, states, people and role nouns by name, in any language, and resolve who is meant."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..lexicon.fold import Folded, fold, fold_text
from ..lexicon.matcher import Entry, Matcher
from ..lexicon.types import Lexicon, Person
from ..models import Document, Mention

# Short forms written in another language's data ("Nga", "Mỹ") are too easily ordinary words
# elsewhere; names from other languages are only borrowed when they are this long or longer.
_BORROW_MIN = 4
# CLDR's names (lexicon/cldr.py) are many and unchecked in other languages' texts: only the longer
# ones are borrowed ("Estonia", "Honduras"; not "Mali", "Gana", "Peru"), and never one the document's
# language lists as an ordinary word of its own (territories.yaml `not_names`: Turkish "Mali").
_BORROW_MIN_CLDR = 5


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


def _entries(lexicon: Lexicon, language: str) -> list[Entry]:
    ordinary = getattr(lexicon, "not_names", {}).get(language, frozenset())
    generated = _cldr_forms(lexicon)

    def borrowed(kind: str, slug: str, lang: str, form: str, least: int) -> bool:
        stem = generated.get((slug, lang, form)) if kind == "state" else None
        if stem is not None:
            return not stem and len(form) >= _BORROW_MIN_CLDR and fold(form) not in ordinary
        return len(form) >= least and (not ordinary or fold(form) not in ordinary)

    groups: list[tuple[str, str, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = []
    for t in lexicon.treaties:
        groups.append(("treaty", t.slug, t.names, getattr(t, "case_sensitive", {}) or {}))
    for s in lexicon.states:
        groups.append(("state", s.slug, s.names, getattr(s, "case_sensitive", {}) or {}))
    for p in lexicon.people:
        groups.append(("person", p.slug, p.names, getattr(p, "case_sensitive", {}) or {}))
    for r in lexicon.roles:
        groups.append(("role", r.slug, r.names, {}))
    # one entry per form and meaning: many languages write "Kremlin" or "Estonia" alike
    entries: dict[tuple[str, tuple[str, str], bool], None] = {}
    for kind, slug, names, exact in groups:
        for lang, forms in names.items():
            own = lang == language
            entries.update(((f, (kind, slug), False), None) for f in forms
                           if own or borrowed(kind, slug, lang, f, _BORROW_MIN))
        for lang, forms in exact.items():
            own = lang == language
            entries.update(((f, (kind, slug), True), None) for f in forms
                           if own or borrowed(kind, slug, lang, f, 2))
    return [Entry(f, payload, case_sensitive=exact) for f, payload, exact in entries]


@cache
def names_matcher(lexicon: Lexicon, language: str) -> Matcher:
    """One automaton of every name for documents in ``language`` (built once per lexicon and language)."""
    pack = lexicon.language(language)
    return Matcher(_entries(lexicon, language), clitics=pack.clitic_prefixes,
                   suffix_tolerance=pack.suffix_tolerance, glue=pack.quote_verbs)


def find_entities(doc: Document, lexicon: Lexicon, folded: Folded | None = None) -> tuple[Mention, ...]:
    folded = folded or fold_text(doc.text)
    hits = names_matcher(lexicon, doc.language).find(folded, doc.text)
    return tuple(Mention(h.payload[0], h.payload[1], h.start, h.end, doc.text[h.start:h.end])  # type: ignore[index]
                 for h in hits)


@cache
def people_by_slug(lexicon: Lexicon) -> dict[str, Person]:
    return {p.slug: p for p in lexicon.people}


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _holds(person: Person, roles: set[str], country: str | None, year: int | None) -> bool:
    for hold in person.holds:
        if hold.role not in roles:
            continue
        if country and hold.country and hold.country != country:
            continue
        if year is not None and ((hold.start and year < hold.start) or (hold.end and year > hold.end)):
            continue
        return True
    return False


def resolve_role(role: Mention, mentions: Sequence[Mention], lexicon: Lexicon, published: str | None,
                 text: str) -> str | None:
    """The person a role noun refers to: the nearest person named in the document who holds (or may
    hold, for a generic role like "the senior diplomat") that role, for the state named next to it;
    failing that, the one holder of that role for that state at the publication date."""
    spec = next((r for r in lexicon.roles if r.slug == role.slug), None)
    if spec is None:
        return None
    roles = set(spec.covers) if spec.generic else {spec.slug}
    year = _year(published)
    people = people_by_slug(lexicon)
    named = [m for m in mentions if m.kind == "person" and m.slug in people]
    # the name right next to the role noun is its holder ("プーチン大統領は", "푸틴 대통령", "President
    # Putin"), whatever state stands on its other side ("プーチン大統領は米国との")
    beside = [m for m in named if _adjacent(m, role, text) and _holds(people[m.slug], roles, None, None)]
    if beside:
        return beside[0].slug
    country = spec.country or _adjacent_state(role, mentions, text)
    fits = [m for m in named if _holds(people[m.slug], roles, country, year)]
    if fits:
        return min(fits, key=lambda m: abs(m.start - role.start)).slug
    if (spec.generic and not spec.country) or country is None:  # "the Kremlin chief" is the one holder
        return None
    holders = [p for p in lexicon.people if _holds(p, roles, country, year)]
    if year is None:  # no date: only a role that one person holds today
        holders = [p for p in holders if any(h.role in roles and h.end is None for h in p.holds)]
    return holders[0].slug if len(holders) == 1 else None


def _adjacent(m: Mention, role: Mention, text: str) -> bool:
    """Nothing but a space or two between a name and a role noun."""
    gap = text[m.end:role.start] if m.end <= role.start else text[role.end:m.start] if m.start >= role.end else None
    return gap is not None and len(gap) <= 2 and not gap.strip()


def _adjacent_state(role: Mention, mentions: Sequence[Mention], text: str) -> str | None:
    """The state named right before or after a role noun ("Russian President", "Thứ trưởng Ngoại giao
    Nga", "الرئيس الروسي"): within a few characters, with nothing but spaces between."""
    for m in mentions:
        if m.kind != "state":
            continue
        gap = text[m.end:role.start] if m.end <= role.start else text[role.end:m.start] if m.start >= role.end else None
        # a quotation mark between them: the state is the quote's first word ('대통령은 “미국이')
        if gap is not None and len(gap) <= 3 and not any(c in gap for c in ",.;:!?\n\"“”„«»「」『』"):
            return m.slug
    return None


def resolve_people(mentions: Sequence[Mention], lexicon: Lexicon, published: str | None,
                   text: str, held: dict[tuple[int, int], str] | None = None,
                   attached: dict[tuple[int, int], str] | None = None) -> dict[tuple[int, int], str]:
    """The person each person or role mention stands for, by the mention's (start, end), once per
    document. ``attached``: role nouns right next to a name are that person ("spokeswoman Mao Ning");
    ``held``: the role named next to each person nobody listed, by the person's span, so that "the
    spokeswoman added" is the last spokeswoman named before it."""
    found: dict[tuple[int, int], str] = {}
    attached = attached or {}
    for m in mentions:
        if m.kind == "person":
            slug: str | None = m.slug
        elif m.kind == "role":
            slug = attached.get((m.start, m.end)) or resolve_role(m, mentions, lexicon, published, text) \
                or _last_holder(m, mentions, lexicon, held or {})
        else:
            slug = None
        if slug:
            found[(m.start, m.end)] = slug
    return found


def _last_holder(role: Mention, mentions: Sequence[Mention], lexicon: Lexicon,
                 held: dict[tuple[int, int], str]) -> str | None:
    """The last person nobody listed named before a role noun with a role it covers."""
    spec = next((r for r in lexicon.roles if r.slug == role.slug), None)
    if spec is None or not held:
        return None
    covered = set(spec.covers) | {spec.slug}
    before = [m for m in mentions if m.kind == "person" and m.end <= role.start
              and held.get((m.start, m.end)) in covered]
    return before[-1].slug if before else None
