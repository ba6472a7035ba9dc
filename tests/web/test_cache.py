"""Answers kept between writes (web/cache.py): a second GET is served from what was kept; any write, by
the server or by another writer on the same store, makes the next GET read the store again; nothing is
kept when reading needs the token."""

from __future__ import annotations

import json
from typing import Any

from web_helpers import TOKEN

from treatywatch.store import open_store
from treatywatch.web import WebConfig, asgi
from treatywatch.web.cache import AnswerCache

AUTH = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}


def _cache(client: Any) -> AnswerCache:
    found = client.app.app
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
