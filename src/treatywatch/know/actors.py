"""States (and the organisations that act like them) and people, as the record knows them: who they
are (actors.yaml), the facts they are the actor of or named in, the quotations they (or a state's
people) gave, and the stories whose articles name them. Read-only, like every query of know/.

- A state's facts are the facts it is the actor of; a person's are the facts with a piece of evidence
  whose sentence names the person (the record's actors are states: a person acts for one).
- A state's quotations are its people's (``Person.country``); a person's are their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import and_, select

from ..arguments import suggest
from ..errors import NotFoundError
from ..lexicon import Lexicon, load_lexicon
from ..store import Store
from ..store import schema as s
from . import queries
from .facts import Fact
from .quotes import QuoteRow, newest_first, quote_row, quotes_query


@dataclass(frozen=True)
class Actor:
    kind: str                   # state, organisation or person
    slug: str
    name: str                   # the English name of actors.yaml (else the slug as a name)
    country: str | None         # a person's state
    iso: str | None             # a state's ISO 3166-1 alpha-2 code
    wikidata: str | None
    people: tuple[str, ...]     # a state's people (actors.yaml)


def _english(names: dict[str, tuple[str, ...]], exact: dict[str, tuple[str, ...]], slug: str) -> str:
    """The first English name; else the slug as a name ("north-korea": North Korea), never a name in
    another script that an English page could not show."""
    given = names.get("en") or exact.get("en")
    return given[0] if given else slug.replace("-", " ").replace("_", " ").title()


def states() -> dict[str, Actor]:
    return _states(load_lexicon())


def people() -> dict[str, Actor]:
    return _people(load_lexicon())


@cache
def _states(lexicon: Lexicon) -> dict[str, Actor]:
    return {x.slug: Actor(x.kind, x.slug, _english(x.names, x.case_sensitive, x.slug), None, x.iso,
                          x.wikidata or None,
                          tuple(p.slug for p in lexicon.people if p.country == x.slug))
            for x in lexicon.states}


@cache
def _people(lexicon: Lexicon) -> dict[str, Actor]:
    return {p.slug: Actor("person", p.slug, _english(p.names, p.case_sensitive, p.slug), p.country, None,
                          p.wikidata or None, ()) for p in lexicon.people}


def actor_name(slug: str | None) -> str:
    """The name of a state, organisation or person slug (the slug when none is known)."""
    if not slug:
        return ""
    found = states().get(slug) or people().get(slug)
    return found.name if found else slug


def state(slug: str) -> Actor:
    known = states()
    if slug not in known:
        raise NotFoundError(_unknown("state or organisation", slug, known))
    return known[slug]


def person(slug: str) -> Actor:
    known = people()
    if slug not in known:
        raise NotFoundError(_unknown("person", slug, known))
    return known[slug]


def _unknown(what: str, slug: str, known: dict[str, Actor]) -> str:
    close = suggest(slug, tuple(known))
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return f"no {what} {slug!r} is known{hint} (`treatywatch actors` lists them)"


def facts_naming(store: Store, kind: str, slug: str, limit: int = 200, evidence: int = 2) -> list[Fact]:
    """Facts with a piece of evidence whose sentence names ``slug`` (a mention of ``kind``), in
    chronological order (dated first, as the timeline orders them)."""
    f, fc, e, m = s.facts, s.fact_claims, s.events, s.mentions
    named = (select(fc.c.fact_id)
             .join(e, and_(e.c.article_pk == fc.c.article_pk, e.c.idx == fc.c.idx))
             .join(m, and_(m.c.article_pk == e.c.article_pk, m.c.start >= e.c.sentence_start,
                           m.c.end <= e.c.sentence_end))
             .where(m.c.kind == kind, m.c.slug == slug))
    query = (select(f).where(f.c.id.in_(named), f.c.factual.is_(True))
             .order_by(f.c.sort_key, f.c.treaty, f.c.event, f.c.actor, f.c.id).limit(limit))
    with store.engine.connect() as conn:
        return queries.facts_from_rows(conn, list(conn.execute(query).mappings()), evidence)


def quotes_by(store: Store, speakers: Sequence[str], limit: int = 50) -> list[QuoteRow]:
    """Quotations by any of ``speakers``, newest first."""
    if not speakers:
        return []
    query = newest_first(quotes_query().where(s.quotes.c.speaker.in_(list(speakers)))).limit(limit)
    with store.engine.connect() as conn:
        return [quote_row(r) for r in conn.execute(query).mappings()]


def as_record(a: Actor) -> dict[str, Any]:
    return {"kind": a.kind, "slug": a.slug, "name": a.name, "country": a.country, "iso": a.iso,
            "wikidata": a.wikidata, "people": list(a.people)}
