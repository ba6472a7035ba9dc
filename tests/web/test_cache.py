"""Answers kept between writes (web/cache.py): a second GET is served from what was kept, with the same
headers and an ETag (304 when the client has it); any write by the server makes the next GET read the
store again, a write by another writer once ``recheck`` has passed; nothing is kept when reading needs the
token; the guard and the host check still answer what they answered before."""

from __future__ import annotations

import json
from typing import Any

from web_helpers import TOKEN

from treatywatch.store import open_store
from treatywatch.web import WebConfig, asgi
from treatywatch.web.cache import AnswerCache, matches

AUTH = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}


def _cache(client: Any) -> AnswerCache:
    found = client.app
    assert isinstance(found, AnswerCache)
    return found


def _ids(client: Any) -> list[str]:
    return [a["article_id"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"]]


def test_kept_until_the_server_writes(writer: Any) -> None:
    cache = _cache(writer)
    before = _ids(writer)
    misses = cache.misses
    assert _ids(writer) == before and cache.misses == misses and cache.hits >= 1
    record = {"id": "kept-then-new", "text": "Oslo, 5 May 2024. Norway said it would keep every limit of the treaty.",
              "language": "en", "published": "2030-01-01"}
    assert writer.post("/api/articles", content=json.dumps(record), headers=AUTH).status_code == 201
    after = _ids(writer)
    assert after[0] == "kept-then-new" and len(after) == len(before) + 1


def test_kept_until_another_writer_writes(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN))) as client:
        first = client.get("/stories").text
        assert client.get("/stories").text == first
        with open_store(copy_url) as store, store.writing() as conn:
            conn.exec_driver_sql("UPDATE stories SET title = 'A title set elsewhere' WHERE seq = "
                                 "(SELECT max(seq) FROM stories)")
        assert "A title set elsewhere" in client.get("/api/stories", params={"limit": 500}).text


def test_nothing_kept_when_reading_needs_the_token(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN, read_token_required=True))) as client:
        assert client.get("/api/articles").status_code == 401
        assert client.get("/api/articles", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert client.get("/api/articles").status_code == 401
        assert _cache(client).hits == 0 and not _cache(client).entries


def _without_date(headers: Any) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k != "date"}


def test_a_kept_answer_has_the_headers_and_bytes_of_the_first(writer: Any) -> None:
    for path in ("/", "/api/articles?limit=3", "/timeline.csv", "/api/dashboard"):
        first = writer.get(path)
        again = writer.get(path)
        assert first.status_code == again.status_code == 200
        assert again.content == first.content and _without_date(again.headers) == _without_date(first.headers)
        assert first.headers["etag"].startswith('"')
        assert "default-src 'self'" in first.headers["content-security-policy"]
    assert writer.get("/").headers["content-type"] == "text/html; charset=utf-8"
    assert writer.get("/api/articles").headers["content-type"] == "application/json"


def test_304_when_the_client_has_the_answer(writer: Any) -> None:
    first = writer.get("/api/stories")
    etag = first.headers["etag"]
    for given in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        again = writer.get("/api/stories", headers={"if-none-match": given})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag and again.headers["x-content-type-options"] == "nosniff"
        assert "content-type" not in again.headers
    assert writer.get("/api/stories", headers={"if-none-match": '"other"'}).content == first.content
    head = writer.head("/api/stories")
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == etag


def test_the_etag_is_the_body_s(writer: Any) -> None:
    """Kept or made again after a write, the same bytes have the same ETag: a client keeps its copy."""
    etag = writer.get("/api/stories").headers["etag"]
    record = {"id": "etag-new", "text": "Oslo, 5 May 2024. Norway said it would keep every limit of the treaty.",
              "language": "en", "published": "2030-01-01"}
    assert writer.post("/api/articles", content=json.dumps(record), headers=AUTH).status_code == 201
    assert writer.get("/api/articles", headers={"if-none-match": etag}).status_code == 200
    assert matches(b'W/"a", "b"', b'"b"') and not matches(b'"a"', b'"b"') and not matches(None, b'"b"')


def test_the_server_s_own_write_shows_at_once_another_s_after_recheck(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    now = [0.0]
    with TestClient(asgi(copy_url, WebConfig(token=TOKEN, recheck=60))) as client:
        _cache(client).clock = lambda: now[0]
        before = _ids(client)
        record = {"id": "own-write", "text": "Oslo, 5 May 2024. Norway said it would keep every limit of the treaty.",
                  "language": "en", "published": "2030-01-01"}
        assert client.post("/api/articles", content=json.dumps(record), headers=AUTH).status_code == 201
        assert _ids(client)[0] == "own-write"   # no time has passed: the server's own write is seen
        stories = client.get("/api/stories", params={"limit": 500}).text
        with open_store(copy_url) as store, store.writing() as conn:
            conn.exec_driver_sql("UPDATE stories SET title = 'A title set elsewhere' WHERE seq = "
                                 "(SELECT max(seq) FROM stories)")
        assert client.get("/api/stories", params={"limit": 500}).text == stories   # within recheck: kept
        now[0] += 61
        assert "A title set elsewhere" in client.get("/api/stories", params={"limit": 500}).text
        assert len(before) + 1 == len(_ids(client))


def test_the_guard_and_the_host_check_still_answer_kept_paths(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    from treatywatch.web.app import LOOPBACK

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN, max_body=100), LOOPBACK),
                    base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/articles").status_code == 200 == client.get("/api/articles").status_code
        assert client.get("/api/articles", headers={"host": "evil.example"}).status_code == 400
        assert client.request("GET", "/api/articles", content=b"x" * 500).status_code == 413


def test_an_answer_too_large_to_keep_is_sent_whole_and_not_kept(writer: Any, monkeypatch: Any) -> None:
    from treatywatch.web import cache

    whole = writer.get("/api/events.csv").content
    _cache(writer).entries.clear()
    monkeypatch.setattr(cache, "MAX_ANSWER", 200)
    for _ in range(2):
        again = writer.get("/api/events.csv")
        assert again.status_code == 200 and again.content == whole and "etag" not in again.headers
    assert not _cache(writer).entries and len(whole) > 200
