"""What was found in an article, as marks over its text: shared by `show` (terminal colours) and
anything else that highlights findings in place. Pure: understanding in, marks out."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from .models import Span, Understanding

# Terminal styles per kind of mark; an event's trigger is the strongest, a quotation the faintest.
STYLES = {
    "event": "bold reverse red",
    "treaty": "bold cyan",
    "state": "green",
    "person": "bold magenta",
    "role": "magenta",
    "org": "green",
    "date": "yellow",
    "quote": "italic",
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str    # event, treaty, state, person, role, org, date, quote
    label: str   # what it stands for: "suspend <treaty> <actor> 2023-02-21", "putin", "2023-02-21"


def marks(u: Understanding) -> list[Mark]:
    """Every finding as a mark over the article text, in text order (quotes first where they
    share a start, so that what is inside them is drawn on top)."""
    found = [Mark(q.start, q.end, "quote", q.speaker or "unattributed") for q in u.quotes]
    found += [Mark(m.start, m.end, m.kind, m.slug) for m in u.entities]
    found += [Mark(d.start, d.end, "date", d.value or "unresolved") for d in u.dates]
    found += [Mark(e.trigger.start, e.trigger.end, "event",
                   " ".join(str(x) for x in (e.event, e.treaty, e.actor, e.date or "undated", e.modality)))
              for e in u.events]
    order = list(STYLES)
    return sorted(found, key=lambda m: (m.start, order.index(m.kind) if m.kind == "quote" else 1, -m.end))


def marked_sentence(text: str, span: Span, u: Understanding | None) -> Text:
    """One sentence with its findings styled in place. The article's text never becomes markup:
    it is put in a rich Text as plain characters and styled by offsets."""
    out = Text(text[span.start:span.end])
    for m in marks(u) if u else []:
        start, end = max(m.start, span.start), min(m.end, span.end)
        if start < end:
            out.stylize(STYLES.get(m.kind, ""), start - span.start, end - span.start)
    return out
