"""A state that went first: "After Russia, on 29 January, the United States also ratified the
extension", "Вслед за Россией США тоже ...", "Rusya'nın ardından ABD de ...".

A clause that opens with a ``following`` word and a state (after, following, like; după, вслед за; a
postposition after the state in verb-final languages: ardından, に続き, 에 이어) and whose own subject
acts ``also`` (also, too, in turn; și, тоже, de) states that the first state did the same act before.
A date set off right after that opening phrase ("after Russia, on 29 January,") is the first state's
day, not the subject's. Nothing else is lent: without such a date the first state's act is undated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..lexicon.matcher import Hit
from ..models import DateMention, Span

# what may stand between a state and its postposition: a case ending, an apostrophe ("Rusya'nın ardından")
_SUFFIX = re.compile(r"[\w'’]{0,5}\s*")
# between a preposition and its state: an article at most ("after the US", "après la Russie", "l'")
_ARTICLE = re.compile(r"\s*(?:\w{1,3}(?:\s+|['’]))?")
# between the opening phrase and its date: a short preposition at most ("on", "pe", "в")
_TO_DATE = re.compile(r"[\s,、，،(（]*(?:\w{1,3}\s+)?")


class _Placed(Protocol):
    @property
    def state(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Precedent:
    state: str
    at: Span                     # the state's own words
    phrase: Span                 # the opening phrase: the following word and the state
    date: DateMention | None     # the day set off right after it, the first state's


_COMMAS = ",;:、，；،؛"


def _opens_clause(text: str, sentence: Span, at: int) -> bool:
    """Nothing but punctuation between the sentence's start (or its last comma) and ``at``."""
    before = text[sentence.start:at]
    cut = max(before.rfind(c) for c in _COMMAS)
    return not any(ch.isalnum() for ch in before[cut + 1:])


def _phrase(text: str, st: _Placed, following: Sequence[Hit]) -> Span | None:
    """The opening phrase a ``following`` word makes with the state: before it ("after Russia"), after
    it ("Rusya'nın ardından", "러시아에 이어") or around it ("继俄罗斯之后")."""
    for c in following:
        if c.end <= st.start and _ARTICLE.fullmatch(text[c.end:st.start]):
            return Span(c.start, st.end)
        if c.start >= st.end and _SUFFIX.fullmatch(text[st.end:c.start]):
            return Span(st.start, c.end)
        if c.start < st.start and st.end < c.end:
            return Span(c.start, c.end)
    return None


def precedents(text: str, sentence: Span, states: Sequence[_Placed], dates: Sequence[DateMention],
               following: Sequence[Hit]) -> list[Precedent]:
    """The opening phrases of the sentence's clauses that name a state gone first, each with its day."""
    out: list[Precedent] = []
    for st in states if following else ():
        phrase = _phrase(text, st, following)
        if phrase is None or not _opens_clause(text, sentence, phrase.start):
            continue
        if text[phrase.end:sentence.end].lstrip()[:1] not in tuple(_COMMAS):
            continue  # "after Russia's refusal": the state is no opening phrase of its own
        day = None
        for d in dates:
            gap = text[phrase.end:d.start] if d.start >= phrase.end else None
            if (gap is not None and _TO_DATE.fullmatch(gap)
                    and text[d.end:sentence.end].lstrip(" )）")[:1] in tuple(_COMMAS)):
                day = d
                break
        out.append(Precedent(st.state, Span(st.start, st.end), phrase, day))
    return out


def went_first(precedent: Precedent, hit: Hit, actors: Sequence[str | None], acting: Sequence[_Placed],
               additive: Sequence[Hit], clause_end: int) -> bool:
    """Whether the act of ``hit`` by ``actors`` was done by the precedent's state before: the subject
    stands after the opening phrase, and the clause says it acts "also" ("și Statele Unite", "the US
    also", "ABD de")."""
    if not actors or None in actors or precedent.state in actors or hit.start < precedent.phrase.end:
        return False
    # the subject after the opening phrase, before its verb or after it ("صادقت الولايات المتحدة أيضا")
    if not any(st.state in actors and precedent.phrase.end <= st.start and st.end <= clause_end for st in acting):
        return False
    return any(precedent.phrase.end <= a.start and a.end <= clause_end for a in additive)
