"""A language-independent fingerprint of one article: what it is about, as weighted features.

The features are the facts a translation keeps whatever its language: canonical entities
(``Mention.slug``), events as (event, treaty, actor) and their dates, dates (``DateMention.value``)
and the numbers written in the text. No model is needed; an optional signal (a multilingual
embedding, say) plugs in later through ``cluster.Signal``.

    treaty:new-start          entities, by kind (a treaty says more than a state: see _ENTITY)
    ev:extend|new-start|usa   an event that is the article's news; ``ev2:`` without its actor (one
                              language's extractor may miss it); ``bg:``, ``bg2:`` ... the same for background
    ev:?extend|..., ev:!withdraw|...                what may happen, what did not: other facts
    evd:extend|new-start|2021-02-03, evd:...|2021   the event at each precision of its date
    evmd:withdraw|open-skies|11-22                  ... and on its month and day, so "22 ноября"
                                                       with no year meets 2020-11-22
    d:2021-02-03, d:2021-02, y:2021, md:02-03       dates at each precision
    n:1550                    numbers, digits of any script ("١٥٥٠", "1,550", "1.550" -> 1550)

An event is the article's *news* when its date lies within a few days of the publication date,
or, when either is unknown, when the lead (the opening lines) states it; otherwise it is *background*
("signed in 2010"). News weighs more, and news meets only news: two articles that share their news tell
one story; two that share background (every New START article says it expires on 5 February 2026)
need not, and one whose news is the other's background is a follow-up.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import repeat
from operator import mul

from .. import dates
from ..models import FACTUAL, Event, Understanding
from .duplicates import exact_key

# Entity weights by kind: a treaty is what an arms-control story is about; states and
# organisations are in almost every article, people in fewer.
_ENTITY = {"treaty": 0.6, "person": 0.4, "state": 0.2, "org": 0.2, "role": 0.1}
NEWS, BACKGROUND = 3.0, 1.2           # event weight when it is the news / background
NEWS_DAYS = 3                         # an event dated this close to publication is the news
LEAD_CHARS = 300                      # the opening lines: headline and lead paragraph
# Dates at each precision; a full date is specific, a year is shared by everything that year.
_DAY, _MONTH, _YEAR, _MONTHDAY = 1.0, 0.5, 0.2, 0.5
_NUMBER_LONG, _NUMBER_SHORT, _NUMBER_YEAR = 0.8, 0.3, 0.2
_NOT_FACTUAL = {"negated": "!", "possible": "?"}

# Digits of any script (str patterns match Unicode \d); a group of exactly three digits after a
# comma, a dot, an Arabic thousands separator or a (narrow) no-break space continues the number:
# "1,550" (en), "1.550" (de), "1 550" (fr, ru), "١٬٥٥٠" (ar) are all 1550; "22.11.2020" is not.
_NUMBER = re.compile(r"\d+(?:[,.\u066c\u00a0\u202f\u2009]\d{3}(?!\d))*")


@dataclass(frozen=True)
class Record:
    """One article as the linker sees it: what ingest and understand made of it."""

    article_id: str
    text: str
    language: str | None = None
    published: str | None = None               # ISO day, or None when unknown
    title: str | None = None
    content_hash: str | None = None
    understanding: Understanding | None = None


@dataclass(frozen=True)
class Fingerprint:
    """The language-independent features of one article, and what places it in time.

    ``floor`` is the earliest day the article can have been written: the latest start of an
    asserted (already happened) background event it reports. ``when``, for an undated article, is
    the day its news is dated to: likely its own day. Both place an undated article in time.
    """

    article_id: str
    language: str | None
    published: str | None
    features: Mapping[str, float]
    floor: str | None = None
    title: str | None = None
    content_hash: str | None = None
    exact: str | None = None                    # duplicates.exact_key of the text
    when: str | None = None                    # duplicates.exact_key of the text
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @cached_property
    def norm2(self) -> float:
        # Kept (in the instance's __dict__, which a frozen dataclass allows): a filed member's norm is
        # asked again for every article that joins its story. Features are never changed once made.
        return sum(w * w for w in self.features.values())


parse_day = dates.day_of      # ``YYYY-MM-DD`` (or a longer ISO timestamp) as a date, else None


def _parts(value: str) -> tuple[str | None, str | None, str | None] | None:
    """A partial date (treatywatch.dates) as the texts of its parts: (year or None, month, day)."""
    p = dates.parse(value)
    if p is None:
        return None
    year = f"{p.year:04d}" if p.year is not None else None
    return year, f"{p.month:02d}" if p.month is not None else None, f"{p.day:02d}" if p.day is not None else None


def date_features(value: str) -> dict[str, float]:
    """A date at every precision it has: day, month, year, and month-day (which meets a date whose
    year the text left unknown)."""
    p = _parts(value)
    if p is None:
        return {}
    year, month, day = p
    out: dict[str, float] = {}
    if year and month and day:
        out[f"d:{year}-{month}-{day}"] = _DAY
    if year and month:
        out[f"d:{year}-{month}"] = _MONTH
    if year:
        out[f"y:{year}"] = _YEAR
    if month and day:
        out[f"md:{month}-{day}"] = _MONTHDAY
    return out


def numbers(text: str) -> set[int]:
    """Every number written in digits, whatever the script, thousands separators removed."""
    found: set[int] = set()
    for m in _NUMBER.finditer(text):
        digits = [unicodedata.digit(ch) for ch in m.group() if ch.isdigit()]
        if len(digits) <= 15:                       # a phone or id number says nothing
            found.add(int("".join(map(str, digits))))
    return found


def _number_weight(n: int) -> float:
    if 1900 <= n <= 2100:
        return _NUMBER_YEAR                         # a year: the dates say it better
    return _NUMBER_LONG if n >= 100 else _NUMBER_SHORT


def _is_news(e: Event, published: date | None) -> bool:
    when = _parts(e.date) if e.date else None
    if published is not None and when is not None and when[0] is not None:
        day = parse_day(e.date)
        if day is not None:
            return abs((day - published).days) <= NEWS_DAYS
        if when[1] is not None:                     # month precision: news in that month
            return (int(when[0]), int(when[1])) == (published.year, published.month)
        return False                                # a bare year is background
    if when is not None and when[0] is not None and when[1] is None:
        return False                                # ... also when the article's own date is unknown
    return e.sentence.start < LEAD_CHARS          # no date to tell by: the lead is the news


def _add(out: dict[str, float], key: str, weight: float) -> None:
    if weight > out.get(key, 0.0):
        out[key] = weight


def event_features(e: Event, news: bool) -> dict[str, float]:
    """An event's features. News and background are kept apart (``ev...`` and ``bg...``): an article
    whose news is another's background is a follow-up, not the same story."""
    base, tag = (NEWS, "ev") if news else (BACKGROUND, "bg")
    # What did not or may happen ("will not withdraw", "is ready to extend") is another fact than
    # what did: the scorer too tells factual (asserted, scheduled) from non-factual events.
    name = e.event if e.modality in FACTUAL else f"{_NOT_FACTUAL.get(e.modality, '?')}{e.event}"
    treaty = e.treaty or "-"
    out = {f"{tag}:{name}|{treaty}|{e.actor or '-'}": base, f"{tag}2:{name}|{treaty}": base * 0.5}
    p = _parts(e.date) if e.date else None
    if p is not None:
        year, month, day = p
        if year:
            out[f"{tag}d:{name}|{treaty}|{year}"] = base * 0.3
            if month:
                out[f"{tag}d:{name}|{treaty}|{year}-{month}"] = base * 0.3
            if month and day:
                out[f"{tag}d:{name}|{treaty}|{year}-{month}-{day}"] = base * 0.3
        if month and day:
            out[f"{tag}md:{name}|{treaty}|{month}-{day}"] = base * 0.3
    return out


def fingerprint(record: Record) -> Fingerprint:
    """The fingerprint of one article (pure: the record in, the features out)."""
    u = record.understanding
    published = record.published or (u.published if u else None)
    pub_day = parse_day(published)
    features: dict[str, float] = {}
    floor: date | None = None
    when: date | None = None
    if u is not None:
        for m in u.entities:
            _add(features, f"{m.kind}:{m.slug}", _ENTITY.get(m.kind, 0.1))
        for d in u.dates:
            if d.value:
                for k, w in date_features(d.value).items():
                    _add(features, k, w)
        for e in u.events:
            news = _is_news(e, pub_day)
            for k, w in event_features(e, news).items():
                _add(features, k, w)
            if e.date:
                for k, w in date_features(e.date).items():
                    _add(features, k, w)
                start = dates.first_day(e.date)
                # Background told as done is surely past ("signed in 2010"); the news of an undated
                # article is where a reader (or a finder) may take a date from the wrong clause.
                if e.modality == "asserted" and not news and start is not None and (floor is None or start > floor):
                    floor = start
                day = parse_day(e.date)
                if news and pub_day is None and day is not None and (when is None or day > when):
                    when = day
    for n in numbers(" ".join(filter(None, (record.title, record.text)))):
        _add(features, f"n:{n}", _number_weight(n))
    if pub_day is not None and floor is not None and floor > pub_day:
        floor = None                                # the text and its date disagree: trust neither
    language = record.language or (u.language if u else None)
    return Fingerprint(
        article_id=record.article_id,
        language=language,
        published=pub_day.isoformat() if pub_day else None,
        # Interned: a million fingerprints share a few thousand distinct feature names.
        features={sys.intern(k): w for k, w in sorted(features.items())},
        floor=floor.isoformat() if floor else None,
        when=when.isoformat() if when else None,
        title=headline(record),
        content_hash=record.content_hash,
        exact=exact_key(record.text, language),
    )


def headline(record: Record, limit: int = 140) -> str | None:
    """The article's title; else its first line, when it is short enough to be a headline and reads
    like one (not a bare dateline); else the first sentence that does."""
    if record.title and record.title.strip():
        return _clip(record.title.strip(), limit)
    first: str | None = None
    for line in record.text.splitlines():
        for sentence in [line] + _SENTENCE_END.split(line):
            sentence = sentence.strip()
            if sum(ch.isalpha() for ch in sentence) >= 12 and len(sentence.split()) >= 3:
                if len(sentence) <= limit:
                    return sentence
                first = first or sentence
        if first:
            break
    return _clip(first, limit) if first else None


_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+")


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def cosine(a: Mapping[str, float], b: Mapping[str, float], b_norm2: float | None = None, *,
           a_norm2: float | None = None) -> float:
    """Cosine of two sparse weight vectors; ``b_norm2`` (``a_norm2``) is the sum of the squares of
    ``b``'s (``a``'s) weights when the caller already has it (a story's centre, compared with each of
    its members; a fingerprint's ``norm2``)."""
    small, large = (b, a) if len(a) > len(b) else (a, b)
    # the sum of w * large[k] over small's items, in their order (the loop in C: map, not a comprehension)
    dot = sum(map(mul, small.values(), map(large.get, small, repeat(0.0))))
    if dot == 0.0:
        return 0.0
    na = a_norm2 if a_norm2 is not None else sum(w * w for w in a.values())
    nb = b_norm2 if b_norm2 is not None else sum(w * w for w in b.values())
    return float(dot / (na * nb) ** 0.5)
