"""The articles' full-text index: one ``search_texts`` row per article version, written in the
transaction that stores the version (``index_row``), and the SQL that finds phrases in it
(``matching``): SQLite's FTS5 (tokenizer unicode61, diacritics removed, marks kept inside words) and
PostgreSQL's text search (a generated tsvector column, 'simple' configuration, with a GIN index).
Migration 0008 makes both and fills them for the articles stored before.

A phrase is words in a row (text/terms.py cuts text into words); the last may run on ("Путин" finds
"Путина") when ``prefix`` says so. Words are quoted for each query language, never spliced as syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ColumnClause, Integer, MetaData, Select, Table, Text, func, literal_column, select

from ..text.terms import search_form

FTS_TABLE = "search_fts"
PG_INDEX = "ix_search_texts_terms"
PG_TERMS = "search_fts_terms"   # PostgreSQL only: the words as a tsvector (a generated column)
# L* N* Co as unicode61 has them, and marks (M*): Devanagari vowel signs and Thai vowels are letters
# of their words, not separators.
TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
_CONFIG: ColumnClause[Any] = literal_column("'simple'::regconfig")   # a constant, so that PostgreSQL uses PG_INDEX

_fts = Table(FTS_TABLE, MetaData(), Column("rowid", Integer), Column("folded", Text))
_pg = Table("search_texts", MetaData(), Column("article_pk", Integer), Column(PG_TERMS, Text))


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    prefix: bool = False   # the last word may be the start of a longer one


def index_row(article_pk: int, title: str | None, text: str) -> dict[str, Any]:
    """The ``search_texts`` row of one article version."""
    return {"article_pk": article_pk, "folded": search_form(title, text)}


def fts5_query(phrases: Sequence[Phrase]) -> str:
    """FTS5's MATCH text for "any of ``phrases``": each phrase a quoted string, ``*`` for a prefix."""
    return " OR ".join('"' + " ".join(w.replace('"', '""') for w in p.words) + '"' + ("*" if p.prefix else "")
                       for p in phrases)


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(phrases: Sequence[Phrase]) -> str:
    """to_tsquery's text for "any of ``phrases``": words joined by <-> (followed by), ``:*`` a prefix."""
    return " | ".join("(" + " <-> ".join(_lexeme(w) for w in p.words) + (":*" if p.prefix else "") + ")"
                      for p in phrases)


def matching(dialect: str, phrases: Sequence[Phrase]) -> Select[Any]:
    """``SELECT article_pk`` of the article versions that hold any of ``phrases`` (at least one)."""
    if not phrases or any(not p.words for p in phrases):
        raise ValueError("matching needs phrases of at least one word")
    if dialect == "sqlite":
        return select(_fts.c.rowid.label("article_pk")).where(_fts.c.folded.op("MATCH")(fts5_query(phrases)))
    # Materialised: found first (through the GIN index, or a scan of the stored tsvectors when the planner
    # expects many), whatever the planner guesses of the rest of the query.
    found = (select(_pg.c.article_pk)
             .where(_pg.c[PG_TERMS].op("@@")(func.to_tsquery(_CONFIG, tsquery(phrases))))
             .cte().prefix_with("MATERIALIZED"))
    return select(found.c.article_pk)
