"""The batch run: shards read and understood on Dask, Parquet shards, bulk loads, then stories.

    plan(paths) ─► shards not yet in the manifest ─► Dask: understand_shard (pure, in parallel)
        ─► <work>/<shard>.parquet (written as each comes back) ─► load_shard, in reading order,
           one transaction each with its manifest row ─► link: every article not yet in a story is
           filed, in reading order, from the fingerprint its worker made

Loading in reading order (a finished shard waits on disk for the ones before it) gives the articles
the primary keys, versions and filing order ``ingest`` gives them, hence the same stories and the
same record. A killed run resumes: finished shards are skipped, Parquet files already written are
loaded without understanding them again, and articles not yet filed are filed.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import Store
from .load import Loaded, finished_shards, load_shard
from .shards import Shard, plan
from .work import ShardResult, understand_shard


@dataclass
class BatchSummary:
    shards: int = 0
    resumed: int = 0            # shards finished by an earlier run
    read: int = 0
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    quarantined: int = 0
    skipped: int = 0
    filed: int = 0
    by_language: dict[str, int] = field(default_factory=dict)
    worker_max_rss: int = 0     # bytes: the largest peak resident size of a worker process
    seconds: float = 0.0

    def add(self, loaded: Loaded) -> None:
        self.new += loaded.new
        self.versions += loaded.versions
        self.unchanged += loaded.unchanged
        self.quarantined += loaded.quarantined
        self.skipped += loaded.skipped
        self.read += loaded.new + loaded.versions + loaded.unchanged + loaded.quarantined
        for k, v in loaded.by_language.items():
            self.by_language[k] = self.by_language.get(k, 0) + v

    def line(self) -> str:
        langs = ", ".join(f"{k} {v}" for k, v in sorted(self.by_language.items())) or "none"
        resumed = f" ({self.resumed} finished before)" if self.resumed else ""
        return (f"{self.shards} shards{resumed}: read {self.read}: {self.new} new, {self.unchanged} unchanged, "
                f"{self.versions} new versions, {self.quarantined} quarantined; {self.filed} filed into stories; "
                f"by language: {langs}; peak memory per worker {self.worker_max_rss / 2**20:.0f} MiB")


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None,
                memory_limit: str = "auto") -> Iterator[Any]:
    """A client on the cluster at ``scheduler``, or on a local cluster of ``workers`` processes (one
    thread each; default: one per core)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]  # distributed has no annotations
            yield client
        return
    n = workers or os.cpu_count() or 1
    # distributed ships no annotations for these: the ignores are for its untyped calls only
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                      dashboard_address=None, memory_limit=memory_limit) as cluster, \
            Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def default_work_dir(store: Store) -> Path:
    """Where the Parquet shards go: beside a SQLite database, else in the working directory."""
    db = store.engine.url.database if store.engine.url.get_backend_name() == "sqlite" else None
    base = Path(db).resolve().parent if db and db != ":memory:" else Path.cwd()
    name = Path(db).name if db and db != ":memory:" else "treatywatch"
    return base / f"{name}.batch"


def run_batch(
    paths: list[str],
    store: Store,
    *,
    client: Any = None,
    work_dir: Path | None = None,
    shard_bytes: int | None = None,
    files_per_shard: int | None = None,
    in_flight: int | None = None,
    on_rejected: Callable[[str], None] = lambda _m: None,
    on_shard: Callable[[int, int], None] | None = None,     # (shards done, articles in it)
    on_plan: Callable[[int], None] | None = None,            # shards to do
    stop_after: int | None = None,                           # tests: stop as if killed after N loads
) -> BatchSummary:
    """Read, understand, load and link everything in ``paths``; ``client`` is a dask.distributed Client
    (None: run in this process, no Dask). Running it twice changes nothing the second time."""
    import pyarrow.parquet as pq

    started = time.perf_counter()
    options: dict[str, int] = {}
    if shard_bytes is not None:
        options["shard_bytes"] = shard_bytes
    if files_per_shard is not None:
        options["files_per_shard"] = files_per_shard
    shards, skipped = plan(paths, **options)
    summary = BatchSummary(shards=len(shards))
    for r in skipped:
        summary.skipped += 1
        on_rejected(r.message())
    done = finished_shards(store)
    todo = [sh for sh in shards if sh.shard_id not in done]
    summary.resumed = len(shards) - len(todo)
    if on_plan is not None:
        on_plan(len(shards))
    if on_shard is not None and summary.resumed:
        on_shard(summary.resumed, 0)
    work = work_dir or default_work_dir(store)
    work.mkdir(parents=True, exist_ok=True)

    def parquet(sh: Shard) -> Path:
        return work / f"{sh.shard_id}.parquet"

    loaded = 0

    def load_ready(ready: dict[str, bool], queue: list[Shard]) -> None:
        nonlocal loaded
        while queue and ready.get(queue[0].shard_id):
            sh = queue.pop(0)
            table = pq.read_table(parquet(sh))
            result = load_shard(store, sh, table, on_rejected=on_rejected)
            summary.add(result)
            loaded += 1
            if on_shard is not None:
                on_shard(1, result.new + result.versions + result.unchanged)
            if stop_after is not None and loaded >= stop_after:
                raise _Stopped

    def keep(result: ShardResult) -> None:
        path = work / f"{result.shard_id}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        tmp.write_bytes(result.parquet)
        os.replace(tmp, path)   # a file there is whole: a resumed run may load it as it is
        summary.worker_max_rss = max(summary.worker_max_rss, result.max_rss)

    queue = list(todo)
    ready = {sh.shard_id: parquet(sh).exists() for sh in todo}
    missing = [sh for sh in todo if not ready[sh.shard_id]]
    try:
        load_ready(ready, queue)
        if client is None:
            for sh in missing:
                keep(understand_shard(sh))
                ready[sh.shard_id] = True
                load_ready(ready, queue)
        else:
            from dask.distributed import as_completed

            workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
            limit = in_flight or 2 * workers    # bounded: results wait on disk, not in memory
            pending = iter(missing)
            first = [client.submit(understand_shard, sh, pure=False) for sh in _take(pending, limit)]
            flow = as_completed(first)  # type: ignore[no-untyped-call]  # distributed has no annotations
            for future in flow:
                result = future.result()
                keep(result)
                future.release()
                ready[result.shard_id] = True
                for sh in _take(pending, 1):
                    flow.add(client.submit(understand_shard, sh, pure=False))  # type: ignore[no-untyped-call]
                load_ready(ready, queue)
    except _Stopped:
        summary.seconds = time.perf_counter() - started
        return summary
    summary.filed = link_pass(store, shards, work)
    from ..know.refresh import refresh_if_stale

    refresh_if_stale(store)   # the record, rebuilt once after the bulk load (when the load changed anything)
    summary.seconds = time.perf_counter() - started
    summary.worker_max_rss = summary.worker_max_rss or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return summary


class _Stopped(Exception):
    pass


def _take(it: Iterator[Shard], n: int) -> list[Shard]:
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def link_pass(store: Store, shards: list[Shard], work: Path, every: int = 2000) -> int:
    """File every stored article not yet in a story, in reading order, from the fingerprints its
    worker made (the Parquet shards); one transaction per ``every`` articles, so that a stopped pass
    resumes where it was. Returns the number filed."""
    import pyarrow.parquet as pq
    from sqlalchemy import select

    from ..link.duplicates import sketch_from
    from ..link.store import assign_prepared, in_effect
    from ..link.storeindex import _load
    from ..store import schema as s

    with store._begin() as conn:
        filed = set(conn.execute(select(s.story_members.c.article_id)).scalars())
    settings = in_effect()   # read once, not once an article
    count = 0
    pending = 0
    batch_cm: Any = None
    try:
        for sh in shards:
            path = work / f"{sh.shard_id}.parquet"
            if not path.exists():
                continue   # its articles were filed when it was loaded by an earlier run, or see recluster
            cols = pq.read_table(path, columns=["kind", "article_id", "fingerprint", "sketch"]).to_pylist()
            for r in cols:
                if r["kind"] != "article" or r["article_id"] in filed:
                    continue
                if batch_cm is None:
                    batch_cm = store.batch()
                    batch_cm.__enter__()
                fp = _load(r["article_id"], r["fingerprint"])
                sk = sketch_from(r["sketch"]) if r["sketch"] is not None else None
                assign_prepared(store, fp, sk, settings)
                filed.add(r["article_id"])
                count += 1
                pending += 1
                if pending >= every:
                    batch_cm.__exit__(None, None, None)
                    batch_cm, pending = None, 0
    except BaseException as e:
        if batch_cm is not None:
            batch_cm.__exit__(type(e), e, e.__traceback__)
        raise
    if batch_cm is not None:
        batch_cm.__exit__(None, None, None)
    return count
