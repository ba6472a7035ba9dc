"""Search finds what the user means: a name in any script finds every script's articles, Arabic and
Persian letter forms, harakat and Latin accents do not matter, words run on, phrases hold, and the
matches are narrowed and counted by language, outlet, month, treaty, actor and person. On SQLite (FTS5)
and PostgreSQL (text search), over articles of our own, ingested and understood as `ingest` does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from treatywatch.know.search import Narrow, search_articles, search_quotes
from treatywatch.pipeline import ingest_paths
from treatywatch.store import Store, migrate, open_store
from treatywatch.store import schema as s
from treatywatch.store.engine import create

ARTICLES: list[dict[str, str]] = [
    {"id": "s-en", "url": "https://www.reuters.com/world/s-en", "published": "2026-03-02", "language": "en",
     "title": "Moscow and the treaty",
     "text": "Vladimir Putin said on Tuesday that Russia would suspend its participation in the New START "
             "treaty until Washington changed course. \"We will not return to the treaty on those terms,\" "
             "Putin told reporters in the Kremlin."},
    {"id": "s-ru", "url": "https://tass.ru/politika/s-ru", "published": "2026-03-03", "language": "ru",
     "text": "Президент России Владимир Путин заявил во вторник, что Москва приостанавливает участие в ДСНВ. "
             "По словам Путина, решение принято после долгих консультаций."},
    {"id": "s-ar", "url": "https://www.aljazeera.net/news/s-ar", "published": "2026-03-03", "language": "ar",
     "text": "وأكد الرئيس الروسي فلاديمير بوتين أن روسيا لن تعود إلى الإتفاقية قبل نهاية العام، "
             "مشيرا إلى أن مُعَاهَدَة ستارت الجديدة لم تعد تخدم مصالح بلاده."},
    {"id": "s-fa", "url": "https://www.irna.ir/news/s-fa", "published": "2026-04-10", "language": "fa",
     "text": "ولادیمیر پوتین در کرملین گفت که روسیه دیگر به پیمان نیو استارت پایبند نیست."},
    {"id": "s-zh", "url": "https://www.xinhuanet.com/world/s-zh", "published": "2026-04-11", "language": "zh",
     "text": "普京周二表示，俄罗斯将暂停参与《新削减战略武器条约》，并称美国应当承担责任。"},
    {"id": "s-ko", "url": "https://www.yna.co.kr/view/s-ko", "published": "2026-04-12", "language": "ko",
     "text": "푸틴 대통령은 화요일 러시아가 조약 참여를 중단한다고 밝혔다."},
    {"id": "s-fr", "url": "https://www.lemonde.fr/international/s-fr", "published": "2025-11-20", "language": "fr",
     "text": "Le ministre français a évoqué à Genève la Conférence du désarmement et l'interdiction des essais."},
]
PUTIN = {"s-en", "s-ru", "s-ar", "s-fa", "s-zh", "s-ko"}
NEW_START = {"s-en", "s-ru", "s-ar", "s-fa", "s-zh"}


def _fill(url: str, folder: Path) -> None:
    records = folder / "articles.jsonl"
    records.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), "utf-8")
    with open_store(url) as store:
        ingest_paths([str(records)], store, on_rejected=lambda m: pytest.fail(m))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def searched(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("search")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 's.db'}"
    else:
        url = request.getfixturevalue("pg_database")
        import psycopg

        from treatywatch.store import database_url
        with psycopg.connect(database_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                             autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
    _fill(url, folder)
    with open_store(url) as store:
        yield store


def ids(store: Store, q: str, narrow: Narrow | None = None, **kw: Any) -> set[str]:
    return {r["article_id"] for r, _ in search_articles(store, q, narrow or Narrow(), **kw).hits}


def hits(store: Store, q: str) -> dict[str, str]:
    """Each found article's highlighted text."""
    return {r["article_id"]: h.snippet[h.start:h.end] for r, h in search_articles(store, q).hits}


@pytest.mark.parametrize("q", ["Putin", "Путин", "بوتين", "普京", "푸틴", "پوتين", "Путина"])
def test_a_person_named_in_any_script_finds_every_script(searched: Store, q: str) -> None:
    found = hits(searched, q)
    assert set(found) == PUTIN          # and not the French article, which does not name him
    assert found["s-zh"] == "普京" and found["s-ar"].endswith("بوتين") and found["s-ru"].endswith("Путин")


@pytest.mark.parametrize("q", ["New START", "new start", "ДСНВ", "نیو استارت"])
def test_a_treaty_named_in_any_script_finds_its_names_in_every_script(searched: Store, q: str) -> None:
    found = hits(searched, q)
    assert set(found) == NEW_START
    assert found["s-ru"] == "ДСНВ" and found["s-zh"] == "新削减战略武器条约" and "ستارت" in found["s-ar"]


@pytest.mark.parametrize(("q", "article", "shown"), [
    ("الاتفاقيه", "s-ar", "الإتفاقية"),      # hamza on the alef, ta marbuta as ha
    ("معاهدة", "s-ar", "مُعَاهَدَة"),          # harakat in the text, none in the query
    ("مُعاهَدة", "s-ar", "مُعَاهَدَة"),         # and some in the query
    ("پايبند", "s-fa", "پایبند"),            # Arabic ya typed for the Persian one
    ("نيست", "s-fa", "نیست"),
    ("geneve", "s-fr", "Genève"),            # Latin accents
    ("ÉVOQUÉ", "s-fr", "évoqué"),
    ("приостанавлива", "s-ru", "приостанавливает"),   # a word runs on
    ("暂停", "s-zh", "暂停"),                  # inside a run of Han without spaces
    ("참여", "s-ko", "참여"),                   # Hangul is read letter by letter: the particle 를 stays out
    ("عام", "s-ar", "العام"),                # an Arabic clitic before (the language data's clitic_prefixes)
])
def test_letter_forms_accents_and_word_ends_do_not_matter(searched: Store, q: str, article: str, shown: str) -> None:
    assert hits(searched, q) == {article: shown}


def test_words_are_all_required_and_quotes_keep_their_order(searched: Store) -> None:
    assert ids(searched, "Putin Kremlin") == PUTIN         # the Kremlin stands for Russia, which they all name
    assert ids(searched, "suspend participation") == {"s-en"}
    assert ids(searched, "suspend zzzz") == set()
    assert ids(searched, '"suspend its participation"') == {"s-en"}
    assert ids(searched, '"participation its suspend"') == set()
    assert hits(searched, "its participation")["s-en"] == "its participation"   # typed together: shown together


def test_query_syntax_is_only_text(searched: Store) -> None:
    for q in ['" OR *', "NEAR(a b)", "-Putin", "a:*|b", "'; DROP TABLE articles; --", "%", "*"]:
        search_articles(searched, q)   # never a syntax error of FTS5 or to_tsquery
    assert ids(searched, "Putin*") == PUTIN
    assert search_articles(searched, "  ").total == 0


def test_facets_count_and_narrow(searched: Store) -> None:
    found = search_articles(searched, "Putin")
    assert found.total == len(PUTIN)
    facets = {name: {v["value"]: v["count"] for v in values} for name, values in found.facets.items()}
    assert facets["language"] == {"en": 1, "ru": 1, "ar": 1, "fa": 1, "zh": 1, "ko": 1}
    assert facets["month"] == {"2026-03": 3, "2026-04": 3}
    assert facets["source"]["tass.ru"] == 1 and facets["source"]["reuters.com"] == 1
    assert facets["treaty"] == {"new-start": 5}
    assert facets["actor"]["russia"] == 6 and facets["actor"]["usa"] == 2
    assert facets["person"] == {"putin": 6}
    assert ids(searched, "Putin", Narrow(lang="ru")) == {"s-ru"}
    assert ids(searched, "Putin", Narrow(source="irna.ir")) == {"s-fa"}
    assert ids(searched, "Putin", Narrow(treaty="new-start")) == NEW_START
    assert ids(searched, "Putin", Narrow(actor="usa")) == {"s-en", "s-zh"}
    assert ids(searched, "Russia", Narrow(person="putin")) == PUTIN
    assert ids(searched, "Putin", Narrow(since=("2026-04-01", "2026-04-30"), until=("2026-04-01", "2026-04-30"))) == {
        "s-fa", "s-zh", "s-ko"}
    narrowed = search_articles(searched, "Putin", Narrow(lang="fa"))
    assert narrowed.total == 1 and [v["value"] for v in narrowed.facets["language"]] == ["fa"]


def test_pages_are_newest_first_and_add_up(searched: Store) -> None:
    first = search_articles(searched, "Putin", limit=2)
    assert len(first.hits) == 3 and first.total == 6              # limit + 1: there is more
    pages = [r["article_id"] for off in (0, 2, 4)
             for r, _ in search_articles(searched, "Putin", limit=2, offset=off).hits[:2]]
    assert len(pages) == 6 and set(pages) == PUTIN
    dated = [r["published"] for off in (0, 2, 4)
             for r, _ in search_articles(searched, "Putin", limit=2, offset=off).hits[:2]]
    assert dated == sorted(dated, reverse=True)


def test_quotations_hold_the_words_or_are_the_person_s(searched: Store) -> None:
    said = search_quotes(searched, "return")
    assert [q.article for q in said] == ["s-en"] and "return" in said[0].text
    assert [q.speaker for q in search_quotes(searched, "بوتين")] == ["putin"]   # what Putin said, by any name
    assert search_quotes(searched, "consultations") == []


def test_an_older_store_is_indexed_when_it_is_migrated(db_url: str) -> None:
    url = db_url
    engine = create(url)
    migrate.upgrade(engine, "0007")
    with engine.begin() as conn:
        conn.execute(insert(s.articles), [{
            "article_id": "old-1", "version": 1, "content_hash": "h1", "source": "x.txt", "title": "Старый текст",
            "language": "ru", "language_how": "metadata", "published": "2020-01-02", "published_how": "metadata",
            "text": "Москва приостанавливает участие в договоре.", "original": "-", "ingested_at": "2020-01-02"}])
    engine.dispose()
    with open_store(url) as store:
        assert ids(store, "договор") == {"old-1"} and ids(store, "старый") == {"old-1"}
        assert ids(store, "Москва") == {"old-1"}   # by its text: no understanding yet


def test_a_huge_text_of_distinct_words_is_stored_and_found(store: Store) -> None:
    from treatywatch.models import Article

    text = "start " + " ".join(f"w{i:06d}" for i in range(140_000))   # ~1 MB: past tsvector's limit unless cut
    store.add_article(Article(id="huge", source="huge.txt", text=text, original=text, content_hash="huge"))
    assert ids(store, "start") == {"huge"} and ids(store, "w000001") == {"huge"}
