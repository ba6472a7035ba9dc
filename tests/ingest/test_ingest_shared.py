"""The seed articles and the development corpus, read as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import articles, rejected

from treatywatch.ingest import read_paths
from treatywatch.text.normalise import content_hash, normalise


def test_seeds_read_with_ids_dates_and_titles(shared_dir: Path) -> None:
    results = list(read_paths([str(shared_dir / "seeds" / "articles")]))
    assert rejected(results) == []
    got = articles(results)
    assert sorted(got) == ["000_59cb7621670ff070", "001_31264a8510a5a834", "002_901642ca2c8110a9",
                           "003_0613110c6f806e1b"]
    seed = got["002_901642ca2c8110a9"]
    assert (seed.published, seed.published_how) == ("2024-07-09", "dateline")
    assert seed.title == "Russia Rules Out Even Tentative Talks with US on Arms Control"
    for other in ("000_59cb7621670ff070", "001_31264a8510a5a834", "003_0613110c6f806e1b"):
        # 001's "January 27th" is in a sentence with no year; 003's "tháng 7" has no year.
        assert (got[other].published, got[other].published_how) == (None, "unknown")
        assert got[other].title is None  # they open straight into their first sentence
    for article in got.values():
        assert article.text == normalise(article.original)
        assert article.content_hash == content_hash(article.text)
        assert article.language is None  # identified later, not from a plain file
        assert article.source.endswith(article.id + ".txt")
        assert article.line is None


def test_seed_text_keeps_its_words(shared_dir: Path) -> None:
    seed = articles(list(read_paths([str(shared_dir / "seeds" / "articles" / "003_0613110c6f806e1b.txt")])))
    text = seed["003_0613110c6f806e1b"].text
    assert "Sergey Ryabkov" in text and "Hồi tháng 7" in text


@pytest.mark.parametrize(
    ("article_id", "published", "how"),
    [
        ("d01", "2021-02-03", "dateline"),  # "3 Feb 2021 17:56" on its first line
        ("d02", "2021-02-03", "metadata"),
        ("d03", "2021-02-03", "metadata"),
        ("d04", "2020-11-22", "url"),  # .../world/22nov2020/treaty_511.html
        ("d05", "2020-11-22", "url"),  # .../20201122-279122/
        ("d06", None, "unknown"),  # "22 ноября" in a sentence, no year, no date in the address
        ("d07", None, "unknown"),
        ("d08", "2025-09-22", "metadata"),
        ("d09", "2025-09-22", "metadata"),
        ("d10", None, "unknown"),
    ],
)
def test_corpus_publication_dates(shared_dir: Path, article_id: str, published: str | None, how: str) -> None:
    path = shared_dir / "corpus" / "articles" / f"{article_id}.json"
    got = articles(list(read_paths([str(path)])))
    article = got[article_id]
    assert (article.published, article.published_how) == (published, how)
    assert article.url is not None and article.url.startswith("https://")
    assert article.text == normalise(article.original)


def test_corpus_titles_where_the_text_has_a_headline(shared_dir: Path) -> None:
    got = articles(list(read_paths([str(shared_dir / "corpus" / "articles")])))
    assert len(got) == len(list((shared_dir / "corpus" / "articles").glob("*.json"))) >= 10
    # d02 opens with its site name "UrduPoint.com", then the headline.
    assert got["d02"].title == "Agreement On New START Extension Entered Into Force - Russian Foreign Ministry"
    assert got["d04"].title == "США завершили процедуру выхода из Договора по открытому небу"
    assert got["d07"].title == "Putin wants to initiate dialog with Washington"
    assert got["d03"].title is None  # "Today, Wednesday, ... starting today." is a sentence
