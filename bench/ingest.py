"""How fast does `ingest` go, and in how much memory? Figures printed, never timed inside pytest.

    .venv/bin/python bench/ingest.py            # 10,000 articles
    .venv/bin/python bench/ingest.py --n 2000 --workers 2
    .venv/bin/python bench/ingest.py --sizes       # reading time by article size, up to the limit
    .venv/bin/python bench/ingest.py --read --n 2000   # read_paths alone: ms an article

Generates articles in mixed languages by recombining the sentences of the shared seed and corpus
texts (Arabic, English, Vietnamese, Russian, German), with varied numbers, titles and metadata;
writes them to a temporary folder as JSON Lines files and plain .txt files; ingests them into a
fresh SQLite store; then ingests them again (everything unchanged: the re-run path). Prints articles
per second and peak memory (tracemalloc's peak of Python allocations, and the process's maximum
resident size). tracemalloc slows Python down: --no-trace for the speed alone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from treatywatch.pipeline import Summary, ingest_paths
from treatywatch.store import open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# Sentence ends in the scripts of the shared texts (Latin, Cyrillic, Arabic ؟, Chinese 。).
ENDS = re.compile(r"(?<=[.!?؟。])\s+|\n+")


def source_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds" / "articles").glob("*.txt"))]
    for path in sorted((SHARED / "corpus" / "articles").glob("*.json")):
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    if not texts:
        sys.exit(f"no texts under {SHARED}: the bench needs the shared seeds and corpus")
    return texts


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in ENDS.split(text) if len(s.strip()) > 20]


def varied(sentence: str, rng: random.Random) -> str:
    """The same sentence with other numbers in it, so that no two articles hash alike."""
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), sentence)


def make_articles(n: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    pools = [sentences_of(t) for t in source_texts()]
    pools = [p for p in pools if len(p) >= 3]
    for i in range(n):
        pool = pools[i % len(pools)]  # one source per article: one language per article
        body = [varied(rng.choice(pool), rng) for _ in range(rng.randint(3, 14))]
        record: dict[str, Any] = {"id": f"bench-{i:06d}", "text": "\n".join(body),
                                  "title": body[0][:90]}
        if rng.random() < 0.5:
            record["published"] = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.3:
            record["url"] = f"https://news.example/{i}/story.html"
        yield record


def write_inputs(folder: Path, n: int, per_file: int = 1000, seed: int = 1) -> None:
    """About 70% as JSON Lines files of ``per_file`` records, the rest as one .txt file each."""
    jsonl: list[dict[str, Any]] = []
    for i, record in enumerate(make_articles(n, seed)):
        if i % 10 < 7:
            jsonl.append(record)
            if len(jsonl) == per_file:
                flush(folder, jsonl)
                jsonl = []
        else:
            (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    flush(folder, jsonl)


def flush(folder: Path, records: list[dict[str, Any]]) -> None:
    if records:
        name = folder / f"{records[0]['id']}.jsonl"
        name.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


@contextmanager
def mapper(workers: int) -> Iterator[Any]:
    if workers <= 1:
        yield map
        return
    with ProcessPoolExecutor(workers) as pool:
        yield partial(pool.map, chunksize=16)


def timed_ingest(url: str, folder: Path, workers: int, batch: int) -> tuple[Summary, float]:
    quarantined: list[str] = []
    with open_store(url) as store, mapper(workers) as m:
        start, cpu = time.perf_counter(), time.process_time()
        summary = ingest_paths([str(folder)], store, map=m, batch=batch, on_rejected=quarantined.append)
        elapsed = time.perf_counter() - start
        # CPU time of this process: the per-core rate, whatever else the machine is doing
        used = time.process_time() - cpu
        print(f"   CPU {used:.1f} s: {summary.read / max(used, 1e-9):.0f}"
              f" articles per CPU-second (one process{'' if workers <= 1 else ': the pool not counted'})")
    for line in quarantined[:5]:
        print("  ", line)
    return summary, elapsed


def sizes(top: int) -> None:
    """Reading time (make_document + understand) of one article of each size, doubling up to ``top``
    characters: linear time shows as a steady time per 100,000 characters."""
    from treatywatch.ingest.build import Found, make_article
    from treatywatch.pipeline import read_article

    rng = random.Random(7)
    pool = [s for t in source_texts() for s in sentences_of(t)]
    read_article(make_article(" ".join(pool[:50]), Found("warm", "bench")))  # the lexicon loaded once
    size = max(top // 32, 10_000)
    per_100k: list[float] = []
    print(f"{'characters':>10}  {'seconds':>8}  {'s per 100k':>10}")
    while True:
        parts: list[str] = []
        length = 0
        while length < size:
            parts.append(varied(rng.choice(pool), rng))
            length += len(parts[-1]) + 1
        article = make_article(" ".join(parts)[:size], Found("big", "bench"))
        start = time.perf_counter()
        result = read_article(article)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - start
        per_100k.append(elapsed / size * 100_000)
        print(f"{size:>10}  {elapsed:>8.2f}  {per_100k[-1]:>10.2f}"
              f"{'  ERROR ' + str(result.error) if result.error else ''}", flush=True)
        if size >= top:
            break
        size = min(size * 2, top)
    # Linear time: the same seconds per 100,000 characters at every size (a ratio near 1).
    print(f"s per 100k, largest / smallest size: {per_100k[-1] / per_100k[0]:.2f} (1.0 is linear)")


def read_only(n: int) -> None:
    """CPU time of ``read_paths`` alone (files to Articles: decoding, records, datelines), after reading
    other generated articles once (dateparser's tables loaded, as in a long run)."""
    from treatywatch.ingest import read_paths

    with tempfile.TemporaryDirectory(prefix="treatywatch-bench-") as tmp:
        warm, folder = Path(tmp) / "warm", Path(tmp) / "in"
        for path, seed in ((warm, 2), (folder, 1)):
            path.mkdir()
            write_inputs(path, n, seed=seed)
        clock = time.process_time()
        sum(1 for _ in read_paths([str(warm)]))
        started = time.process_time()
        read = sum(1 for _ in read_paths([str(folder)]))
        used = time.process_time() - started
        print(f"start-up (first {n} articles read) {started - clock:.1f} s CPU; then read_paths: {read} articles "
              f"in {used:.2f} s CPU, {used / read * 1000:.2f} ms an article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", action="store_true", help="reading time by article size, up to the limit")
    parser.add_argument("--top", type=int, default=None, help="largest size for --sizes (default: the limit)")
    parser.add_argument("--read", action="store_true", help="read_paths alone: CPU ms an article")
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10,000)")
    parser.add_argument("--workers", type=int, default=1, help="processes for the per-document step")
    parser.add_argument("--batch", type=int, default=200, help="articles per transaction")
    parser.add_argument("--no-trace", dest="trace", action="store_false", help="no tracemalloc (speed only)")
    args = parser.parse_args()
    if args.read:
        read_only(args.n)
        return
    if args.sizes:
        from treatywatch.ingest.build import MAX_TEXT_CHARS

        sizes(args.top or MAX_TEXT_CHARS)
        return

    with tempfile.TemporaryDirectory(prefix="treatywatch-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        start = time.perf_counter()
        write_inputs(folder, args.n)
        files = len(list(folder.iterdir()))
        print(f"generated {args.n} articles in {files} files in {time.perf_counter() - start:.1f} s")
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        if args.trace:
            tracemalloc.start()
        summary, elapsed = timed_ingest(url, folder, args.workers, args.batch)
        peak = tracemalloc.get_traced_memory()[1] if args.trace else 0
        tracemalloc.stop()
        print(summary.line())
        print(f"first ingest: {elapsed:.1f} s, {summary.read / elapsed:.0f} articles/s "
              f"(workers {args.workers}, batch {args.batch}{', tracemalloc on' if args.trace else ''})")
        again, elapsed_again = timed_ingest(url, folder, args.workers, args.batch)
        print(f"second ingest (all unchanged: {again.unchanged}): {elapsed_again:.1f} s, "
              f"{again.read / elapsed_again:.0f} articles/s")
        if args.trace:
            print(f"peak traced Python memory: {peak / 2**20:.0f} MiB")
        # ru_maxrss is in KiB on Linux
        print(f"max resident size: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:.0f} MiB")
        print(f"database: {(Path(tmp) / 'bench.db').stat().st_size / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
