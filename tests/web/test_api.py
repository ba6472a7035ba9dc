"""Every read endpoint of the API, on SQLite and PostgreSQL, over the seeds and examples: what it
answers, its filters and pages, and bad parameters answered 400/404 with {"error": ...}."""

from __future__ import annotations

from typing import Any

import pytest

from treatywatch.text.terms import words

AR = "ctbt-deratification-ar"


def ok(api: Any, path: str, **params: Any) -> Any:
    r = api.get(path, params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def error(api: Any, path: str, status: int, **params: Any) -> str:
    r = api.get(path, params=params)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]
    return str(body["error"])


def test_dashboard_has_status_facts_and_stories(api: Any) -> None:
    d = ok(api, "/api/dashboard")
    treaties = {t["slug"]: t for t in d["status"]}
    assert {"new-start", "inf", "ctbt", "open-skies"} <= set(treaties)
    ctbt = {p["party"]: p for p in treaties["ctbt"]["parties"]}
    assert ctbt["russia"]["news"]["state"] == "deratified"
    assert ctbt["russia"]["reference"]["state"] == "deratified"
    assert d["facts"] and all(f["evidence"] for f in d["facts"])
    dated = [f["date"] for f in d["facts"]]
    assert dated == sorted(dated, reverse=True)
    assert d["stories"] and d["stories"][0]["articles"]


def test_articles_list_filters_and_pages(api: Any) -> None:
    everything = ok(api, "/api/articles", limit=500)["items"]
    assert len(everything) == 18
    ar = ok(api, "/api/articles", lang="ar")["items"]
    assert {a["article_id"] for a in ar} == {AR, "ar-open-skies-russia", "000_59cb7621670ff070"}
    assert all(a["dir"] == "rtl" for a in ar)
    first = ok(api, "/api/articles", limit=5)
    assert len(first["items"]) == 5 and first["next_offset"] == 5
    second = ok(api, "/api/articles", limit=5, offset=5)
    assert not {a["article_id"] for a in first["items"]} & {a["article_id"] for a in second["items"]}
    last = ok(api, "/api/articles", limit=5, offset=15)
    assert len(last["items"]) == 3 and last["next_offset"] is None
    in_2023 = ok(api, "/api/articles", since="2023", until="2023-12")["items"]
    assert in_2023 and all(a["published"].startswith("2023") for a in in_2023)
    words = ok(api, "/api/articles", q="Open Skies")["items"]
    assert "en-open-skies-us-exit" in {a["article_id"] for a in words}


def test_one_article_with_sentences_and_findings(api: Any) -> None:
    a = ok(api, f"/api/articles/{AR}")
    assert a["language"] == "ar" and a["dir"] == "rtl" and a["version"] == 1 and a["versions"] == [1]
    assert a["sentences"] and all(0 <= s < e <= len(a["text"]) for s, e in a["sentences"])
    events = a["understanding"]["events"]
    assert any(e["event"] == "deratify" and e["treaty"] == "ctbt" for e in events)
    for kind in ("entities", "dates", "quotes"):
        for m in a["understanding"][kind]:
            assert a["text"][m["start"]:m["end"]] == m["text"]
    marks = a["understanding"]["marks"]   # present.marks: what `show` colours and the page marks
    assert {m["kind"] for m in marks} >= {"event", "date", "treaty"}
    assert all(0 <= m["start"] < m["end"] <= len(a["text"]) for m in marks)
    assert a["story"]
    assert "original" not in a


def test_unknown_ids_are_404(api: Any) -> None:
    assert "no article" in error(api, "/api/articles/nope", 404)
    assert "no version 9" in error(api, f"/api/articles/{AR}", 404, version=9)
    assert "no fact" in error(api, "/api/facts/0000000000000000", 404)
    assert "no story" in error(api, "/api/stories/s-nope", 404)
    assert "no treaty" in error(api, "/api/treaties/nope", 404)
    assert "no story" in error(api, "/api/timeline", 404, story="s-nope")
    assert error(api, "/api/nothing-here", 404)


@pytest.mark.parametrize(("path", "params", "word"), [
    ("/api/timeline", {"since": "2019-13"}, "since"),
    ("/api/timeline", {"until": "someday"}, "until"),   # "yesterday" is a day: the CLI and the API take it
    ("/api/timeline", {"treaty": "nope"}, "unknown treaty"),
    ("/api/timeline", {"lang": "Arabic"}, "lang"),
    ("/api/articles", {"since": "2023-02-30"}, "since"),
    ("/api/articles", {"limit": 0}, "limit"),
    ("/api/articles", {"limit": "many"}, "limit"),
    ("/api/articles", {"offset": -1}, "offset"),
    ("/api/status", {"as_of": "02/2023"}, "as_of"),
    ("/api/quotes", {"speaker": "Vladimir Putin!"}, "speaker"),
    ("/api/conflicts", {"severity": "dire"}, "severity"),
    ("/api/events", {"modality": "maybe"}, "modality"),
    ("/api/search", {}, "q"),
    ("/api/search", {"q": " "}, "q"),
    ("/api/facts", {"factual": "perhaps"}, "factual"),
])
def test_bad_parameters_are_400(api: Any, path: str, params: dict[str, Any], word: str) -> None:
    assert word in error(api, path, 400, **params)


def test_timeline_filters(api: Any) -> None:
    inf = ok(api, "/api/timeline", treaty="inf")
    assert inf["items"] and all(f["treaty"] == "inf" for f in inf["items"])
    assert inf["query"]["treaty"] == "inf"
    ranged = ok(api, "/api/timeline", since="2019", until="2021")["items"]
    assert ranged and all("2019" <= f["date"][:4] <= "2021" for f in ranged)
    arabic = ok(api, "/api/timeline", lang="ar")["items"]
    assert arabic and all("ar" in f["languages"] for f in arabic)
    russia = ok(api, "/api/timeline", actor="russia", treaty="new-start")["items"]
    assert russia and all(f["actor"] == "russia" for f in russia)
    paged = ok(api, "/api/timeline", limit=3, offset=3)
    assert len(paged["items"]) == 3 and paged["next_offset"] == 6
    story = ok(api, "/api/articles/" + AR)["story"]
    assert ok(api, "/api/timeline", story=story)["items"]


def test_facts_with_evidence(api: Any) -> None:
    facts = ok(api, "/api/facts", treaty="ctbt")["items"]
    assert facts and all(f["evidence"] for f in facts)
    negated = ok(api, "/api/facts", factual="false")["items"]
    assert all(not f["factual"] for f in negated)
    one = ok(api, "/api/facts/" + facts[0]["id"])
    assert one["id"] == facts[0]["id"] and len(one["evidence"]) == one["claims"]
    assert all(c["evidence"] and c["dir"] in ("rtl", "auto") for c in one["evidence"])


def test_events(api: Any) -> None:
    events = ok(api, "/api/events", treaty="ctbt", event="deratify", limit=500)["items"]
    assert {e["article_id"] for e in events} >= {AR, "ctbt-deratification-en", "ctbt-deratification-ru"}
    assert ok(api, "/api/events", article=AR)["items"]
    assert all(e["modality"] == "negated" for e in ok(api, "/api/events", modality="negated")["items"])


def test_quotes_by_speaker_and_date(api: Any) -> None:
    every = ok(api, "/api/quotes", limit=500)["items"]
    assert every
    speaker = next(q["speaker"] for q in every if q["speaker"])
    theirs = ok(api, "/api/quotes", speaker=speaker)["items"]
    assert theirs and all(q["speaker"] == speaker for q in theirs)
    recent = ok(api, "/api/quotes", since="2024")["items"]
    assert all(q["published"] >= "2024" for q in recent)


def test_stories(api: Any) -> None:
    stories = ok(api, "/api/stories", limit=100)["items"]
    assert stories
    last = [s["last_date"] or "" for s in stories]
    assert last == sorted(last, reverse=True) or "" in last
    ctbt = next(s for s in stories if any(a["article_id"] == AR for a in s["articles"]))
    assert set(ctbt["languages"]) == {"ar", "en", "ru"}
    one = ok(api, "/api/stories/" + ctbt["story_id"])
    assert {a["article_id"] for a in one["articles"]} >= {AR, "ctbt-deratification-en"}
    assert any(a["links"] for a in one["articles"]) and all("excerpt" in a for a in one["articles"])
    by_article = ok(api, f"/api/stories/{AR}")
    assert by_article["story_id"] == ctbt["story_id"]
    assert all("ar" in s["languages"] for s in ok(api, "/api/stories", lang="ar")["items"])


def test_status(api: Any) -> None:
    now = ok(api, "/api/status", treaty="inf")
    parties = {p["party"]: p for p in now["treaties"][0]["parties"]}
    assert parties["usa"]["reference"]["state"] == "withdrawn"
    before = ok(api, "/api/status", treaty="inf", as_of="2000")
    usa = {p["party"]: p for p in before["treaties"][0]["parties"]}["usa"]
    assert usa["news"] is None or usa["news"]["state"] != "withdrawn"
    assert len(ok(api, "/api/status")["treaties"]) > 5


def test_treaty(api: Any) -> None:
    t = ok(api, "/api/treaties/new-start")
    assert t["name"] == "New START" and t["parties"] and t["facts"]
    assert all(f["treaty"] == "new-start" for f in t["facts"])
    assert t["stories"]


def test_conflicts(api: Any) -> None:
    found = ok(api, "/api/conflicts", limit=500)["items"]
    assert found and all(c["left"]["evidence"] for c in found)
    low = ok(api, "/api/conflicts", severity="low")["items"]
    assert all(c["severity"] == "low" for c in low)


@pytest.mark.parametrize(("q", "expected"), [
    ("معاهدة", {AR, "ar-open-skies-russia"}),                     # Arabic
    ("hiệp ước", {"vi-open-skies-us-announcement"}),              # Vietnamese, typed in lower case
    ("договор", {"ctbt-deratification-ru"}),                      # Russian, capitalised in the text
    ("新削减", {"zh-new-start-offer"}),                            # Chinese
    ("new start", {"en-new-start-suspension"}),                   # case folded
])
def test_search_in_every_language(api: Any, q: str, expected: set[str]) -> None:
    found = ok(api, "/api/search", q=q)
    ids = {a["article_id"] for a in found["articles"]["items"]}
    assert expected <= ids
    named = [t for t in found["terms"] if t["entities"]]
    for a in found["articles"]["items"]:
        hit = " ".join(words(a["snippet"][a["hit"][0]:a["hit"][1]]))
        # the words as typed (a word may run on: договор finds договора), or the treaty's name in any language
        assert named or " ".join(words(q)) in hit, (q, hit)


def test_search_quotes_and_filters(api: Any) -> None:
    quote = ok(api, "/api/quotes", limit=1)["items"][0]
    words = quote["text"][:6]
    found = ok(api, "/api/search", q=words)
    assert any(x["text"] == quote["text"] for x in found["quotes"]["items"])
    only_vi = ok(api, "/api/search", q="Putin", lang="vi")["articles"]["items"]
    assert only_vi and all(a["language"] == "vi" for a in only_vi)
    assert ok(api, "/api/search", q="%")["articles"]["items"] == []          # LIKE wildcards are text
    assert ok(api, "/api/search", q="zzzz-not-there")["articles"]["items"] == []


def test_openapi_document_is_served_and_local(api: Any) -> None:
    doc = ok(api, "/api/openapi.json")
    paths = doc["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/facts", "/api/facts/{fact_id}", "/api/events",
                 "/api/quotes", "/api/stories", "/api/stories/{story_id}", "/api/timeline", "/api/status",
                 "/api/conflicts", "/api/search", "/api/dashboard", "/api/treaties/{slug}"):
        assert "get" in paths[path], path
    assert "post" in paths["/api/articles"]
    assert not any(p.startswith("/timeline") for p in paths)   # pages are not API
    docs = api.get("/api/docs")                                  # the docs page, from here (no CDN)
    assert docs.status_code == 200 and "://" not in docs.text
