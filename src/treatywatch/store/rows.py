"""Records to rows and back: the only place that knows how an Understanding is laid out in tables.

``idx`` keeps each list's order (the finders' order, which is text order), so that what is read
back equals what was saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from ..models import DateMention, Event, Mention, PublishedHow, Quote, Span, Understanding

Row = dict[str, Any]

# Neither database stores NUL in text (PostgreSQL refuses it) nor a lone surrogate (not UTF-8).
# Normalised text never has them; raw fields (original, title) might. Each becomes U+FFFD, one
# character for one, so offsets into the text stay right.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: Any) -> Any:
    if isinstance(value, str) and _UNSTORABLE.search(value):
        return _UNSTORABLE.sub("\ufffd", value)
    return value


def clean(row: Mapping[str, Any]) -> Row:
    return {k: storable(v) for k, v in row.items()}


def understanding_rows(article_pk: int, u: Understanding) -> dict[str, list[Row]]:
    """The rows of each understanding table (by table name) for one article version."""
    return {name: [{"article_pk": article_pk, **r} for r in rows] for name, rows in table_rows(u).items()}


def table_rows(u: Understanding, text: str | None = None) -> dict[str, list[Row]]:
    """``understanding_rows`` without the article's key: what a bulk write (store/bulk.py) and a batch
    worker's Parquet row hold before the article has a key. Given the article's ``text``, whose slices
    (and the lexicon's slugs) are all the rows' strings, the rows are made as they are when the text
    holds nothing unstorable, instead of every value checked one by one."""
    if text is not None and not _UNSTORABLE.search(text):
        return _table_rows(u, _same)
    return _table_rows(u, clean)


def _same(row: Row) -> Row:
    return row


def _table_rows(u: Understanding, keep: Callable[[Row], Row]) -> dict[str, list[Row]]:
    return {
        "mentions": [keep({"idx": i, "kind": m.kind, "slug": m.slug, "start": m.start, "end": m.end,
                            "text": m.text})
                     for i, m in enumerate(u.entities)],
        "dates": [keep({"idx": i, "start": d.start, "end": d.end, "text": d.text, "value": d.value,
                         "precision": d.precision, "relative": d.relative})
                  for i, d in enumerate(u.dates)],
        "quotes": [keep({"idx": i, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                          "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end})
                   for i, q in enumerate(u.quotes)],
        "events": [keep({"idx": i, "event": e.event, "treaty": e.treaty, "actor": e.actor, "date": e.date,
                          "modality": e.modality, "sentence_start": e.sentence.start,
                          "sentence_end": e.sentence.end, "trigger_start": e.trigger.start,
                          "trigger_end": e.trigger.end, "evidence": e.evidence, "anterior": e.anterior,
                          "implied": e.implied})
                   for i, e in enumerate(u.events)],
    }


def understanding_from_rows(article_id: str, head: Mapping[str, Any],
                            tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> Understanding:
    """The inverse of ``understanding_rows``; ``head`` is the ``understandings`` row."""
    return Understanding(
        article_id=article_id,
        language=head["language"],
        published=head["published"],
        published_how=cast(PublishedHow, head["published_how"]),
        entities=tuple(Mention(r["kind"], r["slug"], r["start"], r["end"], r["text"])
                       for r in tables["mentions"]),
        dates=tuple(DateMention(r["start"], r["end"], r["text"], r["value"], r["precision"], bool(r["relative"]))
                    for r in tables["dates"]),
        quotes=tuple(Quote(r["start"], r["end"], r["text"], r["kind"], r["speaker"], r["speaker_start"],
                           r["speaker_end"]) for r in tables["quotes"]),
        events=tuple(event_from_row(r) for r in tables["events"]),
    )


def event_from_row(r: Mapping[str, Any]) -> Event:
    return Event(r["event"], r["treaty"], r["actor"], r["date"], r["modality"],
                 Span(r["sentence_start"], r["sentence_end"]), Span(r["trigger_start"], r["trigger_end"]),
                 r["evidence"], bool(r["anterior"]), bool(r.get("implied", False)))
