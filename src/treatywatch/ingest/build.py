"""Assemble an ``Article`` from what a reader found, the same way for every format.

Every article obeys ``text == normalise(original)`` and ``content_hash == content_hash(text)``.
The publication date comes from the first source that states it in full: metadata (a record's
``published``, an HTML page's own date), then a dateline, then the address; else it is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatywatch.ingest.dateline import find_dateline, full_date
from treatywatch.ingest.urls import date_from_url
from treatywatch.models import Article, PublishedHow, Rejected
from treatywatch.text.normalise import content_hash, normalise

_ISO_639_1 = re.compile(r"[a-z]{2}")


@dataclass(frozen=True)
class Found:
    """What a reader learnt about one article besides its text; every field may be unknown."""

    article_id: str
    source: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None  # a date string from metadata, not yet checked
    line: int | None = None


def language_code(value: object) -> str | None:
    """ISO 639-1 code from a metadata language tag: "en-US" → "en", "ru_RU" → "ru"; else None."""
    if not isinstance(value, str):
        return None
    head = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return head if _ISO_639_1.fullmatch(head) else None


def published(meta: str | None, text: str, url: str | None) -> tuple[str | None, PublishedHow]:
    """The publication date and how it was known (metadata, dateline, url), or (None, unknown)."""
    stated = full_date(meta) if meta else None
    if stated is not None:
        return stated, "metadata"
    dated = find_dateline(text)
    if dated is not None:
        return dated, "dateline"
    addressed = date_from_url(url)
    if addressed is not None:
        return addressed, "url"
    return None, "unknown"


def make_article(original: str, found: Found) -> Article | Rejected:
    """The article for ``original`` (decoded text), or a rejection when no text is left."""
    text = normalise(original)
    if not text:
        return Rejected(found.source, "no text (empty or only whitespace and control characters)",
                        found.line, found.article_id, original.encode("utf-8"))
    date, how = published(found.published, text, found.url)
    return Article(
        id=found.article_id,
        source=found.source,
        text=text,
        original=original,
        content_hash=content_hash(text),
        title=_clean(found.title),
        url=_clean(found.url),
        language=found.language,
        published=date,
        published_how=how,
        line=found.line,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    tidy = " ".join(normalise(value).split())
    return tidy or None
