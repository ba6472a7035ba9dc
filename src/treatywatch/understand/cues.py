"""The cue words of a language (event triggers; negation, hedging, future, conditional; quote verbs;
pronouns; treaty nouns ...), found in one pass each, grouped by what they signal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..lexicon.fold import Folded
from ..lexicon.matcher import Entry, Hit, Matcher
from ..lexicon.types import Lexicon, Trigger
from ..models import Mention, Span

# The kinds of cue other than event triggers, each a field of LanguagePack.
# (Conjunctions are not searched for: they are read from the gap between two names, events.py.)
CUE_KINDS = ("negation", "negation_exceptions", "hedging", "future", "conditional", "quote_verbs",
             "treaty_nouns", "pronouns", "instrument_nouns", "talk_topics", "anterior", "until",
             "clause_boundaries", "counterfactual", "descriptive", "name_dates")


@dataclass(frozen=True)
class Cues:
    triggers: tuple[Hit, ...]            # payload: the Trigger
    by_kind: dict[str, tuple[Hit, ...]]  # payload: the kind

    def of(self, kind: str) -> tuple[Hit, ...]:
        return self.by_kind.get(kind, ())


@cache
def _trigger_matcher(lexicon: Lexicon, language: str) -> Matcher:
    pack = lexicon.language(language)
    entries = [Entry(form, trigger) for trigger in pack.triggers for form in trigger.forms]
    return Matcher(entries, clitics=pack.clitic_prefixes, suffix_tolerance=pack.suffix_tolerance,
                   gap_reach=pack.gap_reach)


@cache
def _cue_matcher(lexicon: Lexicon, language: str) -> Matcher:
    pack = lexicon.language(language)
    entries = [Entry(form, kind) for kind in CUE_KINDS for form in getattr(pack, kind)]
    return Matcher(entries, clitics=pack.clitic_prefixes, suffix_tolerance=pack.suffix_tolerance,
                   gap_reach=pack.gap_reach)


def find_cues(language: str, lexicon: Lexicon, folded: Folded, text: str, sentences: Sequence[Span] = (),
              names: Sequence[Mention] = ()) -> Cues:
    """Triggers (a gapped one stays inside its sentence; none that starts inside a treaty's name,
    "Nuclear-Test-Ban Treaty" is no test) and the other cues of ``language``. A trigger that starts
    before a name may run into it: "rút khỏi hiệp ước" in "rút khỏi Hiệp ước INF", Hebrew "פרשה מההסכם"
    in "הסכם הגרעין"."""
    stops = _folded_offsets(folded, [s.end for s in sentences])
    treaty_names = [m for m in names if m.kind == "treaty"]
    triggers = tuple(h for h in _trigger_matcher(lexicon, language).find(folded, text, stops)
                     if not any(m.start <= h.start < m.end for m in treaty_names))
    grouped: dict[str, list[Hit]] = {}
    for hit in _cue_matcher(lexicon, language).find(folded, text):
        grouped.setdefault(str(hit.payload), []).append(hit)
    return Cues(triggers, {k: tuple(v) for k, v in grouped.items()})


def _folded_offsets(folded: Folded, offsets: Sequence[int]) -> list[int]:
    """Original offsets as offsets into the folded text (the first folded character at or after each)."""
    return [folded.offset(o) for o in offsets]


def trigger_of(hit: Hit) -> Trigger:
    assert isinstance(hit.payload, Trigger)
    return hit.payload


def within(hits: Sequence[Hit], start: int, end: int) -> list[Hit]:
    return [h for h in hits if start <= h.start and h.end <= end]
