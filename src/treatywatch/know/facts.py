"""Facts: event mentions merged across articles and languages (pure: claims in, facts out).

A *claim* is one event as one article states it (its sentence, offsets, language, publication date).
A *fact* is what several claims say together: one per (event, treaty, actor, date at its best-supported
precision, factual or not), keeping every claim as evidence.

Dates (see know/dates.py):
- Claims whose dates agree at different precisions are one fact dated by what they say together
  (2023 and 2023-02-21 are one fact dated 2023-02-21; XXXX-08-02 and 2019-08 one dated 2019-08-02). A
  coarse date that fits two precise ones (2023 with 2023-02-21 and 2023-02-28) joins the better
  supported: it is no third happening. Distinct days stay distinct facts.
- A mention with no date at all folds into the dated fact of its kind (the best supported when there
  are several); it stands as an undated fact only when no mention of its kind has a date.

Confidence grows with independent sources: an article and its duplicates or translations (the link
tables' ``links(article_a, article_b, kind)``) count once; no links means every article is independent.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from ..models import FACTUAL, Event
from . import dates

# Link kinds that make two articles one source: the same text, another version of it, or a translation.
# Other kinds (same story, related) join independent reports and leave them independent.
DEPENDENT_LINKS: frozenset[str] = frozenset({
    "duplicate", "near_duplicate", "near-duplicate", "exact_duplicate", "version", "copy",
    "translation", "syndication",
})

# Each independent source halves what is left of the doubt: 1 → 0.5, 2 → 0.75, 3 → 0.875 ...
PER_SOURCE = 0.5

Link = tuple[str, str, str]


@dataclass(frozen=True)
class Claim:
    """One event as one article states it: the evidence a fact is built from."""

    article: str
    event: str
    treaty: str | None
    actor: str | None
    date: str | None
    modality: str
    evidence: str
    language: str | None = None
    published: str | None = None
    idx: int = 0                       # the event's place in its article's understanding
    sentence_start: int | None = None  # offsets into the article's text
    sentence_end: int | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    url: str | None = None
    title: str | None = None
    implied: bool = False              # dated by the article's publication day, not by a date beside it

    @property
    def factual(self) -> bool:
        return self.modality in FACTUAL

    @classmethod
    def from_event(cls, article: str, event: Event, *, language: str | None = None,
                   published: str | None = None, idx: int = 0, url: str | None = None,
                   title: str | None = None) -> Claim:
        return cls(article=article, event=event.event, treaty=event.treaty, actor=event.actor,
                   date=event.date, modality=event.modality, evidence=event.evidence,
                   language=language, published=published, idx=idx,
                   sentence_start=event.sentence.start, sentence_end=event.sentence.end,
                   trigger_start=event.trigger.start, trigger_end=event.trigger.end,
                   url=url, title=title, implied=event.implied)


@dataclass(frozen=True)
class Fact:
    id: str
    event: str
    treaty: str | None
    actor: str | None
    date: str | None
    factual: bool
    modality: str                  # the strongest modality among its claims (asserted > scheduled; negated > possible)
    claims: tuple[Claim, ...]
    sources: int                   # independent sources
    confidence: float
    total_claims: int | None = None  # when ``claims`` holds only the first few (a listing from the store)
    all_languages: tuple[str, ...] | None = None  # with them: the languages of all its claims
    check: str = "unknown"         # the reference record against it (know/belief.py)
    confident: bool = True         # False: unconfirmed, shown apart
    reasons: tuple[str, ...] = ()  # why it is believed, one line each

    @property
    def claim_count(self) -> int:
        return self.total_claims if self.total_claims is not None else len(self.claims)

    @property
    def precision(self) -> str | None:
        return dates.precision(self.date)

    @cached_property
    def section(self) -> str:
        return dates.section(self.date)

    @cached_property
    def sort_key(self) -> tuple[int, int, int, int]:
        return dates.sort_key(self.date)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({c.article for c in self.claims}))

    @property
    def languages(self) -> tuple[str, ...]:
        if self.all_languages is not None:
            return self.all_languages
        return tuple(sorted({c.language for c in self.claims if c.language}))

    @property
    def base(self) -> tuple[str, str | None, str | None]:
        return (self.event, self.treaty, self.actor)


def fact_id(event: str, treaty: str | None, actor: str | None, date: str | None, factual: bool) -> str:
    """A stable content hash of the fact key: the same key gives the same id on every run and store."""
    key = json.dumps([event, treaty, actor, date, factual], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def source_groups(links: Iterable[Link]) -> dict[str, str]:
    """Each linked article → a representative of its group of dependent copies (union-find)."""
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        parent.setdefault(a, a)
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b, kind in links:
        if kind in DEPENDENT_LINKS and a != b:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)  # the smaller id represents: deterministic
    return {a: find(a) for a in parent}


def independent_sources(articles: Iterable[str], groups: Mapping[str, str]) -> int:
    return len({groups.get(a, a) for a in articles})


def confidence(sources: int) -> float:
    return round(1.0 - PER_SOURCE ** sources, 4) if sources > 0 else 0.0


def _modality(claims: Iterable[Claim], factual: bool) -> str:
    found = {c.modality for c in claims}
    order = ("asserted", "scheduled") if factual else ("negated", "possible")
    return next((m for m in order if m in found), order[-1])


def _combined(a: str, b: str) -> str:
    """The date two agreeing dates state together: ``XXXX-08-02`` and ``2019-08`` give ``2019-08-02``."""
    pa, pb = dates.parse(a), dates.parse(b)
    if pa is None or pb is None:
        return a
    year = pa.year if pa.year is not None else pb.year
    month = pa.month if pa.month is not None else pb.month
    day = pa.day if pa.day is not None and month is not None else (pb.day if month is not None else None)
    out = f"{year:04d}" if year is not None else "XXXX"
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    return dates.normalise(out) or a


def _group_dates(claims: list[Claim]) -> dict[str | None, list[Claim]]:
    """Assign each claim of one (event, treaty, actor, factual) to the date of the fact it joins.

    One fact per happening (FORMAT.md, "the record"): dates that agree are one fact, dated as precisely
    as they say together (``2021`` and ``2021-02-03``; ``XXXX-08-02`` and ``2019-08-02``). The most
    precise dates found the facts; a vaguer date joins the best supported fact it agrees with (distinct
    days stay distinct facts). An undated mention folds into the only dated fact of its kind (with
    several, into the best supported one): it is evidence that such a thing happened, never a happening
    of its own. A denial or a hedge dated only by its article's publication day ("no extension was
    agreed", in the lead) counts as undated: the day it was said is not the day of a happening."""
    by_value: dict[str | None, list[Claim]] = defaultdict(list)
    for c in claims:
        by_value[None if c.implied and not c.factual else dates.normalise(c.date)].append(c)
    known = [v for v in by_value if v is not None]
    # most precise first (a known year before XXXX at the same length), then the best supported
    known.sort(key=lambda v: (-len(v.split("-")), v.startswith("X"), -len(by_value[v]), dates.sort_key(v)))
    clusters: list[tuple[list[str], list[Claim]]] = []   # (the dates joined, their claims)
    for v in known:
        fits = [c for c in clusters if all(dates.agree(v, d) for d in c[0])]
        if fits:
            best = max(fits, key=lambda c: len(c[1]))
            best[0].append(v)
            best[1].extend(by_value[v])
        else:
            clusters.append(([v], list(by_value[v])))
    anchors: dict[str | None, list[Claim]] = {}
    for values, members in clusters:
        date = values[0]
        for v in values[1:]:
            date = _combined(date, v)
        anchors.setdefault(date, []).extend(members)
    if None in by_value:
        if anchors:
            # the only dated fact of its kind; with several, the best supported (an undated "Russia
            # suspended New START" beside two dated suspensions is no third happening)
            best_date = max(anchors, key=lambda d: (len({c.article for c in anchors[d]}), len(anchors[d]),
                                                    dates.sort_key(d)))
            anchors[best_date].extend(by_value[None])
        else:
            anchors[None] = list(by_value[None])
    return anchors


def _claim_order(c: Claim) -> tuple[str, int, str]:
    return (c.article, c.idx, c.evidence)


def merge(claims: Iterable[Claim], links: Iterable[Link] = ()) -> list[Fact]:
    """Every claim in exactly one fact; facts in chronological order (partial dates placed sensibly)."""
    groups = source_groups(links)
    by_key: dict[tuple[str, str | None, str | None, bool], list[Claim]] = defaultdict(list)
    for c in claims:
        by_key[(c.event, c.treaty, c.actor, c.factual)].append(c)

    facts: list[Fact] = []
    for (event, treaty, actor, factual), members in by_key.items():
        for date, supporting in _group_dates(members).items():
            ordered = tuple(sorted(set(supporting), key=_claim_order))
            n = independent_sources((c.article for c in ordered), groups)
            facts.append(Fact(
                id=fact_id(event, treaty, actor, date, factual), event=event, treaty=treaty,
                actor=actor, date=date, factual=factual, modality=_modality(ordered, factual),
                claims=ordered, sources=n, confidence=confidence(n),
            ))
    facts.sort(key=fact_order)
    return facts


def fact_order(f: Fact) -> tuple[tuple[int, int, int, int], str, str, str, str]:
    return (f.sort_key, f.treaty or "", f.event, f.actor or "", f.id)
