"""Issue 14's small things: a wrong token on the upload page keeps what was pasted; the API's docs page
is served from here (no CDN); names, dates and titles in mixed scripts are isolated (bidi) in the pages."""

from __future__ import annotations

import re
from typing import Any

from web_helpers import TOKEN

PASTED = "Washington, 3 May 2024. The United States said it would keep to the treaty's limits <for now>."


def test_a_wrong_token_keeps_the_pasted_text(writer: Any) -> None:
    r = writer.post("/upload", data={"text": PASTED, "name": "my-note.txt", "token": "not-the-token-at-all"})
    assert r.status_code == 403 and "wrong token" in r.text
    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", r.text, re.S)
    assert textarea is not None
    assert textarea.group(1) == PASTED.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    assert 'value="my-note.txt"' in r.text
    fresh = writer.get("/upload")
    assert re.search(r"<textarea[^>]*></textarea>", fresh.text)      # nothing kept for anyone else
    ok = writer.post("/upload", data={"text": PASTED, "name": "my-note.txt", "token": TOKEN}, follow_redirects=False)
    assert ok.status_code == 303


def test_api_docs_are_served_without_any_cdn(api: Any) -> None:
    page = api.get("/api/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") or s.startswith("data:") for s in sources), sources
    assert "<script>" not in page.text            # no inline script: the CSP forbids it
    for s in sources:
        if not s.startswith("data:"):
            r = api.get(s)
            assert r.status_code == 200 and len(r.content) > 100, s
    assert "SwaggerUIBundle" in api.get("/api/docs/assets/swagger-ui-bundle.js").text
    assert 'href="/api/docs"' in api.get("/").text


def test_titles_dates_and_ids_are_isolated(api: Any) -> None:
    page = api.get("/articles", params={"lang": "ar"}).text
    rows = re.findall(r"<tr><td>(.*?)</tr>", page, re.S)
    assert rows
    for row in rows:
        assert "<bdi><time" in row                       # the date keeps its order beside Arabic text
        assert re.search(r'<a href="/articles/[^"]+"><bdi>', row)
    timeline = api.get("/timeline").text
    assert "<bdi><time class=\"date\">" in timeline
