"""Pages per state and per person (/states/SLUG, /people/SLUG) and their JSON twins under /api: the
facts (each with its evidence one click away), the quotations, the stories over time; linked from
wherever a state or a person is shown."""

from __future__ import annotations

import json
import re
from typing import Any

from web_helpers import TOKEN

from treatywatch.know.actors import people, states


def test_a_state_page_holds_its_facts_its_peoples_quotes_and_its_stories(api: Any) -> None:
    data = api.get("/api/states/russia").json()
    assert data["kind"] == "state" and data["name"] == "Russia" and data["iso"] == "RU"
    assert data["facts"] and {f["actor"] for f in data["facts"]} == {"russia"}
    assert [f["id"] for f in data["facts"]] == [f["id"] for f in api.get(
        "/api/timeline", params={"actor": "russia", "limit": 500}).json()["items"]][:len(data["facts"])]
    own = {p["slug"] for p in data["people"]}
    assert "putin" in own and "trump" not in own
    assert data["quotes"] and {q["speaker"] for q in data["quotes"]} <= own
    dates = [s["last_date"] or "" for s in data["stories"]]
    assert data["stories"] and dates == sorted(dates, reverse=True)
    page = api.get("/states/russia")
    assert page.status_code == 200
    for f in data["facts"]:
        assert f'href="/facts/{f["id"]}"' in page.text
    assert 'href="/people/putin"' in page.text and 'href="/api/states/russia"' in page.text
    assert "<h2 id=\"stories-h\">Stories over time</h2>" in page.text


def test_a_person_page_holds_the_facts_naming_them_and_their_own_quotes(api: Any) -> None:
    data = api.get("/api/people/putin").json()
    assert data["kind"] == "person" and data["country"] == "russia" and data["name"] == "Vladimir Putin"
    assert data["quotes"] and {q["speaker"] for q in data["quotes"]} == {"putin"}
    assert data["facts"] and data["stories"]
    page = api.get("/people/putin").text
    assert 'href="/states/russia"><bdi>Russia</bdi></a>' in page
    assert all(f'href="/facts/{f["id"]}"' in page for f in data["facts"])
    # a person no article names has an empty page, not an error
    quiet = [api.get(f"/api/people/{slug}").json() for slug in sorted(people())[:40]]
    assert any(not q["facts"] and not q["quotes"] and not q["stories"] for q in quiet)
    empty = next(q["slug"] for q in quiet if not q["facts"] and not q["quotes"])
    assert "No quotes." in api.get(f"/people/{empty}").text


def test_an_unknown_slug_is_a_404_that_says_what_is_known(api: Any) -> None:
    page = api.get("/states/rusia")
    assert page.status_code == 404 and "no state or organisation &#39;rusia&#39; is known" in page.text
    assert "did you mean russia" in page.text
    r = api.get("/api/people/putn")
    assert r.status_code == 404 and "did you mean putin" in r.json()["error"]
    assert api.get("/api/states/putin").status_code == 404   # a person is no state
    hostile = api.get("/states/%3Cb%3Ex%3C%2Fb%3E")
    assert hostile.status_code == 404 and "<b>x</b>" not in hostile.text


def test_states_and_people_are_linked_wherever_they_are_shown(api: Any) -> None:
    linked = set(re.findall(r'href="/(states|people)/([^"]+)"', api.get("/").text))
    assert ("states", "russia") in linked and ("states", "usa") in linked
    assert ("people", "putin") in {tuple(x) for x in re.findall(r'href="/(people)/([^"]+)"',
                                                                  api.get("/quotes?limit=500").text)}
    fact = api.get("/api/timeline", params={"actor": "usa", "limit": 1}).json()["items"][0]
    assert 'href="/states/usa"><bdi>United States</bdi></a>' in api.get(f"/facts/{fact['id']}").text
    assert 'href="/states/russia"' in api.get("/treaties/new-start").text
    assert {slug for kind, slug in linked if kind == "states"} <= set(states())


def test_an_uploaded_quote_shows_escaped_on_the_persons_page(writer: Any) -> None:
    text = ("Vladimir Putin said on Monday that Russia would suspend its part in the New START treaty. "
            '"We will not take <b>orders</b> from anyone," Putin said in Moscow.')
    record = {"id": "actor-page-quote", "title": "Putin <i>speaks</i>", "text": text, "language": "en",
              "published": "2025-03-03"}
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    assert writer.post("/api/articles", content=json.dumps(record), headers=auth).status_code == 201
    data = writer.get("/api/people/putin").json()
    mine = [q for q in data["quotes"] if q["article"] == "actor-page-quote"]
    assert mine and "<b>orders</b>" in mine[0]["text"]
    assert any(c["article"] == "actor-page-quote" for f in data["facts"] for c in f["evidence"]) or any(
        c["article"] == "actor-page-quote" for f in data["facts"]
        for c in writer.get(f"/api/facts/{f['id']}").json()["evidence"])
    page = writer.get("/people/putin").text
    assert "&lt;b&gt;orders&lt;/b&gt;" in page and "<b>orders</b>" not in page
    assert "Putin &lt;i&gt;speaks&lt;/i&gt;" in page

