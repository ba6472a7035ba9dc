"""WARC files (a news crawl's archives) to articles, with warcio.

Each ``response`` record whose HTTP content type is HTML is a page, read as ``ingest`` reads an HTML
file (trafilatura for the text, the page's own date); its id is ``url-`` and a hash of the record's
address, its line the record's number in the file. ``request``, ``metadata``, ``warcinfo`` and
``revisit`` records hold no article and are passed over. Quarantined, with the reason: a response
that is not HTML (an image, a PDF, a JSON API), a page with no article text, a body that does not
decode, and a record that cannot be read (a truncated or damaged file: reading stops there, for a
damaged WARC cannot be resynchronised).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from ..ingest.build import Found
from ..ingest.decode import Refusal, decode
from ..ingest.webpage import read_html
from ..models import Article, Rejected

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def url_id(url: str) -> str:
    """The article id of a crawled page: stable across crawls of the same address."""
    return "url-" + hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def _text(body: bytes, content_type: str) -> str | Refusal:
    charset = _charset(content_type)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: sniff as any file
    return decode(body)


def read_warc(path: str, max_bytes: int) -> Iterator[Article | Rejected]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                number += 1
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                article_id = url_id(url) if url else f"{path}#{number}"
                http = record.http_headers
                content_type = (http.get_header("Content-Type") if http is not None else None) or ""
                body = record.content_stream().read(max_bytes + 1)
                if http is None or content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
                    kind = content_type.split(";")[0].strip() or "none given"
                    yield Rejected(path, f"record {number} ({url or 'no address'}): not an HTML page "
                                   f"(content type {kind})", number, article_id, body[:max_bytes])
                    continue
                if len(body) > max_bytes:
                    yield Rejected(path, f"record {number} ({url}): too large (limit {max_bytes} bytes)",
                                   number, article_id, body[:max_bytes])
                    continue
                text = _text(body, content_type)
                if isinstance(text, Refusal):
                    yield Rejected(path, f"record {number} ({url}): {text.reason}", number, article_id, body)
                    continue
                yield read_html(text, Found(article_id=article_id, source=path, url=url or None, line=number))
    except OSError as err:
        yield Rejected(path, f"cannot read: {err.strerror or err}", number or None, None)
    except Exception as err:  # noqa: BLE001 - warcio's errors on a damaged archive have no common base
        yield Rejected(path, f"record {number + 1}: broken WARC record, the rest of the file is not read "
                       f"({type(err).__name__}: {err})", number + 1, None)
