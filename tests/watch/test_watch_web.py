"""The watch on the web: sources and alerts listed for readers, added and removed with the token only,
each alert's Atom feed; and `serve --watch`'s watching thread polling in the same process."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from treatywatch.settings import Settings
from treatywatch.store import open_store
from treatywatch.watch import records
from treatywatch.web import WebConfig, asgi
from treatywatch.web.app import start_watching

from .servers import Answer, Site, page, rss

TOKEN = "t0ken-for-tests"

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


def test_pages_and_token(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    with TestClient(asgi(db, WebConfig(token=TOKEN))) as web:
        assert web.get("/sources").status_code == 200 and "No sources watched yet" in web.get("/sources").text
        refused = web.post("/sources", data={"url": "http://127.0.0.1:9/feed.xml", "token": "wrong"})
        assert refused.status_code == 403
        added = web.post("/sources", data={"url": "http://127.0.0.1:9/feed.xml", "name": "nine", "token": TOKEN},
                         follow_redirects=False)
        assert added.status_code == 303
        assert [s["name"] for s in web.get("/api/sources").json()["items"]] == ["nine"]
        assert "nine" in web.get("/sources").text
        bad = web.post("/alerts", data={"name": "a", "to": "gopher:x", "token": TOKEN})
        assert bad.status_code == 400 and "webhook:" in bad.text
        assert web.post("/alerts", data={"name": "a", "to": "feed", "event": "suspend", "token": TOKEN},
                        follow_redirects=False).status_code == 303
        assert web.get("/api/alerts").json()["items"][0]["feed"] == "/alerts/a.atom"
        feed = web.get("/alerts/a.atom")
        assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
        assert "<feed" in feed.text
        assert web.get("/alerts/nothing.atom").status_code == 404
        assert web.post("/alerts", data={"remove": "a"}).status_code == 401
        assert web.post("/alerts", data={"remove": "a", "token": TOKEN}, follow_redirects=False).status_code == 303
        assert web.post("/sources", data={"remove": "nine", "token": TOKEN}, follow_redirects=False).status_code == 303
        assert web.get("/api/sources").json()["items"] == []


def test_serve_watch_polls_in_the_same_process(site: Site, fast: Settings, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    site.routes["/f"] = Answer(rss(site.url, [("/a/x.html", "x")]), headers={"content-type": "application/rss+xml"})
    site.routes["/a/x.html"] = Answer(page("Exhibition", "A new exhibition about the history of diplomacy opened "
                                           "in the capital on Friday and will run all summer, its organisers said."),
                                      headers={"content-type": "text/html"})
    with open_store(db) as store:
        records.add_source(store, site.url + "/f", name="local")
    stop = threading.Event()
    thread = start_watching(db, fast, stop)
    try:
        with open_store(db) as store:
            for _ in range(200):
                if records.list_sources(store)[0].status == "ok" and store.latest_articles():
                    break
                time.sleep(0.1)
            assert [a.url for a in store.latest_articles()] == [site.url + "/a/x.html"]
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
