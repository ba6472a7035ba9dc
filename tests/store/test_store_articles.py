"""Articles in the store, on SQLite and PostgreSQL: re-adding is a no-op, changed text is a new
version beside the old one, the latest version is what listings see. Real seed texts throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.errors import StoreError
from treatywatch.models import Article, Document, Span, Understanding
from treatywatch.store import Store
from treatywatch.text.normalise import content_hash, normalise


def line_spans(text: str) -> tuple[Span, ...]:
    """One span per non-empty line: enough sentences for the store, without the real splitter."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return tuple(spans)


def seed(shared_dir: Path, stem_prefix: str, language: str | None = None) -> tuple[Article, Document]:
    path = next((shared_dir / "seeds" / "articles").glob(f"{stem_prefix}*.txt"))
    original = path.read_text(encoding="utf-8")
    text = normalise(original)
    article = Article(id=path.stem, source=str(path), text=text, original=original,
                      content_hash=content_hash(text), language=language)
    return article, Document(path.stem, text, language or "xx", line_spans(text))


def edited(article: Article, extra: str) -> Article:
    text = article.text + "\n" + extra
    return Article(id=article.id, source=article.source, text=text, original=text,
                   content_hash=content_hash(text))


def test_adding_the_same_article_twice_changes_nothing(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "000", "ar")
    first = store.add_article(article, doc)
    before = store.counts()
    second = store.add_article(article, doc)
    assert first.status == "new" and first.version == 1
    assert second.status == "unchanged" and second.pk == first.pk
    assert store.counts() == before
    assert before["articles"] == 1 and before["sentences"] == len(doc.sentences) > 1


def test_changed_text_is_a_new_version_and_the_old_one_stays(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "002")
    store.add_article(article, doc)
    changed = edited(article, "Correction: the talks were held in Geneva.")
    added = store.add_article(changed)
    assert (added.status, added.version) == ("version", 2)
    assert store.versions(article.id) == [1, 2]
    assert store.article(article.id).text == changed.text  # type: ignore[union-attr]
    assert store.article(article.id, 1).text == article.text  # type: ignore[union-attr]
    assert [(a.article_id, a.version) for a in store.latest_articles()] == [(article.id, 2)]
    # The first text again (the edit reverted) is what the source says last: a third version, latest.
    again = store.add_article(article, doc)
    assert (again.status, again.version) == ("version", 3)
    assert store.article(article.id).text == article.text  # type: ignore[union-attr]
    assert [(a.article_id, a.version) for a in store.latest_articles()] == [(article.id, 3)]
    assert store.find_version(article.id, changed.content_hash) is None  # no longer the latest
    # ...and the same again changes nothing.
    assert store.add_article(article, doc).status == "unchanged"
    assert store.counts()["articles"] == 3


def test_latest_articles_by_language_and_sorted_by_id(store: Store, shared_dir: Path) -> None:
    for prefix, lang in (("003", "vi"), ("000", "ar"), ("002", "en"), ("001", "en")):
        store.add_article(*seed(shared_dir, prefix, lang))
    ids = [a.article_id for a in store.latest_articles()]
    assert ids == sorted(ids) and len(ids) == 4
    assert [a.article_id[:3] for a in store.latest_articles("en")] == ["001", "002"]
    assert store.latest_articles("fr") == []
    assert [d.language for d in store.latest_documents()] == ["ar", "en", "en", "vi"]


def test_language_how_says_where_the_language_came_from(store: Store, shared_dir: Path) -> None:
    given, doc = seed(shared_dir, "000", "ar")
    found, doc3 = seed(shared_dir, "003")
    store.add_article(given, doc)
    store.add_article(found, Document(doc3.article_id, doc3.text, "vi", doc3.sentences))
    by_id = {a.article_id: a for a in store.latest_articles()}
    assert (by_id[given.id].language, by_id[given.id].language_how) == ("ar", "metadata")
    assert (by_id[found.id].language, by_id[found.id].language_how) == ("vi", "identified")
    # Rebuilt for re-understanding: the given language stays, the identified one is asked again.
    assert by_id[given.id].to_article().language == "ar"
    assert by_id[found.id].to_article().language is None
    assert by_id[found.id].to_article().content_hash == found.content_hash


def test_sentences_point_into_the_stored_text(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "003", "vi")
    pk = store.add_article(article, doc).pk
    spans = store.sentences(pk)
    assert spans == doc.sentences
    stored = store.article(article.id)
    assert stored is not None
    assert [stored.text[s.start:s.end] for s in spans] == [ln for ln in article.text.split("\n") if ln.strip()]
    store.replace_sentences(pk, spans[:2])
    assert store.sentences(pk) == spans[:2]


def test_find_version_knows_content_and_whether_it_was_understood(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "001", "en")
    assert store.find_version(article.id, article.content_hash) is None
    store.add_article(article, doc)
    row = store.find_version(article.id, article.content_hash)
    assert row is not None and row.version == 1 and not row.understood
    assert store.find_version(article.id, "0" * 32) is None


def test_a_failed_batch_writes_nothing(store: Store, shared_dir: Path) -> None:
    article, doc = seed(shared_dir, "000", "ar")
    with pytest.raises(RuntimeError), store.batch():
        store.add_article(article, doc)
        raise RuntimeError("stop half way")
    assert store.counts()["articles"] == 0
    with store.batch():
        store.add_article(article, doc)
        store.add_article(edited(article, "Update."))
    assert store.counts()["articles"] == 2


def test_unknown_article_is_none(store: Store) -> None:
    assert store.article("no-such-article") is None
    assert store.versions("no-such-article") == []


def test_a_database_error_is_a_store_error_naming_the_database(store: Store) -> None:
    # No article 999: the foreign key refuses (on SQLite too: the store turns foreign keys on).
    u = Understanding("nothing", "en", None, "unknown")
    with pytest.raises(StoreError, match="database"):
        store.save_understanding(999, u)
    assert store.counts()["understandings"] == 0


def test_many_articles_at_once_are_read_in_order(store: Store, shared_dir: Path) -> None:
    """``add_versions`` (what ingest writes each batch with): the same id twice in one call is a new
    version when its text changed and unchanged when it did not; listings see the last version, with
    the language and date its understanding gave."""
    article, doc = seed(shared_dir, "002", "en")
    other, other_doc = seed(shared_dir, "000", "ar")
    changed = edited(article, "Correction: the talks were held in Geneva.")
    understood = Understanding(article.id, "en", "2023-02-21", "text", (), (), (), ())
    added = store.add_versions([(article, doc, None), (other, other_doc, None), (article, doc, None),
                                (changed, doc, understood)])
    assert [(a.status, a.version) for a in added] == [("new", 1), ("new", 1), ("unchanged", 1), ("version", 2)]
    assert added[2].pk == added[0].pk and len({added[0].pk, added[1].pk, added[3].pk}) == 3
    assert store.versions(article.id) == [1, 2]
    assert store.understanding(added[3].pk) == understood and store.understanding(added[0].pk) is None
    listed = {d.article_id: d for d in store.latest_documents()}
    assert (listed[article.id].version, listed[article.id].published) == (2, "2023-02-21")
    assert listed[other.id].language == "ar" and listed[other.id].published is None
    again = store.add_versions([(changed, doc, understood), (other, other_doc, None)])
    assert [(a.status, a.pk) for a in again] == [("unchanged", added[3].pk), ("unchanged", added[1].pk)]
