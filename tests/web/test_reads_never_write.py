"""Reads never write: every reading command and every GET page (API included) leaves the SQLite file
byte for byte as it was, and makes no -wal or -shm file beside it; a store that is not current is
refused with the writing command that brings it up to date, and a stale record is said, not rebuilt."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import delete
from web_helpers import TOKEN

from treatywatch.cli import cli
from treatywatch.store import open_store
from treatywatch.store.engine import create
from treatywatch.store.migrate import upgrade
from treatywatch.store.schema import fact_meta


def snapshot(db: Path) -> dict[str, str]:
    """Every file of the store's folder whose name starts with the database's, with its hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(db.parent.iterdir())
            if p.name.startswith(db.name)}


def tw(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", f"sqlite:///{db}", *args])


@pytest.fixture
def db(filled_sqlite: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store" / "tw.db"
    path.parent.mkdir()
    shutil.copyfile(filled_sqlite, path)
    return path


def _ids(db: Path) -> dict[str, str]:
    articles = json.loads(tw(db, "articles", "--json").stdout)
    facts = json.loads(tw(db, "timeline", "--json").stdout)
    stories = json.loads(tw(db, "stories", "--json").stdout)
    return {"article": articles[0]["article_id"], "fact": facts[0]["id"], "story": stories[0]["story_id"]}


def test_reading_commands_leave_the_file_as_it_was(db: Path, tmp_path: Path) -> None:
    before = snapshot(db)
    assert list(before) == ["tw.db"]
    ids = _ids(db)
    for args in (["timeline"], ["timeline", "--unconfirmed", "--json"], ["status"], ["status", "--csv"],
                 ["quotes"], ["stories"], ["story", ids["story"]], ["conflicts"], ["fact", ids["fact"]],
                 ["show", ids["article"]], ["show", ids["article"], "--json"], ["search", "treaty"],
                 ["events"], ["events", "--json"], ["articles"], ["quarantine"], ["sources", "list"],
                 ["alerts", "list"], ["export", "eval", str(tmp_path / "eval")],
                 ["report", "--out", str(tmp_path / "r.md")]):
        result = tw(db, *args)
        assert result.exit_code == 0, (args, result.output)
        assert "older than the articles" not in result.output, args
        assert snapshot(db) == before, f"treatywatch {' '.join(args)} changed the store"


def _links(page: str) -> Iterator[str]:
    for href in re.findall(r'href="([^"]+)"', page):
        href = href.replace("&amp;", "&")
        if href.startswith("/") and not href.startswith("//") and not href.startswith("/static"):
            yield href


def test_every_get_page_and_api_answer_leaves_the_file_as_it_was(db: Path) -> None:
    from fastapi.routing import APIRoute
    from fastapi.testclient import TestClient

    from treatywatch.web import WebConfig, api, asgi, downloads, pages, watching

    ids = _ids(db)
    before = snapshot(db)
    guard = asgi(f"sqlite:///{db}", WebConfig(token=TOKEN))
    with TestClient(guard) as client:
        treaty = client.get("/api/dashboard").json()["status"][0]["slug"]
        fill = {"article_id": ids["article"], "fact_id": ids["fact"], "story_id": ids["story"],
                "slug": treaty, "name": "none", "state": "russia", "person": "putin"}
        todo: list[str] = []
        for route in (*api.router.routes, *downloads.router.routes, *pages.router.routes,
                      *watching.router.routes):
            if isinstance(route, APIRoute) and "GET" in (route.methods or set()):
                todo.append(re.sub(r"\{(\w+)(?::path)?\}", lambda m: fill[m.group(1)], route.path))
        assert {"/", "/timeline", "/api/facts", "/api/search", "/alerts/none.atom", "/timeline.csv",
                "/api/events.csv"} <= set(todo)
        todo += ["/api/search?q=treaty", "/search?q=treaty", "/api/events?since=2020"]
        seen: set[str] = set()
        while todo and len(seen) < 200:   # the listed routes, then the links their pages hold
            path = todo.pop(0)
            if path in seen:
                continue
            seen.add(path)
            r = client.get(path)
            assert r.status_code in (200, 400, 404), (path, r.status_code, r.text[:300])
            if r.headers["content-type"].startswith("text/html"):
                todo += [p for p in _links(r.text) if p not in seen]
        assert len(seen) > 60
    assert snapshot(db) == before


def test_a_stale_record_is_said_not_rebuilt_and_refresh_rebuilds_it(db: Path) -> None:
    with open_store(f"sqlite:///{db}") as store, store.writing() as conn:
        conn.execute(delete(fact_meta))   # as a record an older treatywatch left behind
    before = snapshot(db)
    for command in ("timeline", "status", "conflicts"):
        read = tw(db, command)
        assert read.exit_code == 0, read.output
        assert "the record is older than the articles: run `treatywatch refresh`" in read.stderr
    assert snapshot(db) == before
    done = tw(db, "refresh")
    assert done.exit_code == 0 and "the record rebuilt" in done.stdout, done.output
    assert "older than the articles" not in tw(db, "timeline").stderr
    assert tw(db, "refresh").stdout.strip() == "the record is current"


def test_a_store_that_is_not_current_is_refused_by_readers(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = tw(missing, "timeline")
    assert result.exit_code == 2 and "no store at" in result.stderr and "treatywatch ingest" in result.stderr
    assert not missing.exists()
    old = tmp_path / "old.db"
    engine = create(f"sqlite:///{old}")
    upgrade(engine, "0002")   # a store as a treatywatch of revision 0002 left it
    engine.dispose()
    before = snapshot(old)["old.db"]
    for command in ("timeline", "status", "quotes", "stories", "conflicts", "articles"):
        refused = tw(old, command)
        assert refused.exit_code == 2, refused.output
        assert "written by an older treatywatch" in refused.stderr and "treatywatch refresh" in refused.stderr
    # (an older treatywatch left its file in WAL mode: a read-only reader of such a file cannot help
    # SQLite making -wal/-shm files beside it; the database itself is untouched)
    assert snapshot(old)["old.db"] == before
    assert tw(old, "refresh").exit_code == 0
    assert tw(old, "timeline").exit_code == 0
