"""The schema, one for SQLite and PostgreSQL (SQLAlchemy Core).

This is the *current* shape of the database, what queries are written against. The migrations in
``migrations/versions/`` are frozen snapshots of how to get there; a test checks that a database
migrated to head has exactly these tables, columns and indexes.

Every piece of text is ``Text`` (no lengths to overflow, Unicode on both databases). Character
offsets (``start``/``end``) point into ``articles.text`` of the same ``article_pk``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Double,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    false,
    true,
)

# Named constraints, so that later migrations can drop or alter them by name on both databases.
metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _article_fk() -> Column[int]:
    # Rows that describe an article version go with it (CASCADE), never outlive it.
    return Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False)


# One row per *version* of an article: a changed text is a new version, never an overwrite.
articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("url", Text),
    Column("title", Text),
    Column("language", Text, nullable=False),
    Column("language_how", Text, nullable=False),      # 'metadata' | 'identified'
    Column("published", Text),                         # ISO date or NULL: unknown stays unknown
    Column("published_how", Text, nullable=False),     # models.PublishedHow
    Column("text", Text, nullable=False),              # normalised: what every offset points into
    Column("original", Text, nullable=False),          # as decoded, kept for evidence
    Column("ingested_at", Text, nullable=False),       # ISO 8601 UTC
    UniqueConstraint("article_id", "version"),
    # Not unique: a reverted edit brings old content back as the latest version (migration 0005).
    Index(None, "article_id", "content_hash"),
    Index(None, "language"),
    Index(None, "published"),
)

# Bad inputs with their reason and the bytes that were read, so nothing is lost.
quarantine = Table(
    "quarantine", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("article_id", Text),
    Column("reason", Text, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("payload_hash", Text, nullable=False),
    Column("first_seen", Text, nullable=False),
    # ``line`` is NULL for a whole file, and NULLs are distinct in a unique constraint (SQLite has no
    # NULLS NOT DISTINCT): Store.quarantine also looks before it inserts, with IS NOT DISTINCT FROM.
    UniqueConstraint("source", "line", "payload_hash"),
    Index(None, "article_id"),
)

sentences = Table(
    "sentences", metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    PrimaryKeyConstraint("article_pk", "idx"),
)

# The understanding of one article version; replaced whole when the article is understood again.
understandings = Table(
    "understandings", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("language", Text, nullable=False),
    Column("published", Text),
    Column("published_how", Text, nullable=False),
    Column("understood_at", Text, nullable=False),
    Index(None, "published"),
)

mentions = Table(
    "mentions", metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("slug", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    PrimaryKeyConstraint("article_pk", "idx"),
    Index(None, "kind", "slug"),
)

dates = Table(
    "dates", metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Text),
    Column("precision", Text, nullable=False),
    Column("relative", Boolean, nullable=False),
    PrimaryKeyConstraint("article_pk", "idx"),
    Index(None, "value"),
)

quotes = Table(
    "quotes", metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    PrimaryKeyConstraint("article_pk", "idx"),
    Index(None, "speaker"),
)

events = Table(
    "events", metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("event", Text, nullable=False),
    Column("treaty", Text),
    Column("actor", Text),
    Column("date", Text),
    Column("modality", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("anterior", Boolean, nullable=False, server_default=false()),
    Column("implied", Boolean, nullable=False, server_default=false()),
    PrimaryKeyConstraint("article_pk", "idx"),
    Index(None, "event"),
    Index(None, "treaty"),
    Index(None, "actor"),
    Index(None, "date"),
)

# The tables that hold the understanding of an article version, in the order they are cleared.
UNDERSTANDING_TABLES = (mentions, dates, quotes, events, understandings)


# -- stories across languages (revision 0002; written by treatywatch.link, see link/store.py) -------
# Articles are named by ``article_id`` here, not by version: a story is about an article.

stories = Table(
    "stories", metadata,
    Column("story_id", Text, primary_key=True),       # "s" + hash of the article that started it
    Column("seq", Integer, nullable=False),           # creation order
    Column("title", Text),
    Column("title_article", Text),                    # the article the title was taken from
    Column("language", Text),                         # the title's language
    Column("first_date", Text),                       # publication dates of its articles, ISO
    Column("last_date", Text),
    Column("floor", Text),                            # latest asserted event its articles report
    Column("size", Integer, nullable=False),
    Column("norm2", Double, nullable=False),          # sum of squares of story_features.weight
    Column("created", Text, nullable=False),
    UniqueConstraint("seq"),
    Index(None, "last_date"),
)

# The summed fingerprint features of a story's articles: its centroid times its size.
story_features = Table(
    "story_features", metadata,
    Column("story_id", Text, ForeignKey("stories.story_id", ondelete="CASCADE"), nullable=False),
    Column("feature", Text, nullable=False),
    Column("weight", Double, nullable=False),
    PrimaryKeyConstraint("story_id", "feature"),
)

story_members = Table(
    "story_members", metadata,
    Column("article_id", Text, primary_key=True),
    Column("story_id", Text, ForeignKey("stories.story_id", ondelete="CASCADE"), nullable=False),
    Column("added", Integer, nullable=False),         # order in which articles were filed
    Column("score", Double, nullable=False),          # what it joined with (0 when it started the story)
    Column("fingerprint", Text, nullable=False),      # JSON: link.fingerprint.Fingerprint
    Column("sketch", LargeBinary),                    # MinHash values, None for a text too short
    UniqueConstraint("added"),
    Index(None, "story_id", "added"),
)

links = Table(
    "links", metadata,
    Column("article_a", Text, nullable=False),        # there first
    Column("article_b", Text, nullable=False),        # joined later
    Column("kind", Text, nullable=False),             # 'duplicate' | 'translation'
    Column("score", Double, nullable=False),
    PrimaryKeyConstraint("article_a", "article_b", "kind"),
    Index(None, "article_b"),
)

# Inverted lists of the linker: feature and band keys -> story or article ids, read newest first.
link_postings = Table(
    "link_postings", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),
    Column("ident", Text, nullable=False),
    # Also what the postings query reads (``key IN (...)``, newest first by pk): the only index
    # (revision 0011 dropped one on (key, pk) that SQLite never used for it).
    UniqueConstraint("key", "ident"),
)

# The shards a batch run has loaded (revision 0005; treatywatch.batch): its manifest, written in the
# transaction that loads the shard, so a killed run resumes and no shard is loaded twice.
batch_shards = Table(
    "batch_shards", metadata,
    Column("shard_id", Text, primary_key=True),       # hash of the input file (path, size, mtime) and part
    Column("source", Text, nullable=False),           # the file, for messages
    Column("articles", Integer, nullable=False),
    Column("quarantined", Integer, nullable=False),
    Column("finished_at", Text, nullable=False),      # ISO 8601 UTC
)

# The tables the linker writes, in the order they are cleared.
STORY_TABLES = (links, link_postings, story_members, story_features, stories)

# -- watching (revision 0006; written by treatywatch.watch) -------------------------------------

# The feeds, sitemaps and pages polled, with their health.
sources = Table(
    "sources", metadata,
    Column("name", Text, primary_key=True),
    Column("url", Text, nullable=False),
    Column("kind", Text, nullable=False),             # auto | feed | sitemap | page
    Column("every", Integer, nullable=False),         # seconds between two polls
    Column("added", Text, nullable=False),
    Column("next_poll", Text, nullable=False),        # ISO 8601 UTC: due when the clock passes it
    Column("last_poll", Text),
    Column("status", Text, nullable=False),           # new | ok | unchanged | error
    Column("last_error", Text),
    Column("items", Integer, nullable=False),         # articles it brought, in all
    Column("errors", Integer, nullable=False),        # polls or items that failed, in all
    UniqueConstraint("url"),
)

# Conditional-request state per address fetched: what to send as If-None-Match / If-Modified-Since.
fetches = Table(
    "fetches", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fetched_at", Text, nullable=False),
    Column("status", Integer, nullable=False),        # the last HTTP status (304 included)
)

# Every item a source listed, by canonical address: read once, never fetched or stored again.
watched = Table(
    "watched", metadata,
    Column("url", Text, primary_key=True),            # canonical (courlan), without fragment
    Column("source", Text, nullable=False),
    Column("article_id", Text),                       # the stored article; NULL when refused or a duplicate
    Column("content_hash", Text),
    Column("fetched_at", Text, nullable=False),
    Column("outcome", Text, nullable=False),          # stored | duplicate | refused | skipped
    Column("reason", Text),
    Index(None, "content_hash"),
    Index(None, "source"),
)

# Saved questions over the record.
alerts = Table(
    "alerts", metadata,
    Column("name", Text, primary_key=True),
    Column("events", Text),                           # comma-separated event types, NULL: any
    Column("treaty", Text),
    Column("actor", Text),
    Column("speaker", Text),
    Column("query", Text),
    Column("conflicts", Boolean, nullable=False),
    Column("target", Text, nullable=False),           # webhook:URL | mailto:ADDRESS | feed
    Column("secret", Text, nullable=False),           # HMAC-SHA256 key of webhook signatures
    Column("created", Text, nullable=False),
)

# One row per (alert, item) ever matched: what was sent, is waiting, or was there before the alert.
deliveries = Table(
    "deliveries", metadata,
    Column("alert", Text, ForeignKey("alerts.name", ondelete="CASCADE"), nullable=False),
    Column("item", Text, nullable=False),             # f:<fact id> | q:<quote hash> | c:<conflict id>
    Column("kind", Text, nullable=False),             # fact | quote | conflict
    Column("title", Text, nullable=False),
    Column("payload", Text, nullable=False),          # JSON, as the webhook receives it
    Column("found", Text, nullable=False),
    Column("status", Text, nullable=False),           # pending | sent | failed | baseline
    Column("attempts", Integer, nullable=False),
    Column("next_try", Text),
    Column("sent", Text),
    Column("error", Text),
    Column("seq", Integer, nullable=False),           # order found, for the Atom feed
    PrimaryKeyConstraint("alert", "item"),
    Index(None, "status"),
)

WATCH_TABLES = (deliveries, alerts, watched, fetches, sources)

# -- the record (revision 0003; written by treatywatch.know, see know/queries.py) ---------------------
# Facts are derived data, rebuilt from the events table (all of them, or the keys a batch of articles
# touched); they are tables because a timeline or a status over 100,000 articles must answer in
# milliseconds, and merging every event at query time cannot (bench/query.py).

facts = Table(
    "facts", metadata,
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
fact_claims = Table(
    "fact_claims", metadata,
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

fact_conflicts = Table(
    "fact_conflicts", metadata,
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
fact_meta = Table(
    "fact_meta", metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

KNOW_TABLES = (fact_conflicts, fact_claims, facts)   # in the order they are cleared

# -- corrections by analysts (revision 0010; written by treatywatch.know.correcting) -------------------
# The analysts' own records, never derived: a rebuild of the record reads them and lays them over the
# facts it merged (know/corrections.py). A correction names its fact by the fact's key (what fact_id
# hashes), which the same articles give on every rebuild.

corrections = Table(
    "corrections", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),   # the order they were made in
    Column("fact_id", Text, nullable=False),          # facts.fact_id of the key below
    Column("event", Text, nullable=False),
    Column("treaty", Text),
    Column("actor", Text),
    Column("date", Text),
    Column("factual", Boolean, nullable=False),
    Column("kind", Text, nullable=False),             # wrong | merge | date | actor | modality
    Column("value", Text),                            # the new date, actor or modality; merge: the other id
    Column("other", Text),                            # merge: its key, JSON [event, treaty, actor, date, factual]
    Column("result", Text),                           # the fact's id after it (NULL: marked wrong)
    Column("note", Text, nullable=False),
    Column("who", Text, nullable=False),
    Column("made", Text, nullable=False),             # ISO 8601 UTC
    Index(None, "fact_id"),
    Index(None, "result"),
)

# -- what listings read, kept on write (revision 0009; store/latest.py maintains it) ------------------
# One row per article id: its latest version, and that version's language and publication date as its
# understanding gives them (else as stored). ``day`` is the date or '' (undated sorts last, newest first).
article_list = Table(
    "article_list", metadata,
    Column("article_id", Text, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("language", Text, nullable=False),
    Column("published", Text),
    Column("day", Text, nullable=False),
    Index("ix_article_list_day", "day", "article_id"),
    Index("ix_article_list_language_day", "language", "day", "article_id"),
    Index(None, "article_pk", unique=True),
)

# How many write transactions the store has committed: what a reader's caches are keyed on.
store_writes = Table(
    "store_writes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("count", Integer, nullable=False),
)

# -- full-text search (revision 0008; written with each article version, see store/fulltext.py) -----
# The words of an article version's title and text as search reads them (text/terms.py: folded, cut
# into words, one space between). Each database indexes them in its own terms, made by the migration
# and not described here: SQLite an FTS5 table over this one (with the shadow tables FTS5 keeps beside
# it), PostgreSQL a generated tsvector column (search_fts_terms: to_tsvector('simple', folded)) with a GIN
# index.
search_texts = Table(
    "search_texts", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    Column("folded", Text, nullable=False),
)
SEARCH_INDEX = ("search_fts", "ix_search_texts_terms")   # search_fts_terms, the column, starts alike


def described(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: False for the search index's own objects (SEARCH_INDEX), which the
    migration makes in each database's dialect and no metadata describes."""
    return name is None or not name.startswith(SEARCH_INDEX)
