"""What each page shows, as plain JSON-ready dicts: the API returns them as they are, the pages render
them (datasette's "every page has a JSON twin"). Each function reads the store through the query
modules of know/ (the ones the command line and the exports use) and link.store; none holds logic
another shell would need.

Parameters arrive already checked (params.py); a missing id raises NotFoundError (404).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from functools import cache
from typing import Any
from urllib.parse import quote

from ..errors import NotFoundError
from ..know import actors, listing, queries
from ..know.articles import article_view, count_articles, direction, list_articles, parse_cursor, texts
from ..know.claims import list_claims
from ..know.outlets import outlet_record
from ..know.quotes import count_quotes, treaty_quotes
from ..know.quotes import quotes as list_quotes
from ..know.reference import load_reference
from ..know.search import Narrow, clean_query, search_articles, search_quotes
from ..know.search_terms import describe
from ..know.stories import count_stories, story_ids, story_summaries
from ..lexicon import Lexicon, load_lexicon
from ..link.store import StoryView, get_story
from ..store import Store
from .params import WebError, page

EXCERPT = 1200      # characters of each article shown side by side on a story page
SIDE_BY_SIDE = 12   # articles of a story shown side by side (the rest are listed)


@cache
def _short_names(lexicon: Lexicon) -> dict[str, str]:
    return {t.slug: (t.names.get("en") or (t.slug,))[0] for t in lexicon.treaties}


def treaty_slugs() -> tuple[str, ...]:
    """Every treaty of the data (treaties.yaml), in its order."""
    return tuple(t.slug for t in load_lexicon().treaties)


def treaty_name(slug: str | None) -> str:
    """The short English name (New START, INF Treaty) from the lexicon, else the slug."""
    return _short_names(load_lexicon()).get(slug, slug) if slug else ""


def actor_name(slug: str | None) -> str:
    """A state's, organisation's or person's name (actors.yaml), else the slug."""
    return actors.actor_name(slug)


def actor_page(slug: str | None) -> str | None:
    """The page of a state or organisation (/states/SLUG) or a person (/people/SLUG); None for a slug
    actors.yaml does not know."""
    if slug and slug in actors.states():
        return f"/states/{quote(slug, safe='')}"
    if slug and slug in actors.people():
        return f"/people/{quote(slug, safe='')}"
    return None


def treaty_title(slug: str | None) -> str:
    """The full name from the reference table."""
    t = load_reference().treaties.get(slug or "")
    return t.name if t else treaty_name(slug)


def story_record(v: StoryView, texts: dict[str, str] | None = None) -> dict[str, Any]:
    """A story with its articles; each article says what it duplicates or translates."""
    marks: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for link in v.links:
        marks[link.article_b].append({"kind": link.kind, "of": link.article_a, "score": link.score})
        marks[link.article_a].append({"kind": link.kind, "of": link.article_b, "score": link.score})
    articles = []
    for a in v.articles:
        item = asdict(a) | {"dir": direction(a.language), "links": marks.get(a.article_id, [])}
        if texts is not None and a.article_id in texts:
            text = texts[a.article_id]
            item |= {"excerpt": text[:EXCERPT], "truncated": len(text) > EXCERPT}
        articles.append(item)
    return {"story_id": v.story_id, "title": v.title, "language": v.language, "first_date": v.first_date,
            "last_date": v.last_date, "created": v.created, "languages": v.languages, "articles": articles,
            "links": [asdict(x) for x in v.links]}


def _stories(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Stories as lists show them: summaries, without their links (``story`` has them)."""
    return story_summaries(store, ids)


def _since(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The steps that put a party in its state: their dates, each with the fact (news) or the public
    source (reference) that gives it."""
    none = {"fact": None, "url": None, "citation": None}
    if r["basis"] == "news":
        cited = [none | {"fact": f["id"]} for f in r["facts"]]
    else:
        cited = [none | {"url": x["url"], "citation": x["citation"]} for x in r["reference"]]
    return [{"date": d} | (cited[i] if i < len(cited) else none) for i, d in enumerate(r["dates"])]


_SLIM = ("treaty", "party", "basis", "state", "dates", "since", "never")


def _status_by_treaty(records: list[dict[str, Any]], slim: bool = False) -> list[dict[str, Any]]:
    """Status rows grouped per treaty, then per party: the news row beside the reference row. ``slim``
    keeps what a status table shows (the full rows, with evidence and history, are /api/status)."""
    treaties: dict[str, dict[str, dict[str, Any]]] = {}
    for r in records:
        row = r | {"since": _since(r)}
        if slim:
            row = {k: row[k] for k in _SLIM}
        parties = treaties.setdefault(r["treaty"], {})
        parties.setdefault(r["party"], {"party": r["party"], "news": None, "reference": None})[r["basis"]] = row
    return [{"slug": slug, "name": treaty_name(slug), "title": treaty_title(slug), "parties": list(parties.values())}
            for slug, parties in treaties.items()]


def overview(store: Store) -> list[dict[str, Any]]:
    """Every treaty's status per party today, as the dashboard shows it (app.Memo keeps it)."""
    return _status_by_treaty(listing.status(store).records, slim=True)


# -- pages ----------------------------------------------------------------------------------------------

def dashboard(store: Store, facts: int = 12, stories: int = 8, status: list[dict[str, Any]] | None = None
              ) -> dict[str, Any]:
    """``status``: ``overview(store)``, when the caller has it already."""
    return {"status": status if status is not None else overview(store),
            "facts": [listing.fact_record(f) for f in queries.latest_facts(store, facts)],
            "stories": _stories(store, story_ids(store, limit=stories)[:stories])}


def status(store: Store, treaty: str | None, as_of: str | None) -> dict[str, Any]:
    found = listing.status(store, treaty, as_of)
    return {"as_of": as_of, "note": found.note, "treaties": _status_by_treaty(found.records)}


def timeline(store: Store, *, treaty: str | None = None, actor: str | None = None, lang: str | None = None,
             since: str | None = None, until: str | None = None, story: str | None = None,
             limit: int = 100, offset: int = 0) -> dict[str, Any]:
    if story is not None:
        get_story(store, story)  # 404 for an unknown story, not an empty timeline
    found = listing.timeline(store, treaty=treaty, actor=actor, since=since, until=until, lang=lang, story=story,
                             limit=offset + limit + 1, note=False)
    return {"query": {"treaty": treaty, "actor": actor, "lang": lang, "since": since, "until": until,
                      "story": story}} | page(found.records[offset:], limit, offset, found.total)


def facts(store: Store, *, treaty: str | None = None, actor: str | None = None, lang: str | None = None,
          since: str | None = None, until: str | None = None, factual: bool | None = None,
          limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Facts of every modality (what happened, and what was denied or only possible) unless ``factual``."""
    found = queries.timeline(store, treaty=treaty, actor=actor, since=since, until=until, language=lang,
                             factual=factual, limit=offset + limit + 1)
    return page([listing.fact_record(f) | {"section": f.section} for f in found][offset:], limit, offset)


def fact(store: Store, fact_id: str) -> dict[str, Any]:
    record = listing.fact(store, fact_id).records[0]   # NotFoundError when unknown; corrections included
    for c in record["evidence"]:
        c["dir"] = direction(c["language"])
    conflicts = queries.fact_conflicts_of(store, record["id"])
    return record | {"treaty_name": treaty_name(record["treaty"]), "conflicts": conflicts}


def treaty(store: Store, slug: str, facts_limit: int = 200) -> dict[str, Any]:
    if slug not in treaty_slugs():
        raise NotFoundError(f"no treaty {slug!r} (known: {', '.join(treaty_slugs())})")
    found = listing.status(store, slug)
    grouped = _status_by_treaty(found.records)
    quotes = treaty_quotes(store, slug, 30)
    return {"slug": slug, "name": treaty_name(slug), "title": treaty_title(slug), "note": found.note,
            "parties": grouped[0]["parties"] if grouped else [],
            "facts": listing.timeline(store, treaty=slug, limit=facts_limit).records,
            "quotes": [vars(q) | {"dir": direction(q.language)} for q in quotes],
            "stories": _stories(store, story_ids(store, treaty=slug, limit=20)[:20])}


def stories(store: Store, *, since: str | None = None, lang: str | None = None, limit: int = 20,
            offset: int = 0) -> dict[str, Any]:
    ids = story_ids(store, since=since, lang=lang, limit=limit, offset=offset)
    return {"query": {"since": since, "lang": lang}} | page(_stories(store, ids), limit, offset,
                                                            count_stories(store, since=since, lang=lang))


def story(store: Store, story_id: str) -> dict[str, Any]:
    v = get_story(store, story_id)
    shown = [a.article_id for a in v.articles[:SIDE_BY_SIDE]]
    return story_record(v, texts(store, shown)) | {"side_by_side": len(shown)}


def article(store: Store, article_id: str, version: int | None = None) -> dict[str, Any]:
    """The one view of an article (know.articles.article_view: `show --json` gives the same)."""
    return article_view(store, article_id, version)


def articles(store: Store, *, lang: str | None = None, since: str | None = None, until: str | None = None,
             q: str | None = None, limit: int = 50, offset: int = 0, after: str | None = None,
             bounds: tuple[tuple[str, str] | None, tuple[str, str] | None] = (None, None)) -> dict[str, Any]:
    """The article list; ``after``: a ``cursor`` of a row shown before (keyset paging: the rows after
    it, ``offset`` then counting from there). ``total`` is left out for a words search (a second scan)."""
    try:
        position = parse_cursor(after) if after else None
    except ValueError as e:
        raise WebError(400, f"after: {e}") from None
    words = clean_query(q) if q else None
    filters: dict[str, Any] = {"lang": lang, "since": bounds[0], "until": bounds[1], "q": words}
    rows = list_articles(store, **filters, limit=limit, offset=offset, after=position)
    total = None if words or position else count_articles(store, **filters)
    listed = page([r | {"dir": direction(r["language"])} for r in rows], limit, offset, total)
    more = listed["next_offset"] is not None
    return {"query": {"lang": lang, "since": since, "until": until, "q": q, "after": after}} | listed | {
        "next_cursor": rows[limit - 1]["cursor"] if more else None}


def events(store: Store, *, limit: int = 50, offset: int = 0,
           bounds: tuple[tuple[str, str] | None, tuple[str, str] | None] = (None, None),
           **filters: str | None) -> dict[str, Any]:
    """Event mentions as each article states them; ``filters`` as typed (since/until among them),
    ``bounds`` their day bounds."""
    given = {k: v for k, v in filters.items() if k not in ("since", "until")}
    rows = list_claims(store, limit=limit, offset=offset, since=bounds[0], until=bounds[1], **given)
    return {"query": filters} | page([r | {"dir": direction(r["language"])} for r in rows], limit, offset)


def quotes(store: Store, *, speaker: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 50, offset: int = 0) -> dict[str, Any]:
    found = list_quotes(store, speaker=speaker, since=since, until=until, limit=offset + limit + 1)
    return {"query": {"speaker": speaker, "since": since, "until": until}} | page(
        [vars(q) | {"dir": direction(q.language)} for q in found[offset:]], limit, offset,
        count_quotes(store, speaker=speaker, since=since, until=until))


def conflicts(store: Store, *, severity: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    records = [r for r in listing.conflicts(store).records if severity is None or r["severity"] == severity]
    return {"query": {"severity": severity}} | page(records[offset:offset + limit + 1], limit, offset, len(records))


def search(store: Store, q: str, *, narrow: Narrow | None = None, typed: dict[str, str | None] | None = None,
           limit: int = 20, offset: int = 0, whole: bool = True) -> dict[str, Any]:
    """Articles and quotations that hold ``q`` (know/search.py), each list paged; the articles with how
    many match in all and their facets; ``typed``: the narrowing parameters as given, echoed. Without
    ``whole``, the articles only (no facets, no quotations: a download's pages)."""
    q, narrow = clean_query(q), narrow or Narrow()
    found = search_articles(store, q, narrow, limit=limit, offset=offset, facets=whole)
    said = search_quotes(store, q, narrow, limit=limit, offset=offset) if whole else []
    arts = [row | {"dir": direction(row["language"]), "outlet": outlet_record(row["url"]), "snippet": h.snippet,
                   "hit": [h.start, h.end], "prefix": h.prefix, "suffix": h.suffix} for row, h in found.hits]
    return {"query": {"q": q} | (typed or {}), "terms": describe(found.terms), "facets": found.facets,
            "articles": page(arts, limit, offset) | {"total": found.total},
            "quotes": page([vars(x) | {"dir": direction(x.language)} for x in said], limit, offset)}


def _named_stories(store: Store, named: tuple[str, str], limit: int) -> list[dict[str, Any]]:
    return _stories(store, story_ids(store, named=named, limit=limit)[:limit])


def _quotes(found: list[Any]) -> list[dict[str, Any]]:
    return [vars(q) | {"dir": direction(q.language)} for q in found]


def state(store: Store, slug: str, facts_limit: int = 200, quotes_limit: int = 50,
          stories_limit: int = 30) -> dict[str, Any]:
    """A state or organisation: the facts it is the actor of, its people's quotations, the stories
    that name it (latest first). NotFoundError (404) for a slug actors.yaml does not know."""
    who = actors.state(slug)
    found = listing.timeline(store, actor=slug, limit=facts_limit)
    return actors.as_record(who) | {
        "people": [{"slug": p, "name": actors.actor_name(p)} for p in who.people],
        "facts": found.records, "note": found.note,
        "quotes": _quotes(actors.quotes_by(store, who.people, quotes_limit)),
        "stories": _named_stories(store, ("state", slug), stories_limit)}


def person(store: Store, slug: str, facts_limit: int = 200, quotes_limit: int = 50,
           stories_limit: int = 30) -> dict[str, Any]:
    """A person: the facts whose evidence names them, their quotations, the stories that name them."""
    who = actors.person(slug)
    facts = actors.facts_naming(store, "person", slug, facts_limit)
    return actors.as_record(who) | {
        "country_name": actors.actor_name(who.country),
        "facts": [listing.fact_record(f) for f in facts],
        "quotes": _quotes(actors.quotes_by(store, [slug], quotes_limit)),
        "stories": _named_stories(store, ("person", slug), stories_limit)}
