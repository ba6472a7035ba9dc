"""How fast `treatywatch serve` answers: requests per second, latency (median, 95th percentile), the
server's CPU time per kept answer and the time of the first answer, for /api/timeline, /api/articles,
the stories and the dashboard under concurrent load, over a store of N articles (default 100,000), and,
with ``--datasette BIN``, datasette serving the same file beside it.

    .venv/bin/python bench/serve.py [--articles 100000] [--concurrency 16] [--requests 400] [--seconds 30]
                                    [--store PATH] [--datasette /path/to/datasette] [--wrk] [--paths P ...]
    .venv/bin/python bench/serve.py --ceiling          # the load alone, against a server doing no work

The store is generated the way bench/query.py does it (bulk inserts of articles, understandings and
events that look like news, then ``refresh_facts`` once); ``--store PATH`` builds it there once and reuses
it after. The server is the real command, one uvicorn process on a free loopback port; the load comes from
a second process (bench/load.py: keep-alive HTTP/1.1 on raw asyncio streams; ``--wrk``: wrk, for
``--seconds``), bounded in requests and in time. CPU per request: the server's user + system time over
the path's run (/proc), and the load's own. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load  # noqa: E402 - bench/load.py, beside this file

PATHS = ["/api/timeline", "/api/timeline?treaty=new-start&since=2000", "/api/timeline?lang=ar&limit=50",
         "/api/articles", "/api/articles?lang=ar&offset=500", "/articles", "/api/stories", "/api/dashboard", "/"]
# datasette's answer to the article list: the same table, 50 rows, newest first (/DATABASE/: the file's stem)
DATASETTE_PATHS = ["/{db}/articles.json?_sort_desc=published&_size=50&_col=article_id&_col=title&_col=language"
                   "&_col=published"]


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


def _articles(url: str) -> int:
    from treatywatch.store import open_reader

    with open_reader(url) as store, store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM article_list").scalar() or 0)


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


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) of process ``pid`` and of all its descendants alive now (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    tree, total, grew = {pid}, 0.0, True
    while grew:
        before = len(tree)
        tree |= {p for p, (parent, _) in stats.items() if parent in tree}
        grew = len(tree) != before
    for p in tree:
        total += stats.get(p, (0, 0.0))[1]
    return total


HEADER = (f"{'path':60} {'first ms':>8} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'srv cpu ms':>10} {'cli cpu ms':>10}")


def measure(port: int, path: str, args: argparse.Namespace, server: int | None) -> dict[str, float]:
    """One path under load; the server's CPU per request when its pid is given."""
    t = time.perf_counter()
    httpx.get(f"http://127.0.0.1:{port}{path}", timeout=300)   # the first answer (a miss), outside the CPU count
    first = (time.perf_counter() - t) * 1000
    before = cpu_seconds(server) if server else 0.0
    if args.wrk:
        r = load.wrk("127.0.0.1", port, path, args.concurrency, args.seconds, Path(args.tmp) / "report.lua")
        r["client_cpu_ms"] = float("nan")
    else:
        out = subprocess.run([sys.executable, load.__file__, "127.0.0.1", str(port), path, str(args.concurrency),
                              str(args.requests), str(args.seconds)],
                             capture_output=True, text=True, check=True, timeout=args.seconds + 300)
        r = json.loads(out.stdout)
    r["server_cpu_ms"] = (cpu_seconds(server) - before) * 1000 / max(1, r["requests"]) if server else float("nan")
    print(f"{path[:60]:60} {first:8.1f} {r['requests']:8.0f} {r['errors']:6.0f} {r['rps']:8.1f} {r['p50']:8.1f} "
          f"{r['p95']:8.1f} {r['server_cpu_ms']:10.3f} {r['client_cpu_ms']:10.3f}", flush=True)
    return r


def run_paths(port: int, paths: list[str], args: argparse.Namespace, server: int | None) -> None:
    for path in paths:
        measure(port, path, args, server)


def ceiling(args: argparse.Namespace) -> None:
    """The instrument alone: the load against a server that does no work (bench/load.py ``--trivial``)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, load.__file__, "--trivial", str(port)])
    try:
        deadline = time.monotonic() + 30
        while socket.socket().connect_ex(("127.0.0.1", port)) != 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        print(f"the load's ceiling: a server that answers fixed bytes, 127.0.0.1:{port}")
        print(HEADER)
        measure(port, "/", args, proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--requests", type=int, default=400, help="per path")
    ap.add_argument("--seconds", type=float, default=30, help="at most, per path")
    ap.add_argument("--datasette", help="a datasette executable: serve the same file with it too")
    ap.add_argument("--store", type=Path, help="a store file to build once and reuse (built there if absent)")
    ap.add_argument("--paths", nargs="*", help="only these paths (default: the API's lists, the pages)")
    ap.add_argument("--wrk", action="store_true", help="load with wrk (on PATH) for --seconds instead of bench/load.py")
    ap.add_argument("--ceiling", action="store_true", help="measure the load alone against a server doing no work")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        args.tmp = tmp
        if args.ceiling:
            return ceiling(args)
        path = args.store or Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        if args.store is None or not path.exists():
            build(url, args.articles)
        else:
            print(f"store: {path} (reused: {_articles(url):,} articles)")
        port = _free_port()
        proc = serve(url, port, Path(tmp) / "serve.log")
        try:
            print(f"server: treatywatch serve on 127.0.0.1:{port} (one uvicorn process); load: "
                  f"{args.concurrency} concurrent connections from {'wrk' if args.wrk else 'bench/load.py'}, "
                  f"{'' if args.wrk else f'{args.requests} requests or '}{args.seconds:.0f} s per path; cpu ms: "
                  "per request")
            print(HEADER)
            run_paths(port, args.paths or PATHS, args, proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
        if args.datasette:
            port = _free_port()
            proc = serve_datasette(args.datasette, path, port, Path(tmp) / "datasette.log")
            try:
                print(f"datasette on the same file, 127.0.0.1:{port}, loaded by bench/load.py (seconds per "
                      "answer: wrk, bounded in time only, would see none):")
                print(HEADER)
                args.wrk = False
                run_paths(port, [p.format(db=path.stem) for p in DATASETTE_PATHS], args, proc.pid)
            finally:
                proc.terminate()
                proc.wait(10)
    return None


if __name__ == "__main__":
    main()
