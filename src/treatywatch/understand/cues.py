"""The cue words of a language (event triggers; negation, hedging, future, conditional; quote verbs;
pronouns; treaty nouns ...), found in one pass each, grouped by what they signal."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..lexicon.built import built
from ..lexicon.fold import Folded, fold
from ..lexicon.matcher import Entry, Hit, Matcher
from ..lexicon.types import Lexicon, Trigger
from ..models import Mention, Span

# The kinds of cue other than event triggers, each a field of LanguagePack.
# (Conjunctions are not searched for: they are read from the gap between two names, events.py.)
CUE_KINDS = ("negation", "negation_exceptions", "hedging", "future", "conditional", "quote_verbs",
             "treaty_nouns", "pronouns", "instrument_nouns", "talk_topics", "anterior", "regarding", "offers",
             "until_after", "until", "before", "before_after", "clause_boundaries", "counterfactual", "descriptive",
             "name_dates", "not_events",
             "relative_pronouns", "anniversaries", "since", "habitual", "following", "additive")
# A cue of the first kind counts for the others too: a relative pronoun opens a clause.
_ALSO = {"relative_pronouns": ("clause_boundaries",)}
# The kinds that may be read inside a treaty's name ("条约" in 《中导条约》 is a treaty noun); every other
# cue there is part of the name: "Cấm" (ban) in "Hiệp ước Cấm vũ khí hạt nhân" describes nothing, "不"
# in 《不扩散核武器条约》 negates nothing.
_NAME_KINDS = frozenset({"treaty_nouns", "name_dates"})


@dataclass(frozen=True)
class Cues:
    triggers: tuple[Hit, ...]            # payload: the Trigger
    by_kind: dict[str, tuple[Hit, ...]]  # payload: the kind

    def of(self, kind: str) -> tuple[Hit, ...]:
        return self.by_kind.get(kind, ())


@cache
def _trigger_matcher(lexicon: Lexicon, language: str) -> Matcher:
    return built(lexicon.fingerprint, f"triggers-{language}",
                 lambda: _build_trigger_matcher(lexicon, language))


def _build_trigger_matcher(lexicon: Lexicon, language: str) -> Matcher:
    pack = lexicon.language(language)
    entries = [Entry(form, trigger) for trigger in pack.triggers for form in trigger.forms]
    return Matcher(entries, clitics=pack.clitic_prefixes, suffix_tolerance=pack.suffix_tolerance,
                   gap_reach=pack.gap_reach)


@cache
def _cue_matcher(lexicon: Lexicon, language: str) -> Matcher:
    return built(lexicon.fingerprint, f"cues-{language}", lambda: _build_cue_matcher(lexicon, language))


def _build_cue_matcher(lexicon: Lexicon, language: str) -> Matcher:
    pack = lexicon.language(language)
    # one entry per form, carrying every kind that lists it: Arabic "اتهمت" (accused) is a quote verb
    # and opens a description ("accused Moscow of deploying"); a hit counts for each of its kinds
    kinds: dict[str, tuple[str, tuple[str, ...]]] = {}
    for kind in CUE_KINDS:
        for form in getattr(pack, kind):
            written, listed = kinds.get(fold(form), (form, ()))
            kinds[fold(form)] = (written, (*listed, *(k for k in (kind, *_ALSO.get(kind, ())) if k not in listed)))
    # a form of one kind carries that kind itself: its hit is the kind's hit as the matcher made it
    entries = [Entry(form, listed[0] if len(listed) == 1 else listed) for form, listed in kinds.values()]
    return Matcher(entries, clitics=pack.clitic_prefixes, suffix_tolerance=pack.suffix_tolerance,
                   gap_reach=pack.gap_reach)


def find_cues(language: str, lexicon: Lexicon, folded: Folded, text: str, sentences: Sequence[Span] = (),
              names: Sequence[Mention] = ()) -> Cues:
    """Triggers (a gapped one stays inside its sentence; none that starts inside a treaty's name,
    "Nuclear-Test-Ban Treaty" is no test) and the other cues of ``language`` (none but treaty nouns and
    name-date links inside a treaty's name). A trigger that starts
    before a name may run into it: "rút khỏi hiệp ước" in "rút khỏi Hiệp ước INF", Hebrew "פרשה מההסכם"
    in "הסכם הגרעין"."""
    stops = _folded_offsets(folded, [s.end for s in sentences])
    treaty_names = sorted((m.start, m.end) for m in names if m.kind == "treaty")
    starts = [a for a, _ in treaty_names]
    reach = list(itertools.accumulate((b for _, b in treaty_names), max))  # furthest end so far

    def in_a_name(offset: int) -> bool:  # by bisection: a long text names treaties thousands of times
        i = bisect.bisect_right(starts, offset)
        return bool(i) and reach[i - 1] > offset

    grouped: dict[str, list[Hit]] = {}
    for hit in _cue_matcher(lexicon, language).find(folded, text):
        if isinstance(hit.payload, str):
            if hit.payload in _NAME_KINDS or not in_a_name(hit.start):
                grouped.setdefault(hit.payload, []).append(hit)
            continue
        for kind in hit.payload:  # type: ignore[attr-defined]
            if kind not in _NAME_KINDS and in_a_name(hit.start):
                continue
            grouped.setdefault(kind, []).append(Hit(hit.start, hit.end, hit.fstart, hit.fend, kind, hit.form))
    # "signatory", "签署国", "คู่ลงนาม": a word that holds a trigger names a party, not an act
    words = grouped.get("not_events", [])
    triggers = tuple(h for h in _trigger_matcher(lexicon, language).find(folded, text, stops)
                     if not in_a_name(h.start) and not any(w.start < h.end and h.start < w.end
                                                           for w in words))
    return Cues(Ordered(triggers), {k: Ordered(v) for k, v in grouped.items()})


def _folded_offsets(folded: Folded, offsets: Sequence[int]) -> list[int]:
    """Original offsets as offsets into the folded text (the first folded character at or after each)."""
    return [folded.offset(o) for o in offsets]


def trigger_of(hit: Hit) -> Trigger:
    assert isinstance(hit.payload, Trigger)
    return hit.payload


class Ordered(tuple[Hit, ...]):
    """Hits in text order (as the matcher finds them) with their starts, for ``within``'s bisection."""

    starts: list[int] | None   # None when they were not in order after all: ``within`` scans them

    def __new__(cls, hits: Sequence[Hit]) -> Ordered:
        ordered = super().__new__(cls, hits)
        starts = [h.start for h in ordered]
        # (in order when sorting changes nothing: a C-level pass over a sorted list, not a generator)
        ordered.starts = starts if starts == sorted(starts) else None
        return ordered


def within(hits: Sequence[Hit], start: int, end: int) -> list[Hit]:
    """The hits inside [start, end]; hits in text order (the matcher's) are found by bisection on
    their starts, others by a scan."""
    if not hits:
        return []  # most kinds of cue are absent from most articles
    starts = hits.starts if isinstance(hits, Ordered) else None
    if starts is None:
        return [h for h in hits if start <= h.start and h.end <= end]
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
    if lo == hi:
        return []  # (most asks find nothing: no list built for them)
    return [h for h in hits[lo:hi] if h.end <= end]
