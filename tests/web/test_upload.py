"""POST /api/articles: the command line's readers, validation, quarantine and idempotence over HTTP,
and every way a request can be wrong (token, type, size, malformed content)."""

from __future__ import annotations

import json
from typing import Any

from web_helpers import TOKEN

from treatywatch.store import open_store

AUTH = {"authorization": f"Bearer {TOKEN}"}
TEXT = ("MOSCOW, 21 February 2023 — Russian President Vladimir Putin announced on Tuesday that Russia would "
        "suspend its participation in the New START treaty.")


def post(client: Any, body: bytes | str, kind: str | None = "text/plain", headers: dict[str, str] | None = None,
         **params: str) -> Any:
    h = dict(AUTH if headers is None else headers)
    if kind is not None:
        h["content-type"] = kind
    return client.post("/api/articles", content=body, headers=h, params=params)


def test_text_is_ingested_understood_and_idempotent(writer: Any) -> None:
    r = post(writer, TEXT, name="putin-suspends.txt")
    assert r.status_code == 201, r.text
    [a] = r.json()["articles"]
    assert a["id"] == "putin-suspends" and a["status"] == "new" and a["version"] == 1 and a["language"] == "en"
    assert any(e["event"] == "suspend" and e["treaty"] == "new-start" for e in a["events"])
    assert a["page"] == "/articles/putin-suspends?version=1"
    again = post(writer, TEXT, name="putin-suspends.txt")
    assert again.status_code == 200 and again.json()["articles"][0]["status"] == "unchanged"
    changed = post(writer, TEXT + " The move was condemned in Washington.", name="putin-suspends.txt")
    assert changed.status_code == 201
    assert changed.json()["articles"][0]["status"] == "version"
    assert changed.json()["articles"][0]["version"] == 2
    # the record follows at once: the article is evidence of the suspension fact
    event = next(e for e in a["events"] if e["event"] == "suspend")
    facts = writer.get("/api/facts", params={"treaty": "new-start", "actor": event["actor"], "limit": 500}).json()
    evidence = [c for f in facts["items"] if f["event"] == "suspend"
                for c in writer.get(f"/api/facts/{f['id']}").json()["evidence"]]
    assert "putin-suspends" in {c["article"] for c in evidence}


def test_without_a_name_the_id_is_a_content_hash(writer: Any) -> None:
    r = post(writer, TEXT)
    assert r.status_code == 201
    assert r.json()["articles"][0]["id"].startswith("upload-")


def test_html_and_json_and_jsonl_bodies(writer: Any) -> None:
    html = f"<html><head><title>Suspension</title></head><body><article><p>{TEXT}</p></article></body></html>"
    r = post(writer, html, "text/html; charset=utf-8", name="page.html")
    assert r.status_code == 201, r.text
    assert r.json()["articles"][0]["id"] == "page"
    record = {"id": "rec-1", "title": "Suspension", "text": TEXT, "language": "en", "published": "2023-02-21"}
    r = post(writer, json.dumps(record), "application/json")
    assert r.status_code == 201 and r.json()["articles"][0]["id"] == "rec-1"
    assert r.json()["articles"][0]["published"] == "2023-02-21"
    lines = "\n".join(json.dumps(record | {"id": f"line-{i}"}) for i in range(3)) + "\nnot json\n"
    r = post(writer, lines, "application/x-ndjson", name="feed.jsonl")
    body = r.json()
    assert r.status_code == 201 and [a["id"] for a in body["articles"]] == ["line-0", "line-1", "line-2"]
    assert len(body["rejected"]) == 1 and body["rejected"][0]["line"] == 4


def test_multipart_files_and_text(writer: Any) -> None:
    files = [("files", ("one.txt", TEXT.encode(), "text/plain")),
             ("files", ("two.json", json.dumps({"id": "two", "text": TEXT}).encode(), "application/json"))]
    r = writer.post("/api/articles", files=files, data={"text": "Putin said the treaty was dead.", "name": "pasted"},
                    headers=AUTH)
    assert r.status_code == 201, r.text
    assert {a["id"] for a in r.json()["articles"]} == {"one", "two", "pasted"}
    token_in_form = writer.post("/api/articles", files=[("files", ("three.txt", b"Another text about INF.",
                                                                   "text/plain"))], data={"token": TOKEN})
    assert token_in_form.status_code == 201


def test_refused_inputs_are_422_and_quarantined(writer: Any, copy_url: str) -> None:
    r = post(writer, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "text/plain", name="scan.txt")
    assert r.status_code == 422
    body = r.json()
    assert "nothing could be read" in body["error"] and body["rejected"][0]["reason"].startswith("binary")
    malformed = post(writer, '{"id": "x", "text": ', "application/json", name="bad.json")
    assert malformed.status_code == 422 and "malformed JSON" in malformed.json()["error"]
    empty = post(writer, b"", "text/plain")
    assert empty.status_code == 422 and empty.json()["error"]
    no_text = post(writer, json.dumps({"id": "x", "title": "no text"}), "application/json")
    assert no_text.status_code == 422
    with open_store(copy_url) as store:
        reasons = [q.reason for q in store.quarantined()]
    assert any(x.startswith("binary") for x in reasons) and any("malformed JSON" in x for x in reasons)


def test_writing_needs_the_token(writer: Any) -> None:
    missing = post(writer, TEXT, headers={})
    assert missing.status_code == 401 and "token" in missing.json()["error"]
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = post(writer, TEXT, headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json() == {"error": "wrong token"}
    header = post(writer, TEXT, headers={"x-treatywatch-token": TOKEN})
    assert header.status_code == 201
    writer.cookies.set("treatywatch_token", TOKEN)
    cookie_only = writer.post("/api/articles", content=TEXT, headers={"content-type": "text/plain"})
    assert cookie_only.status_code == 401      # a cookie never authorises a write
    writer.cookies.clear()


def test_wrong_content_type_is_415(writer: Any) -> None:
    r = post(writer, b"%PDF-1.7", "application/pdf")
    assert r.status_code == 415 and "Content-Type" in r.json()["error"]
    assert post(writer, TEXT, None).status_code == 415


def test_oversize_body_is_413(writer: Any) -> None:
    big = b"a" * (11 * 1024 * 1024)
    r = post(writer, big)
    assert r.status_code == 413 and "limit" in r.json()["error"]
    chunked = writer.post("/api/articles", content=iter([big[:6_000_000], big[6_000_000:]]),
                          headers=AUTH | {"content-type": "text/plain"})
    assert chunked.status_code == 413


def test_malformed_multipart_is_400(writer: Any) -> None:
    r = writer.post("/api/articles", content=b"--xyz\r\nnot a part", headers=AUTH | {
        "content-type": "multipart/form-data; boundary=xyz"})
    assert r.status_code == 400 and r.json()["error"]
    nothing = writer.post("/api/articles", data={"name": "x"}, files=[("other", ("x.txt", b"", "text/plain"))],
                          headers=AUTH)
    assert nothing.status_code == 400 and "nothing to ingest" in nothing.json()["error"]
