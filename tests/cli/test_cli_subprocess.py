"""The installed command, run for real as a user runs it: `treatywatch --db URL ingest DIR`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "treatywatch"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    if not SCRIPT.exists():
        pytest.fail(f"the console script is not installed at {SCRIPT}: pip install -e .")
    return subprocess.run([str(SCRIPT), *args], input=stdin.decode() if stdin else None, capture_output=True,
                          text=True, timeout=300, check=False)


def test_ingest_the_seeds_with_the_real_command(tmp_path: Path, shared_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'seeds.db'}"
    done = run("--db", db, "ingest", str(shared_dir / "seeds" / "articles"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "read 4: 4 new" in done.stdout
    listed = {r["article_id"]: r for r in json.loads(run("--db", db, "articles", "--json").stdout)}
    gold = [json.loads(line) for line in
            (shared_dir / "seeds" / "gold" / "documents.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert [listed[g["article"]]["language"] for g in gold] == [g["language"] for g in gold]
    dated = [g for g in gold if g["article"].startswith("002")]
    assert [listed[g["article"]]["published"] for g in dated] == [g["published"] for g in dated]


def test_exit_status_1_when_something_was_quarantined(tmp_path: Path, shared_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = next((shared_dir / "seeds" / "articles").glob("003*.txt"))
    (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "broken.jsonl").write_text('{"id": "x1", "text": "New START expires"}\n{"id": "x2", "text": \n',
                                         encoding="utf-8")
    done = run("--db", f"sqlite:///{tmp_path / 'q.db'}", "ingest", str(folder))
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("quarantined: ") and "broken.jsonl:2" in line
    assert "Traceback" not in done.stderr


def test_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    done = run("--db", f"sqlite:///{tmp_path}/missing/folder/x.db", "articles")
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_help_documents_the_exit_status() -> None:
    done = run("ingest", "--help")
    assert done.returncode == 0
    assert "Exit status" in done.stdout and "quarantined" in done.stdout
