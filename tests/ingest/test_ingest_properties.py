"""Properties over any input: normalising twice changes nothing, and no bytes make a reader raise."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from treatywatch.ingest import read_bytes
from treatywatch.models import Article, Rejected
from treatywatch.text.normalise import content_hash, normalise


@given(st.text())
@example("e\u200b\u0301")
@example("e\x00\u0301")
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


NAMES = st.sampled_from(["a.txt", "a.html", "a.json", "a.jsonl", "a.dat", ""])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8"))), NAMES)
def test_any_bytes_give_articles_or_rejections(data: bytes, name: str) -> None:
    for result in read_bytes(data, "prop", name):
        assert isinstance(result, Article | Rejected)
        if isinstance(result, Article):
            assert result.text and result.text == normalise(result.original)
            assert result.content_hash == content_hash(result.text)
            assert result.published_how in ("metadata", "dateline", "url", "unknown")
        else:
            assert result.reason and "\n" not in result.reason
