"""Sources: what is watched, and what a fetched source lists.

A source is an RSS, Atom or JSON feed, a (news) sitemap, or a page whose links lead to articles.
``listed(fetched, kind)`` reads the items any of them lists (feedparser for feeds, lxml for sitemaps,
courlan for a page's links); ``canonical(url)`` is the address an item is known by, so that the
same article reached through two addresses (tracking parameters, a fragment, upper-case host) is read
once. The store side (add, list, remove, import) is in ``watch/records.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
import feedparser
from lxml import etree

from ..errors import ArgumentError
from .fetch import Fetched

KINDS = ("auto", "feed", "sitemap", "page")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
              "application/feed+json", "application/json", "text/plain")
PAGE_TYPES = ("text/html", "application/xhtml+xml")
_EVERY = re.compile(r"(\d+)\s*([smhd]?)")
_UNITS = {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Item:
    """One article a source lists: its address and what the listing says of it."""

    url: str
    title: str | None = None
    published: str | None = None


def every_seconds(value: str) -> int:
    """``15m`` → 900; ``30s``, ``2h``, ``1d``; a bare number is minutes. At least 10 seconds."""
    match = _EVERY.fullmatch(value.strip().lower())
    if not match:
        raise ArgumentError(f"--every {value!r}: give a number and a unit, e.g. 30s, 15m, 2h, 1d")
    seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if seconds < 10:
        raise ArgumentError(f"--every {value!r}: at least 10s (sources are polled politely)")
    return seconds


def canonical(url: str) -> str:
    """The address an item is known by: courlan's normalisation (lower-case host, default port and
    tracking parameters dropped, query sorted) without the fragment."""
    try:
        norm = courlan.normalize_url(url.strip(), strict=False)
    except (ValueError, TypeError):
        norm = url.strip()
    parts = urlsplit(norm)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArgumentError(f"{url!r} is not an http(s) address")
    return url.strip()


def detect(fetched: Fetched) -> str:
    """The kind of a fetched source from its content type and first bytes."""
    head = fetched.body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if fetched.content_type in PAGE_TYPES and not head.startswith(b"<?xml"):
        return "page"
    return "feed"


def listed(fetched: Fetched, kind: str) -> list[Item] | str:
    """The items of a fetched source, in the order listed; or why none can be read."""
    kind = detect(fetched) if kind == "auto" else kind
    if kind == "sitemap":
        return _sitemap(fetched.body, fetched.url)
    if kind == "page":
        return _page_links(fetched)
    return _feed(fetched)


def _feed(fetched: Fetched) -> list[Item] | str:
    if fetched.content_type and fetched.content_type not in FEED_TYPES:
        return f"content type {fetched.content_type!r} is not a feed"
    if fetched.body.lstrip()[:1] == b"{" or "json" in fetched.content_type:
        return _json_feed(fetched.body, fetched.url)
    headers = {"content-type": fetched.headers.get("content-type", ""), "content-location": fetched.url}
    parsed = feedparser.parse(fetched.body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.version and not parsed.entries:
        why = getattr(parsed, "bozo_exception", None)
        return f"not a feed (RSS, Atom or JSON Feed){f': {why}' if why else ''}"
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
        items.append(Item(urljoin(fetched.url, link), entry.get("title"), published))
    if parsed.bozo and not items:  # a feed cut or malformed before its first item: nothing to trust
        return f"broken feed: {getattr(parsed, 'bozo_exception', 'malformed')}"
    return items


def _json_feed(body: bytes, base: str) -> list[Item] | str:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        return f"not a JSON Feed: {e}"
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return "not a JSON Feed: no items list"
    items = []
    for entry in data["items"]:
        if isinstance(entry, dict) and isinstance(link := entry.get("url") or entry.get("external_url"), str):
            date = entry.get("date_published")
            items.append(Item(urljoin(base, link), entry.get("title") if isinstance(entry.get("title"), str) else None,
                              date[:10] if isinstance(date, str) and re.match(r"\d{4}-\d\d-\d\d", date) else None))
    return items


def _sitemap(body: bytes, base: str) -> list[Item] | str:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as e:
        return f"not a sitemap: {e}"
    items = []
    for url in root.iter("{*}url", "{*}sitemap"):
        loc = url.findtext("{*}loc")
        if not loc:
            continue
        title = url.findtext(".//{*}news/{*}title")
        date = url.findtext(".//{*}news/{*}publication_date") or url.findtext("{*}lastmod")
        items.append(Item(urljoin(base, loc.strip()), title.strip() if title else None,
                          date.strip()[:10] if date and re.match(r"\s*\d{4}-\d\d-\d\d", date) else None))
    return items


def _page_links(fetched: Fetched) -> list[Item] | str:
    if fetched.content_type not in PAGE_TYPES:
        return f"content type {fetched.content_type!r} is not an HTML page"
    html = fetched.body.decode(fetched.charset or "utf-8", "replace") if _known(fetched.charset) \
        else fetched.body.decode("utf-8", "replace")
    links = courlan.extract_links(html, url=fetched.url, no_filter=True, strict=False, with_nav=False)
    home = urlsplit(fetched.url).netloc.lower()
    out = []
    for link in sorted(links):
        parts = urlsplit(link)
        if parts.netloc.lower() != home or canonical(link) == canonical(fetched.url):
            continue
        if parts.path in ("", "/") or courlan.is_navigation_page(link) or courlan.is_not_crawlable(link):
            continue
        out.append(Item(link))
    return out


def _known(charset: str | None) -> bool:
    import codecs

    if not charset:
        return False
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True
