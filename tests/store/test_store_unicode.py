"""Any text survives the database unchanged, on SQLite and PostgreSQL (property tests at the
storage edge, the way sqlite-utils tests its inserts)."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatywatch.models import Article, Document, Mention, Quote, Span, Understanding
from treatywatch.store import Store
from treatywatch.text.normalise import content_hash

# Scripts and marks the project meets: Arabic with its diacritics, Vietnamese stacked accents,
# Chinese, Persian ZWNJ, emoji with joiners and skin tones, right-to-left and embedding marks.
SAMPLES = ["وقال بوتين: \"المسألة ليست حتى في هذا\"", "ستارت الجديدة", "Thứ trưởng Ngoại giao Sergey Ryabkov",
           "đối thoại", "新削减战略武器条约", "می\u200cخواهد", "👩\u200d👩\u200d👧 🚀 👍🏽",
           "\u200f\u200e\u202b\u202c\u2067\u2069",
           "е\u0301", "ß ﬁ Ⅻ ㎞", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𓀀"]
# Everything but what no database stores as text (NUL, lone surrogates): see test_unstorable.
ANY_CHAR = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
TEXT = st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(ANY_CHAR, max_size=30)), min_size=1,
                max_size=8).map("".join)
RUN = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@RUN
@given(text=TEXT, title=st.none() | TEXT)
def test_any_text_round_trips(store: Store, text: str, title: str | None) -> None:
    article = Article(id=f"u-{content_hash(text + repr(title))}", source="🗞/خبر.jsonl", text=text,
                      original=text, content_hash=content_hash(text), title=title, url="https://例え.jp/新闻?q=ستارت")
    added = store.add_article(article, Document(article.id, text, "und", (Span(0, len(text)),)))
    back = store.article(article.id, added.version)
    assert back is not None
    assert (back.text, back.original, back.title, back.source, back.url) == (
        text, text, title, article.source, article.url)
    assert len(back.text) == len(text)  # offsets are in characters, on both databases


_ids = itertools.count()


@RUN
@given(text=TEXT)
def test_any_text_round_trips_through_an_understanding(store: Store, text: str) -> None:
    article = Article(id=f"q-{next(_ids)}", source="s", text=text, original=text, content_hash=content_hash(text))
    pk = store.add_article(article, None).pk
    u = Understanding(article.id, "und", None, "unknown",
                      entities=(Mention("person", "putin", 0, len(text), text),),
                      quotes=(Quote(0, len(text), text, "direct", speaker=None),))
    store.save_understanding(pk, u)
    assert store.understanding(pk) == u
    assert [r["text"] for r in store.latest_rows("quotes") if r["article_id"] == article.id] == [text]


def test_unstorable_characters_become_replacement_characters_one_for_one(store: Store) -> None:
    # NUL (PostgreSQL refuses it in text) and a lone surrogate (not UTF-8) can only come in raw fields.
    original = "Tin\x00 tức \ud83d 2024"
    article = Article(id="raw", source="s", text="Tin tức 2024", original=original,
                      content_hash=content_hash("Tin tức 2024"), title="A\x00B")
    store.add_article(article)
    back = store.article("raw")
    assert back is not None
    assert back.original == "Tin\ufffd tức \ufffd 2024" and len(back.original) == len(original)
    assert back.title == "A\ufffdB"
