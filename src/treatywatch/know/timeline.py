"""Timelines: facts by treaty, actor, story, language and date range, in chronological order (pure).

Partial dates are placed sensibly: a coarse date before the finer ones inside it (2019 before
2019-08-02); facts whose year is unknown (XXXX-07) and undated facts are listed apart, as
``undated_year`` and ``undated``. A date range keeps the facts whose days meet it, and leaves out the
ones that cannot be placed in time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from .. import dates
from .facts import Fact, fact_order


@dataclass(frozen=True)
class Timeline:
    dated: tuple[Fact, ...]
    undated_year: tuple[Fact, ...]
    undated: tuple[Fact, ...]
    total: int | None = None   # the facts the query matched before a limit cut it (None: not cut)

    def __iter__(self) -> Iterator[Fact]:
        yield from self.dated
        yield from self.undated_year
        yield from self.undated

    def __len__(self) -> int:
        return len(self.dated) + len(self.undated_year) + len(self.undated)


@dataclass(frozen=True)
class TimelineQuery:
    treaty: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    articles: Collection[str] | None = None   # a story's articles
    factual: bool | None = True                # what happened or is due; None: also possible and negated

    def keeps(self, f: Fact) -> bool:
        if self.treaty is not None and f.treaty != self.treaty:
            return False
        if self.actor is not None and f.actor != self.actor:
            return False
        if self.factual is not None and f.factual != self.factual:
            return False
        if self.language is not None and self.language not in f.languages:
            return False
        if self.articles is not None and not any(c.article in self.articles for c in f.claims):
            return False
        return dates.overlaps(f.date, self.since, self.until)


def timeline(facts: Iterable[Fact], query: TimelineQuery | None = None) -> Timeline:
    q = query or TimelineQuery()
    kept = sorted((f for f in facts if q.keeps(f)), key=fact_order)
    return Timeline(
        dated=tuple(f for f in kept if f.section == "dated"),
        undated_year=tuple(f for f in kept if f.section == "undated-year"),
        undated=tuple(f for f in kept if f.section == "undated"),
    )
