"""How far a cue reaches in a language's text: the distances the event reader weighs (pure).

A negation governs a verb a few words on, a date belongs to the verb of its clause, a law signed is
named right after the verb: every such distance is counted in characters (sentences where said),
and a character carries more in Chinese than in English. The defaults below fit languages written
with spaces; a language's data file overrides any of them under ``reaches:``
(``data/languages/<code>.yaml``), and an unknown name there is an error of the data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from functools import cache

from .types import LanguagePack


@dataclass(frozen=True)
class Reaches:
    negation: int = 30          # characters between a negation (or a future marker) and its verb
    hedge: int = 90             # ... a hedge ("may", "could") and its verb
    condition: int = 60         # ... a condition ("if", "unless") and the verb it holds back
    own_date: int = 80          # ... a verb and the date it governs, in its clause
    same_actor: int = 25        # "his Soviet counterpart Gorbachev": two names of one state this close are one actor
    described: int = 30         # ... "a treaty that bans" and the act it describes
    anniversary: int = 25       # ... an act and "anniversary" (either side): "生效50周年", "anniversary of the signing"
    described_after: int = 3    # where verbs come last, "配備したと非難": the description right after the act
    until: int = 10             # ... "until" and the date it governs ("until the 5 February")
    before: int = 30            # ... "before", "vor dem", "قبل" and the expiry after them ("before New START expired")
    before_after: int = 12      # ... the expiry and "앞두고", "前", "önce" after it ("만료를 앞두고")
    instrument_next: int = 12   # "signed a law", "đã ký luật", "签署法令": the law right after the verb
    instrument: int = 70        # "Закон о выходе из договора президент Владимир Путин подписал"
    action_object: int = 24     # ... "signed" and the action it takes ("the five-year extension")
    topic: int = 25             # ... "negotiations on" and the event it names
    offer: int = 40             # ... "proposed", "offer", "提议" and the extension offered after it
    offer_after: int = 10       # ... the extension and "제안", "打診", "girişimi" right after it
    after: int = 15             # ... "after", "après", "po" and the act named right after them ("after its withdrawal")
    regarding: int = 30         # ... "commented on", "в связи с", "就" and the act that is their subject
    parenthesis: int = 45       # an aside between commas ("، كما أشار بوتين،")
    before_cost: int = 3        # a date on the unusual side of its verb counts this many times its distance
    clause_cost: int = 100      # a clause boundary between a date and a verb
    continuity: int = 2         # sentences back in which a treaty action may find the article's treaty
    weapon_context: int = 4     # sentences back in which a missile event may find its treaty
    since_last: int = 40        # "not tested since 1992, after testing in Nevada": the act counted from
    lead_sentences: int = 3     # headline, dateline and first sentences: the article's own news
    lead_chars: int = 300       # ... or whatever starts within the first characters
    lead_day_chars: int = 200   # where a dateline's day stands, when nothing else dates the article
    weekday_day_chars: int = 800  # ... and where a day told with its weekday ("on Monday, 29 May") may


NAMES: frozenset[str] = frozenset(f.name for f in fields(Reaches))


def reaches(overrides: Mapping[str, int] | None = None) -> Reaches:
    """The defaults with a language's ``overrides``; an unknown name is a ValueError (the loader
    reports it as an error of the data file)."""
    if not overrides:
        return Reaches()
    unknown = sorted(set(overrides) - NAMES)
    if unknown:
        raise ValueError(f"unknown reach {', '.join(unknown)} (known: {', '.join(sorted(NAMES))})")
    return replace(Reaches(), **dict(overrides))


@cache
def _of(items: tuple[tuple[str, int], ...]) -> Reaches:
    return reaches(dict(items))


def reaches_of(pack: LanguagePack | None) -> Reaches:
    """The reaches of ``pack``'s language (the defaults without one)."""
    return _of(tuple(sorted(pack.reaches.items()))) if pack is not None else Reaches()
