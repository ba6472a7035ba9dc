"""Treaty status over time: for each treaty and party, the sequence of states and the facts that moved
it, answering "status of X for Y on date D" (pure).

States: signed, ratified, in_force, suspended, withdrawn, deratified, expired. Only what a source says
*happened* moves a state (asserted, dated facts): a schedule is not an act — New START "will expire on
2021-02-05" was then extended. A step counts for ``as_of`` D only once all the days it may cover have
passed (``2019`` counts from 2019-12-31 on): the record never claims more than it knows.

News and reference are kept apart: each party gets a news row (from articles) and a reference row
(from the reference table), never blended, so that a reader sees what the articles say beside the
public record. Treaty-wide steps (entry into force, expiry) apply to every party that has joined.
A successor state carries its predecessor's history from the succession date on (Russia ← USSR).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date as Day
from typing import Literal

from .. import dates
from .facts import Fact
from .reference import Reference, RefEvent, RefNever

Basis = Literal["news", "reference"]

STATE_OF: dict[str, str] = {
    "sign": "signed", "ratify": "ratified", "enter_into_force": "in_force", "suspend": "suspended",
    "resume": "in_force", "withdraw": "withdrawn", "deratify": "deratified", "expire": "expired",
}
# Same-day order: a signature before a ratification before entry into force; a withdrawal before the
# treaty's termination that it causes (INF, 2019-08-02).
STEP_ORDER: dict[str, int] = {
    "sign": 0, "ratify": 1, "enter_into_force": 2, "resume": 3, "suspend": 4, "deratify": 5,
    "withdraw": 6, "expire": 7,
}
_JOINED = frozenset({"signed", "ratified"})
_FINAL = frozenset({"withdrawn", "expired"})


@dataclass(frozen=True)
class Step:
    party: str
    event: str
    state: str
    date: str | None
    basis: Basis
    fact: Fact | None = None
    reference: RefEvent | None = None
    via: str | None = None       # "treaty" for a treaty-wide step; the predecessor for an inherited one

    @property
    def order(self) -> tuple[tuple[int, int, int, int], int]:
        return (dates.sort_key(self.date), STEP_ORDER[self.event])


@dataclass(frozen=True)
class PartyStatus:
    treaty: str
    party: str
    basis: Basis
    state: str | None                      # None: nothing known (as of the date asked)
    since: tuple[Step, ...] = ()           # the steps that moved the party into ``state``
    history: tuple[Step, ...] = ()         # every step counted, in order
    never: tuple[RefNever, ...] = ()       # reference: what this party has not done
    disputed: str | None = None            # news: how the reference record disagrees with this row
    unconfirmed: tuple[Fact, ...] = ()     # news: facts the reference contradicts, told by one source only

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(s.date or "undated" for s in self.since)


@dataclass(frozen=True)
class _Steps:
    by_party: dict[str, list[Step]] = field(default_factory=lambda: defaultdict(list))
    treaty_wide: list[Step] = field(default_factory=list)

    def add(self, actor: str | None, step: Step) -> None:
        (self.treaty_wide if actor is None else self.by_party[actor]).append(step)


def _news_steps(facts: Iterable[Fact], treaty: str) -> tuple[_Steps, dict[str, list[Fact]]]:
    steps, undated = _Steps(), defaultdict(list)
    facts = list(facts)
    extensions = [f.date for f in facts if f.treaty == treaty and f.event == "extend" and f.modality == "asserted"]
    for f in facts:
        if f.treaty != treaty or f.event not in STATE_OF or f.modality != "asserted":
            continue
        if f.section != "dated":
            if f.actor is not None:
                undated[f.actor].append(f)
            continue
        if f.event == "expire" and _averted(f.date, extensions):
            continue  # "due to expire on 5 February 2021", extended on the 3rd: it did not expire then
        steps.add(f.actor, Step(f.actor or "", f.event, STATE_OF[f.event], f.date, "news", fact=f))
    return steps, undated


def _reference_steps(reference: Reference, treaty: str) -> _Steps:
    steps = _Steps()
    for e in reference.events(treaty):
        if e.event in STATE_OF:
            steps.add(e.actor, Step(e.actor or "", e.event, STATE_OF[e.event], e.date, "reference",
                                    reference=e))
    return steps


def _counts(step: Step, as_of: str | None) -> bool:
    if as_of is None:
        return True
    b = dates.bounds(step.date)
    return b is not None and b[1] <= as_of


def _walk(party: str, own: list[Step], treaty_wide: list[Step], as_of: str | None
          ) -> tuple[str | None, tuple[Step, ...], tuple[Step, ...]]:
    state: str | None = None
    before_suspension: str | None = None
    since: list[Step] = []
    history: list[Step] = []
    treaty_in_force = False
    for step in sorted(own + treaty_wide, key=lambda s: s.order):
        if not _counts(step, as_of):
            continue
        new = step.state
        if step.via == "treaty":
            treaty_in_force = step.event == "enter_into_force" or (treaty_in_force and step.event != "expire")
            if state is None or (step.event == "enter_into_force" and state not in _JOINED):
                continue
            if step.event == "expire" and state in _FINAL | {"deratified"}:
                continue
            step = Step(party, step.event, step.state, step.date, step.basis, step.fact, step.reference, "treaty")
        if step.event == "suspend" and state != "suspended":
            before_suspension = state
        if step.event == "resume":
            new = before_suspension or "in_force"
        if step.event == "ratify" and treaty_in_force:
            new = "in_force"  # joining a treaty already in force (NPT: China and France acceded in 1992)
        history.append(step)
        if new == state:
            since.append(step)
        else:
            state, since = new, [step]
    return state, tuple(since), tuple(history)


# The events the status reads: those that move a party's state, and extensions, which avert an expiry.
STATUS_INPUTS: frozenset[str] = frozenset(STATE_OF) | {"extend"}

# An extension agreed this many days before an expiry or fewer pushed that expiry back: the treaty did not
# expire then (New START, extended on 3 February 2021, two days before it was due to expire).
AVERTING_DAYS = 90


def _averted(expiry: str | None, extensions: Iterable[str | None]) -> bool:
    """Whether one of the ``extensions`` (their dates) came within AVERTING_DAYS before the ``expiry`` date:
    sources that still call the old end date the expiry (written before the extension, or misread) do
    not make the treaty expire."""
    end = dates.bounds(expiry)
    if end is None:
        return False
    due = Day.fromisoformat(end[0])
    for extended in extensions:
        b = dates.bounds(extended)
        if b is not None and 0 <= (due - Day.fromisoformat(b[1])).days <= AVERTING_DAYS:
            return True
    return False


def _rows(steps: _Steps, treaty: str, basis: Basis, parties: Iterable[str], as_of: str | None,
          reference: Reference | None) -> dict[str, PartyStatus]:
    by_party = {p: list(s) for p, s in steps.by_party.items()}
    hidden: set[str] = set()
    for succ in (reference.successions if reference else ()):
        if succ.predecessor in by_party and (as_of is None or as_of >= succ.date):
            inherited = [Step(succ.successor, s.event, s.state, s.date, s.basis, s.fact, s.reference,
                              succ.predecessor)
                         for s in by_party[succ.predecessor] if dates.sort_key(s.date) <= dates.sort_key(succ.date)]
            by_party.setdefault(succ.successor, []).extend(inherited)
            hidden.add(succ.predecessor)
    wide = [Step("", s.event, s.state, s.date, s.basis, s.fact, s.reference, "treaty") for s in steps.treaty_wide]
    rows = {}
    for party in sorted(set(parties) | set(by_party)):
        if party in hidden:
            continue
        state, since, history = _walk(party, by_party.get(party, []), wide, as_of)
        rows[party] = PartyStatus(treaty, party, basis, state, since, history)
    return rows


# A news fact that the reference record contradicts moves a party's status only when at least this many
# independent sources assert it; told by fewer, it is shown as unconfirmed beside the status.
DISPUTED_SOURCES = 2


def treaty_status(facts: Iterable[Fact], treaty: str, as_of: str | None = None,
                  reference: Reference | None = None, disputed: Collection[str] = frozenset()
                  ) -> list[PartyStatus]:
    """Parties × status of ``treaty`` on ``as_of`` (a partial date means its last day; None: latest):
    a news row per party the articles speak of, and a reference row per party in the reference table.

    ``disputed``: ids of facts the reference contradicts (conflicts.reference_conflicts). Those with
    fewer than DISPUTED_SOURCES independent sources are kept out of the news row and listed on it as
    unconfirmed; a news row whose state differs from the party's reference row says so (``disputed``)."""
    day = dates.last_day(as_of) if as_of else None
    facts = list(facts)
    weak = [f for f in facts if f.id in disputed and f.sources < DISPUTED_SOURCES and f.treaty == treaty]
    facts = [f for f in facts if f not in weak]
    news, undated = _news_steps(facts, treaty)
    rows = list(_rows(news, treaty, "news", undated, day, reference).values())
    if day is None:
        # A party only undated facts speak of: its furthest step, marked undated.
        for i, r in enumerate(rows):
            if r.state is None and undated.get(r.party):
                last = max(undated[r.party], key=lambda f: STEP_ORDER[f.event])
                step = Step(r.party, last.event, STATE_OF[last.event], None, "news", fact=last)
                rows[i] = PartyStatus(treaty, r.party, "news", step.state, (step,), (step,))
    unconfirmed: dict[str, list[Fact]] = defaultdict(list)
    for f in weak:
        unconfirmed[f.actor or ""].append(f)
    rows = [replace(r, unconfirmed=tuple(unconfirmed.get(r.party, ()))) for r in rows if r.state is not None]
    rows += [PartyStatus(treaty, party, "news", None, unconfirmed=tuple(fs)) for party, fs in unconfirmed.items()
             if party and not any(r.party == party for r in rows)]
    if reference is not None and treaty in reference.treaties:
        ref = reference.treaties[treaty]
        ref_rows = _rows(_reference_steps(reference, treaty), treaty, "reference", ref.parties, day, reference)
        for party, r in ref_rows.items():
            never = tuple(n for n in ref.never if n.actor == party)
            if r.state is not None or never:
                rows.append(PartyStatus(treaty, party, "reference", r.state, r.since, r.history, never))
    rows = _disagreements(rows)
    rows.sort(key=lambda r: (r.party, r.basis != "news"))
    return rows


def _disagreements(rows: list[PartyStatus]) -> list[PartyStatus]:
    """A news row whose state is not the reference row's for the same party says how they differ
    ("in force since 1988" from the news, "withdrawn 2019-08-02" in the public record)."""
    reference = {r.party: r for r in rows if r.basis == "reference"}
    out = []
    for r in rows:
        ref = reference.get(r.party)
        if r.basis == "news" and r.state is not None and ref is not None and ref.state not in (None, r.state):
            when = " / ".join(ref.dates)
            r = replace(r, disputed=f"the reference record differs: {ref.state.replace('_', ' ')}"
                                    + (f" since {when}" if when else ""))
        out.append(r)
    return out


def status_of(facts: Iterable[Fact], treaty: str, party: str, as_of: str | None = None,
              reference: Reference | None = None) -> list[PartyStatus]:
    """The status of ``treaty`` for ``party`` on ``as_of``: the news row and the reference row."""
    return [r for r in treaty_status(facts, treaty, as_of, reference) if r.party == party]
