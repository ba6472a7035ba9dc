"""`treatywatch watch --once` end to end, against a site on 127.0.0.1: the second run on an unchanged
feed asks for it conditionally and fetches no page again; a new item is read and fires a matching
webhook alert exactly once, signed; a restart sends nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatywatch.cli import cli
from treatywatch.store import open_store
from treatywatch.store import schema as s

from .servers import Answer, Receiver, Site, page, rss

# Our own sentences (never a corpus article's).
SUSPEND = ("Moscow suspends treaty role", "Russia suspended its participation in the New START treaty on "
           "March 4, 2024, the Russian foreign ministry announced in a statement on Monday.",
           "Officials in Washington said they regretted the decision and called for a return to inspections.")
RATIFY = ("Senate votes on test ban", "The United States ratified the Comprehensive Nuclear-Test-Ban Treaty on "
          "March 6, 2024, after a long debate in the Senate.",
          "Supporters said the vote would strengthen the global ban on nuclear explosions.")
WEATHER = ("Spring arrives early", "Warm weather arrived early this year across the region, and farmers began "
           "planting two weeks ahead of the usual calendar.", "Forecasters expect a dry summer.")

ENV = {"TREATYWATCH_USER_AGENT": "treatywatch-test/1", "TREATYWATCH_HOST_DELAY": "0.01",
       "TREATYWATCH_FETCH_BACKOFF": "0.01", "TREATYWATCH_FETCH_RETRIES": "1", "TREATYWATCH_FETCH_TIMEOUT": "3"}


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args], env=ENV)
    assert result.exit_code == 0, result.output
    return result.output


def due_now(db: str) -> None:
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(s.sources.update().values(next_poll="2000-01-01T00:00:00+00:00"))


def html(art: tuple[str, ...]) -> Answer:
    return Answer(page(*art), headers={"content-type": "text/html; charset=utf-8"}, etag=f'"{hash(art[0])}"')


@pytest.fixture
def receiver() -> object:
    r = Receiver("s3cret")
    yield r
    r.close()


def test_watch_once_twice_then_a_new_item_fires_once(site: Site, receiver: Receiver, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    feed = [("/news/suspend.html?utm_source=rss", SUSPEND[0]), ("/news/weather.html", WEATHER[0])]
    site.routes["/feed.xml"] = Answer(rss(site.url, feed), etag='"f1"',
                                      headers={"content-type": "application/rss+xml"})
    site.routes["/news/suspend.html"] = html(SUSPEND)
    site.routes["/news/weather.html"] = html(WEATHER)
    run(db, "sources", "add", site.url + "/feed.xml", "--name", "local", "--every", "10s")
    run(db, "alerts", "add", "treaties", "--event", "suspend,ratify", "--to", f"webhook:{receiver.url}",
        "--secret", "s3cret")

    out = run(db, "watch", "--once")
    assert "local: 2 items listed, 2 new" in out and "2 stored" in out
    assert len(receiver.got) == 1 and receiver.bad == 0
    item = receiver.got[0]["item"]
    assert item["event"] == "suspend" and item["treaty"] == "new-start" and item["actor"] == "russia"
    assert item["evidence"][0]["url"] == site.url + "/news/suspend.html"  # tracking parameter dropped

    with open_store(db) as store:  # every article keeps its address, its source and when it was fetched
        arts = {a.url: a for a in store.latest_articles()}
        assert set(arts) == {site.url + "/news/suspend.html", site.url + "/news/weather.html"}
        assert {a.source for a in arts.values()} == {"local"}
        with store.engine.connect() as conn:
            watched = conn.execute(s.watched.select()).mappings().all()
        assert all(w["fetched_at"] and w["source"] == "local" for w in watched)

    pages_before = len(site.requests("/news/suspend.html"))
    due_now(db)  # as if --every 10s had passed
    out = run(db, "watch", "--once")
    assert "not modified (304)" in out
    assert site.requests("/feed.xml")[-1]["if-none-match"] == '"f1"'
    assert len(site.requests("/news/suspend.html")) == pages_before  # no page fetched again

    feed.append(("/news/ratify.html", RATIFY[0]))
    site.routes["/feed.xml"] = Answer(rss(site.url, feed), etag='"f2"', headers={"content-type": "application/rss+xml"})
    site.routes["/news/ratify.html"] = html(RATIFY)
    due_now(db)
    out = run(db, "watch", "--once")
    assert "3 items listed, 1 new" in out
    assert [g["item"]["event"] for g in receiver.got] == ["suspend", "ratify"]
    assert len(site.requests("/news/suspend.html")) == pages_before

    # A restart (a new process would do the same): nothing is sent twice.
    run(db, "alerts", "list")
    with open_store(db) as store:
        from treatywatch.settings import load_settings
        from treatywatch.watch.alerts import check_alerts
        assert check_alerts(store, load_settings(env=ENV, toml=None)).sent == 0
    assert len(receiver.got) == 2
    listing = run(db, "sources", "list", "--json")
    src = json.loads(listing)[0]
    assert src["status"] == "ok" and src["items"] == 3 and src["errors"] == 0
