"""What the store hands back: frozen records, one per kind of row a caller reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import Article, PublishedHow

AddStatus = Literal["new", "unchanged", "version"]


@dataclass(frozen=True)
class Added:
    """What ``Store.add_article`` did: ``new`` (first version), ``unchanged`` (this content is already
    stored: nothing written) or ``version`` (same id, other content: a new version beside the old)."""

    status: AddStatus
    pk: int
    version: int


@dataclass(frozen=True)
class StoredArticle:
    """One stored version of an article. ``language``/``published`` are what the document step knew;
    ``language_how`` says whether the language came with the input or was identified."""

    pk: int
    article_id: str
    version: int
    content_hash: str
    source: str
    line: int | None
    url: str | None
    title: str | None
    language: str
    language_how: Literal["metadata", "identified"]
    published: str | None
    published_how: PublishedHow
    text: str
    original: str
    ingested_at: str

    def to_article(self) -> Article:
        """The article as its reader handed it over, to be understood anew: a language identified
        (rather than given) is dropped so improved identification gets its chance; a date the
        reader found (metadata, dateline, address) is kept, one inferred later is not."""
        kept_date = self.published_how != "inferred"
        return Article(
            id=self.article_id, source=self.source, text=self.text, original=self.original,
            content_hash=self.content_hash, title=self.title, url=self.url,
            language=self.language if self.language_how == "metadata" else None,
            published=self.published if kept_date else None,
            published_how=self.published_how if kept_date else "unknown",
            line=self.line,
        )


@dataclass(frozen=True)
class DocumentRow:
    """The latest version of an article as listed and exported: language and publication date from
    its understanding when there is one, else from the article."""

    article_id: str
    version: int
    pk: int
    language: str
    published: str | None
    published_how: PublishedHow
    title: str | None
    source: str
    understood: bool


@dataclass(frozen=True)
class Quarantined:
    source: str
    line: int | None
    article_id: str | None
    reason: str
    payload: bytes
    payload_hash: str
    first_seen: str

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"
