"""The record's commands on a store holding the seed gold."""

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from know_helpers import store_gold

from treatywatch.cli import cli
from treatywatch.know.refresh import refresh_facts
from treatywatch.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'tw.db'}"
    with open_store(url) as store:
        store_gold(store, shared_dir / "seeds" / "gold")
        refresh_facts(store)   # store_gold writes understandings directly, as no treatywatch writer does
    return url


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_timeline_table_json_csv(db: str) -> None:
    table = run(db, "timeline", "--treaty", "new-start")
    assert "2023-02-21" in table and "suspend" in table and "ar en" in table
    records = json.loads(run(db, "timeline", "--treaty", "inf", "--json"))
    assert {(r["date"], r["event"], r["actor"]) for r in records} >= {("1987", "sign", "ussr"),
                                                                     ("2019", "withdraw", "usa")}
    rows = list(csv.reader(io.StringIO(run(db, "timeline", "--csv", "--actor", "russia", "--since", "2023"))))
    assert rows[0][0] == "date" and {r[1] for r in rows[1:]} >= {"suspend", "deratify"}


def test_status_as_of(db: str) -> None:
    out = run(db, "status", "new-start", "--as-of", "2023-03-01")
    assert "suspended" in out and "2023-02-21 / 2023-02-28" in out and "reference" in out
    [russia] = [r for r in json.loads(run(db, "status", "new-start", "--as-of", "2023-03-01", "--json"))
                if r["party"] == "russia" and r["basis"] == "news"]
    assert russia["state"] == "suspended"
    assert {e["article"][:3] for f in russia["facts"] for e in f["evidence"]} == {"000", "002"}


def test_fact_conflicts_quotes_report(db: str, tmp_path: Path) -> None:
    timeline = json.loads(run(db, "timeline", "--json"))
    [susp] = [r for r in timeline if (r["event"], r["date"]) == ("suspend", "2023-02-21")]
    out = run(db, "fact", susp["id"])
    assert "في 21 فبراير 2023" in out and "On February 21, 2023" in out
    assert "low" in run(db, "conflicts")
    assert "ryabkov" in run(db, "quotes", "--speaker", "ryabkov")
    run(db, "report", "--treaty", "new-start", "--out", str(tmp_path / "r.html"))
    page = (tmp_path / "r.html").read_text("utf-8")
    assert 'dir="auto"' in page and "suspended" in page


def test_unknown_fact_is_an_error(db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", db, "fact", "nope"])
    assert result.exit_code == 2 and "no fact" in result.output
