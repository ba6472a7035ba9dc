"""Quotations as the record lists them: who said what, word for word, where and when (a plain record;
``know.queries.quotes`` reads them from the store)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteRow:
    article: str
    speaker: str | None
    text: str
    kind: str
    language: str | None
    published: str | None
    start: int
    end: int
    url: str | None = None
    title: str | None = None
