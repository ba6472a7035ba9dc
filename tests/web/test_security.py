"""Reading behind the token (``--read-token-required``): the API wants the token, pages a login."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from web_helpers import TOKEN

from treatywatch.web import WebConfig, asgi


@pytest.fixture
def closed(copy_url: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN, read_token_required=True))) as client:
        yield client


def test_reading_needs_the_token(closed: Any) -> None:
    r = closed.get("/api/articles")
    assert r.status_code == 401 and "token" in r.json()["error"]
    assert closed.get("/api/articles", headers={"authorization": "Bearer wrong"}).status_code == 403
    assert closed.get("/api/articles", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    page = closed.get("/")
    assert page.status_code == 401 and 'href="/login"' in page.text


def test_login_sets_a_strict_http_only_cookie(closed: Any) -> None:
    wrong = closed.post("/login", data={"token": "nope"})
    assert wrong.status_code == 403
    r = closed.post("/login", data={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert closed.get("/").status_code == 200
    assert closed.get("/api/timeline").status_code == 200


def test_a_token_is_required_to_start() -> None:
    with pytest.raises(ValueError):
        WebConfig(token="")


def test_head_answers_like_get_without_a_body(writer: Any) -> None:
    for path in ("/", "/api/timeline"):
        r = writer.head(path)
        assert r.status_code == 200 and r.content == b""
        assert "default-src 'self'" in r.headers["content-security-policy"]


def test_a_loopback_server_answers_only_loopback_host_names(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    from treatywatch.web.app import LOOPBACK

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN), LOOPBACK), base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/stories").status_code == 200
        assert client.get("/api/stories", headers={"host": "localhost:8000"}).status_code == 200
        rebound = client.get("/api/stories", headers={"host": "attacker.example"})
        assert rebound.status_code == 400
        assert "default-src 'self'" in rebound.headers["content-security-policy"]
