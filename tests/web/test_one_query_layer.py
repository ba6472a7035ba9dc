"""One query layer: `treatywatch search`, `treatywatch events` and `show --json` give what the API
gives (the same know/ functions build both), on the seeds and the bundled examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from treatywatch.cli import cli


def tw(db: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{db}", *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def client(filled_sqlite: Path) -> Any:
    from fastapi.testclient import TestClient
    from web_helpers import TOKEN

    from treatywatch.web import WebConfig, asgi

    with TestClient(asgi(f"sqlite:///{filled_sqlite}", WebConfig(token=TOKEN))) as c:
        yield c


def test_show_json_is_the_api_view(filled_sqlite: Path, client: Any) -> None:
    for article in json.loads(tw(filled_sqlite, "articles", "--json").stdout)[:5]:
        shown = json.loads(tw(filled_sqlite, "show", article["article_id"], "--json").stdout)
        assert shown == client.get(f"/api/articles/{article['article_id']}").json()
        text = shown["text"]
        assert all(0 <= s < e <= len(text) for s, e in shown["sentences"])


def test_search_finds_the_word_in_every_hit_and_matches_the_api(filled_sqlite: Path, client: Any) -> None:
    found = json.loads(tw(filled_sqlite, "search", "Treaty", "--json").stdout)[0]
    assert found["articles"] and found["quotes"] is not None
    for hit in found["articles"]:
        assert hit["snippet"][hit["hit"][0]:hit["hit"][1]].casefold().startswith("treat")
    api = client.get("/api/search", params={"q": "Treaty", "limit": 20}).json()
    assert [a["article_id"] for a in found["articles"]] == [a["article_id"] for a in api["articles"]["items"]]
    assert found["total"] == api["articles"]["total"] and found["facets"] == api["facets"]
    table = tw(filled_sqlite, "search", "treaty").stdout
    shown = len(found["articles"])
    assert "»" in table and f"articles 1-{shown} of {found['total']} hold 'treaty'" in table
    nothing = tw(filled_sqlite, "search", "zzqxv-no-such-word").stdout
    assert "articles 0 of 0 hold" in nothing and "; 0 quotations" in nothing


def test_events_filter_as_the_api_does(filled_sqlite: Path, client: Any) -> None:
    everything = json.loads(tw(filled_sqlite, "events", "--json", "--limit", "1000").stdout)
    assert everything, "the seeds and examples state events"
    kind, treaty = everything[0]["event"], everything[0]["treaty"]
    args = ["events", "--json", "--type", kind] + (["--treaty", treaty] if treaty else [])
    picked = json.loads(tw(filled_sqlite, *args).stdout)
    assert picked and all(r["event"] == kind and (treaty is None or r["treaty"] == treaty) for r in picked)
    api = client.get("/api/events", params={"event": kind, **({"treaty": treaty} if treaty else {}),
                                            "limit": 500}).json()["items"]
    assert [(r["article_id"], r["idx"]) for r in picked] == [(r["article_id"], r["idx"]) for r in api]
    dated = sorted(r["published"] for r in everything if r["published"])
    since = dated[len(dated) // 2][:10]
    recent = json.loads(tw(filled_sqlite, "events", "--json", "--since", since, "--limit", "1000").stdout)
    assert recent and len(recent) < len(everything)
    assert all(r["published"] and r["published"][:10] >= since for r in recent)
    english = json.loads(tw(filled_sqlite, "events", "--json", "--language", "en", "--limit", "1000").stdout)
    assert english and all(r["language"] == "en" for r in english)
    assert len(english) < len(everything)


def test_events_refuses_an_unknown_type(filled_sqlite: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{filled_sqlite}", "events", "--type", "suspnd"])
    assert result.exit_code == 2 and "did you mean suspend" in result.stderr
