"""How fast `treatywatch serve` answers: requests per second and latency (median, 95th percentile) of
/api/timeline, /api/articles, the stories and the dashboard under concurrent load, over a store of N
articles (default 100,000), and, with ``--datasette BIN``, datasette serving the same file beside it.

    .venv/bin/python bench/serve.py [--articles 100000] [--concurrency 16] [--requests 400] [--seconds 30]
                                    [--datasette /path/to/datasette]

The store is generated the way bench/query.py does it (bulk inserts of articles, understandings and
events that look like news, then ``refresh_facts`` once). The server is the real command, one uvicorn
process on a free loopback port; the load comes from a second process (asyncio + httpx, ``--client``),
bounded in requests and in time. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
PATHS = ["/api/timeline", "/api/timeline?treaty=new-start&since=2000", "/api/timeline?lang=ar&limit=50",
         "/api/articles", "/api/articles?lang=ar&offset=500", "/articles", "/api/stories", "/api/dashboard", "/"]
# datasette's answer to the article list: the same table, 50 rows, newest first
DATASETTE_PATHS = ["/bench/articles.json?_sort_desc=published&_size=50&_col=article_id&_col=title&_col=language"
                   "&_col=published"]


# -- the load, in its own process -----------------------------------------------------------------------

async def _load(base: str, path: str, concurrency: int, requests: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    left = requests
    deadline = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal left, errors
        while left > 0 and time.perf_counter() < deadline:
            left -= 1
            t = time.perf_counter()
            r = await client.get(path)
            latencies.append((time.perf_counter() - t) * 1000)
            errors += r.status_code != 200

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        await client.get(path)  # warm: the first answer reads the caches in
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50": statistics.median(latencies), "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)]}


def client_main(argv: list[str]) -> None:
    base, path, concurrency, requests, seconds = argv[0], argv[1], int(argv[2]), int(argv[3]), float(argv[4])
    print(json.dumps(asyncio.run(_load(base, path, concurrency, requests, seconds))))


# -- the store and the server ---------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build(url: str, n: int) -> None:
    from query import fill  # bench/query.py: the same synthetic news

    from treatywatch.know import refresh
    from treatywatch.store import open_store

    with open_store(url) as store:
        t = time.perf_counter()
        events = fill(store, n)
        done = refresh.refresh_facts(store)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"store: {n:,} articles, {events:,} events, {done.facts:,} facts, built in {time.perf_counter() - t:.0f} s")


def serve(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    script = Path(sys.executable).with_name("treatywatch")
    command = [str(script)] if script.exists() else [sys.executable, "-c", "from treatywatch.cli import main; main()"]
    proc = subprocess.Popen([*command, "--db", url, "serve", "--port", str(port)], stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, env=os.environ | {"TREATYWATCH_TOKEN": "bench-token-0123456789"})
    return _started(proc, f"http://127.0.0.1:{port}/api/openapi.json", log)


def serve_datasette(binary: str, path: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """datasette over the same file, immutable (no writes, counts cached), one process as ours."""
    proc = subprocess.Popen([binary, "serve", "-i", str(path), "--port", str(port), "--setting", "sql_time_limit_ms",
                             "10000"], stdout=log.open("wb"), stderr=subprocess.STDOUT)
    return _started(proc, f"http://127.0.0.1:{port}/-/versions.json", log)


def _started(proc: subprocess.Popen[bytes], probe: str, log: Path) -> subprocess.Popen[bytes]:
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(probe, timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"the server did not start: {log.read_text()[-2000:]}")


def run_paths(port: int, paths: list[str], args: argparse.Namespace) -> None:
    for path in paths:
        out = subprocess.run([sys.executable, __file__, "--client", f"http://127.0.0.1:{port}", path,
                              str(args.concurrency), str(args.requests), str(args.seconds)],
                             capture_output=True, text=True, check=True, timeout=args.seconds + 300)
        r = json.loads(out.stdout)
        print(f"{path[:60]:60} {r['requests']:8.0f} {r['errors']:6.0f} {r['rps']:8.1f} {r['p50']:8.1f} "
              f"{r['p95']:8.1f}", flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        return client_main(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--requests", type=int, default=400, help="per path")
    ap.add_argument("--seconds", type=float, default=30, help="at most, per path")
    ap.add_argument("--datasette", help="a datasette executable: serve the same file with it too")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        build(url, args.articles)
        port = _free_port()
        proc = serve(url, port, Path(tmp) / "serve.log")
        try:
            print(f"server: treatywatch serve on 127.0.0.1:{port} (one uvicorn process); load: "
                  f"{args.concurrency} concurrent connections from a second process, {args.requests} requests "
                  f"or {args.seconds:.0f} s per path")
            print(f"{'path':60} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
            run_paths(port, PATHS, args)
        finally:
            proc.terminate()
            proc.wait(10)
        if args.datasette:
            port = _free_port()
            proc = serve_datasette(args.datasette, Path(tmp) / "bench.db", port, Path(tmp) / "datasette.log")
            try:
                print(f"datasette on the same file, 127.0.0.1:{port}:")
                run_paths(port, DATASETTE_PATHS, args)
            finally:
                proc.terminate()
                proc.wait(10)
    return None


if __name__ == "__main__":
    main()
