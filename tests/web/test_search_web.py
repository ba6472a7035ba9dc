"""The search on the web: /api/search with facets and narrowing, the page with its facet links (each one
a narrower search that answers), the CSV at /search.csv, and text from articles always escaped."""

from __future__ import annotations

import csv
import html as markup
import io
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


def ok(api: Any, path: str, **params: Any) -> Any:
    r = api.get(path, params=params)
    assert r.status_code == 200, r.text[:500]
    return r


def test_the_api_reads_names_counts_and_narrows(api: Any) -> None:
    found = ok(api, "/api/search", q="Путин").json()
    assert found["terms"] == [{"typed": "Путин", "entities": [{"kind": "person", "slug": "putin"}]}]
    languages = {v["value"]: v["count"] for v in found["facets"]["language"]}
    assert len(languages) > 3, languages           # Putin named in many scripts, found from one
    assert found["articles"]["total"] == sum(languages.values())
    lang = max(languages, key=lambda k: languages[k])
    narrowed = ok(api, "/api/search", q="Путин", lang=lang, limit=500).json()
    assert narrowed["articles"]["total"] == languages[lang] == len(narrowed["articles"]["items"])
    assert {a["language"] for a in narrowed["articles"]["items"]} == {lang}
    assert narrowed["query"]["lang"] == lang


@pytest.mark.parametrize(("params", "needle"), [
    ({"q": "Putin", "treaty": "new-strat"}, "new-start"),
    ({"q": "Putin", "person": "russia"}, "russia is a state"),
    ({"q": "Putin", "source": "not a domain!"}, "not a domain"),
    ({"q": "Putin", "since": "someday"}, "since"),
    ({"q": " "}, "empty"),
])
def test_bad_narrowing_is_a_clear_400(api: Any, params: dict[str, str], needle: str) -> None:
    r = api.get("/api/search", params=params)
    assert r.status_code == 400 and needle in r.json()["error"]
    page = api.get("/search", params=params)
    if params["q"].strip():
        assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    else:   # the page without words is the empty form
        assert page.status_code == 200 and "<h2>Articles</h2>" not in page.text


def test_every_facet_link_on_the_page_is_a_narrower_search(api: Any) -> None:
    page = ok(api, "/search", q="Putin", limit=5, offset=5).text
    total = ok(api, "/api/search", q="Putin").json()["articles"]["total"]
    assert re.search(rf"6-10 of {total}\b", page)
    links = [markup.unescape(x) for x in re.findall(r'<aside class="facets".*?</aside>', page, re.DOTALL)[0]
             .split('href="')[1:]]
    links = [x.split('"')[0] for x in links]
    assert len(links) >= 6
    for link in links:
        query = parse_qs(urlsplit(link).query)
        assert "offset" not in query and query["q"] == ["Putin"]      # a new search starts at its first page
        answer = api.get(link)   # the link as it is (params would replace its query)
        assert answer.status_code == 200, link
        narrower = answer.text
        shown = re.search(r"(\d+)-(\d+) of (\d+)|0 of (\d+)", narrower)
        assert shown is not None and int(shown.group(3) or shown.group(4)) <= total


def test_the_page_escapes_article_text_and_the_query(writer: Any) -> None:
    from web_helpers import TOKEN

    text = 'Officials in <b>Moscow</b> discussed "<script>alert(1)</script>" and the Open Skies treaty.'
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    record = '{"id": "escape-me", "language": "en", "text": ' + __import__("json").dumps(text) + "}"
    assert writer.post("/api/articles", content=record, headers=auth).status_code == 201
    page = writer.get("/search", params={"q": "discussed <script>"}).text
    assert "<script>alert(1)</script>" not in page and "<b>Moscow</b>" not in page
    hit = writer.get("/search", params={"q": "discussed"}).text
    assert "&lt;b&gt;Moscow&lt;/b&gt;" in hit and "<mark>discussed</mark>" in hit


def test_the_search_downloads_as_csv(api: Any) -> None:
    r = ok(api, "/search.csv", q="Putin")
    assert r.headers["content-disposition"] == 'attachment; filename="treatywatch-search.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    listed = ok(api, "/api/search", q="Putin", limit=500).json()["articles"]["items"]
    assert [row["article_id"] for row in rows] == [a["article_id"] for a in listed]
    assert all(row["hit"] and row["hit"] in row["snippet"].removeprefix("'") for row in rows)
    assert ok(api, "/api/search.csv", q="Putin").text == r.text
    lang = rows[0]["language"]
    assert {row["language"] for row in csv.DictReader(io.StringIO(ok(api, "/search.csv", q="Putin",
                                                                        lang=lang).text))} == {lang}
    assert api.get("/search.csv").status_code == 400
    assert "This list as CSV" not in ok(api, "/search").text      # no words, no list
    page = ok(api, "/search", q="Putin", lang=lang).text
    assert f'href="/search.csv?q=Putin&amp;lang={lang}" download' in page
