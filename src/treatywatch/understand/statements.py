"""From event mentions to what an article states: one line per event, as the evaluation counts them.

An article often names one happening several times ("the extension", "extended on Feb 3", "the
agreement to extend"): the mentions without a date, or with a coarser date that agrees ("2023" and
"2023-02-21"), are the same statement as the most precise one, when that one's year is known. Two
different days stay two events.
What a text explicitly denies ("but will not withdraw from it") is a statement too, of a negated
event (FORMAT.md): it is merged the same way, apart from what the text asserts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from ..dates import bounds
from ..dates import refines as _refines  # ``fine`` is ``coarse`` or a more precise date inside it
from ..models import FACTUAL, Event
from .datecalc import parse_iso


def statements(events: Iterable[Event]) -> list[Event]:
    groups: dict[tuple[str, str | None, str | None, bool], list[Event]] = {}
    for e in events:
        groups.setdefault((e.event, e.treaty, e.actor, e.modality in FACTUAL), []).append(e)
    out: list[Event] = []
    for group in groups.values():
        # The headline's news is dated by the publication day only when the text gives it no date of
        # its own: "Putin signs the law" over a body that says "on 2 November 2023" happened then.
        stated = [e for e in group if e.date and not e.implied and not e.anterior]
        if stated:
            group = [e for e in group if not e.implied or any(_refines(e.date or "", s.date or "") for s in stated)
                     or not any(_same_news(e.date or "", s.date or "") for s in stated)]
        dated = [e for e in group if e.date]
        undated = [e for e in group if not e.date]
        if undated and (not dated or any(e.anterior for e in undated)):
            # "Before that, Sullivan said ...": the text itself says it is another, earlier happening
            out.append(next((e for e in undated if e.anterior), undated[0]))
        if not dated:
            continue
        kept: list[Event] = []
        for e in sorted(dated, key=lambda e: -len(e.date or "")):
            if not any(_refines(k.date or "", e.date or "") for k in kept):
                kept.append(e)
        out.extend(sorted(kept, key=lambda e: e.sentence.start))
    return sorted(_drop_vaguer_talks(out), key=lambda e: (e.sentence.start, e.trigger.start))


# A body's day this close before the headline's publication day is the headline's news told again.
NEWS_DAYS = 7


# ... and one this long before it is the same act, long past, named in passing.
PAST_DAYS = 365


def _same_news(implied: str, stated: str) -> bool:
    """Whether a date the text states is the act a headline's mention dated by ``implied`` (its
    publication day) speaks of: a day in the week before it (the news told again), or a date a year or
    more before it (an act long past, named in passing: "the treaty signed in 1987"). Between the two,
    "last month the Duma voted" (2023-10, beside news of 2023-11-05) is an earlier step of its own."""
    day, span = parse_iso(implied), bounds(stated)
    if day is None or span is None:
        return True  # a year unknown on either side: the text's own date is the better word
    first, last = date.fromisoformat(span[0]), date.fromisoformat(span[1])
    return (span[0] == span[1] and timedelta(0) <= day - first <= timedelta(days=NEWS_DAYS)) or (
        day - last >= timedelta(days=PAST_DAYS))


def _drop_vaguer_talks(events: list[Event]) -> list[Event]:
    """"Putin wants to initiate dialog" (headline) and "... a dialog on a successor to New START" (body)
    are one proposal: the statement that names no treaty gives way to the one that does."""
    named = {(e.event, e.actor, e.modality in FACTUAL) for e in events if e.treaty}
    return [e for e in events if e.treaty or e.event not in ("propose_talks", "reject_talks")
            or (e.event, e.actor, e.modality in FACTUAL) not in named]
