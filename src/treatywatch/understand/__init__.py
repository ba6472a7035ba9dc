"""Understanding: pure per-document finders composed by ``understand()``."""

from __future__ import annotations

from dataclasses import replace

from ..lexicon.fold import Folded, fold_text
from ..lexicon.types import Lexicon
from ..models import Document, Mention, Understanding
from .cues import find_cues
from .dates import find_dates
from .entities import find_entities, resolve_people
from .events import find_events
from .names import People, find_people
from .published import infer_published
from .quote_spans import may_quote
from .quotes import find_quotes

__all__ = ["understand"]


def understand(doc: Document, lexicon: Lexicon) -> Understanding:
    """Document in, findings out: entities, dates, quotes, events. No I/O, no clock, no globals."""
    folded = fold_text(doc.text)
    dates = find_dates(doc, lexicon)
    published, how = infer_published(doc, dates)
    if published != doc.published:  # relative dates and lead events resolve against the inferred date
        doc = _with_published(doc, published, how)
        dates = find_dates(doc, lexicon)
    entities = find_entities(doc, lexicon, folded)
    cues = find_cues(doc.language, lexicon, _split_run_together(doc.text, folded, entities), doc.text,
                     doc.sentences, entities)
    # people nobody listed, named next to a role noun or a quote verb: read for quotations' speakers
    people = find_people(doc, lexicon, entities, cues) if may_quote(doc.text) else People()
    if people.mentions:
        entities = tuple(sorted(entities + people.mentions, key=lambda m: (m.start, m.end)))
    who = resolve_people(entities, lexicon, published, doc.text, people.roles, people.attached)
    quotes = find_quotes(doc, entities, who, cues.of("quote_verbs"), cues.of("pronouns"),
                         lexicon.naming.topic_markers, lexicon.language(doc.language).capitalised_nouns)
    events = find_events(doc, lexicon, entities, dates, cues, quotes, who)
    return Understanding(doc.article_id, doc.language, published, how, entities, dates, quotes, events)


def _split_run_together(text: str, folded: Folded, entities: tuple[Mention, ...]) -> Folded:
    """Where a name is glued to the next word ("Sullivancho biết"), read the cues as if the space
    were there."""
    breaks = frozenset(m.end for m in entities if m.end < len(text) and text[m.end].isalnum()
                       and text[m.end - 1].isalnum())
    return fold_text(text, breaks) if breaks else folded


def _with_published(doc: Document, published: str | None, how: str) -> Document:
    return replace(doc, published=published, published_how=how)  # type: ignore[arg-type]
