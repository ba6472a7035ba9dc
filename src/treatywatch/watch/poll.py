"""Polling: due sources ─► their new items ─► pages ─► the same ingest as files ─► alerts.

    due_sources ─► fetch each listing (conditional: 304 ends it) ─► listed items
      ─► canonical address not read before, same text not read before, at most ``max_items``
      ─► fetch pages (a thread pool; the Fetcher's host locks keep one request per host in flight)
      ─► read_html (trafilatura) ─► Article(url, source=the source's name) | Rejected
      ─► pipeline.ingest_items (quarantine, idempotence, understanding as for files)
      ─► watched rows (address, source, fetched_at) ─► the record's facts refreshed ─► alerts checked

Fetching happens in worker threads; every write happens in the calling thread (a Store is not
thread-safe). A source that fails is recorded with its reason (on the source, and in the quarantine)
and the others go on.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..ingest.build import Found
from ..ingest.decode import Refusal, decode
from ..ingest.webpage import read_html
from ..models import Article, Rejected
from ..pipeline import local_map
from ..settings import Settings
from ..store import Store
from . import records
from .fetch import Failed, Fetched, Fetcher
from .records import Source, iso
from .sources import PAGE_TYPES, Item, canonical, listed

WORKERS = 4  # threads fetching at once, across hosts (one host still gets one request at a time)
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
               "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")


@dataclass
class Polled:
    """What one poll did, source by source."""

    sources: int = 0
    unchanged: int = 0
    failed: int = 0
    listed: int = 0
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    refused: int = 0
    alerts_new: int = 0    # items that matched an alert for the first time
    alerts_sent: int = 0   # deliveries sent (webhook, mail; a feed alert's items are in its feed at once)
    lines: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"polled {self.sources} sources ({self.unchanged} unchanged, {self.failed} failed): "
                f"{self.listed} new items listed, {self.fetched} pages fetched, {self.stored} stored, "
                f"{self.duplicates} already read, {self.refused} refused; alerts: {self.alerts_new} new items, "
                f"{self.alerts_sent} sent")


def article_id(url: str) -> str:
    """An article read from the web is named by its canonical address (the same on every run)."""
    return "web-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def decode_page(got: Fetched) -> str | Refusal:
    """Bytes to text: strict UTF-8 first (a declared single-byte charset over UTF-8 bytes is a
    server's mistake), then the declared charset, then treatywatch's own decoder (ingest/decode.py)."""
    try:
        return got.body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if got.charset and got.charset.replace("-", "") not in ("utf8",):
        try:
            return got.body.decode(got.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(got.body)


def read_page(got: Fetched | Failed, item: Item, source: Source) -> Article | Rejected:
    """The article of a fetched page, or why there is none (the reason names the source)."""
    url = canonical(item.url)
    if isinstance(got, Failed):
        return Rejected(url, f"source {source.name}: {got.reason}", None, article_id(url))
    if got.content_type and got.content_type not in PAGE_TYPES:
        return Rejected(url, f"source {source.name}: content type {got.content_type!r} is not an HTML page",
                        None, article_id(url), got.body[:65536])
    text = decode_page(got)
    if isinstance(text, Refusal):
        return Rejected(url, f"source {source.name}: {text.reason}", None, article_id(url), got.body)
    return read_html(text, Found(article_id(url), source.name, item.title, url, None, item.published))


class Watch:
    """Polls the store's due sources with one Fetcher (``with Watch(store, settings) as w: w.poll()``)."""

    def __init__(self, store: Store, settings: Settings, fetcher: Fetcher | None = None,
                 clock: Callable[[], datetime] = records.now_utc, on_line: Callable[[str], None] = print,
                 workers: int = WORKERS) -> None:
        self.store, self.settings, self.clock, self.on_line = store, settings, clock, on_line
        self.fetcher = fetcher or Fetcher(settings)
        self.workers = workers

    def __enter__(self) -> Watch:
        return self

    def __exit__(self, *_: object) -> None:
        self.fetcher.close()

    def poll(self, sources: list[Source] | None = None) -> Polled:
        """Poll every due source once (or ``sources``)."""
        now = self.clock()
        due = records.due_sources(self.store, now) if sources is None else sources
        out = Polled(sources=len(due))
        if not due:
            return out
        with ThreadPoolExecutor(self.workers, thread_name_prefix="treatywatch-fetch") as pool:
            listings = list(pool.map(self._listing, due))
            todo: list[tuple[Source, Item]] = []
            taken: set[str] = set()
            outcome: dict[str, tuple[str, str | None, int, int, float | None]] = {}
            for src, (got, items) in zip(due, listings, strict=True):
                outcome[src.name] = self._listed(src, got, items, out, todo, taken)
            pages = list(pool.map(
                lambda job: self.fetcher.get(canonical(job[1].url), accept="text/html, */*;q=0.5"), todo))
            # trafilatura in the threads too: lxml parses without the GIL
            jobs = zip(pages, [i for _, i in todo], [s for s, _ in todo], strict=True)
            reads = list(pool.map(lambda job: read_page(*job), jobs))
        fetched_at = iso(self.clock())
        for got in pages:
            if isinstance(got, Fetched):
                out.fetched += 1
                records.remember(self.store, got.url, got.status, got.etag, got.last_modified, now)
        per_source = self._ingest(todo, pages, reads, fetched_at, out)
        for src in due:
            status, error, _, errors, wait = outcome[src.name]
            stored, failed = per_source.get(src.name, (0, 0))
            records.polled(self.store, src.name, now, status, error, stored, errors + failed, wait)
        checked = self._after(per_source)
        out.alerts_new, out.alerts_sent = checked.new, checked.sent
        return out

    def _listing(self, src: Source) -> tuple[Fetched | Failed, list[Item] | str]:
        etag, modified = records.validators(self.store_for_thread(), src.url)
        got = self.fetcher.get(src.url, etag, modified, accept=FEED_ACCEPT)
        if isinstance(got, Failed) or got.not_modified:
            return got, []
        return got, listed(got, src.kind)

    def store_for_thread(self) -> Store:
        """A Store of this thread's own over the same engine (reads only)."""
        local = _local.__dict__.setdefault("stores", {})
        key = id(self.store.engine)
        if key not in local:
            local[key] = Store(self.store.engine)
        return local[key]  # type: ignore[no-any-return]

    def _listed(self, src: Source, got: Fetched | Failed, items: list[Item] | str, out: Polled,
                todo: list[tuple[Source, Item]], taken: set[str]) -> tuple[str, str | None, int, int, float | None]:
        now = self.clock()
        if isinstance(got, Failed) or isinstance(items, str):
            reason = got.reason if isinstance(got, Failed) else str(items)
            payload = got.body[:1_000_000] if isinstance(got, Fetched) else b""
            self.store.quarantine(Rejected(src.url, f"source {src.name}: {reason}", None, None, payload))
            out.failed += 1
            self.on_line(f"{src.name}: failed: {reason}")
            return "error", reason, 0, 1, got.retry_after if isinstance(got, Failed) else None
        records.remember(self.store, src.url, got.status, got.etag, got.last_modified, now)
        if got.not_modified:
            out.unchanged += 1
            self.on_line(f"{src.name}: not modified (304)")
            return "unchanged", None, 0, 0, None
        by_url: dict[str, Item] = {}
        for item in items:
            by_url.setdefault(canonical(item.url), item)
        known = records.seen(self.store, by_url)
        fresh = [(u, it) for u, it in by_url.items() if u not in known and u not in taken]
        fresh = fresh[:self.settings.max_items]
        for u, it in fresh:
            taken.add(u)
            todo.append((src, it))
        out.listed += len(fresh)
        self.on_line(f"{src.name}: {len(items)} items listed, {len(fresh)} new")
        return "ok", None, len(fresh), 0, None

    def _ingest(self, todo: list[tuple[Source, Item]], pages: list[Fetched | Failed],
                reads: list[Article | Rejected], fetched_at: str, out: Polled) -> dict[str, tuple[int, int]]:
        from ..pipeline import ingest_items

        rows: list[dict[str, Any]] = []
        inputs: list[Article | Rejected] = []
        per_source: dict[str, list[int]] = {}
        hashes: set[str] = set()
        for (src, item), got, read in zip(todo, pages, reads, strict=True):
            url, counts = canonical(item.url), per_source.setdefault(src.name, [0, 0])
            row = {"url": url, "source": src.name, "article_id": None, "content_hash": None,
                   "fetched_at": fetched_at, "outcome": "refused", "reason": None}
            if isinstance(read, Rejected):
                counts[1] += 1
                out.refused += 1
                if isinstance(got, Failed) and not got.lasting:
                    inputs.append(read)  # quarantined now, tried again at the next poll: no row
                    continue
                if src.kind == "page" and "no article text" in read.reason:
                    rows.append({**row, "outcome": "skipped", "reason": read.reason})  # a section page, not news
                    continue
                inputs.append(read)
                rows.append({**row, "reason": read.reason})
                continue
            dup = records.text_seen(self.store, read.content_hash) or (read.id if read.content_hash in hashes else None)
            if dup is not None:
                out.duplicates += 1
                rows.append({**row, "outcome": "duplicate", "reason": f"same text as {dup}",
                             "content_hash": read.content_hash})
                continue
            hashes.add(read.content_hash)
            inputs.append(read)
            counts[0] += 1
            out.stored += 1
            rows.append({**row, "outcome": "stored", "article_id": read.id, "content_hash": read.content_hash})
        if inputs:
            with local_map(self.settings.workers) as mapper:
                ingest_items(inputs, self.store, map=mapper, batch=self.settings.batch, on_rejected=self.on_line)
        records.mark_read(self.store, rows)
        return {k: (v[0], v[1]) for k, v in per_source.items()}

    def _after(self, per_source: dict[str, tuple[int, int]]) -> Any:
        """Alerts fire on what the record gained (the pipeline kept it current as it stored)."""
        from .alerts import check_alerts

        return check_alerts(self.store, self.settings, on_line=self.on_line)


_local = threading.local()


def watch_loop(store: Store, settings: Settings, *, once: bool = False, stop: threading.Event | None = None,
               on_line: Callable[[str], None] = print, tick: float = 5.0) -> Polled:
    """Poll due sources until ``stop`` is set (or once). Returns the last poll's figures."""
    stop = stop or threading.Event()
    with Watch(store, settings, on_line=on_line) as w:
        from .alerts import refresh_record

        refresh_record(store, None)
        while True:
            result = w.poll()
            if result.sources:
                on_line(result.line())
            if once or stop.wait(tick):
                return result
