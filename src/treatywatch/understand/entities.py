"""Find treaties, states, people and role nouns by name, in any language, and resolve who is meant."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from ..lexicon.borrowing import names_matcher
from ..lexicon.fold import Folded, fold_text
from ..lexicon.types import Lexicon, Person, Role
from ..models import Document, Mention


def find_entities(doc: Document, lexicon: Lexicon, folded: Folded | None = None) -> tuple[Mention, ...]:
    folded = folded or fold_text(doc.text)
    hits = names_matcher(lexicon, doc.language).find(folded, doc.text)
    text = doc.text
    return tuple(Mention(h.payload[0], h.payload[1], h.start, h.end, text[h.start:h.end])  # type: ignore[index]
                 for h in hits if not (h.payload[0] == "person" and _inside_hangul_word(text, h.start)))  # type: ignore[index]


def _inside_hangul_word(text: str, start: int) -> bool:
    """A Korean name starts a word (its particles follow it: 부시는, 부시가); two syllables inside a
    word are another word's ("동부시간", eastern time, holds 부시). States and treaties may be glued
    after a prefix (친러시아, 대러시아): only people are held to the word's start."""
    return start > 0 and _is_hangul(text[start]) and _is_hangul(text[start - 1])


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"   # the precomposed syllables


@cache
def people_by_slug(lexicon: Lexicon) -> dict[str, Person]:
    return {p.slug: p for p in lexicon.people}


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _holds(person: Person, roles: AbstractSet[str], country: str | None, year: int | None) -> bool:
    for hold in person.holds:
        if hold.role not in roles:
            continue
        if country and hold.country and hold.country != country:
            continue
        if year is not None and ((hold.start and year < hold.start) or (hold.end and year > hold.end)):
            continue
        return True
    return False


_BESIDE_REACH = 60  # characters a name may run before its role noun ("Vladimir Putin, President")


class _Near:
    """The mentions of one document indexed by offset, so that each role noun looks only at what is
    near it (a long text has thousands of mentions: a scan of all of them per role is quadratic)."""

    def __init__(self, mentions: Sequence[Mention], people: dict[str, Person],
                 held: dict[tuple[int, int], str]) -> None:
        self.states_ending: dict[int, list[Mention]] = {}
        self.states_starting: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.kind == "state":
                self.states_ending.setdefault(m.end, []).append(m)
                self.states_starting.setdefault(m.start, []).append(m)
        # person mentions with a known slug, by slug: (start, index in mention order), sorted
        self.named: dict[str, list[tuple[int, int]]] = {}
        # persons nobody listed, by the role held next to them: (end, start, slug), sorted
        self.held: dict[str, list[tuple[int, int, str]]] = {}
        for i, m in enumerate(mentions):
            if m.kind == "person" and m.slug in people:
                self.named.setdefault(m.slug, []).append((m.start, i))
            if m.kind == "person" and (m.start, m.end) in held:
                self.held.setdefault(held[(m.start, m.end)], []).append((m.end, m.start, m.slug))
        for entries in self.named.values():
            entries.sort()
        # for each role held, by end: the latest-starting person among the first k (mention order)
        self.held_best: dict[str, list[tuple[int, str]]] = {}
        for role, held_here in self.held.items():
            held_here.sort()
            best: list[tuple[int, str]] = []
            for _end, start, slug in held_here:
                best.append(max(best[-1], (start, slug), key=lambda b: b[0]) if best else (start, slug))
            self.held_best[role] = best
        self.held_ends = {role: [e[0] for e in entries] for role, entries in self.held.items()}

    def adjacent_state(self, role: Mention, text: str) -> str | None:
        """As ``_adjacent_state``: the first state in mention order within 3 characters."""
        found: list[Mention] = []
        for end in range(max(role.start - 3, 0), role.start + 1):
            found += self.states_ending.get(end, [])
        for start in range(role.end, role.end + 4):
            found += self.states_starting.get(start, [])
        hits = [m for m in found if _adjacent_state(role, [m], text)]
        return min(hits, key=lambda m: (m.start, m.end)).slug if hits else None

    def nearest(self, slugs: Sequence[str], offset: int) -> str | None:
        """The slug among ``slugs`` named nearest ``offset`` (the earlier mention on a tie)."""
        best: tuple[int, int, str] | None = None
        for slug in slugs:
            entries = self.named[slug]
            i = bisect.bisect_left(entries, (offset, -1))
            for start, index in entries[max(i - 1, 0):i + 1]:
                key = (abs(start - offset), index, slug)
                if best is None or key < best:
                    best = key
        return best[2] if best else None

    def last_held(self, roles: set[str], offset: int) -> str | None:
        """The person nobody listed named last before ``offset`` with one of ``roles`` held."""
        best: tuple[int, str] | None = None
        for role in roles:
            entries = self.held.get(role, [])
            i = bisect.bisect_right(self.held_ends[role], offset) if entries else 0
            if i:
                start, slug = self.held_best[role][i - 1]
                if best is None or start > best[0]:
                    best = (start, slug)
        return best[1] if best else None


def resolve_role(role: Mention, mentions: Sequence[Mention], lexicon: Lexicon, published: str | None,
                 text: str, near: _Near | None = None) -> str | None:
    """The person a role noun refers to: the nearest person named in the document who holds (or may
    hold, for a generic role like "the senior diplomat") that role, for the state named next to it;
    failing that, the one holder of that role for that state at the publication date."""
    spec = _roles_by_slug(lexicon).get(role.slug)
    if spec is None:
        return None
    roles = frozenset(spec.covers) if spec.generic else frozenset({spec.slug})
    people = people_by_slug(lexicon)
    near = near or _Near(mentions, people, {})
    # the name right next to the role noun is its holder ("プーチン大統領は", "푸틴 대통령", "President
    # Putin"), whatever state stands on its other side ("プーチン大統領は米国との")
    for slug, entries in near.named.items():
        lo = bisect.bisect_left(entries, (role.start - _BESIDE_REACH, -1))
        for start, i in entries[lo:]:
            if start > role.end + 3:
                break
            m = mentions[i]
            if _adjacent(m, role, text) and _holds(people[slug], roles, None, None):
                return slug
    country = spec.country or near.adjacent_state(role, text)
    year = _year(published)
    fits = [slug for slug in near.named if _holds(people[slug], roles, country, year)]
    if fits:
        return near.nearest(fits, role.start)
    if (spec.generic and not spec.country) or country is None:  # "the Kremlin chief" is the one holder
        return None
    return _sole_holder(lexicon, roles, country, year)


@cache
def _sole_holder(lexicon: Lexicon, roles: frozenset[str], country: str, year: int | None) -> str | None:
    """The one person of the lexicon who holds one of ``roles`` for ``country`` in ``year``, else None
    (asked again for every role noun: worked out once)."""
    holders = [p for p in lexicon.people if _holds(p, roles, country, year)]
    if year is None:  # no date: only a role that one person holds today
        holders = [p for p in holders if any(h.role in roles and h.end is None for h in p.holds)]
    return holders[0].slug if len(holders) == 1 else None


@cache
def _roles_by_slug(lexicon: Lexicon) -> dict[str, Role]:
    """The role of each slug (the first listed, as a search would find it)."""
    out: dict[str, Role] = {}
    for r in lexicon.roles:
        out.setdefault(r.slug, r)
    return out


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
    if not any(m.kind == "person" or m.kind == "role" for m in mentions):
        return found  # no one named (nor their index of the mentions made)
    attached = attached or {}
    near = _Near(mentions, people_by_slug(lexicon), held or {})
    for m in mentions:
        if m.kind == "person":
            slug: str | None = m.slug
        elif m.kind == "role":
            slug = attached.get((m.start, m.end)) or resolve_role(m, mentions, lexicon, published, text, near) \
                or _last_holder(m, lexicon, near)
        else:
            slug = None
        if slug:
            found[(m.start, m.end)] = slug
    return found


def _last_holder(role: Mention, lexicon: Lexicon, near: _Near) -> str | None:
    """The last person nobody listed named before a role noun with a role it covers."""
    spec = _roles_by_slug(lexicon).get(role.slug)
    if spec is None or not near.held:
        return None
    return near.last_held(set(spec.covers) | {spec.slug}, role.start)
