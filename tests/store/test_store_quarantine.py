"""Quarantine: a bad input is kept once, with its reason and bytes, however often it is read."""

from __future__ import annotations

from pathlib import Path

from treatywatch.models import Rejected
from treatywatch.store import Store


def test_the_same_bad_line_is_quarantined_once(store: Store, shared_dir: Path) -> None:
    # A real article's bytes cut in the middle of a UTF-8 sequence: what a broken feed hands over.
    raw = next((shared_dir / "seeds" / "articles").glob("000*.txt")).read_bytes()[:301]
    bad = Rejected("feed.jsonl", "not UTF-8 at byte 300", line=7, article_id="a7", payload=raw)
    assert store.quarantine(bad) is True
    assert store.quarantine(bad) is False
    [kept] = store.quarantined()
    assert (kept.source, kept.line, kept.article_id, kept.reason, kept.payload) == (
        "feed.jsonl", 7, "a7", "not UTF-8 at byte 300", raw)
    assert kept.message() == "feed.jsonl:7: not UTF-8 at byte 300"


def test_a_whole_bad_file_without_line_is_quarantined_once(store: Store) -> None:
    # line is NULL here, and NULLs never collide in a unique constraint: the store must look first.
    bad = Rejected("scan.pdf", "binary content, not text", payload=b"%PDF-1.7\x00\x01")
    assert store.quarantine(bad) is True
    assert store.quarantine(bad) is False
    assert store.counts()["quarantine"] == 1


def test_other_content_or_place_is_another_entry(store: Store) -> None:
    store.quarantine(Rejected("feed.jsonl", "malformed JSON", line=1, payload=b"{"))
    store.quarantine(Rejected("feed.jsonl", "malformed JSON", line=2, payload=b"{"))
    store.quarantine(Rejected("feed.jsonl", "malformed JSON", line=1, payload=b"{]"))
    store.quarantine(Rejected("other.jsonl", "malformed JSON", line=1, payload=b"{"))
    rows = store.quarantined()
    assert len(rows) == 4
    assert [(r.source, r.line) for r in rows] == sorted((r.source, r.line) for r in rows)


def test_empty_payload_and_unicode_reason(store: Store) -> None:
    assert store.quarantine(Rejected("خبر.txt", "لا يوجد نص: empty file", payload=b""))
    [kept] = store.quarantined()
    assert (kept.source, kept.reason, kept.payload) == ("خبر.txt", "لا يوجد نص: empty file", b"")
