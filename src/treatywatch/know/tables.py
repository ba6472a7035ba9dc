"""The record's tables (migration 0003): facts, their claims, and the conflicts between them.

Facts are derived data: ``know.queries.refresh_facts`` rebuilds them from the events table (all of
them, or the keys a batch of articles touched). They are kept as tables because a timeline or a
status over 100,000 articles must answer in milliseconds, and merging every event at query time
cannot (bench/query.py).

Registered on the store's ``metadata``: one schema describes the whole database (store/schema.py
imports this module at its end, the way it holds the link step's tables of revision 0002).
"""

from __future__ import annotations

from sqlalchemy import true
from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, PrimaryKeyConstraint, Table, Text
from sqlalchemy.sql.schema import SchemaItem

from ..store.schema import metadata


def _table(name: str, *args: SchemaItem) -> Table:
    # Defined once per metadata, whichever module imports this one first.
    if name in metadata.tables:
        return metadata.tables[name]
    return Table(name, metadata, *args)


facts = _table(
    "facts",
    Column("id", Text, primary_key=True),              # content hash of the fact key (facts.fact_id)
    Column("event", Text, nullable=False),
    Column("treaty", Text),
    Column("actor", Text),
    Column("date", Text),
    Column("precision", Text),
    Column("section", Text, nullable=False),           # dated | undated-year | undated
    Column("sort_key", Text, nullable=False),          # chronological order of partial dates, as text
    Column("date_start", Text),                        # first and last day the date covers
    Column("date_end", Text),
    Column("factual", Boolean, nullable=False),
    Column("modality", Text, nullable=False),
    Column("sources", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("claims", Integer, nullable=False),
    Column("languages", Text, nullable=False),         # space-separated, sorted: " ar en " (padded for LIKE)
    Column("reference_check", Text, nullable=False, server_default="unknown"),  # know/belief.py
    Column("confident", Boolean, nullable=False, server_default=true()),
    Column("reasons", Text, nullable=False, server_default=""),   # one per line
    Index(None, "treaty", "sort_key"),
    Index(None, "actor", "sort_key"),
    Index(None, "sort_key"),
    Index(None, "event", "treaty", "actor"),
)

# Which event mention supports which fact; the text is read from events/articles by (article_pk, idx).
fact_claims = _table(
    "fact_claims",
    Column("fact_id", Text, ForeignKey("facts.id", ondelete="CASCADE"), nullable=False),
    Column("rank", Integer, nullable=False),           # order inside the fact (article id, then idx)
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),            # events.idx
    Column("article_id", Text, nullable=False),
    Column("language", Text),
    PrimaryKeyConstraint("fact_id", "rank"),
    Index(None, "article_pk", "idx"),
    Index(None, "article_id"),
)

fact_conflicts = _table(
    "fact_conflicts",
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),              # date | negation | reference
    Column("severity", Text, nullable=False),          # low | medium | high
    Column("summary", Text, nullable=False),
    Column("left_fact", Text, ForeignKey("facts.id", ondelete="CASCADE"), nullable=False),
    Column("right_fact", Text, ForeignKey("facts.id", ondelete="CASCADE")),
    Column("reference", Text),                         # reference row id (ref:...)
    Index(None, "left_fact"),
    Index(None, "right_fact"),
)

# What the record was built from (understandings count, last understood_at, events count), so that a
# reader can tell whether it is stale without rebuilding it.
fact_meta = _table(
    "fact_meta",
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

KNOW_TABLES = (fact_conflicts, fact_claims, facts)   # in the order they are cleared
