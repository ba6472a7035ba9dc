"""How fast search answers: median and 95th-percentile time of ``search_articles`` (the page, the total
and the facets) over a store of N generated articles (default 20,000) in six languages, on SQLite and,
when TREATYWATCH_TEST_PG_URL is set, on PostgreSQL.

    .venv/bin/python bench/search.py [--articles 20000] [--runs 30] [--sqlite-only]

Each article is a few sentences of our own in its language, some naming Putin or New START (with the
understanding's mentions inserted beside them), the rest filler words; rows and their search_texts are
inserted in bulk (index_row, as ingest writes them). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from query import fresh_pg, timed
from sqlalchemy import insert

from treatywatch.know.search import Narrow, search_articles
from treatywatch.store import Store, open_store
from treatywatch.store import schema as s
from treatywatch.store.fulltext import index_row

# language -> (a sentence naming Putin, one naming New START, filler words)
SENTENCES = {
    "en": ("Vladimir Putin spoke to officials about missile limits.", "The New START limits were discussed again.",
           "talks budget minister weather harbour council market"),
    "ru": ("Владимир Путин говорил с чиновниками о ракетах.", "Лимиты ДСНВ снова обсуждались.",
           "переговоры бюджет министр погода порт совет рынок"),
    "ar": ("تحدث فلاديمير بوتين مع المسؤولين عن الصواريخ.", "نوقشت حدود معاهدة ستارت الجديدة مجددا.",
           "محادثات ميزانية وزير طقس ميناء مجلس سوق"),
    "fa": ("ولادیمیر پوتین با مقامات درباره موشک‌ها گفتگو کرد.", "محدودیت‌های پیمان نیو استارت دوباره بررسی شد.",
           "مذاکره بودجه وزیر هوا بندر شورا بازار"),
    "zh": ("普京与官员谈到导弹问题。", "新削减战略武器条约的限额再次被讨论。", "会谈 预算 部长 天气 港口 议会 市场"),
    "fr": ("Vladimir Poutine a parlé des missiles avec des responsables.",
           "Les plafonds de New START ont été discutés.",
           "négociations budget ministre météo port conseil marché"),
}
LANGUAGES = list(SENTENCES)
QUERIES = ["Putin", "New START", "минист", "زيارة", "budget ministre"]


def fill(store: Store, n: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    now = "2026-11-01T00:00:00+00:00"
    with store.engine.begin() as conn:
        for start in range(0, n, 2000):
            articles: list[dict[str, Any]] = []
            texts: list[dict[str, Any]] = []
            mentions: list[dict[str, Any]] = []
            for i in range(start, min(n, start + 2000)):
                lang = LANGUAGES[i % len(LANGUAGES)]
                putin, treaty, filler = SENTENCES[lang]
                words = filler.split()
                parts = [" ".join(rng.choices(words, k=12)) + "." for _ in range(rng.randint(3, 8))]
                named = []
                if rng.random() < 0.3:
                    parts.insert(1, putin)
                    named.append(("person", "putin"))
                if rng.random() < 0.2:
                    parts.append(treaty)
                    named.append(("treaty", "new-start"))
                text = " ".join(parts)
                articles.append({
                    "pk": i + 1, "article_id": f"a{i:07d}", "version": 1, "content_hash": f"h{i}", "source": "bench",
                    "line": None, "url": f"https://outlet{i % 40}.example.org/{i}", "title": None, "language": lang,
                    "language_how": "metadata",
                    "published": f"{rng.randint(2010, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "published_how": "metadata", "text": text, "original": text, "ingested_at": now})
                texts.append(index_row(i + 1, None, text))
                mentions += [{"article_pk": i + 1, "idx": k, "kind": kind, "slug": slug, "start": 0, "end": 1,
                              "text": "x"} for k, (kind, slug) in enumerate(named)]
            conn.execute(insert(s.articles), articles)
            conn.execute(insert(s.search_texts), texts)
            if mentions:
                conn.execute(insert(s.mentions), mentions)


def bench(url: str, n: int, runs: int) -> None:
    store = open_store(url)
    try:
        t = time.perf_counter()
        fill(store, n)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        print(f"\n{url.split('://')[0]}: {n:,} articles inserted and indexed in {time.perf_counter() - t:.1f} s")
        print(f"{'search':44} {'matches':>8} {'median ms':>10} {'p95 ms':>10}")
        for q in QUERIES:
            cases: list[tuple[str, Callable[[], Any]]] = [
                (f"{q!r} (page, total, facets)", lambda q=q: search_articles(store, q)),
                (f"{q!r} (page and total)", lambda q=q: search_articles(store, q, facets=False)),
                (f"{q!r} lang=ru", lambda q=q: search_articles(store, q, Narrow(lang="ru"))),
            ]
            for name, fn in cases:
                total = fn().total
                med, p95 = timed(fn, runs)
                print(f"{name:44} {total:8,} {med:10.1f} {p95:10.1f}")
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--sqlite-only", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{Path(tmp) / 'bench.db'}", args.articles, args.runs)
    pg = os.environ.get("TREATYWATCH_TEST_PG_URL", "").strip()
    if pg and not args.sqlite_only:
        bench(fresh_pg(pg), args.articles, args.runs)
    elif not pg:
        print("\nPostgreSQL: skipped (set TREATYWATCH_TEST_PG_URL)")


if __name__ == "__main__":
    main()
