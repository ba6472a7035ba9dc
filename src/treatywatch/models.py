"""The records that flow through treatywatch: frozen dataclasses, no behaviour beyond small helpers.

Offsets are the truth: every ``start``/``end`` pair points into ``Document.text`` (the normalised
article text, identical to ``Article.text``) so that ``doc.text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

PublishedHow = Literal["metadata", "dateline", "url", "inferred", "unknown"]
Modality = Literal["asserted", "scheduled", "possible", "negated"]
EventType = Literal[
    "sign", "ratify", "enter_into_force", "suspend", "resume", "withdraw", "deratify", "extend",
    "expire", "propose_talks", "reject_talks", "deploy", "produce", "test",
]
EVENT_TYPES: tuple[str, ...] = (
    "sign", "ratify", "enter_into_force", "suspend", "resume", "withdraw", "deratify", "extend",
    "expire", "propose_talks", "reject_talks", "deploy", "produce", "test",
)
MODALITIES: tuple[str, ...] = ("asserted", "scheduled", "possible", "negated")
FACTUAL: frozenset[str] = frozenset({"asserted", "scheduled"})


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """``text`` safe for a terminal: control characters (escape codes that could clear the screen or
    forge lines, bidi overrides) shown as ``\\xNN``/``\\uNNNN`` escapes."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Article:
    """One version of one article as read from a source, normalised, before understanding.

    ``text`` is the normalised text (NFC, control characters dropped, whitespace tidied) that every
    offset points into; ``original`` is the decoded text as it came, kept for evidence.
    ``published`` is an ISO date (YYYY-MM-DD) or None; ``published_how`` says how it was known.
    """

    id: str
    source: str
    text: str
    original: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    published_how: PublishedHow = "unknown"
    line: int | None = None


@dataclass(frozen=True)
class Rejected:
    """A bad input, quarantined with its reason; ``payload`` keeps what was read so nothing is lost."""

    source: str
    reason: str
    line: int | None = None
    article_id: str | None = None
    payload: bytes = b""
    skipped: bool = False  # not an article at all (a README in a folder): reported, not quarantined

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return escape_controls(f"{where}: {self.reason}")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """An article ready to be understood: text, language, sentences (character spans)."""

    article_id: str
    text: str
    language: str
    sentences: tuple[Span, ...]
    published: str | None = None
    published_how: PublishedHow = "unknown"
    title: str | None = None

    def sentence_at(self, offset: int) -> Span:
        """The sentence that contains ``offset``: the last one starting at or before it (so an offset
        between two sentences belongs to the one before), the first when before them all."""
        if not self.sentences:
            return Span(0, len(self.text))
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[max(i, 0)]

    @cached_property
    def _starts(self) -> list[int]:
        # once per document: a long text asks for thousands of sentences
        return [s.start for s in self.sentences]


@dataclass(frozen=True)
class Mention:
    """A named thing in the text: a treaty, a state (or its capital used as metonym), a person,
    a role noun that refers to a person, or an organisation. ``slug`` is the canonical id."""

    kind: Literal["treaty", "state", "person", "role", "org"]
    slug: str
    start: int
    end: int
    text: str


# How much of a date the text gives: "2019", "August 2019", "2 August 2019".
Precision = Literal["year", "month", "day"]


@dataclass(frozen=True)
class DateMention:
    """A temporal expression normalised to the precision the text supports (EDTF-like):
    ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``XXXX-MM``, ``XXXX-MM-DD``; ``value`` is None for a relative
    expression that could not be resolved (no publication date)."""

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision
    relative: bool = False


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: Literal["direct", "partial"]
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True)
class Event:
    event: str
    treaty: str | None
    actor: str | None
    date: str | None
    modality: str
    sentence: Span
    trigger: Span
    evidence: str
    anterior: bool = False  # the text marks it as earlier than what it reports ("before that", "trước đó")
    implied: bool = False   # dated as the article's own news (publication or dateline day), not by a date beside it

    @property
    def factual(self) -> bool:
        return self.modality in FACTUAL


@dataclass(frozen=True)
class Understanding:
    """What one document says: the output of the pure per-document step."""

    article_id: str
    language: str
    published: str | None
    published_how: PublishedHow
    entities: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
