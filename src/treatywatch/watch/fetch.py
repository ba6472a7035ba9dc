"""Polite HTTP: one request at a time per host, robots.txt obeyed, conditional, bounded, retried.

    Fetcher.get(url, etag, modified) ─► robots.txt of the host (cached; RFC 9309: 4xx allows all,
        │                                5xx or unreachable disallows for now)
        ├─ the host's lock: one request in flight per host, ``host_delay`` (or Crawl-delay) apart
        ├─ redirects followed by hand (each hop checked against robots.txt), ``max_redirects``, loops refused
        ├─ 5xx, network errors, truncated bodies: retried ``fetch_retries`` times, backoff doubling
        ├─ 429: its Retry-After honoured up to ``max_wait``; longer postpones the source (``retry_after``)
        └─ body read as a stream (gzip decoded by httpx) up to ``max_bytes``
    ─► Fetched (200 with bytes, or 304 not modified) | Failed (a reason the user can read)

The fetcher never raises for what a server does: a failure is a value with its reason (STYLE.md,
habit 5). It is thread-safe: a pool of threads may share it, the host locks keep them polite.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from ..settings import Settings

ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted before it is read again


@dataclass(frozen=True)
class Fetched:
    url: str                    # after redirects
    status: int                 # 200, or 304 when the conditional request found nothing new
    body: bytes = b""
    content_type: str = ""      # media type, lower case, without parameters
    charset: str | None = None  # as the server declared it
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Failed:
    url: str
    reason: str
    retry_after: float | None = None   # seconds the server asked to wait (429 beyond max_wait)
    lasting: bool = True               # False: worth trying again at the next poll (5xx, timeouts, 429)


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.wait = reason, wait


class _Host:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last = 0.0
        self.robots: Protego | None = None
        self.robots_read = -ROBOTS_TTL
        self.robots_error: str | None = None


def retry_after(value: str | None, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date; None when unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """Shared by every fetch of one run of ``watch``; ``close()`` it (or use ``with``)."""

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._client = httpx.Client(
            headers={"user-agent": settings.user_agent, "accept-encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.fetch_timeout), follow_redirects=False, transport=transport,
            trust_env=False)  # no proxy from the environment: sources are reached as named

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _host(self, url: str) -> _Host:
        key = host_of(url)
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    # -- robots.txt -----------------------------------------------------------------------------

    def allowed(self, url: str) -> str | None:
        """None when robots.txt lets our User-Agent fetch ``url``; else why not."""
        host = self._host(url)
        if time.monotonic() - host.robots_read > ROBOTS_TTL:
            self._read_robots(url, host)
        if host.robots_error is not None:
            return host.robots_error
        if host.robots is not None and not host.robots.can_fetch(url, self.settings.user_agent):
            return f"disallowed by {host_of(url)}/robots.txt for {self.settings.user_agent.split('/')[0]}"
        return None

    def _read_robots(self, url: str, host: _Host) -> None:
        where = host_of(url) + "/robots.txt"
        got = self._request(where, {}, host, check_robots=False)
        host.robots_read = time.monotonic()
        host.robots, host.robots_error = None, None
        if isinstance(got, Fetched):
            host.robots = Protego.parse(got.body.decode("utf-8", "replace"))
        elif got.reason.startswith("HTTP 4"):
            host.robots = None  # RFC 9309 2.3.1.3: no robots.txt (4xx) means everything is allowed
        else:  # RFC 9309 2.3.1.4: unreachable means disallowed, until it can be read
            host.robots_error = f"robots.txt of {host_of(url)} cannot be read ({got.reason}): not fetched"
            host.robots_read -= ROBOTS_TTL - 60.0  # read again in a minute, not in an hour

    def _delay(self, host: _Host) -> float:
        delay = self.settings.host_delay
        if host.robots is not None:
            asked = host.robots.crawl_delay(self.settings.user_agent)
            if asked:
                delay = max(delay, min(float(asked), 60.0))  # a Crawl-delay of hours would stop watching
        return delay

    # -- one address ----------------------------------------------------------------------------

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*") -> Fetched | Failed:
        """GET ``url`` conditionally (when ``etag`` or ``last_modified`` is known), politely."""
        headers = {"accept": accept}
        if etag:
            headers["if-none-match"] = etag
        if last_modified:
            headers["if-modified-since"] = last_modified
        seen = {url}
        for _ in range(self.settings.max_redirects + 1):
            got = self._request(url, headers, self._host(url))
            if isinstance(got, Failed) or got.status not in (301, 302, 303, 307, 308):
                return got
            target = got.headers.get("location")
            if not target:
                return Failed(url, f"HTTP {got.status} without a Location")
            nxt = urljoin(url, target)
            if urlsplit(nxt).scheme not in ("http", "https"):
                return Failed(url, f"redirected to {nxt!r}, not http(s)")
            if nxt in seen:
                return Failed(url, f"redirect loop ({nxt} again)")
            seen.add(nxt)
            if host_of(nxt) != host_of(url):
                headers.pop("if-none-match", None)  # validators belong to the first address
                headers.pop("if-modified-since", None)
            url = nxt
        return Failed(url, f"more than {self.settings.max_redirects} redirects")

    def _request(self, url: str, headers: dict[str, str], host: _Host, check_robots: bool = True) -> Fetched | Failed:
        if check_robots:
            refused = self.allowed(url)
            if refused is not None:
                return Failed(url, refused, lasting=self._host(url).robots_error is None)
        wait = self.settings.fetch_backoff
        reason = ""
        for attempt in range(self.settings.fetch_retries + 1):
            try:
                with host.lock:  # one request in flight per host, host_delay apart
                    gap = host.last + self._delay(host) - time.monotonic()
                    if gap > 0:
                        self._sleep(gap)
                    try:
                        return self._once(url, headers)
                    finally:
                        host.last = time.monotonic()
            except _Retry as r:
                reason = r.reason
                if r.wait is not None:
                    if r.wait > self.settings.max_wait:
                        return Failed(url, f"{reason}: asked to wait {r.wait:.0f} s", retry_after=r.wait, lasting=False)
                    pause = r.wait
                else:
                    pause = wait
                    wait *= 2
                if attempt < self.settings.fetch_retries:
                    self._sleep(pause)
            except _Refused as r:
                return Failed(url, r.reason)
        tries = self.settings.fetch_retries + 1
        return Failed(url, f"{reason} (after {tries} {'try' if tries == 1 else 'tries'})", lasting=False)

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                if r.status_code == 429:
                    raise _Retry("HTTP 429 Too Many Requests", retry_after(r.headers.get("retry-after")) or None)
                if r.status_code >= 500:
                    raise _Retry(f"HTTP {r.status_code}")
                kind, charset = _media_type(r.headers.get("content-type", ""))
                common = {"url": url, "status": r.status_code, "content_type": kind, "charset": charset,
                          "etag": r.headers.get("etag"), "last_modified": r.headers.get("last-modified"),
                          "headers": {k.lower(): v for k, v in r.headers.items()}}
                if r.status_code in (301, 302, 303, 307, 308, 304):
                    return Fetched(**common)
                if r.status_code >= 400:
                    raise _Refused(f"HTTP {r.status_code}")
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.settings.max_bytes \
                        and "content-encoding" not in r.headers:
                    raise _Refused(f"larger than {self.settings.max_bytes} bytes ({declared} announced)")
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.settings.max_bytes:
                        raise _Refused(f"larger than {self.settings.max_bytes} bytes")
                return Fetched(body=bytes(body), **common)
        except httpx.TimeoutException as e:
            raise _Retry(f"timed out ({type(e).__name__})") from None
        except httpx.RemoteProtocolError as e:
            raise _Retry(f"response cut short or malformed: {e}") from None
        except httpx.DecodingError as e:
            raise _Refused(f"cannot decode the body: {e}") from None
        except httpx.TransportError as e:
            raise _Retry(f"network error: {type(e).__name__}: {e}") from None


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _media_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip('"').lower()
    return parts[0].lower(), charset
