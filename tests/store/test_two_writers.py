"""Two writers at once (issue 15): two `treatywatch ingest` processes on one new store, on the same
folder and on disjoint folders, both finish (exit 0) and the store holds every article once; readers
(the API) never fail while a writer writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from treatywatch.store import open_store
from treatywatch.store import schema as s

SCRIPT = Path(sys.executable).parent / "treatywatch"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
# Sentences of our own, recombined so that every article differs.
PARTS = ["Norway ratified the test ban treaty on {d} May 2021.", "Chile signed the accord in Santiago.",
         "The foreign minister said talks would resume.", "Peru withdrew from the pact in {d} June 2019.",
         "Officials said the moratorium on testing would be extended."]


def _folder(root: Path, name: str, ids: range) -> Path:
    folder = root / name
    folder.mkdir()
    for i in ids:
        text = " ".join(p.format(d=1 + (i * 7 + k) % 27) for k, p in enumerate(PARTS[i % 3:] + PARTS[:i % 3]))
        (folder / f"a{i:03d}.json").write_text(json.dumps({"id": f"a{i:03d}", "text": f"{text} Note {i}."}))
    return folder


def _ingest(url: str, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([str(SCRIPT), "--db", url, "ingest", str(folder)], env=ENV, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _both(url: str, first: Path, second: Path) -> None:
    procs = [_ingest(url, first), _ingest(url, second)]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err


def _per_id(url: str) -> dict[str, int]:
    with open_store(url) as store, store.engine.connect() as conn:
        a = s.articles
        return dict(conn.execute(select(a.c.article_id, func.count()).group_by(a.c.article_id)).all())


def _urls(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'two.db'}"
    return str(request.getfixturevalue("fresh_pg_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return _urls(request, tmp_path)


def test_two_ingests_of_one_folder_on_a_new_store(new_store: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path, "same", range(40))
    _both(new_store, folder, folder)
    assert _per_id(new_store) == {f"a{i:03d}": 1 for i in range(40)}


def test_two_ingests_of_disjoint_folders_on_a_new_store(new_store: str, tmp_path: Path) -> None:
    _both(new_store, _folder(tmp_path, "one", range(0, 40)), _folder(tmp_path, "two", range(40, 80)))
    assert _per_id(new_store) == {f"a{i:03d}": 1 for i in range(80)}
    with open_store(new_store) as store, store.engine.connect() as conn:  # every article filed in a story
        members = conn.execute(select(func.count()).select_from(s.story_members)).scalar_one()
    assert members == 80


def test_the_api_answers_while_an_ingest_writes(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from treatywatch.web.app import create_app
    from treatywatch.web.security import WebConfig

    url = f"sqlite:///{tmp_path / 'load.db'}"
    first = _folder(tmp_path, "first", range(10))
    subprocess.run([str(SCRIPT), "--db", url, "ingest", str(first)], env=ENV, check=True, capture_output=True)
    app = create_app(url, WebConfig(token="t" * 24))
    statuses: list[int] = []
    writer = _ingest(url, _folder(tmp_path, "more", range(10, 90)))
    paths = ["/api/status", "/api/search?q=treaty", "/api/events", "/api/quotes", "/api/articles", "/api/timeline"]

    def read() -> None:
        with TestClient(app, raise_server_exceptions=False) as client:
            while writer.poll() is None:
                for path in paths:
                    statuses.append(client.get(path).status_code)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    started = time.monotonic()
    writer.communicate(timeout=600)
    for t in readers:
        t.join(timeout=60)
    assert writer.returncode == 0
    assert statuses and time.monotonic() - started > 0
    assert not [x for x in statuses if x >= 500], sorted(set(statuses))
    assert statuses.count(200) > len(statuses) // 2  # real answers, not refusals


def test_a_connection_that_meets_a_busy_file_tries_again(tmp_path: Path) -> None:
    """SQLite answers SQLITE_BUSY at once, without its busy handler, to a connection that opens a
    WAL file while the last one is cleaning it up: setting up a connection then tries again rather
    than failing the whole ingest with "database is locked" (a CI run failed that way)."""
    import sqlite3

    from treatywatch.store.engine import _while_busy

    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)  # no busy handler: fails at once
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("PRAGMA journal_mode=WAL")
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    tries: list[str] = []

    def step() -> None:
        tries.append(other.execute("PRAGMA journal_mode=WAL").fetchone()[0])

    _while_busy(step)
    assert tries == ["wal"]
    with pytest.raises(sqlite3.OperationalError, match="no such table"):  # not busy: raised at once
        _while_busy(lambda: other.execute("SELECT * FROM missing").fetchall())
    other.close()
    holder.close()
