"""`treatywatch stories`, `treatywatch story` and stories.jsonl, on a store filled with the corpus facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from link_facts import CORPUS, SEEDS, online

from treatywatch.cli import cli
from treatywatch.store import open_store


def tw(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args])


def _filled(db_url: str) -> None:
    with open_store(db_url) as store:
        online(store, list(CORPUS + SEEDS))


def test_stories_table_and_json(db_url: str) -> None:
    _filled(db_url)
    table = tw(db_url, "stories")
    assert table.exit_code == 0, table.output
    assert "7 stories" in table.output and "000=002(t)" in table.output
    listed = json.loads(tw(db_url, "stories", "--json").output)
    offer = next(s for s in listed if any(a["article_id"] == "d09" for a in s["articles"]))
    assert offer["languages"] == ["de", "en"] and offer["first_date"] == "2025-09-22"
    assert [a["article_id"] for a in offer["articles"]] == ["d07", "d08", "d09"]
    recent = json.loads(tw(db_url, "stories", "--since", "2024-01-01", "--json").output)
    assert {a["article_id"] for s in recent for a in s["articles"]} == {"000", "002", "d07", "d08", "d09"}
    russian = json.loads(tw(db_url, "stories", "--lang", "ru", "--json").output)
    assert [sorted(a["article_id"] for a in s["articles"]) for s in russian] == [["d04", "d05", "d06"]]
    again = json.loads(tw(db_url, "stories", "--recluster", "--json").output)
    assert [s["articles"] for s in again] == [s["articles"] for s in listed]


def test_story_by_id_or_article(db_url: str) -> None:
    _filled(db_url)
    shown = tw(db_url, "story", "002")
    assert shown.exit_code == 0, shown.output
    assert "languages: ar, en" in shown.output and "translation" in shown.output
    story_id = json.loads(tw(db_url, "story", "002", "--json").output)["story_id"]
    assert json.loads(tw(db_url, "story", story_id, "--json").output)["links"][0]["kind"] == "translation"
    missing = tw(db_url, "story", "nope")
    assert missing.exit_code == 2 and missing.output.startswith("error: no story")


def test_export_eval_writes_the_stories(db_url: str, tmp_path: Path) -> None:
    _filled(db_url)
    out = tmp_path / "out"
    assert tw(db_url, "export", "eval", str(out)).exit_code == 0
    rows = [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(CORPUS + SEEDS)
    assert [r["article"] for r in rows] == sorted(r["article"] for r in rows)
    story = {r["article"]: r["story"] for r in rows}
    assert story["d07"] == story["d08"] == story["d09"] != story["d10"]


def test_the_linker_thresholds_are_settings(db_url: str, monkeypatch: Any) -> None:
    from treatywatch.link.cluster import Settings as LinkerSettings
    from treatywatch.settings import Settings

    assert LinkerSettings.from_settings(Settings()) == LinkerSettings()   # one set of defaults
    assert "TREATYWATCH_LINK_JOIN_AT" in tw(db_url, "settings").output
    _filled(db_url)
    together = len(json.loads(tw(db_url, "stories", "--recluster", "--json").output))
    monkeypatch.setenv("TREATYWATCH_LINK_JOIN_AT", "9")     # no score reaches it: no article joins another
    apart = json.loads(tw(db_url, "stories", "--recluster", "--json").output)
    assert together == 7 and len(apart) == len(CORPUS + SEEDS) == 14
    assert all(len(s["articles"]) == 1 for s in apart)
