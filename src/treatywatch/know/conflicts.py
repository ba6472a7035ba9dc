"""Conflicts: facts that cannot both be true, flagged with both sides' evidence (pure).

Three kinds:
- ``date``: one one-off treaty action (a signature, a suspension ...) of one party on two dates that
  do not agree. Two different *days* are flagged low: the public record often has two real days for
  one step (New START: suspension announced 2023-02-21, law signed 2023-02-28). Disagreeing years or
  months are medium; a changed schedule (scheduled expiry 2021-02-05, then 2026-02-05) is low.
  Dates of different precision that agree (2023, 2023-02-21) are never a conflict.
- ``negation``: one source asserts what another negates ("Russia withdrew" / "will not withdraw").
- ``reference``: a news fact contradicts the reference table (another date for the same step, or an
  act the reference says never happened). The reference side is shown as reference.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from .. import dates
from .facts import Fact
from .reference import Reference, RefEvent, RefNever

Kind = Literal["date", "negation", "reference"]
Severity = Literal["low", "medium", "high"]

# Acts a party performs once per treaty: two dates for one of them cannot both be right. Talks,
# deployments, production and tests recur, so two dates there are two happenings, not a conflict.
ONE_OFF: frozenset[str] = frozenset({
    "sign", "ratify", "enter_into_force", "suspend", "withdraw", "deratify", "extend", "expire",
})
# Beyond this many dated facts for one (event, treaty, actor), compare each with the best supported
# only: the outliers are what matters, and all pairs would grow quadratically.
PAIRWISE_LIMIT = 40


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: Kind
    severity: Severity
    summary: str
    left: Fact
    right: Fact | None = None            # the other news fact (date, negation)
    reference: RefEvent | None = None    # the reference row contradicted
    never: RefNever | None = None        # or the reference's "never happened" row

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return (self.left.id,) + ((self.right.id,) if self.right else ())

    @property
    def reference_id(self) -> str | None:
        if self.reference:
            return self.reference.id
        return self.never.id if self.never else None


def _conflict_id(kind: str, *parts: str) -> str:
    return hashlib.sha256("|".join((kind, *sorted(parts))).encode()).hexdigest()[:16]


def _label(f: Fact) -> str:
    who = f.actor or "the treaty"
    return f"{f.event} {f.treaty or '(no treaty)'} by {who}"


def _date_conflict(a: Fact, b: Fact) -> Conflict | None:
    if dates.agree(a.date, b.date):
        return None
    a, b = sorted((a, b), key=lambda f: dates.sort_key(f.date))
    scheduled = "scheduled" in (a.modality, b.modality)
    both_days = a.precision == "day" and b.precision == "day"
    severity: Severity = "low" if scheduled or both_days else "medium"
    why = ("a schedule that changed, or a source out of date" if scheduled
           else "two days for one step (an announcement and the act that followed?)" if both_days
           else "dates that cannot both be right")
    return Conflict(_conflict_id("date", a.id, b.id), "date", severity,
                    f"{_label(a)}: {a.date} vs {b.date} — {why}", a, b)


def date_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    groups: dict[tuple[str, str | None, str | None], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.factual and f.event in ONE_OFF and f.section == "dated":
            groups[f.base].append(f)
    found: list[Conflict] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        if len(members) <= PAIRWISE_LIMIT:
            pairs: Iterable[tuple[Fact, Fact]] = combinations(members, 2)
        else:
            top = max(members, key=lambda f: (f.sources, len(f.claims), f.id))
            pairs = ((top, f) for f in members if f is not top)
        found.extend(c for a, b in pairs if (c := _date_conflict(a, b)) is not None)
    return found


def negation_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    factual: dict[tuple[str, str | None, str | None], list[Fact]] = defaultdict(list)
    negated: list[Fact] = []
    for f in facts:
        if f.factual:
            factual[f.base].append(f)
        elif any(c.modality == "negated" for c in f.claims):
            negated.append(f)
    found = []
    for n in negated:
        for a in factual.get(n.base, ()):
            if not dates.agree(a.date, n.date):
                continue
            severity: Severity = "high" if a.modality == "asserted" else "medium"
            found.append(Conflict(
                _conflict_id("negation", a.id, n.id), "negation", severity,
                f"{_label(a)}: {a.modality} ({a.date or 'undated'}) by {a.sources} source(s), "
                f"negated by {n.sources}", a, n))
    return found


def reference_conflicts(facts: Iterable[Fact], reference: Reference) -> list[Conflict]:
    found = []
    for f in facts:
        # Only what a source says happened is checked: a schedule or a possibility is not a claim
        # about the record (New START "will expire 2021-02-05" was true when written).
        # A schedule is checked against the reference's dates too, except an expiry (a treaty extended
        # expires later than first scheduled): "the withdrawal will take effect on 22 November 2020" is
        # no entry into force of a treaty in force since 2002. A plan is never "what did not happen".
        if f.treaty is None or f.modality not in ("asserted", "scheduled"):
            continue
        if f.modality == "scheduled" and f.event == "expire":
            continue
        never = reference.never(f.event, f.treaty, f.actor) if f.modality == "asserted" else None
        if never is not None and (f.section != "dated" or (dates.bounds(f.date) or ("",))[0] <= reference.as_of):
            found.append(Conflict(
                _conflict_id("reference", f.id, never.id), "reference", "high",
                f"{_label(f)} ({f.date or 'undated'}): the reference says this did not happen — {never.note}",
                f, never=never))
            continue
        rows = reference.find(f.event, f.treaty, f.actor)
        if not rows or f.section != "dated":
            continue
        if any(dates.agree(f.date, d) for r in rows for d in r.dates):
            continue
        ref = min(rows, key=lambda r: _years_apart(f.date, r.date))
        # a year or so apart is an announcement and the act, or a slip; further apart ("signed in
        # 2021" for a treaty signed in 2010) the news states what did not happen then
        apart = _years_apart(f.date, ref.date)
        severity: Severity = "high" if apart >= DISPUTED_YEARS else "medium"
        found.append(Conflict(
            _conflict_id("reference", f.id, ref.id), "reference", severity,
            f"{_label(f)}: {f.date} in the news, {ref.date} in the reference ({ref.source.citation})",
            f, reference=ref))
    return found


# Years between a news date and the reference's for one step beyond which the news fact is disputed.
DISPUTED_YEARS = 2


def _years_apart(a: str | None, b: str | None) -> int:
    pa, pb = dates.parse(a), dates.parse(b)
    if pa is None or pb is None or pa.year is None or pb.year is None:
        return 0
    return abs(pa.year - pb.year)


SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def find_conflicts(facts: Iterable[Fact], reference: Reference | None = None) -> list[Conflict]:
    """Every conflict among ``facts`` (and with ``reference`` when given), most severe first."""
    facts = list(facts)
    found = date_conflicts(facts) + negation_conflicts(facts)
    if reference is not None:
        found += reference_conflicts(facts, reference)
    found.sort(key=lambda c: (SEVERITY_ORDER[c.severity], dates.sort_key(c.left.date), c.id))
    return found
