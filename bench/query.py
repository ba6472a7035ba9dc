"""How fast the record answers: median and 95th-percentile time of ``timeline`` and ``status`` queries
over a store of N articles (default 100,000) with synthetic events, on SQLite and, when
TREATYWATCH_TEST_PG_URL is set, on PostgreSQL. Goal: under 50 ms at the 95th percentile.

    .venv/bin/python bench/query.py [--articles 100000] [--runs 200] [--sqlite-only]

The events are made to look like news: a few hundred real happenings per treaty (signatures,
suspensions, talks ...), each reported by many articles in several languages, at the precision a
report gives (day, month, year, a month without its year, no date), with a few misdated reports and
possibilities. Articles, understandings and events are inserted in bulk, then ``refresh_facts``
builds the record once (its time is printed too). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from treatywatch.know import queries, refresh
from treatywatch.lexicon import load_lexicon
from treatywatch.store import Store, open_store
from treatywatch.store import schema as s
from treatywatch.store.latest import sync

EVENTS = ["sign", "ratify", "enter_into_force", "suspend", "resume", "withdraw", "deratify", "extend",
          "expire", "propose_talks", "reject_talks", "deploy", "produce", "test"]
ACTORS = ["russia", "usa", "china", "uk", "france", "ussr", "iran"]
LANGUAGES = ["en", "ru", "ar", "zh", "vi", "fa", "fr", "de"]
TREATIES = [t.slug for t in load_lexicon().treaties]   # the data's treaties


def happenings(rng: random.Random, per_treaty: int) -> list[tuple[str, str, str | None, str]]:
    out = []
    for treaty in TREATIES:
        for _ in range(per_treaty):
            event = rng.choice(EVENTS)
            actor = None if event in ("enter_into_force", "expire") else rng.choice(ACTORS)
            day = f"{rng.randint(1970, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.append((treaty, event, actor, day))
    return out


def reported(rng: random.Random, day: str) -> str | None:
    r = rng.random()
    if r < 0.45:
        return day
    if r < 0.60:
        return day[:7]
    if r < 0.80:
        return day[:4]
    if r < 0.85:
        return "XXXX" + day[4:7]
    if r < 0.88:  # misdated: another day of the same month
        return day[:8] + f"{rng.randint(1, 28):02d}"
    return None


def fill(store: Store, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    world = happenings(rng, per_treaty=300)
    now = "2026-11-01T00:00:00+00:00"
    events = 0
    with store.engine.begin() as conn:
        for start in range(0, n, 5000):
            ids = range(start, min(n, start + 5000))
            conn.execute(insert(s.articles), [{
                "pk": i + 1, "article_id": f"a{i:07d}", "version": 1, "content_hash": f"h{i}", "source": "bench",
                "line": None, "url": f"https://example.org/{i}", "title": f"article {i}",
                "language": LANGUAGES[i % len(LANGUAGES)], "language_how": "metadata",
                "published": f"{rng.randint(2000, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "published_how": "metadata", "text": "x", "original": "x", "ingested_at": now} for i in ids])
            conn.execute(insert(s.understandings), [{
                "article_pk": i + 1, "language": LANGUAGES[i % len(LANGUAGES)], "published": None,
                "published_how": "unknown", "understood_at": now} for i in ids])
            rows: list[dict[str, Any]] = []
            for i in ids:
                for idx in range(rng.randint(1, 4)):
                    treaty, event, actor, day = rng.choice(world)
                    modality = rng.choices(["asserted", "scheduled", "possible", "negated"], [90, 4, 4, 2])[0]
                    rows.append({"article_pk": i + 1, "idx": idx, "event": event, "treaty": treaty, "actor": actor,
                                 "date": reported(rng, day), "modality": modality, "sentence_start": 0,
                                 "sentence_end": 1, "trigger_start": 0, "trigger_end": 1,
                                 "evidence": f"{actor} {event} {treaty} ({i}/{idx})"})
            conn.execute(insert(s.events), rows)
            events += len(rows)
        sync(conn)  # what listings read, as Store.add_article keeps it
    return events


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the caches once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def bench(url: str, n: int, runs: int) -> None:
    store = open_store(url)
    try:
        t = time.perf_counter()
        events = fill(store, n)
        filled = time.perf_counter() - t
        t = time.perf_counter()
        done = refresh.refresh_facts(store)
        refreshed = time.perf_counter() - t
        with store.engine.begin() as conn:  # planner statistics, as autovacuum (or a nightly ANALYZE) keeps them
            conn.exec_driver_sql("ANALYZE")
        print(f"\n{url.split('://')[0]}: {n:,} articles, {events:,} events inserted in {filled:.1f} s; "
              f"refresh_facts: {done.facts:,} facts, {done.conflicts:,} conflicts in {refreshed:.1f} s")
        rng = random.Random(1)
        cases: list[tuple[str, Callable[[], object]]] = [
            ("timeline --treaty T", lambda: queries.timeline(store, treaty=rng.choice(TREATIES))),
            ("timeline --treaty T --actor A --since --until",
             lambda: queries.timeline(store, treaty=rng.choice(TREATIES), actor=rng.choice(ACTORS),
                                      since=str(rng.randint(1970, 2015)), until=str(rng.randint(2016, 2026)))),
            ("timeline --lang L", lambda: queries.timeline(store, language=rng.choice(LANGUAGES))),
            ("timeline (everything, first 200)", lambda: queries.timeline(store)),
            ("status T", lambda: queries.status(store, rng.choice(TREATIES))),
            ("status T --as-of D", lambda: queries.status(store, rng.choice(TREATIES), str(rng.randint(1980, 2026)))),
        ]
        print(f"{'query':50} {'median ms':>10} {'p95 ms':>10}")
        for name, fn in cases:
            med, p95 = timed(fn, runs)
            flag = "" if p95 < 50 else "  (over the 50 ms goal)"
            print(f"{name:50} {med:10.1f} {p95:10.1f}{flag}")
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--sqlite-only", action="store_true")
    ap.add_argument("--pg-only", action="store_true")
    args = ap.parse_args()
    if not args.pg_only:
        with tempfile.TemporaryDirectory() as tmp:
            bench(f"sqlite:///{Path(tmp) / 'bench.db'}", args.articles, args.runs)
    pg = os.environ.get("TREATYWATCH_TEST_PG_URL", "").strip()
    if pg and not args.sqlite_only:
        bench(fresh_pg(pg), args.articles, args.runs)
    elif not pg:
        print("\nPostgreSQL: skipped (set TREATYWATCH_TEST_PG_URL)")


def fresh_pg(url: str) -> str:
    """A new database beside ``url`` for this run (its name printed; dropped by the next run)."""
    import psycopg

    from treatywatch.store import database_url

    name = "treatywatch_bench"
    base = database_url(url)
    with psycopg.connect(base.set(drivername="postgresql").render_as_string(hide_password=False),
                         autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    return base.set(database=name).render_as_string(hide_password=False)


if __name__ == "__main__":
    main()
