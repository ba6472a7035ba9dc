"""The fetcher against a real server on 127.0.0.1: conditional requests, 429, 5xx, slow and cut-short
answers, redirect loops, robots.txt, gzip, size caps, and one request per host at a time."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from treatywatch.settings import Settings
from treatywatch.watch.fetch import Failed, Fetched, Fetcher, retry_after

from .servers import Answer, Site


def test_conditional_request_gets_304_and_sends_the_validators(site: Site, fast: Settings) -> None:
    site.routes["/feed"] = Answer(b"<rss/>", etag='"v1"', last_modified="Tue, 05 Mar 2024 10:00:00 GMT",
                                  headers={"content-type": "application/rss+xml"})
    with Fetcher(fast) as f:
        first = f.get(site.url + "/feed")
        assert isinstance(first, Fetched) and first.status == 200 and first.etag == '"v1"'
        second = f.get(site.url + "/feed", first.etag, first.last_modified)
    assert isinstance(second, Fetched) and second.not_modified and second.body == b""
    sent = site.requests("/feed")[-1]
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Tue, 05 Mar 2024 10:00:00 GMT"
    assert sent["user-agent"] == "treatywatch-test/1"


def test_last_modified_alone_gives_304(site: Site, fast: Settings) -> None:
    site.routes["/p"] = Answer(b"x", last_modified="Wed, 06 Mar 2024 10:00:00 GMT")
    with Fetcher(fast) as f:
        got = f.get(site.url + "/p", None, "Wed, 06 Mar 2024 10:00:00 GMT")
    assert isinstance(got, Fetched) and got.status == 304


def test_429_retry_after_is_honoured(site: Site, fast: Settings) -> None:
    calls = []

    def limited(_: object) -> Answer:
        calls.append(time.monotonic())
        return Answer(b"slow down", 429, {"retry-after": "1"}) if len(calls) == 1 else Answer(b"ok")

    site.routes["/r"] = limited
    slept: list[float] = []
    with Fetcher(replace(fast, max_wait=5.0), sleep=lambda s: (slept.append(s), time.sleep(s))) as f:
        got = f.get(site.url + "/r")
    assert isinstance(got, Fetched) and got.body == b"ok"
    assert 1.0 in slept and calls[1] - calls[0] >= 1.0


def test_429_asking_too_long_postpones(site: Site, fast: Settings) -> None:
    site.routes["/r"] = Answer(b"", 429, {"retry-after": "7200"})
    with Fetcher(fast) as f:
        got = f.get(site.url + "/r")
    assert isinstance(got, Failed) and got.retry_after == 7200 and not got.lasting
    assert len(site.requests("/r")) == 1


def test_retry_after_as_a_date() -> None:
    from datetime import UTC, datetime
    now = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
    assert retry_after("Tue, 05 Mar 2024 10:00:30 GMT", lambda: now) == 30
    assert retry_after("soon") is None


def test_500_is_retried_with_backoff_then_failed(site: Site, fast: Settings) -> None:
    site.routes["/e"] = Answer(b"oops", 500)
    slept: list[float] = []
    with Fetcher(fast, sleep=slept.append) as f:
        got = f.get(site.url + "/e")
    assert isinstance(got, Failed) and "HTTP 500" in got.reason and "3 tries" in got.reason
    assert len(site.requests("/e")) == 3
    backoffs = [s for s in slept if s >= fast.fetch_backoff]
    assert backoffs[:2] == [fast.fetch_backoff, fast.fetch_backoff * 2]


def test_500_then_success(site: Site, fast: Settings) -> None:
    n = []
    site.routes["/e"] = lambda _: (n.append(1), Answer(b"", 502) if len(n) < 2 else Answer(b"fine"))[1]
    with Fetcher(fast) as f:
        got = f.get(site.url + "/e")
    assert isinstance(got, Fetched) and got.body == b"fine"


def test_slow_answer_times_out(site: Site, fast: Settings) -> None:
    site.routes["/slow"] = Answer(b"late", delay=1.0)
    with Fetcher(replace(fast, fetch_timeout=0.2, fetch_retries=1)) as f:
        got = f.get(site.url + "/slow")
    assert isinstance(got, Failed) and "timed out" in got.reason and not got.lasting


def test_truncated_answer_is_a_failure(site: Site, fast: Settings) -> None:
    site.routes["/cut"] = Answer(b"<html>half", truncate=True)
    with Fetcher(fast) as f:
        got = f.get(site.url + "/cut")
    assert isinstance(got, Failed) and "cut short" in got.reason


def test_redirect_loop_is_refused(site: Site, fast: Settings) -> None:
    site.routes["/a"] = Answer(b"", 302, {"location": "/b"})
    site.routes["/b"] = Answer(b"", 302, {"location": "/a"})
    with Fetcher(fast) as f:
        got = f.get(site.url + "/a")
    assert isinstance(got, Failed) and "redirect loop" in got.reason


def test_too_many_redirects(site: Site, fast: Settings) -> None:
    for i in range(10):
        site.routes[f"/r{i}"] = Answer(b"", 301, {"location": f"/r{i + 1}"})
    with Fetcher(replace(fast, max_redirects=3)) as f:
        got = f.get(site.url + "/r0")
    assert isinstance(got, Failed) and "more than 3 redirects" in got.reason


def test_redirect_is_followed(site: Site, fast: Settings) -> None:
    site.routes["/old"] = Answer(b"", 301, {"location": "/new"})
    site.routes["/new"] = Answer(b"here")
    with Fetcher(fast) as f:
        got = f.get(site.url + "/old")
    assert isinstance(got, Fetched) and got.body == b"here" and got.url.endswith("/new")


def test_robots_txt_disallow_is_obeyed(site: Site, fast: Settings) -> None:
    site.routes["/robots.txt"] = Answer(b"User-agent: treatywatch-test\nDisallow: /private/\n",
                                        headers={"content-type": "text/plain"})
    site.routes["/private/x"] = Answer(b"secret")
    site.routes["/public/x"] = Answer(b"open")
    with Fetcher(fast) as f:
        refused, allowed = f.get(site.url + "/private/x"), f.get(site.url + "/public/x")
    assert isinstance(refused, Failed) and "robots.txt" in refused.reason
    assert isinstance(allowed, Fetched)
    assert site.requests("/private/x") == []
    assert len(site.requests("/robots.txt")) == 1  # read once per host


def test_robots_txt_unreachable_disallows(site: Site, fast: Settings) -> None:
    site.routes["/robots.txt"] = Answer(b"", 503)
    site.routes["/x"] = Answer(b"x")
    with Fetcher(fast) as f:
        got = f.get(site.url + "/x")
    assert isinstance(got, Failed) and "robots.txt" in got.reason and not got.lasting


def test_gzip_is_decoded(site: Site, fast: Settings) -> None:
    site.routes["/z"] = Answer(b"<html>" + b"word " * 1000, gzip=True, headers={"content-type": "text/html"})
    with Fetcher(fast) as f:
        got = f.get(site.url + "/z")
    assert isinstance(got, Fetched) and got.body.startswith(b"<html>word") and len(got.body) == 5006
    assert "gzip" in site.requests("/z")[0]["accept-encoding"]


def test_size_cap(site: Site, fast: Settings) -> None:
    site.routes["/big"] = Answer(b"x" * 5000)
    site.routes["/bomb"] = Answer(b"x" * 50_000, gzip=True)  # small on the wire, large once decoded
    with Fetcher(replace(fast, max_bytes=1000)) as f:
        big, bomb = f.get(site.url + "/big"), f.get(site.url + "/bomb")
    assert isinstance(big, Failed) and "larger than 1000 bytes" in big.reason and big.lasting
    assert isinstance(bomb, Failed) and "larger than 1000 bytes" in bomb.reason


def test_one_request_per_host_at_a_time(site: Site, fast: Settings) -> None:
    for i in range(12):
        site.routes[f"/p{i}"] = Answer(b"x", delay=0.02)
    with Fetcher(replace(fast, host_delay=0.0)) as f, ThreadPoolExecutor(6) as pool:
        got = list(pool.map(lambda i: f.get(f"{site.url}/p{i}"), range(12)))
    assert all(isinstance(g, Fetched) for g in got)
    assert site.most_in_flight == 1


def test_delay_between_requests_to_one_host(site: Site, fast: Settings) -> None:
    site.routes["/d"] = Answer(b"x")
    with Fetcher(replace(fast, host_delay=0.2)) as f:
        f.get(site.url + "/d")
        t = time.monotonic()
        f.get(site.url + "/d")
    assert time.monotonic() - t >= 0.18
