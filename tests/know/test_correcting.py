"""Corrections over a store of real articles (the bundled examples): each kind written and read back,
kept through ``understand``, a re-ingest and new articles, and out of the status, timeline and export."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatywatch.cli import cli
from treatywatch.errors import ArgumentError, NotFoundError
from treatywatch.export.eval import facts_rows
from treatywatch.know import listing, queries
from treatywatch.know.correcting import correct, fact_corrections, list_corrections
from treatywatch.know.facts import Fact
from treatywatch.know.refresh import refresh_facts
from treatywatch.pipeline import ingest_paths, reunderstand
from treatywatch.store import Store, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
ARTICLES = ("fr-inf-withdrawal.txt", "ru-inf-history-cp1251.txt", "en-new-start-suspension.txt")
# Our own sentence, stating the day the United States suspended the INF Treaty.
NEW_ARTICLE = ("Washington, 4 February 2019. The United States suspended its obligations under the INF Treaty on "
               "1 February 2019, the State Department said on Monday.\n")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("correcting") / "filled.db"
    with open_store(f"sqlite:///{path}") as store:
        ingest_paths([str(EXAMPLES / a) for a in ARTICLES], store, on_rejected=lambda _: None)
    return path


@pytest.fixture
def db(filled: Path, tmp_path: Path) -> str:
    shutil.copyfile(filled, tmp_path / "copy.db")
    return f"sqlite:///{tmp_path / 'copy.db'}"


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    with open_store(db) as s:
        yield s


def _all(store: Store) -> list[Fact]:
    return list(queries.timeline(store, factual=None, limit=None, evidence=None))


def _fact(store: Store, event: str, treaty: str, actor: str | None, date: str | None = None) -> Fact:
    found = [f for f in _all(store) if (f.event, f.treaty, f.actor) == (event, treaty, actor)
             and (date is None or f.date == date)]
    assert len(found) == 1, found
    return found[0]


def test_a_fact_marked_wrong_leaves_status_timeline_and_export_but_shows_on_its_page(store: Store) -> None:
    f = _fact(store, "suspend", "inf", "usa", "2019-02-01")
    before = {r["fact"] for r in facts_rows(store)}
    assert f.id in before
    correct(store, f.id, "wrong", None, "the source confuses the announcement with the act", "ana")
    assert f.id not in {x.id for x in _all(store)}
    assert f.id not in {r["fact"] for r in facts_rows(store)}
    usa = [r for r in queries.status(store, "inf") if r.party == "usa" and r.basis == "news"]
    assert all(st.fact is None or st.fact.id != f.id for r in usa for st in r.history)
    shown = listing.fact(store, f.id)
    record = shown.records[0]
    assert record["id"] == f.id and record["evidence"]
    assert record["marked_wrong"]["who"] == "ana"
    assert "marked wrong by ana" in (shown.note or "")
    with pytest.raises(NotFoundError, match="marked wrong by ana"):
        correct(store, f.id, "date", "2019-02-02", "again", "bob")


def test_a_date_fixed_moves_the_fact_and_keeps_its_history(store: Store) -> None:
    f = _fact(store, "suspend", "inf", "usa", "2019-02-01")
    c = correct(store, f.id, "date", "2019-02-02", "the suspension took effect the next day", "ana")
    assert c.number == 1 and c.result is not None
    moved = _fact(store, "suspend", "inf", "usa")
    assert moved.id == c.result.id and moved.date == "2019-02-02" and moved.articles == f.articles
    found = fact_corrections(store, f.id)
    assert found is not None and found.now == moved.id
    assert [(h.before, h.after) for h in found.history] == [("2019-02-01", "2019-02-02")]
    assert listing.fact(store, f.id).records[0]["id"] == moved.id   # the old id answers with the new fact


def test_actor_modality_and_merge(store: Store) -> None:
    ussr = _fact(store, "sign", "inf", "ussr")
    usa = _fact(store, "sign", "inf", "usa")
    correct(store, ussr.id, "merge", usa.id, "one signature, two parties: kept as the US one here", "ana")
    joined = _fact(store, "sign", "inf", "usa")
    assert joined.id == usa.id and set(joined.articles) == set(usa.articles) | set(ussr.articles)
    assert [f for f in _all(store) if (f.event, f.actor) == ("sign", "ussr")] == []
    withdraw = _fact(store, "withdraw", "inf", "usa", "2019-08-02")
    c = correct(store, withdraw.id, "modality", "scheduled", "it was only announced then", "bob")
    assert c.result is not None and c.result.id == withdraw.id
    assert _fact(store, "withdraw", "inf", "usa", "2019-08-02").modality == "scheduled"
    c = correct(store, withdraw.id, "actor", "none", "the treaty ended for every party", "bob")
    assert _fact(store, "withdraw", "inf", None).modality == "scheduled"
    states = list_corrections(store)
    assert [(x.correction.kind, x.applied) for x in states] == [("merge", True), ("modality", True), ("actor", True)]
    assert states[-1].fact == c.result.id if c.result else False


def test_corrections_survive_understand_reingest_and_new_articles(store: Store, tmp_path: Path) -> None:
    f = _fact(store, "suspend", "inf", "usa", "2019-02-01")
    c = correct(store, f.id, "date", "2019-02-02", "a later day", "ana")
    wrong = _fact(store, "enter_into_force", "inf", None)
    correct(store, wrong.id, "wrong", None, "not in these articles", "ana")
    assert c.result is not None
    expected = c.result.id

    def kept() -> None:
        ids = {x.id for x in _all(store)}
        assert expected in ids and f.id not in ids and wrong.id not in ids

    reunderstand(store, on_failed=lambda _: None)
    kept()
    ingest_paths([str(EXAMPLES / a) for a in ARTICLES], store, on_rejected=lambda _: None)   # unchanged
    kept()
    (tmp_path / "inf-note.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    ingest_paths([str(tmp_path / "inf-note.txt")], store, on_rejected=lambda _: None)   # its key, refreshed alone
    kept()
    assert "inf-note" in _fact(store, "suspend", "inf", "usa").articles
    refresh_facts(store)
    kept()


def test_export_changes_in_the_corrected_fact(store: Store) -> None:
    before = {r["fact"]: r for r in facts_rows(store)}
    f = _fact(store, "withdraw", "inf", "usa", "2019-08-02")
    correct(store, f.id, "modality", "scheduled", "announced, not done", "ana")
    after = {r["fact"]: r for r in facts_rows(store)}
    assert (before[f.id]["modality"], after[f.id]["modality"]) == ("asserted", "scheduled")
    # the others are the same lines (a fact the corrected one contradicted may now be believed: new lines)
    assert [k for k in before if k != f.id and after.get(k) != before[k]] == []


def test_bad_corrections_are_refused_with_the_reason(store: Store) -> None:
    f = _fact(store, "suspend", "inf", "usa", "2019-02-01")
    with pytest.raises(ArgumentError, match="not a date"):
        correct(store, f.id, "date", "early 2019", "x", "ana")
    with pytest.raises(ArgumentError, match="2019-02-01 already"):
        correct(store, f.id, "date", "2019-02-01", "x", "ana")
    with pytest.raises(ArgumentError, match="unknown actor"):
        correct(store, f.id, "actor", "atlantis", "x", "ana")
    with pytest.raises(ArgumentError, match="into itself"):
        correct(store, f.id, "merge", f.id, "x", "ana")
    with pytest.raises(ArgumentError, match="needs a note"):
        correct(store, f.id, "wrong", None, "  ", "ana")
    with pytest.raises(ArgumentError, match="kind"):
        correct(store, f.id, "delete", None, "x", "ana")
    with pytest.raises(NotFoundError):
        correct(store, "0000000000000000", "wrong", None, "x", "ana")
    assert list_corrections(store) == []


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_command_line(db: str) -> None:
    with open_store(db) as store:
        f = _fact(store, "suspend", "inf", "usa", "2019-02-01")
    out = _run(db, "correct", f.id, "--date", "2019-02-02", "--note", "a later day", "--by", "ana")
    assert out.startswith("correction 1: ") and "now" in out
    assert "correction 1: date 2019-02-01 -> 2019-02-02 by ana" in _run(db, "fact", f.id)
    (record,) = json.loads(_run(db, "corrections", "--json"))
    assert record["kind"] == "date" and record["applied"] and record["fact"]["id"] == f.id
    refused = CliRunner().invoke(cli, ["--db", db, "correct", f.id, "--wrong", "--date", "2019", "--note", "x",
                                       "--by", "ana"])
    assert refused.exit_code == 2 and "give one of" in refused.output
