"""The record's listings as the CLI (table, JSON, CSV) and the API print them: one function per command,
each returning a ``Listing`` (columns, rows, and the full records for JSON), built on the query modules
of know/ (queries, quotes, claims, search).

Keeping this here, not in cli.py, is what lets the CLI, the API and the pages show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFoundError
from ..lexicon import load_lexicon
from ..store import Store
from . import dates, queries
from .claims import list_claims
from .conflicts import Conflict
from .correcting import change_record, correction_record, fact_corrections, list_corrections
from .corrections import Change
from .facts import Claim, Fact
from .quotes import quotes as quote_rows
from .search import Narrow, clean_query, search_articles, search_quotes
from .search_terms import describe
from .status import PartyStatus


@dataclass(frozen=True)
class Listing:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    records: list[dict[str, Any]] = field(default_factory=list)   # what --json prints
    note: str | None = None                                          # a closing line for the table
    total: int | None = None                                         # rows matching, whatever the limit


def claim_record(c: Claim) -> dict[str, Any]:
    return {"article": c.article, "language": c.language, "published": c.published, "date": c.date,
            "modality": c.modality, "evidence": c.evidence, "sentence": [c.sentence_start, c.sentence_end],
            "trigger": [c.trigger_start, c.trigger_end], "url": c.url, "title": c.title}


def fact_record(f: Fact) -> dict[str, Any]:
    return {"id": f.id, "date": f.date, "precision": f.precision, "event": f.event, "treaty": f.treaty,
            "actor": f.actor, "factual": f.factual, "modality": f.modality, "sources": f.sources,
            "confidence": f.confidence, "claims": f.claim_count, "languages": list(f.languages),
            "reference_check": f.check, "confident": f.confident, "reasons": list(f.reasons),
            "evidence": [claim_record(c) for c in f.claims]}


def _first(f: Fact) -> str:
    return f.claims[0].evidence if f.claims else ""


def timeline(store: Store, *, treaty: str | None = None, actor: str | None = None, since: str | None = None,
             until: str | None = None, lang: str | None = None, story: str | None = None,
             limit: int | None = 200, unconfirmed: bool = False, note: bool = True) -> Listing:
    """The confident facts (know/belief.py), or with ``unconfirmed`` the others; the note counts the
    facts left for the other view, so that nothing is dropped without a word (``note=False``: no note,
    and no second query for it: the web's timeline does not show it)."""
    articles = queries.story_articles(store, story) if story is not None else None
    filters: dict[str, Any] = dict(treaty=treaty, actor=actor, since=since, until=until, language=lang,
                                   story=articles)
    t = queries.timeline(store, **filters, limit=limit, confident=not unconfirmed, count=True)
    other = len(queries.timeline(store, **filters, limit=None, evidence=0, confident=unconfirmed)) if note else 0
    rows = []
    for section, facts in (("", t.dated), ("undated-year", t.undated_year), ("undated", t.undated)):
        rows += [(f.date or section, f.event, f.treaty, f.actor, f.modality, f.sources, " ".join(f.languages),
                  f.id, _first(f)) for f in facts]
    return Listing(("date", "event", "treaty", "actor", "modality", "sources", "languages", "fact", "evidence"),
                   rows, [fact_record(f) | {"section": f.section} for f in t],
                   _count(len(t), t.total, "unconfirmed facts" if unconfirmed else "facts",
                          _filters(since=since, until=until))
                   + (f"; {other} confident" if unconfirmed
                      else f"; {other} unconfirmed (--unconfirmed lists them)" if other else ""),
                   t.total if t.total is not None else len(t))


def _count(shown: int, total: int | None, what: str, filters: str = "") -> str:
    """"3 facts", or "3 of 29 facts (--limit 29 lists them all)" when a limit cut the list."""
    if total is not None and total > shown:
        return f"{shown} of {total} {what}{filters} (--limit {total} lists them all)"
    return f"{shown} {what}{filters}"


def _filters(**days: str | None) -> str:
    """The days a listing was filtered on, as resolved (``--since yesterday`` shows the day it meant)."""
    given = [f"{name} {day}" for name, day in days.items() if day]
    return f" {' '.join(given)}" if given else ""


def _status_row(r: PartyStatus) -> tuple[Any, ...]:
    basis = []
    for s in r.since:
        if s.fact is not None:
            basis.append(f"fact {s.fact.id}: " + ", ".join(sorted({c.article for c in s.fact.claims})))
        if s.reference is not None:
            basis.append(f"reference: {s.reference.source.citation} {s.reference.source.url}")
    basis += [f"reference, never {n.event}: {n.note} ({n.source.url})" for n in r.never]
    basis += [f"unconfirmed (the reference disagrees; one source): fact {f.id}, {f.event} {f.date or 'undated'}"
              for f in r.unconfirmed]
    state = r.state.replace("_", " ") if r.state else ("not a party" if r.never else "unknown")
    shown = f"{r.basis}; {r.disputed}" if r.disputed else r.basis
    return (r.treaty, r.party, state, " / ".join(r.dates), shown, "; ".join(basis))


def _status_record(r: PartyStatus) -> dict[str, Any]:
    return {"treaty": r.treaty, "party": r.party, "basis": r.basis, "state": r.state, "dates": list(r.dates),
            "facts": [fact_record(s.fact) for s in r.since if s.fact is not None],
            "reference": [{"event": s.reference.event, "date": s.reference.date, "also": list(s.reference.also),
                           "note": s.reference.note, "citation": s.reference.source.citation,
                           "url": s.reference.source.url} for s in r.since if s.reference is not None],
            "never": [{"event": n.event, "note": n.note, "citation": n.source.citation, "url": n.source.url}
                      for n in r.never],
            "disputed": r.disputed,
            "unconfirmed": [fact_record(f) for f in r.unconfirmed],
            "history": [{"event": s.event, "state": s.state, "date": s.date, "via": s.via,
                         "fact": s.fact.id if s.fact else None, "reference": s.reference.id if s.reference else None}
                        for s in r.history]}


def status(store: Store, treaty: str | None = None, as_of: str | None = None) -> Listing:
    slugs = [treaty] if treaty else [t.slug for t in load_lexicon().treaties]
    found = [r for slug in slugs for r in queries.status(store, slug, as_of)]
    return Listing(("treaty", "party", "status", "since", "basis", "cited"), [_status_row(r) for r in found],
                   [_status_record(r) for r in found],
                   f"as of {as_of}" if as_of else "latest; reference rows are the public record, not news")


def search(store: Store, query: str, *, narrow: Narrow | None = None, limit: int = 20, offset: int = 0) -> Listing:
    """Articles, then quotations, that hold ``query`` (know/search.py), with how many articles match
    and the facets; the JSON is one record: the terms as read, total, facets, articles and quotes."""
    q = clean_query(query)
    narrow = narrow or Narrow()
    found = search_articles(store, q, narrow, limit=limit, offset=offset)
    hits = found.hits[:limit]
    said = search_quotes(store, q, narrow, limit=limit, offset=offset)[:limit]
    rows: list[tuple[Any, ...]] = [("article", r["article_id"], r["language"], r["published"],
                                    _marked(h.snippet, h.start, h.end, h.prefix, h.suffix)) for r, h in hits]
    rows += [("quote", x.article, x.language, x.published, f"{x.speaker or '?'}: {x.text}") for x in said]
    records = [{"query": q, "terms": describe(found.terms), "total": found.total, "facets": found.facets,
                "articles": [r | {"snippet": h.snippet, "hit": [h.start, h.end], "prefix": h.prefix,
                                  "suffix": h.suffix} for r, h in hits],
                "quotes": [vars(x) for x in said]}]
    shown = f"{offset + 1}-{offset + len(hits)} of {found.total}" if hits else f"0 of {found.total}"
    more = " (--offset shows more)" if found.total > offset + len(hits) else ""
    facets = "; ".join(f"{name}: " + ", ".join(f"{f['value'] or 'undated'} {f['count']}" for f in values[:5])
                       for name, values in found.facets.items() if values)
    summary = (f"articles {shown} hold {q!r}{more}; {len(said)} quotation{'' if len(said) == 1 else 's'}"
               + (f"\n{facets}" if facets else ""))
    return Listing(("found in", "article", "language", "published", "where"), rows, records, summary)


def _marked(snippet: str, start: int, end: int, prefix: bool, suffix: bool) -> str:
    """A snippet on one line with the hit between » and «."""
    text = f"{snippet[:start]}»{snippet[start:end]}«{snippet[end:]}".replace("\n", " ")
    return ("…" if prefix else "") + text + ("…" if suffix else "")


def events(store: Store, *, event: str | None = None, treaty: str | None = None, actor: str | None = None,
           modality: str | None = None, lang: str | None = None, article: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 200) -> Listing:
    """Event mentions as each article states them (know/claims.py); ``since``/``until``: published."""
    lo, hi = (dates.bounds(since) if since else None), (dates.bounds(until) if until else None)
    found = list_claims(store, event=event, treaty=treaty, actor=actor, modality=modality, lang=lang,
                        article=article, since=lo, until=hi, limit=limit)
    shown = found[:limit]
    rows = [(r["published"], r["article_id"], r["language"], r["event"], r["treaty"], r["actor"], r["date"],
             r["modality"], r["evidence"]) for r in shown]
    note = _count(len(shown), None, "event mentions", _filters(since=since, until=until))
    if len(found) > limit:
        note += f" (more: --limit {limit * 2} lists more)"
    return Listing(("published", "article", "language", "event", "treaty", "actor", "date", "modality",
                    "evidence"), rows, shown, note)


def quotes(store: Store, speaker: str | None = None, since: str | None = None, limit: int | None = 200) -> Listing:
    found = quote_rows(store, speaker=speaker, since=since, limit=limit)
    return Listing(("published", "speaker", "kind", "language", "article", "quote"),
                   [(q.published, q.speaker, q.kind, q.language, q.article, q.text) for q in found],
                   [vars(q) for q in found], _count(len(found), None, "quotes", _filters(since=since)))


def _conflict_record(c: Conflict) -> dict[str, Any]:
    ref = c.reference or c.never
    return {"id": c.id, "kind": c.kind, "severity": c.severity, "summary": c.summary,
            "left": fact_record(c.left), "right": fact_record(c.right) if c.right else None,
            "reference": None if ref is None else {"id": ref.id, "note": ref.note, "date": getattr(ref, "date", None),
                                                   "citation": ref.source.citation, "url": ref.source.url}}


def conflicts(store: Store) -> Listing:
    found = queries.conflicts(store)
    rows = [(c.severity, c.kind, c.left.id, c.right.id if c.right else (c.reference_id or ""), c.summary,
             _first(c.left), _first(c.right) if c.right else "") for c in found]
    return Listing(("severity", "kind", "fact", "against", "summary", "evidence", "other evidence"), rows,
                   [_conflict_record(c) for c in found], f"{len(found)} conflicts")


def fact(store: Store, fact_id: str) -> Listing:
    """One fact with all its evidence and its corrections (know/correcting.py): a fact corrected away
    answers as the fact it became, a fact marked wrong as it was, with who marked it and why."""
    fixed = fact_corrections(store, fact_id)
    f = queries.fact(store, fixed.now) if fixed is not None and fixed.now is not None else None
    f = f or (fixed.aside if fixed is not None else None)
    if f is None or fixed is None:
        raise NotFoundError(f"no fact {fact_id!r} in {store.url} (treatywatch timeline lists them)")
    head = (f"fact {f.id}: {f.event} {f.treaty or ''} by {f.actor or '(the treaty)'}, {f.date or 'undated'} "
            f"({f.modality}; {'confident' if f.confident else 'unconfirmed'}: {'; '.join(f.reasons)})")
    head += "".join(f"\n{_change_line(ch)}" for ch in fixed.history)
    rows = [(c.article, c.language, c.published, c.date, c.modality, f"{c.sentence_start}-{c.sentence_end}",
             c.evidence) for c in f.claims]
    wrong = fixed.wrong
    record = fact_record(f) | {"asked": fact_id, "history": [change_record(ch) for ch in fixed.history],
                               "marked_wrong": change_record(wrong) if wrong else None}
    return Listing(("article", "language", "published", "date stated", "modality", "offsets", "evidence"),
                   rows, [record], head)


def corrections(store: Store) -> Listing:
    """The analysts' corrections, in the order made, each with the fact it is part of now (none: the
    fact is marked wrong, or waiting: its fact is not in the record)."""
    found = list_corrections(store)
    rows = [(x.correction.number, x.correction.made, x.correction.who, x.correction.kind,
             x.correction.value or "", x.correction.fact_id, (x.fact or "-") if x.applied else "waiting",
             x.correction.note) for x in found]
    records = [correction_record(x.correction) | {"applied": x.applied, "fact_now": x.fact} for x in found]
    return Listing(("number", "made", "who", "kind", "value", "fact", "now", "note"), rows, records,
                   f"{len(found)} corrections")


def _change_line(ch: Change) -> str:
    c = ch.correction
    what = "marked wrong" if c.kind == "wrong" else f"{c.kind} {ch.before or '-'} -> {ch.after or '-'}"
    return f"correction {c.number}: {what} by {c.who} ({c.made}): {c.note}"
