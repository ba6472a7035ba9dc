"""The web under attack (issue 15): hostile JSON is a 422, never a 500; answers never show the
database URL; the Host header is checked however the server binds; wrong logins slow down; short
tokens are refused."""

from __future__ import annotations

import time
from typing import Any

import pytest
from web_helpers import TOKEN

from treatywatch.errors import ConfigError
from treatywatch.web import WebConfig, asgi
from treatywatch.web.app import hosts_for, serve

AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("body", [
    b"[" * 100_000 + b"]" * 100_000,                               # nested deeper than a parser follows
    b'{"id": ' + b"7" * 5000 + b', "text": "Chile signed the accord."}',  # a 5,000-digit id
    b'{"id": "\\ud800", "text": "\\udfff"}',                      # lone surrogates, nothing else
    b'{"id": "x\\u0000y", "text": "\\u0000"}',
])
def test_hostile_json_is_refused_with_422(writer: Any, body: bytes) -> None:
    answer = writer.post("/api/articles", content=body, headers={**AUTH, "content-type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]


def test_hostile_json_beside_a_good_record_keeps_the_good_one(writer: Any) -> None:
    body = b'[{"id": "\\ud800ok", "text": "Chile signed the accord in Santiago on 2 May 2020."}, {"id": [[[[]]]]}]'
    answer = writer.post("/api/articles", content=body, headers={**AUTH, "content-type": "application/json"})
    assert answer.status_code == 201, answer.text


def test_not_found_answers_do_not_show_the_database(api: Any, read_url: str) -> None:
    for path in ("/api/facts/nope", "/api/articles/nope", "/api/stories/nope", "/articles/nope"):
        answer = api.get(path)
        assert answer.status_code == 404, path
        assert "sqlite" not in answer.text and "postgresql" not in answer.text, answer.text
        assert read_url.split("/")[-1] not in answer.text


def test_a_server_bound_to_every_address_checks_the_host(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    hosts = hosts_for("0.0.0.0", ["news.example.org"])
    assert "news.example.org" in hosts and "*" not in hosts
    with TestClient(asgi(copy_url, WebConfig(token=TOKEN), hosts), base_url="http://news.example.org") as client:
        assert client.get("/api/stories").status_code == 200
        forged = client.get("/upload", headers={"host": "evil.example"}, follow_redirects=False)
        assert forged.status_code == 400
        assert "evil.example" not in forged.headers.get("location", "")


def test_a_short_token_is_refused() -> None:
    with pytest.raises(ConfigError, match="at least 16"):
        serve("sqlite://", token="a")


def test_wrong_logins_slow_down(copy_url: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN, read_token_required=True))) as client:
        times = []
        for _ in range(3):
            started = time.monotonic()
            assert client.post("/login", data={"token": "guess"}).status_code == 403
            times.append(time.monotonic() - started)
        assert times[2] >= 0.9 and times[2] > times[0]  # 0.25 s, 0.5 s, 1 s...
        ok = client.post("/login", data={"token": TOKEN}, follow_redirects=False)
        assert ok.status_code == 303
