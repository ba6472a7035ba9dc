"""How fast `treatywatch watch` reads a feed: 1,000 feed items (default) from a local server on
127.0.0.1, each item a page to fetch, extract, understand and store; items per second, and the most
requests one host ever had in flight (politeness says 1, whatever the fetching threads).

    .venv/bin/python bench/watch.py [--items 1000] [--delay 0] [--workers 4]

``--delay`` is the host_delay setting (seconds between two requests to one host; 0 measures the
pipeline, not the politeness). The pages are our own made-up news texts, varied per item so that no
two have the same text. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

STATES = ["Russia", "the United States", "China", "France", "the United Kingdom", "India", "Pakistan"]
VERBS = ["signed", "ratified", "suspended its participation in", "withdrew from", "proposed talks on"]
TREATIES = ["the New START treaty", "the Comprehensive Nuclear-Test-Ban Treaty", "the Open Skies Treaty",
            "the Chemical Weapons Convention"]


def text(i: int) -> str:
    state, verb, treaty = STATES[i % 7], VERBS[i % 5], TREATIES[i % 4]
    return (f"<p>Report number {i}: {state} {verb} {treaty} on March {1 + i % 28}, 2024, officials said.</p>"
            f"<p>Diplomats from {STATES[(i + 3) % 7]} said item {i} would be discussed at a meeting in the "
            f"autumn, and experts expect further statements.</p>")


class Site:
    def __init__(self, items: int) -> None:
        self.items, self.lock = items, threading.Lock()
        self.in_flight = self.most = self.requests = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms delayed-ACK stall

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                with site.lock:
                    site.in_flight += 1
                    site.requests += 1
                    site.most = max(site.most, site.in_flight)
                body, kind = site.body(self.path)
                with site.lock:  # out of flight once the answer starts: the client may be done before we return
                    site.in_flight -= 1
                self.send_response(200 if body else 404)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def body(self, path: str) -> tuple[bytes, str]:
        if path == "/feed.xml":
            items = "".join(f"<item><title>Report {i}</title><link>{self.url}/news/{i}.html</link></item>"
                            for i in range(self.items))
            return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title><link>{self.url}</link>'
                    f"<description>b</description>{items}</channel></rss>").encode(), "application/rss+xml"
        if path.startswith("/news/"):
            i = int(path.split("/")[-1].split(".")[0])
            return (f"<html lang='en'><head><title>Report {i}</title></head><body><article><h1>Report {i}</h1>"
                    f"{text(i)}</article></body></html>").encode(), "text/html; charset=utf-8"
        return b"", "text/plain"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--workers", type=int, default=4, help="fetching threads")
    parser.add_argument("--processes", type=int, default=1, help="the workers setting: processes that understand")
    args = parser.parse_args()

    from treatywatch.settings import Settings
    from treatywatch.store import open_store
    from treatywatch.watch import records
    from treatywatch.watch.poll import Watch

    site = Site(args.items)
    settings = replace(Settings(), host_delay=args.delay, max_items=args.items, user_agent="treatywatch-bench/1",
                       workers=args.processes)
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{Path(tmp) / 'bench.db'}") as store:
        records.add_source(store, site.url + "/feed.xml", name="bench")
        start = time.perf_counter()
        with Watch(store, settings, on_line=lambda _: None, workers=args.workers) as w:
            got = w.poll()
        took = time.perf_counter() - start
    print(f"items listed {got.listed}, stored {got.stored}, refused {got.refused}; requests {site.requests}")
    print(f"{took:.1f} s: {got.stored / took:.1f} items per second (fetch, extract, understand, store, alerts)")
    print(f"most requests in flight to the one host: {site.most} (must be 1)")
    sys.exit(0 if site.most == 1 else 1)


if __name__ == "__main__":
    main()
