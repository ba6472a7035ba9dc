"""Corrections by analysts, laid over the record each time it is rebuilt: ``overlay`` is pure (facts and
corrections in, the corrected record out); ``read_corrections`` and ``correction_row`` are their rows
(store.schema.corrections). know/correcting.py writes them.

A correction names its fact by the fact's key (event, treaty, actor, date, factual: what
``facts.fact_id`` hashes), never by a row number: the same articles give the same key on every rebuild,
so a correction made today still finds its fact after ``treatywatch understand`` or a re-ingest. Kinds:

- ``wrong``: the fact leaves the record (status, timeline, conflicts, the exports) and is kept aside,
  shown with who marked it and why;
- ``merge``: its claims join another fact (``value``: that fact's id), whose key stays;
- ``date`` / ``actor`` / ``modality``: the fact takes the new value, hence a new key and id (a modality
  of the same side, asserted and scheduled, keeps it); where a fact with that key exists, they are one.

Corrections apply in the order they were made. One whose fact is not in the record finds it by its
(event, treaty, actor, factual) and a date that agrees, when exactly one fact fits (new articles made
"2023" into "2023-02-21"); else it waits, applying nothing, until its fact is back. Every fact keeps
its history: each correction that made it what it is, with the value before and after.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..models import FACTUAL
from ..store.schema import corrections as table
from . import dates
from .facts import Fact, Link, _claim_order, confidence, fact_id, fact_order, independent_sources, source_groups

KINDS: tuple[str, ...] = ("wrong", "merge", "date", "actor", "modality")
Key = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class FactKey:
    """What a fact is keyed by; its ``id`` is the fact's id."""

    event: str
    treaty: str | None
    actor: str | None
    date: str | None
    factual: bool

    @property
    def id(self) -> str:
        return fact_id(self.event, self.treaty, self.actor, self.date, self.factual)

    @property
    def base(self) -> Key:
        return (self.event, self.treaty, self.actor)

    @classmethod
    def of(cls, f: Fact) -> FactKey:
        return cls(f.event, f.treaty, f.actor, f.date, f.factual)


@dataclass(frozen=True)
class Correction:
    """One analyst's correction of one fact: a record of its own (who, when, why)."""

    fact: FactKey                  # the fact corrected, keyed as it was then
    kind: str                      # one of KINDS
    value: str | None              # the new date, actor (None: the treaty itself) or modality; merge: the other id
    note: str
    who: str
    made: str                      # ISO 8601 UTC
    other: FactKey | None = None   # merge: the other fact's key
    number: int = 0                # the order it was made in (the store's)

    @property
    def fact_id(self) -> str:
        return self.fact.id

    @property
    def result(self) -> FactKey | None:
        """The key the fact has after this correction; None when it is marked wrong."""
        return self.applied_to(self.fact)

    def applied_to(self, k: FactKey) -> FactKey | None:
        """The key a fact keyed ``k`` has after this correction; None when it is marked wrong."""
        if self.kind == "merge":
            return self.other
        if self.kind == "date":
            return replace(k, date=self.value)
        if self.kind == "actor":
            return replace(k, actor=self.value)
        if self.kind == "modality":
            return replace(k, factual=self.value in FACTUAL)
        return None


@dataclass(frozen=True)
class Change:
    """A correction as it changed a fact: the value before and after (merge: the ids)."""

    correction: Correction
    fact: str                      # the id of the fact it applied to
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Overlay:
    facts: list[Fact]                                   # the record as corrected, in the record's order
    aside: dict[str, Fact] = field(default_factory=dict)              # marked wrong, by id, as they were
    moved: dict[str, str] = field(default_factory=dict)               # an id corrected away -> the next one
    history: dict[str, tuple[Change, ...]] = field(default_factory=dict)  # by fact id, oldest first
    waiting: tuple[Correction, ...] = ()                # corrections whose fact is not in the record

    def now(self, fact_id: str) -> str:
        """Where a fact id leads now: itself, or the id its corrections gave it."""
        seen = {fact_id}
        while fact_id in self.moved and self.moved[fact_id] not in seen:
            fact_id = self.moved[fact_id]
            seen.add(fact_id)
        return fact_id


def related(keys: Iterable[Key], corrections: Sequence[Correction]) -> list[Key]:
    """``keys`` and every (event, treaty, actor) a correction ties to them, either way, transitively:
    what a partial rebuild must read and clear together."""
    out = set(keys)
    ties = [(c.fact.base, c.result.base) for c in corrections if c.result is not None]
    grew = True
    while grew:
        grew = False
        for a, b in ties:
            if (a in out) != (b in out):
                out |= {a, b}
                grew = True
    return sorted(out, key=lambda k: (k[0], k[1] or "", k[2] or ""))


def _find(by_id: dict[str, Fact], key: FactKey) -> Fact | None:
    """The fact ``key`` names, else the one fact of its kind whose date agrees with the key's."""
    if key.id in by_id:
        return by_id[key.id]
    fits = [f for f in by_id.values() if (f.event, f.treaty, f.actor, f.factual) == key.base + (key.factual,)
            and key.date is not None and f.date is not None and dates.agree(f.date, key.date)]
    return fits[0] if len(fits) == 1 else None


def _joined(into: Fact, other: Fact, groups: dict[str, str], modality: str | None) -> Fact:
    claims = tuple(sorted(set(into.claims) | set(other.claims), key=_claim_order))
    n = independent_sources((c.article for c in claims), groups)
    return replace(into, claims=claims, sources=n, confidence=confidence(n), modality=modality or into.modality)


def _values(f: Fact, kind: str) -> str | None:
    return {"date": f.date, "actor": f.actor, "modality": f.modality, "merge": f.id}.get(kind)


def overlay(facts: Sequence[Fact], corrections: Sequence[Correction], links: Iterable[Link] = ()) -> Overlay:
    """The record with ``corrections`` laid over it, in the order they were made. No correction: the
    same facts, in the same order."""
    if not corrections:
        return Overlay(list(facts))
    groups = source_groups(links)
    by_id = {f.id: f for f in facts}
    out = Overlay([])
    waiting: list[Correction] = []
    for c in sorted(corrections, key=lambda x: x.number):
        f = _find(by_id, c.fact)
        if f is None:
            waiting.append(c)
            continue
        before = out.history.pop(f.id, ())
        if c.kind == "wrong":
            del by_id[f.id]
            out.aside[f.id] = f
            out.history[f.id] = before + (Change(c, f.id, None, None),)
            continue
        if c.kind == "merge":
            target = by_id.get(out.now(c.value or ""))
            if target is None or target.id == f.id:
                out.history[f.id] = before
                waiting.append(c)
                continue
            del by_id[f.id]
            by_id[target.id] = _joined(target, f, groups, None)
            new_id = target.id
        else:
            key = c.applied_to(FactKey.of(f))
            assert key is not None  # only "wrong" gives none
            fixed = replace(f, id=key.id, date=key.date, actor=key.actor, factual=key.factual,
                            modality=c.value if c.kind == "modality" and c.value else f.modality)
            del by_id[f.id]
            if key.id in by_id:
                fixed = _joined(by_id[key.id], fixed, groups, fixed.modality if c.kind == "modality" else None)
            by_id[key.id] = fixed
            new_id = key.id
        if new_id != f.id:
            out.moved[f.id] = new_id
        after = new_id if c.kind == "merge" else _values(by_id[new_id], c.kind)
        out.history[new_id] = tuple(sorted(out.history.get(new_id, ()) + before
                                           + (Change(c, f.id, _values(f, c.kind), after),),
                                           key=lambda ch: ch.correction.number))
    corrected = sorted(by_id.values(), key=fact_order)
    return replace(out, facts=corrected, waiting=tuple(waiting))


# -- rows -----------------------------------------------------------------------------------------------

def correction_row(c: Correction) -> dict[str, Any]:
    k, other, result = c.fact, c.other, c.result
    return {"fact_id": k.id, "event": k.event, "treaty": k.treaty, "actor": k.actor, "date": k.date,
            "factual": k.factual, "kind": c.kind, "value": c.value, "note": c.note, "who": c.who, "made": c.made,
            "other": None if other is None else json.dumps([other.event, other.treaty, other.actor, other.date,
                                                            other.factual], ensure_ascii=False),
            "result": None if result is None else result.id}


def _correction(r: Any) -> Correction:
    other = json.loads(r["other"]) if r["other"] else None
    return Correction(FactKey(r["event"], r["treaty"], r["actor"], r["date"], bool(r["factual"])), r["kind"],
                      r["value"], r["note"], r["who"], r["made"],
                      FactKey(other[0], other[1], other[2], other[3], bool(other[4])) if other else None, r["pk"])


def read_corrections(conn: Connection) -> list[Correction]:
    """Every correction, in the order made (a few per analyst-day: read whole)."""
    return [_correction(r) for r in conn.execute(select(table).order_by(table.c.pk)).mappings()]
