"""Why a fact is believed (pure): its independent sources and languages, how its date was known, and
what the reference record says of it. A fact is *confident* when two independent sources tell it, or
the reference record agrees with it; a fact told by one source is confident only when nothing speaks
against it and its date is the text's own. The rest is *unconfirmed*: kept, shown apart, one click away.

    check      agrees | differs | disputed | unknown    (the reference record against the fact)
    reasons    one line each, in the order a reader weighs them
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .. import dates
from .conflicts import Conflict
from .facts import Fact
from .reference import Reference

Check = Literal["agrees", "differs", "disputed", "unknown"]


@dataclass(frozen=True)
class Belief:
    check: Check
    confident: bool
    reasons: tuple[str, ...]


def reference_check(fact: Fact, reference: Reference, conflicts: Iterable[Conflict] = ()) -> Check:
    """``disputed``: the reference says it did not happen, or dates it years apart; ``differs``: a
    nearby date; ``agrees``: the reference has this step on an agreeing date; else ``unknown``."""
    against = [c for c in conflicts if c.kind == "reference" and c.left.id == fact.id]
    if any(c.severity == "high" for c in against):
        return "disputed"
    if against:
        return "differs"
    if fact.factual and fact.treaty and fact.section == "dated":
        rows = reference.find(fact.event, fact.treaty, fact.actor)
        if any(dates.agree(fact.date, d) for r in rows for d in r.dates):
            return "agrees"
    return "unknown"


# Acts a party performs once per treaty and never again in another form (a suspension, an extension or
# an expiry may come twice): of two dates for one of them, a lone source is outweighed by better ones.
ONCE: frozenset[str] = frozenset({"sign", "ratify", "enter_into_force", "withdraw", "deratify"})


def outweighed(fact: Fact, conflicts: Iterable[Conflict] = ()) -> bool:
    """A one-time act its one source dates twice, the other date told by more sources ("the withdrawal
    was completed on 22 November ... announced on 22 May", and three more sources for 22 November): the
    lone date is the announcement or a slip, not the act. A lone source that dates a step of its own
    (the law signed in May, the withdrawal effective in November) is not outweighed."""
    if fact.event not in ONCE or fact.sources != 1 or fact.modality != "asserted":
        return False
    for c in conflicts:
        if c.kind != "date" or c.right is None or fact.id not in c.fact_ids:
            continue
        other = c.right if c.left.id == fact.id else c.left
        # the same source dates it twice: an undated mention folded into the other fact is no date
        dating = {c.article for c in other.claims if c.date is not None}
        if other.modality == "asserted" and other.sources > fact.sources and dating & set(fact.articles):
            return True
    return False


def believe(fact: Fact, reference: Reference, conflicts: Iterable[Conflict] = ()) -> Belief:
    conflicts = list(conflicts)
    check = reference_check(fact, reference, conflicts)
    languages = f" in {len(fact.languages)} languages ({', '.join(fact.languages)})" if len(fact.languages) > 1 else ""
    reasons = [f"{fact.sources} independent source{'s' if fact.sources != 1 else ''}{languages}"]
    stated = [c for c in fact.claims if not c.implied]
    if fact.date is None:
        reasons.append("no date given")
    elif stated:
        plural = "s" if len(fact.claims) != 1 else ""
        reasons.append(f"dated by the text ({len(stated)} of {len(fact.claims)} mention{plural})")
    else:
        reasons.append("dated only by the publication day of the article that reports it")
    reasons.append({"agrees": "the reference record agrees",
                    "differs": "the reference record gives a nearby date",
                    "disputed": "the reference record contradicts it",
                    "unknown": "the reference record does not cover it"}[check])
    lone = outweighed(fact, conflicts)
    if lone:
        reasons.append("another date for this one-time act has more sources")
    if lone:
        # outweighed, it stands only where the reference dates the act itself so (not its notice)
        rows = reference.find(fact.event, fact.treaty, fact.actor) if fact.treaty else []
        confident = any(dates.agree(fact.date, r.date) for r in rows)
    else:
        confident = (check == "agrees" or fact.sources >= 2
                     or (check == "unknown" and (bool(stated) or fact.date is None)))
    return Belief(check, confident, tuple(reasons))
