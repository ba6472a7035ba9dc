"""One poll over several kinds of sources on 127.0.0.1: feeds (RSS, Atom, JSON), a news sitemap, a page
of links; a broken feed, a failing source and a page in a wrong charset; the same text under two
addresses; robots.txt. Failures are recorded on the source and in the quarantine; the others go on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from treatywatch.settings import Settings
from treatywatch.store import Store, open_store
from treatywatch.store import schema as s
from treatywatch.watch import records
from treatywatch.watch.poll import Watch
from treatywatch.watch.sources import canonical, every_seconds

from .servers import Answer, Site, page, rss

TEXT = ("The two governments agreed to hold new talks on strategic stability next month, a spokesman said, "
        "adding that experts would meet first to prepare the agenda.")
OTHER = ("A new exhibition about the history of diplomacy opened in the capital on Friday and will run until "
         "the end of the summer, its organisers said.")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'p.db'}") as st:
        yield st


def poll(store: Store, settings: Settings) -> object:
    with Watch(store, settings, on_line=lambda _: None) as w:
        return w.poll()


def html(title: str, text: str) -> Answer:
    return Answer(page(title, text), headers={"content-type": "text/html; charset=utf-8"})


def test_feeds_sitemap_and_page_of_links(site: Site, store: Store, fast: Settings) -> None:
    u = site.url
    site.routes["/rss"] = Answer(rss(u, [("/a/one.html", "One")]), headers={"content-type": "application/rss+xml"})
    site.routes["/atom"] = Answer((
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id>'
        f'<updated>2024-03-05T10:00:00Z</updated><entry><title>Two</title><id>t2</id><link href="{u}/a/two.html"/>'
        '<updated>2024-03-05T10:00:00Z</updated></entry></feed>').encode(),
        headers={"content-type": "application/atom+xml"})
    site.routes["/json"] = Answer(b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": '
                                  b'[{"id": "3", "url": "/a/three.html", "title": "Three", '
                                  b'"date_published": "2024-03-05T10:00:00Z"}]}',
                                  headers={"content-type": "application/feed+json"})
    site.routes["/sitemap.xml"] = Answer((
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f'<url><loc>{u}/a/four.html</loc><news:news><news:publication_date>2024-03-05</news:publication_date>'
        '<news:title>Four</news:title></news:news></url></urlset>').encode(),
        headers={"content-type": "application/xml"})
    site.routes["/section"] = Answer(
        b'<html><body><a href="/">Home</a><a href="/a/five.html">Five</a><a href="https://example.org/x">away</a>'
        b'</body></html>', headers={"content-type": "text/html"})
    for i, name in enumerate(("one", "two", "three", "four", "five")):
        site.routes[f"/a/{name}.html"] = html(name.title(), f"{TEXT} Item {i} of the series.")
    for path, kind in (("/rss", "auto"), ("/atom", "auto"), ("/json", "auto"), ("/sitemap.xml", "auto"),
                       ("/section", "page")):
        records.add_source(store, u + path, kind=kind)
    got = poll(store, fast)
    assert got.stored == 5 and got.failed == 0, got  # type: ignore[attr-defined]
    names = ("one", "two", "three", "four", "five")
    assert {a.url for a in store.latest_articles()} == {f"{u}/a/{n}.html" for n in names}
    assert not any("example.org" in p for _, p, _ in site.log)
    assert {src.status for src in records.list_sources(store)} == {"ok"}


def test_failures_are_recorded_and_the_others_go_on(site: Site, store: Store, fast: Settings) -> None:
    u = site.url
    site.routes["/broken"] = Answer(b"<rss><channel><item><title>oops", headers={"content-type": "application/rss+xml"})
    site.routes["/down"] = Answer(b"", 500)
    site.routes["/good"] = Answer(rss(u, [("/a/ok.html", "Ok"), ("/a/missing.html", "Gone")]),
                                  headers={"content-type": "application/rss+xml"})
    site.routes["/a/ok.html"] = html("Ok", TEXT)
    for path in ("/broken", "/down", "/good"):
        records.add_source(store, u + path, name=path.strip("/"))
    got = poll(store, fast)
    health = {src.name: src for src in records.list_sources(store)}
    assert health["down"].status == "error" and "HTTP 500" in (health["down"].last_error or "")
    assert health["broken"].status == "error" and "broken feed" in (health["broken"].last_error or "")
    assert health["good"].status == "ok" and health["good"].items == 1 and health["good"].errors == 1
    reasons = " | ".join(q.reason for q in store.quarantined())
    assert "source down: HTTP 500" in reasons and "source broken" in reasons and "HTTP 404" in reasons
    assert got.stored == 1  # type: ignore[attr-defined]


def test_wrong_charset_is_read_right(site: Site, store: Store, fast: Settings) -> None:
    text = "Moskau und Washington vereinbarten neue Gespräche über die strategische Stabilität, sagte ein Sprecher."
    body = page("Gespräche", text + " " + text).replace(b'charset="utf-8"', b'charset="iso-8859-1"')
    site.routes["/f"] = Answer(rss(site.url, [("/a/de.html", "de")]), headers={"content-type": "application/rss+xml"})
    site.routes["/a/de.html"] = Answer(body, headers={"content-type": "text/html; charset=iso-8859-1"})  # it is UTF-8
    records.add_source(store, site.url + "/f")
    poll(store, fast)
    (art,) = store.latest_articles()
    assert "Gespräche über" in art.text


def test_same_text_under_two_addresses_is_read_once(site: Site, store: Store, fast: Settings) -> None:
    site.routes["/f"] = Answer(rss(site.url, [("/a/x.html", "x"), ("/a/x.html#top", "x again"),
                                              ("/print/x.html", "x")]),
                               headers={"content-type": "application/rss+xml"})
    site.routes["/a/x.html"] = html("X", OTHER)
    site.routes["/print/x.html"] = html("X", OTHER)
    records.add_source(store, site.url + "/f")
    got = poll(store, fast)
    assert got.stored == 1 and got.duplicates == 1  # type: ignore[attr-defined]
    assert len(site.requests("/a/x.html")) == 1
    assert len(store.latest_articles()) == 1


def test_robots_txt_keeps_pages_unread(site: Site, store: Store, fast: Settings) -> None:
    site.routes["/robots.txt"] = Answer(b"User-agent: *\nDisallow: /a/\n")
    site.routes["/f"] = Answer(rss(site.url, [("/a/x.html", "x")]), headers={"content-type": "application/rss+xml"})
    site.routes["/a/x.html"] = html("X", OTHER)
    records.add_source(store, site.url + "/f")
    got = poll(store, fast)
    assert got.refused == 1 and site.requests("/a/x.html") == []  # type: ignore[attr-defined]
    assert any("robots.txt" in q.reason for q in store.quarantined())


def test_a_second_poll_skips_what_was_read(site: Site, store: Store, fast: Settings) -> None:
    site.routes["/f"] = Answer(rss(site.url, [("/a/x.html", "x")]), headers={"content-type": "application/rss+xml"})
    site.routes["/a/x.html"] = html("X", OTHER)
    records.add_source(store, site.url + "/f")
    poll(store, fast)
    src = records.list_sources(store)
    again = poll(store, fast)
    assert again.sources == 0  # type: ignore[attr-defined]  # not due before --every has passed
    got = poll_sources(store, fast, src)
    assert got.listed == 0 and len(site.requests("/a/x.html")) == 1  # type: ignore[attr-defined]


def poll_sources(store: Store, settings: Settings, sources: list[records.Source]) -> object:
    with Watch(store, settings, on_line=lambda _: None) as w:
        return w.poll(sources)


def test_canonical_and_every() -> None:
    assert canonical("http://Example.COM:80/a?utm_source=x&id=2#frag") == "http://example.com/a?id=2"
    assert every_seconds("15m") == 900 and every_seconds("2h") == 7200 and every_seconds("30s") == 30


def test_import_yaml_and_opml(store: Store, tmp_path: Path) -> None:
    y = tmp_path / "s.yaml"
    y.write_text("- url: http://127.0.0.1:9/a.xml\n  name: a\n  every: 30m\n- http://127.0.0.1:9/b.xml\n")
    o = tmp_path / "s.opml"
    o.write_text('<?xml version="1.0"?><opml version="2.0"><body><outline text="News C" '
                 'xmlUrl="http://127.0.0.1:9/c.xml"/><outline text="A again" xmlUrl="http://127.0.0.1:9/a.xml"/></body></opml>')
    added, refused = records.import_sources(store, y)
    assert [a.name for a in added] == ["a", "127.0.0.1-9-b.xml"] and added[0].every == 1800 and not refused
    added, refused = records.import_sources(store, o)
    assert [a.name for a in added] == ["News-C"] and len(refused) == 1 and "already watched" in refused[0]
    with store.engine.connect() as conn:
        assert conn.execute(s.sources.select()).rowcount != 0
