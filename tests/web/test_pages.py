"""The pages: each renders from the same data as its JSON twin, escapes every piece of article text,
lays right-to-left text out right to left, and carries the security headers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from web_helpers import TOKEN

AR = "ctbt-deratification-ar"
HOSTILE = ('Moscow said <script>alert("x")</script> and <img src=x onerror="alert(1)"> about '
           'the New START treaty & "quotes" \u202eevil\u202c.')


def html(client: Any, path: str, status: int = 200, **params: Any) -> str:
    r = client.get(path, params=params)
    assert r.status_code == status, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    return str(r.text)


@pytest.mark.parametrize("path", ["/", "/timeline", "/articles", "/stories", "/quotes", "/conflicts", "/search",
                                  "/upload", "/treaties/new-start", f"/articles/{AR}", "/login"])
def test_every_page_renders_without_scripts_or_other_origins(api: Any, path: str) -> None:
    page = html(api, path)
    assert "<script" not in page.lower()
    assert not re.search(r'(src|href)="(https?:)?//(?!127\.0\.0\.1)', page.split("<main>")[0])  # head: local only
    assert '<link rel="stylesheet" href="/static/style.css">' in page


def test_pages_link_their_json_twin(api: Any) -> None:
    assert 'href="/api/dashboard"' in html(api, "/")
    assert 'href="/api/timeline?treaty=inf&amp;since=2019"' in html(api, "/timeline", treaty="inf", since="2019")
    assert f'href="/api/articles/{AR}"' in html(api, f"/articles/{AR}")


def test_security_headers(api: Any) -> None:
    for path in ("/", "/api/dashboard", "/static/style.css", "/nope"):
        h = api.get(path).headers
        assert "default-src 'self'" in h["content-security-policy"]
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"


def test_dashboard_shows_status_facts_and_stories(api: Any) -> None:
    page = html(api, "/")
    data = api.get("/api/dashboard").json()
    assert "Status per party" in page and "Latest facts" in page and "Latest stories" in page
    assert 'href="/treaties/ctbt"' in page
    for f in data["facts"][:3]:
        assert f'href="/facts/{f["id"]}"' in page
    assert f'href="/stories/{data["stories"][0]["story_id"]}"' in page


def test_timeline_filters_and_details(api: Any) -> None:
    page = html(api, "/timeline", treaty="inf", actor="", lang="", since="", until="")
    facts = api.get("/api/timeline", params={"treaty": "inf"}).json()["items"]
    assert page.count("<details>") == len(facts)
    assert '<option value="inf" selected>' in page
    assert "not a date" in html(api, "/timeline", 400, since="2019-99")


def test_article_page_marks_findings_and_is_right_to_left(api: Any) -> None:
    page = html(api, f"/articles/{AR}")
    assert re.search(r'<div class="text article-text" id="text" dir="rtl" lang="ar">', page)
    assert '<mark class="event' in page and '<mark class="ent' in page and '<mark class="date' in page
    data = api.get(f"/api/articles/{AR}").json()
    for e in data["understanding"]["events"]:
        assert f'id="t-{e["trigger"]["start"]}"' in page
    text = re.search(r'id="text"[^>]*>(.*?)</div>', page, re.DOTALL)
    assert text is not None
    plain = re.sub(r"<[^>]+>", "", text.group(1))
    import html as h
    assert h.unescape(plain) == data["text"]      # marking adds tags, never changes the text


def test_fact_page_shows_each_evidence_in_its_language(api: Any) -> None:
    facts = api.get("/api/facts", params={"treaty": "ctbt", "lang": "ar"}).json()["items"]
    fact = facts[0]
    page = html(api, f"/facts/{fact['id']}")
    full = api.get(f"/api/facts/{fact['id']}").json()
    assert page.count('class="evidence"') == len(full["evidence"])
    assert 'lang="ar" dir="auto"' in page


def test_story_page_side_by_side(api: Any) -> None:
    story = api.get(f"/api/articles/{AR}").json()["story"]
    page = html(api, f"/stories/{story}")
    assert page.count('<article class="column"') == 3
    assert "translation of" in page and 'dir="rtl"' in page


def test_quotes_conflicts_search_and_treaty_pages(api: Any) -> None:
    quotes = api.get("/api/quotes", params={"limit": 500}).json()["items"]
    speaker = next(q["speaker"] for q in quotes if q["speaker"])
    page = html(api, "/quotes", speaker=speaker)
    assert page.count('<figure class="quote">') == sum(q["speaker"] == speaker for q in quotes)
    assert "Conflicts" in html(api, "/conflicts", severity="low")
    found = html(api, "/search", q="معاهدة")
    assert "<mark>معاهدة</mark>" in found and 'dir="rtl"' in found
    assert "New START" in html(api, "/treaties/new-start")
    assert html(api, "/treaties/nope", 404)
    assert "no article" in html(api, "/articles/nope", 404)


def test_article_text_is_shown_literally(writer: Any) -> None:
    r = writer.post("/api/articles", content=HOSTILE, params={"name": "hostile.txt"},
                    headers={"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"})
    assert r.status_code == 201, r.text
    for path in ("/articles/hostile", "/articles", "/search?q=script", "/timeline"):
        page = writer.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and 'onerror="' not in page
    article = writer.get("/articles/hostile").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in article
    searched = writer.get("/search", params={"q": '<script>"'}).text
    assert '<script>"' not in searched and "&lt;script&gt;&#34;" in searched


def test_upload_form_needs_the_token_and_redirects_to_the_article(writer: Any) -> None:
    form = html(writer, "/upload")
    assert 'name="token"' in form and 'enctype="multipart/form-data"' in form
    text = "Washington, 2 August 2019. The United States formally withdrew from the INF Treaty on Friday."
    wrong = writer.post("/upload", data={"text": text, "token": "nope", "name": "inf-exit"})
    assert wrong.status_code == 403 and "wrong token" in wrong.text
    missing = writer.post("/upload", data={"text": text}, files=[])
    assert missing.status_code == 401
    ok = writer.post("/upload", data={"text": text, "token": TOKEN, "name": "inf-exit"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/articles/inf-exit?version=1"
    page = writer.get(ok.headers["location"]).text
    assert "withdraw" in page and 'class="event' in page
    empty = writer.post("/upload", data={"text": " ", "token": TOKEN})
    assert empty.status_code == 400 and "nothing to ingest" in empty.text


def test_only_web_addresses_become_links_and_ids_may_hold_slashes(writer: Any) -> None:
    record = {"id": "feeds/js-link", "url": "javascript:alert(1)", "title": "A link",
              "text": "Russia suspended its participation in the New START treaty on 21 February 2023."}
    r = writer.post("/api/articles", json=record, headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    assert r.json()["articles"][0]["page"] == "/articles/feeds%2Fjs-link?version=1"
    page = html(writer, "/articles/feeds%2Fjs-link")
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page
    assert writer.get("/api/articles/feeds/js-link").json()["article_id"] == "feeds/js-link"
    assert 'href="/api/articles/feeds%2Fjs-link"' in page


def test_the_record_follows_another_process_s_ingest(writer: Any, copy_url: str, tmp_path: Any) -> None:
    import time

    from treatywatch.pipeline import ingest_paths
    from treatywatch.store import open_store

    (tmp_path / "elsewhere.txt").write_text("Washington, 2 August 2019. The United States withdrew from the INF "
                                            "Treaty on Friday.", encoding="utf-8")
    with open_store(copy_url) as store:   # as `treatywatch ingest` in another process would
        ingest_paths([str(tmp_path / "elsewhere.txt")], store, on_rejected=lambda _: None)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        facts = writer.get("/api/facts", params={"treaty": "inf", "limit": 500}).json()["items"]
        ids = [f["id"] for f in facts if f["event"] == "withdraw"]
        if any(c["article"] == "elsewhere" for i in ids for c in writer.get(f"/api/facts/{i}").json()["evidence"]):
            return
        time.sleep(0.2)
    raise AssertionError("the record never caught up with an ingest from another process")


@pytest.mark.parametrize("path", ["/articles", "/quotes", "/search", "/timeline", "/stories", "/conflicts"])
def test_pages_past_the_first_render_with_their_links(api: Any, path: str) -> None:
    """Paging: with a small limit and an offset, each list page answers 200 with a way back (the pager
    macro reads the page's own link maker: it was undefined in imported macros before)."""
    params = {"limit": 1, "offset": 1} | ({"q": "treaty"} if path == "/search" else {})
    page = html(api, path, **params)
    assert "← previous" in page
    first = html(api, path, **({"limit": 1} | ({"q": "treaty"} if path == "/search" else {})))
    if "next →" in first:
        link = re.search(r'<a href="([^"]+)">next →</a>', first)
        assert link is not None
        assert api.get(link.group(1).replace("&amp;", "&")).status_code == 200
