"""How fast does `batch` go with 1 and 2 workers, beside serial `ingest`, and does the cost per article
stay flat as the archive grows? Figures printed, never timed inside pytest.

    .venv/bin/python bench/batch.py                  # 2,000 articles, then the per-article trend
    .venv/bin/python bench/batch.py --n 1000000      # the full run (hours on one machine)
    .venv/bin/python bench/batch.py --sizes 10000,100000,1000000 --skip-ingest

Articles are generated as in bench/ingest.py (sentences of the shared corpus and seeds recombined, with
other numbers) and written as JSON Lines files of 1,000 records. Each measurement uses a fresh SQLite
store and a fresh local Dask cluster (started before the clock starts, as a cluster is started once
per run). Printed: articles per second (wall clock) for serial ingest and for batch with 1 and 2
workers, their ratio, CPU seconds of the client process, the peak resident size of a worker and of
the client; then, for each size in --sizes, batch's wall seconds per 1,000 articles (the trend).
On a machine shared with other work, wall-clock figures vary; compare figures from one run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import make_articles  # noqa: E402  (bench/ingest.py: the same generated articles)

from treatywatch.batch import dask_client, run_batch  # noqa: E402
from treatywatch.pipeline import ingest_paths  # noqa: E402
from treatywatch.store import open_store  # noqa: E402


def write_jsonl(folder: Path, n: int, per_file: int = 1000) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    out = None
    for i, record in enumerate(make_articles(n)):
        if i % per_file == 0:
            if out is not None:
                out.close()
            out = (folder / f"part-{i // per_file:05d}.jsonl").open("w", encoding="utf-8")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out is not None:
        out.close()


def timed_ingest(folder: Path, db: Path) -> tuple[int, float, float]:
    with open_store(f"sqlite:///{db}") as store:
        start, cpu = time.perf_counter(), time.process_time()
        summary = ingest_paths([str(folder)], store, on_rejected=lambda _m: None)
        return summary.read, time.perf_counter() - start, time.process_time() - cpu


def timed_batch(folder: Path, db: Path, workers: int) -> tuple[int, float, float, int]:
    with open_store(f"sqlite:///{db}") as store, dask_client(workers=workers) as client:
        start, cpu = time.perf_counter(), time.process_time()
        # Shards of some 250 articles, so that a few thousand articles give every worker work (the
        # default, 8 MB a shard, suits archives: 1,000 articles would be one shard)
        size = sum(p.stat().st_size for p in folder.iterdir())
        n = sum(1 for p in folder.iterdir() for _ in p.open(encoding="utf-8"))
        summary = run_batch([str(folder)], store, client=client, work_dir=db.with_suffix(".work"),
                            shard_bytes=max(64 * 1024, size * 250 // max(n, 1)))
        return summary.read, time.perf_counter() - start, time.process_time() - cpu, summary.worker_max_rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="articles for the 1-vs-2-worker comparison")
    parser.add_argument("--sizes", default="", help="comma-separated sizes for the per-article trend, "
                        "e.g. 10000,100000,1000000 (default: n/4, n/2, n)")
    parser.add_argument("--skip-ingest", action="store_true", help="no serial ingest (long at 1M)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x] or [max(args.n // 4, 1), max(args.n // 2, 1), args.n]

    with tempfile.TemporaryDirectory(prefix="treatywatch-batch-bench-") as tmp:
        root = Path(tmp)
        folder = root / f"in-{args.n}"
        write_jsonl(folder, args.n)
        print(f"{args.n} generated articles in {len(list(folder.iterdir()))} JSON Lines files")
        rates: dict[str, float] = {}
        if not args.skip_ingest:
            n, wall, cpu = timed_ingest(folder, root / "ingest.db")
            rates["ingest"] = n / wall
            print(f"ingest (serial, one process): {n} articles in {wall:.1f} s: {n / wall:.0f} articles/s "
                  f"({n / cpu:.0f} per CPU-second)")
        for workers in (1, 2):
            n, wall, cpu, rss = timed_batch(folder, root / f"batch{workers}.db", workers)
            rates[f"batch{workers}"] = n / wall
            print(f"batch --workers {workers}: {n} articles in {wall:.1f} s: {n / wall:.0f} articles/s; "
                  f"client CPU {cpu:.1f} s; peak worker memory {rss / 2**20:.0f} MiB")
        print(f"ratio 2 workers / 1 worker: {rates['batch2'] / rates['batch1']:.2f}")
        if "ingest" in rates:
            print(f"batch with 2 workers / serial ingest: {rates['batch2'] / rates['ingest']:.2f}")
        print("per-article cost (batch, 2 workers):")
        for size in sizes:
            sized = root / f"in-{size}"
            if not sized.exists():
                write_jsonl(sized, size)
            n, wall, _cpu, rss = timed_batch(sized, root / f"trend{size}.db", 2)
            print(f"  {size:>9}: {1000 * wall / max(n, 1):.1f} s per 1,000 articles; "
                  f"peak worker memory {rss / 2**20:.0f} MiB")
        print(f"client max resident size: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:.0f} MiB")


if __name__ == "__main__":
    main()
