"""Full-text search over the articles (every language) and the quotations, latest versions only.

Portable, the same on SQLite and PostgreSQL: SQL picks the candidates with LIKE (know/articles.matches:
the query as typed, in lower, upper and title case, and ``lower(column)`` for ASCII), then each
candidate is checked on the folded view the lexicon matches on (lexicon/fold.py: case, Arabic letter
variants, harakat, tatweel, ё) and the hit is mapped back to offsets in the original text. A text that
differs from the query only by what folding removes (a hamza, a diacritic) is not among the candidates:
the price of needing no search index in the schema.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from ..lexicon.fold import fold, fold_text
from ..store import Store
from ..store import schema as s
from ..store.latest import language, latest_pks, published, with_understanding
from .articles import matches
from .articles import newest_first as articles_newest_first
from .quotes import QuoteRow, quote_row, quotes_query
from .quotes import newest_first as quotes_newest_first

SNIPPET = 90  # characters of context on each side of a search hit


def clean_query(q: str) -> str:
    """The search text as the articles are stored: NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", q).split())


@dataclass(frozen=True)
class Hit:
    """Where the query was found: ``snippet`` with the hit at [start, end) of it."""

    snippet: str
    start: int
    end: int
    prefix: bool   # the snippet starts inside the text
    suffix: bool   # and ends before its end


_SPACES = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def find_hit(text: str, needle: str) -> Hit | None:
    """The first place ``needle`` (already folded) occurs in ``text`` on the folded view, or None."""
    # fold() turned the query's whitespace into single spaces: line breaks in the text count as spaces
    # (replaced one for one, so that offsets stay those of the text).
    view = fold_text(text.translate(_SPACES))
    i = view.text.find(needle)
    if i < 0:
        return None
    start, end = view.span(i, i + len(needle))
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    return Hit(text[lo:hi], start - lo, end - lo, lo > 0, hi < len(text))


def _verified(rows: Iterator[Any], needle: str, field: str, wanted: int) -> list[tuple[Any, Hit]]:
    out = []
    for row in rows:
        hit = find_hit(row[field] or "", needle)
        if hit is not None:
            out.append((row, hit))
            if len(out) >= wanted:
                break
    return out


def search_articles(store: Store, q: str, *, lang: str | None = None, limit: int = 20,
                    offset: int = 0) -> list[tuple[dict[str, Any], Hit]]:
    """Articles (latest versions) whose title or text holds ``q``, newest first; ``limit`` + 1 at most."""
    needle = fold(q)
    if not needle:
        return []
    a = s.articles
    query = (with_understanding(select(a.c.article_id, a.c.title, a.c.text, language().label("language"),
                                       published().label("published")))
             .where(a.c.pk.in_(latest_pks())).where(or_(matches(a.c.text, q), matches(a.c.title, q))))
    if lang is not None:
        query = query.where(language() == lang)
    query = articles_newest_first(query)
    found = []
    with store.engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=200).execute(query).mappings()
        for row, hit in _verified((dict(r) | {"both": f"{r['title'] or ''}\n{r['text']}"} for r in rows),
                                  needle, "both", offset + limit + 1):
            text_hit = find_hit(row["text"], needle) or hit
            found.append(({k: row[k] for k in ("article_id", "title", "language", "published")}, text_hit))
    return found[offset:]


def search_quotes(store: Store, q: str, *, lang: str | None = None, limit: int = 20,
                  offset: int = 0) -> list[QuoteRow]:
    """Quotations (latest versions) that hold ``q``, newest first; ``limit`` + 1 at most."""
    needle = fold(q)
    if not needle:
        return []
    query = quotes_query().where(matches(s.quotes.c.text, q))
    if lang is not None:
        query = query.where(language() == lang)
    with store.engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=200).execute(
            quotes_newest_first(query)).mappings()
        found = _verified(iter(rows), needle, "text", offset + limit + 1)
    return [quote_row(r) for r, _ in found[offset:]]
