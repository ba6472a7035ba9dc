"""The understanding of an article version: saved whole, read back equal, replaced idempotently."""

from __future__ import annotations

import re
from pathlib import Path

from test_store_articles import edited, seed

from treatywatch.models import DateMention, Event, Mention, Quote, Span, Understanding
from treatywatch.store import Store


def found_in(text: str, article_id: str) -> Understanding:
    """An understanding built from the text itself (not a finder): every span points into it."""
    quote = re.search(r'"([^"]+)"', text)
    assert quote is not None
    year = re.search(r"\b(19|20)\d\d\b", text)
    assert year is not None
    sentence = Span(0, text.index("\n"))
    word = re.search(r"START", text)
    assert word is not None
    return Understanding(
        article_id=article_id, language="en", published="2024-07-09", published_how="dateline",
        entities=(Mention("treaty", "new-start", word.start(), word.end(), word.group()),),
        dates=(DateMention(year.start(), year.end(), year.group(), year.group(), "year"),),
        quotes=(Quote(quote.start(1), quote.end(1), quote.group(1), "direct", "ryabkov"),),
        events=(Event("suspend", "new-start", "russia", year.group(), "asserted", sentence,
                      Span(word.start(), word.end()), text[sentence.start:sentence.end]),),
    )


def test_understanding_round_trips(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "002", "en")
    pk = store.add_article(article, doc).pk
    assert store.understanding(pk) is None
    u = found_in(article.text, article.id)
    store.save_understanding(pk, u)
    back = store.understanding(pk)
    assert back == u
    assert back is not None and all(article.text[m.start:m.end] == m.text for m in back.entities)
    row = store.find_version(article.id, article.content_hash)
    assert row is not None and row.understood and row.published == "2024-07-09"


def test_saving_again_replaces_rather_than_adds(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "002", "en")
    pk = store.add_article(article, doc).pk
    u = found_in(article.text, article.id)
    store.save_understanding(pk, u)
    once = store.counts()
    store.save_understanding(pk, u)
    assert store.counts() == once
    fewer = Understanding(u.article_id, u.language, None, "unknown", entities=u.entities)
    store.save_understanding(pk, fewer)
    assert store.understanding(pk) == fewer
    counts = store.counts()
    assert (counts["events"], counts["quotes"], counts["dates"], counts["mentions"]) == (0, 0, 0, 1)


def test_listings_read_the_latest_version_only(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "002", "en")
    old = store.add_article(article, doc).pk
    store.save_understanding(old, found_in(article.text, article.id))
    assert [r["event"] for r in store.latest_rows("events")] == ["suspend"]
    newer = store.add_article(edited(article, "An editor's note.")).pk
    assert store.latest_rows("events") == []
    assert store.latest_rows("quotes") == []
    doc_row = store.latest_documents()[0]
    assert (doc_row.version, doc_row.understood) == (2, False)
    store.save_understanding(newer, found_in(article.text, article.id))
    rows = store.latest_rows("quotes")
    assert [(r["article_id"], r["speaker"]) for r in rows] == [(article.id, "ryabkov")]
    # the old version keeps its own understanding
    assert store.understanding(old) is not None


def test_date_from_the_understanding_wins_over_the_article(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "001", "en")
    pk = store.add_article(article, doc).pk
    assert store.latest_documents()[0].published is None
    store.save_understanding(pk, Understanding(article.id, "en", "2021-01-27", "inferred"))
    row = store.latest_documents()[0]
    assert (row.published, row.published_how) == ("2021-01-27", "inferred")
