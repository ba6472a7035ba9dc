"""Analysts correcting the record, over the store: ``correct`` checks and stores a correction and rebuilds
the facts it touches; ``fact_corrections`` and ``list_corrections`` read what the corrections did. The
overlay itself is know/corrections.py; the command line (``treatywatch correct``), the API (POST
/api/facts/ID/corrections) and the fact's page form all call ``correct``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from ..arguments import check_slug, parse_date
from ..errors import ArgumentError, NotFoundError
from ..models import MODALITIES
from ..store import Store
from ..store.schema import corrections as table
from ..store.schema import fact_claims, facts
from .corrections import (
    KINDS,
    Change,
    Correction,
    FactKey,
    Key,
    Overlay,
    correction_row,
    overlay,
    read_corrections,
    related,
)
from .facts import Fact, merge
from .queries import read_links
from .refresh import is_stale, keep_record, read_claims

MAX_NOTE = 2000
MAX_WHO = 100
NO_ACTOR = "none"   # an actor correction's value for "the treaty itself" (a treaty-wide step)


@dataclass(frozen=True)
class FactCorrections:
    """What corrections did to the fact asked for."""

    asked: str
    now: str | None                 # its id now (the one asked when no correction moved it); None: marked wrong
    history: tuple[Change, ...]     # the corrections that made the fact at ``now`` (or the one aside), oldest first
    aside: Fact | None = None       # the fact as it was when marked wrong

    @property
    def wrong(self) -> Change | None:
        return next((c for c in reversed(self.history) if c.correction.kind == "wrong"), None) if self.aside else None


@dataclass(frozen=True)
class CorrectionState:
    correction: Correction
    applied: bool                   # False: its fact is not in the record now (know/corrections.py)
    fact: str | None                # the fact it is part of now (None: waiting, or the fact is marked wrong)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _key(row: Any) -> FactKey:
    return FactKey(row["event"], row["treaty"], row["actor"], row["date"], bool(row["factual"]))


def _fact_row(conn: Connection, fact_id: str) -> Any:
    return conn.execute(select(facts).where(facts.c.id == fact_id)).mappings().first()


def _value(conn: Connection, kind: str, value: str | None, row: Any) -> tuple[str | None, FactKey | None]:
    """The correction's value, checked against the fact (``row``); the other fact's key for a merge."""
    value = (value or "").strip() or None
    if kind == "wrong":
        if value is not None:
            raise ArgumentError("a fact marked wrong takes no value: say why in the note")
        return None, None
    if value is None:
        raise ArgumentError(f"a {kind} correction needs the new {'fact id' if kind == 'merge' else kind}")
    if kind == "merge":
        other = _fact_row(conn, value)
        if other is None:
            raise NotFoundError(f"no fact {value!r} to merge into (treatywatch timeline lists them)")
        if value == row["id"]:
            raise ArgumentError("a fact cannot be merged into itself")
        return value, _key(other)
    if kind == "date":
        new: str | None = parse_date(value, "date")
    elif kind == "actor":
        new = None if value.lower() == NO_ACTOR else check_slug(value, "actor", "actor", listed=False)
    elif value in MODALITIES:
        new = value
    else:
        raise ArgumentError(f"modality: {value!r} is none of {', '.join(MODALITIES)}")
    if new == row[kind]:
        raise ArgumentError(f"the fact's {kind} is {new or NO_ACTOR} already")
    return new, None


def _text(value: str | None, name: str, most: int) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise ArgumentError(f"a correction needs {name}")
    if len(text) > most:
        raise ArgumentError(f"{name}: {len(text)} characters, at most {most}")
    return text


def correct(store: Store, fact_id: str, kind: str, value: str | None, note: str | None, who: str | None,
            made: str | None = None) -> Correction:
    """Store one analyst's correction of a fact of the record and rebuild the facts it touches."""
    if kind not in KINDS:
        raise ArgumentError(f"kind: {kind!r} is none of {', '.join(KINDS)}")
    note, who = _text(note, "a note (why)", MAX_NOTE), _text(who, "who makes it (a name)", MAX_WHO)
    with store.engine.connect() as conn:
        row = _fact_row(conn, fact_id)
        if row is None:
            raise NotFoundError(_gone(store, fact_id))
        new, other = _value(conn, kind, value, row)
        ids = [fact_id] + ([new] if kind == "merge" and new else [])
        articles = sorted({r[0] for r in conn.execute(select(fact_claims.c.article_id)
                                                      .where(fact_claims.c.fact_id.in_(ids)))})
    c = Correction(_key(row), kind, new, note, who, made or _now(), other)
    fresh = not is_stale(store)
    with store.writing() as conn:
        number = conn.execute(insert(table).values(correction_row(c))).inserted_primary_key
    keep_record(store, articles, fresh)
    return Correction(c.fact, c.kind, c.value, c.note, c.who, c.made, c.other, int(number[0]) if number else 0)


def _gone(store: Store, fact_id: str) -> str:
    found = fact_corrections(store, fact_id)
    if found is not None and found.aside is not None and found.wrong is not None:
        w = found.wrong.correction
        return f"fact {fact_id} was marked wrong by {w.who} ({w.made}): {w.note}"
    if found is not None and found.now not in (None, fact_id):
        return f"fact {fact_id} was corrected: it is fact {found.now} now"
    return f"no fact {fact_id!r} in the record (treatywatch timeline lists them)"


def _overlaid(conn: Connection, store: Store, corrections: Sequence[Correction], keys: Sequence[Key]) -> Overlay:
    """The record of ``keys`` (and those corrections tie to them), merged in memory and corrected."""
    links = read_links(store)
    claims, _ = read_claims(conn, related(keys, corrections))
    return overlay(merge(claims, links), corrections, links)


def fact_corrections(store: Store, fact_id: str) -> FactCorrections | None:
    """What corrections did to ``fact_id``: nothing (the fact as it is), a new id, or marked wrong; None
    when no fact of the record, now or corrected away, has that id."""
    with store.engine.connect() as conn:
        corrections = read_corrections(conn)
        row = _fact_row(conn, fact_id)
        if row is not None:
            base = (row["event"], row["treaty"], row["actor"])
            if not any(base in (c.fact.base, c.result.base if c.result else None) for c in corrections):
                return FactCorrections(fact_id, fact_id, ())
            keys = [base]
        elif not corrections:
            return None
        else:
            keys = [c.fact.base for c in corrections]
        found = _overlaid(conn, store, corrections, keys)
    now = found.now(fact_id)
    if now in found.aside:
        return FactCorrections(fact_id, None, found.history.get(now, ()), found.aside[now])
    if row is None and now == fact_id:
        return None
    return FactCorrections(fact_id, now, found.history.get(now, ()))


def list_corrections(store: Store) -> list[CorrectionState]:
    """Every correction, in the order made, with whether it applies now and to which fact."""
    with store.engine.connect() as conn:
        corrections = read_corrections(conn)
        if not corrections:
            return []
        found = _overlaid(conn, store, corrections, [c.fact.base for c in corrections])
    where: dict[int, str | None] = {}
    for fid, changes in found.history.items():
        for ch in changes:
            where[ch.correction.number] = None if fid in found.aside else fid
    waiting = {c.number for c in found.waiting}
    return [CorrectionState(c, c.number not in waiting and c.number in where, where.get(c.number))
            for c in corrections]


def correction_record(c: Correction) -> dict[str, Any]:
    """A correction as the API and ``--json`` show it."""
    k = c.fact
    return {"number": c.number, "kind": c.kind, "value": c.value, "note": c.note, "who": c.who, "made": c.made,
            "fact": {"id": k.id, "event": k.event, "treaty": k.treaty, "actor": k.actor, "date": k.date,
                     "factual": k.factual},
            "other": c.other.id if c.other else None, "result": c.result.id if c.result else None}


def change_record(ch: Change) -> dict[str, Any]:
    return correction_record(ch.correction) | {"applied_to": ch.fact, "before": ch.before, "after": ch.after}
