"""Every page works at any size: over a store with several pages of everything (tests/web/many.py), a
crawler opens every page, every link on it (pagers, CSV, JSON twins, SVG links) and every GET form with
each of its fields filled in turn, and wants a 200 from each; lists say "1-N of TOTAL"."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from many import write_articles
from web_helpers import TOKEN

from treatywatch.know.refresh import refresh_facts
from treatywatch.pipeline import ingest_paths
from treatywatch.store import open_store

ARTICLES = 140
# a value for each field a GET form offers (a select tries each of its options instead)
SAMPLES = {"q": "treaty", "lang": "ar", "since": "2018", "until": "2023", "speaker": "putin", "treaty": "new-start",
           "actor": "russia", "severity": "high", "as_of": "2020"}
LISTS = ["/articles", "/timeline", "/quotes", "/stories", "/conflicts", "/search?q=treaty"]
PER_PATH = 30       # distinct URLs opened per path at most (filters x pages grow fast)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[tuple[str, list[tuple[str, list[str]]]]] = []
        self._select: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form" and a.get("method", "get").lower() == "get":
            self.forms.append((a.get("action", ""), []))
        elif tag == "input" and self.forms and a.get("name") and a.get("type") not in ("hidden", "submit"):
            self.forms[-1][1].append((a["name"], [SAMPLES.get(a["name"], "x")]))
        elif tag == "select" and self.forms and a.get("name"):
            self._select = (a["name"], [])
            self.forms[-1][1].append(self._select)
        elif tag == "option" and self._select is not None and a.get("value"):
            self._select[1].append(a["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def _urls(base: str, parser: Links) -> Iterator[str]:
    for href in parser.hrefs:
        yield urljoin(base, href)
    for action, fields in parser.forms:
        target = urljoin(base, action or base)
        yield target
        for name, values in fields:
            for value in values:
                yield f"{target.split('?')[0]}?{urlencode({name: value})}"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from treatywatch.web import WebConfig, asgi

    where = tmp_path_factory.mktemp("many")
    url = f"sqlite:///{where / 'many.db'}"
    with open_store(url) as store:
        ingest_paths([str(write_articles(Path(where) / "many.jsonl", ARTICLES))], store, on_rejected=lambda _: None)
        refresh_facts(store)
    with TestClient(asgi(url, WebConfig(token=TOKEN))) as client:
        yield client


def test_every_page_link_and_form_answers_200(many: object) -> None:
    client: object = many
    queue = deque(["/", *LISTS, *(f"{p}{'&' if '?' in p else '?'}limit=3" for p in LISTS)])
    seen: set[str] = set()
    per_path: dict[str, int] = {}
    failures: list[str] = []
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or url in seen or parts.path in ("/login", "/upload"):
            continue
        if per_path.get(parts.path.split("/")[1] if parts.query else parts.path, 0) >= PER_PATH:
            continue
        seen.add(url)
        key = parts.path.split("/")[1] if parts.query else parts.path
        per_path[key] = per_path.get(key, 0) + 1
        r = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))  # type: ignore[attr-defined]
        if r.status_code != 200:
            failures.append(f"{r.status_code} {url}: {r.text[:200]}")
            continue
        if "text/html" in r.headers.get("content-type", ""):
            parser = Links()
            parser.feed(r.text)
            queue.extend(u for u in _urls(f"http://testserver{url}", parser) if u not in seen)
    assert not failures, "\n".join(failures[:20])
    # the crawl went everywhere: pages past the first of every list, articles, facts, stories, actors
    opened = " ".join(sorted(seen))
    for part in ("offset=3", "/articles/many-", "/facts/", "/stories/s", "/treaties/", ".csv", "/api/"):
        assert part in opened, part
    assert len(seen) > 150


@pytest.mark.parametrize("path", ["/articles", "/timeline", "/quotes", "/conflicts"])
def test_lists_say_which_rows_of_how_many(many: object, path: str) -> None:
    client: object = many
    total = client.get(f"/api{path}", params={"limit": 1}).json()["total"]  # type: ignore[attr-defined]
    assert total > 50
    page = client.get(path, params={"limit": 50, "offset": 50}).text  # type: ignore[attr-defined]
    assert re.search(rf'<span class="shown">51-{min(100, total)} of {total}</span>', page)
    last = client.get(path, params={"limit": 50, "offset": total - 1}).text  # type: ignore[attr-defined]
    assert f"{total}-{total} of {total}" in last and "next →" not in last


def test_story_lists_and_the_dashboard_are_summaries(many: object) -> None:
    client: object = many
    listed = client.get("/api/stories").content  # type: ignore[attr-defined]
    stories = json.loads(listed)["items"]
    assert stories and sum(s["size"] for s in stories) == ARTICLES
    for s in stories:
        assert "links" not in s and len(s["articles"]) <= 5 and sum(s["by_language"].values()) == s["size"]
    biggest = max(stories, key=lambda s: s["size"])
    one = client.get(f"/api/stories/{biggest['story_id']}").json()  # type: ignore[attr-defined]
    assert len(one["articles"]) == biggest["size"] and one["links"]   # links come with the one story
    # sized for people: the list is a small fraction of its stories in full
    whole = sum(len(client.get(f"/api/stories/{s['story_id']}").content) for s in stories)  # type: ignore[attr-defined]
    assert len(listed) < 8_000 < whole / 10
    dashboard = client.get("/api/dashboard").content  # type: ignore[attr-defined]
    assert len(dashboard) < 60_000
    assert all("links" not in s for s in json.loads(dashboard)["stories"])
    assert len(client.get("/api/timeline").content) < 200_000  # type: ignore[attr-defined]


def test_article_list_pages_by_keyset_as_by_offset(many: object) -> None:
    client: object = many
    first = client.get("/api/articles", params={"limit": 20}).json()  # type: ignore[attr-defined]
    after = client.get("/api/articles", params={"limit": 20, "after": first["next_cursor"]}).json()  # type: ignore[attr-defined]
    offset = client.get("/api/articles", params={"limit": 20, "offset": 20}).json()  # type: ignore[attr-defined]
    assert [a["article_id"] for a in after["items"]] == [a["article_id"] for a in offset["items"]]
    days = [a["published"] for a in first["items"] + after["items"]]
    assert days == sorted(days, reverse=True)
    bad = client.get("/api/articles", params={"after": "nonsense"})  # type: ignore[attr-defined]
    assert bad.status_code == 400 and "after" in bad.json()["error"]
