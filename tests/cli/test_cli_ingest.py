"""`treatywatch ingest` and friends through click's CliRunner, on SQLite and PostgreSQL, on the seed
articles: the summary, re-runs that change nothing, new versions, quarantine and exit statuses."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from treatywatch.cli import cli

# A PNG header: a real binary file that someone drops into a folder of articles.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def tw(db: str, *args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args], input=input)


def seeds_copy(shared_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(shared_dir / "seeds" / "articles", folder)
    return folder


def gold_documents(shared_dir: Path) -> dict[str, dict[str, str | None]]:
    lines = (shared_dir / "seeds" / "gold" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["article"]: d for d in map(json.loads, filter(None, lines))}


def test_ingest_the_seeds_then_again(db_url: str, shared_dir: Path) -> None:
    folder = shared_dir / "seeds" / "articles"
    first = tw(db_url, "ingest", str(folder))
    assert first.exit_code == 0, first.output
    assert "read 4: 4 new, 0 unchanged, 0 new versions, 0 quarantined" in first.stdout
    gold = gold_documents(shared_dir)
    langs = sorted(d["language"] or "" for d in gold.values())
    expected = ", ".join(f"{lang} {langs.count(lang)}" for lang in sorted(set(langs)))
    assert f"by language: {expected}" in first.stdout
    assert all(stem in first.stdout for stem in gold)  # the closing table names every article
    assert first.stderr == ""
    again = tw(db_url, "ingest", str(folder))
    assert again.exit_code == 0, again.output
    assert "read 4: 0 new, 4 unchanged, 0 new versions, 0 quarantined" in again.stdout


def test_languages_and_dateline_reach_the_listing(db_url: str, shared_dir: Path) -> None:
    assert tw(db_url, "ingest", str(shared_dir / "seeds" / "articles")).exit_code == 0
    listed = {r["article_id"]: r for r in json.loads(tw(db_url, "articles", "--json").stdout)}
    gold = gold_documents(shared_dir)
    assert {k: r["language"] for k, r in listed.items()} == {k: g["language"] for k, g in gold.items()}
    dated = next(k for k in gold if k.startswith("002"))  # the one with a dateline
    assert listed[dated]["published"] == gold[dated]["published"]
    english = json.loads(tw(db_url, "articles", "--lang", "en", "--json").stdout)
    assert sorted(r["article_id"] for r in english) == sorted(k for k, g in gold.items() if g["language"] == "en")


def test_an_edited_file_is_a_new_version(db_url: str, shared_dir: Path, tmp_path: Path) -> None:
    folder = seeds_copy(shared_dir, tmp_path)
    assert tw(db_url, "ingest", str(folder)).exit_code == 0
    edited = next(folder.glob("003*.txt"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nBài viết đã được cập nhật.\n", encoding="utf-8")
    result = tw(db_url, "ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert "read 4: 0 new, 3 unchanged, 1 new versions, 0 quarantined" in result.stdout
    shown = tw(db_url, "show", edited.stem)
    assert f"{edited.stem}  version 2 of 2" in shown.stdout
    assert "Bài viết đã được cập nhật." in shown.stdout
    assert "version 1 of 2" in tw(db_url, "show", edited.stem, "--version", "1").stdout


def test_a_quarantined_input_sets_exit_status_1_and_is_kept_once(db_url: str, shared_dir: Path,
                                                                  tmp_path: Path) -> None:
    folder = seeds_copy(shared_dir, tmp_path)
    (folder / "scan.txt").write_bytes(PNG)  # a PNG renamed .txt
    (folder / "NOTES.md").write_text("not an article")  # no article format: skipped, not quarantined
    first = tw(db_url, "ingest", str(folder))
    assert first.exit_code == 1, first.output
    assert "read 5 (1 other files skipped): 4 new, 0 unchanged, 0 new versions, 1 quarantined" in first.stdout
    skipped, line = first.stderr.splitlines()
    assert skipped.endswith("NOTES.md: skipped: '.md' is not an article format (.htm .html .json .jsonl .ndjson "
                            ".text .txt .xhtml); name the file itself to read it anyway")
    assert line.startswith("quarantined: ") and "scan.txt" in line and len(line.split(": ")) >= 3
    again = tw(db_url, "ingest", str(folder))
    assert again.exit_code == 1
    [kept] = json.loads(tw(db_url, "quarantine", "--json").stdout)
    assert kept["source"].endswith("scan.txt") and kept["reason"] and "bytes" in kept
    assert "payload" not in kept
    assert "1 quarantined" in tw(db_url, "quarantine").stdout


def test_standard_input(db_url: str, shared_dir: Path) -> None:
    text = next((shared_dir / "seeds" / "articles").glob("002*.txt")).read_bytes()
    result = tw(db_url, "ingest", "-", input=text)
    assert result.exit_code == 0, result.output
    assert "read 1: 1 new" in result.stdout
    [row] = json.loads(tw(db_url, "articles", "--json").stdout)
    assert row["language"] == "en"


def test_understand_again_changes_nothing_on_unchanged_code(db_url: str, shared_dir: Path) -> None:
    assert tw(db_url, "ingest", str(shared_dir / "seeds" / "articles")).exit_code == 0
    listed = tw(db_url, "articles", "--json").stdout
    result = tw(db_url, "understand")
    assert result.exit_code == 0, result.output
    assert re.search(r"understood 4 articles again, 0 failed", result.stdout)
    assert tw(db_url, "articles", "--json").stdout == listed


def test_show_prints_metadata_and_numbered_sentences(db_url: str, shared_dir: Path) -> None:
    path = next((shared_dir / "seeds" / "articles").glob("002*.txt"))
    assert tw(db_url, "ingest", str(path)).exit_code == 0
    shown = tw(db_url, "show", path.stem)
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert any(ln.startswith("published:") and gold_documents(shared_dir)[path.stem]["published"] in ln
               for ln in lines)
    numbered = [ln for ln in lines if re.match(r"\[\d+\] ", ln)]
    assert [int(ln[1:ln.index("]")]) for ln in numbered] == list(range(1, len(numbered) + 1))
    assert len(numbered) > 5
    as_json = json.loads(tw(db_url, "show", path.stem, "--json").stdout)
    text = as_json["text"]   # the API's /api/articles/ID view (know.articles.article_view)
    assert [text[s:e] for s, e in as_json["sentences"]] == [ln.split("] ", 1)[1] for ln in numbered]


@pytest.mark.parametrize("args, message", [
    (["show", "no-such-article"], "error: no article 'no-such-article'"),
    (["show", "no-such-article", "--version", "3"], "error: no version 3 of article"),
])
def test_user_errors_are_one_line_and_exit_2(db_url: str, args: list[str], message: str) -> None:
    assert tw(db_url, "refresh").exit_code == 0   # a store (empty): reading commands refuse none at all
    result = tw(db_url, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1


def test_an_unreachable_database_is_one_line_without_password() -> None:
    result = tw("postgresql://someone:s3cret@127.0.0.1:9/nothing", "articles")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot open database")
    assert "s3cret" not in result.output and "Traceback" not in result.output


def test_a_bug_is_caught_at_the_edge(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shared_dir: Path) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("something nobody expected")

    monkeypatch.setattr("treatywatch.pipeline.ingest_paths", broken)  # the CLI imports it when it runs
    result = tw(f"sqlite:///{tmp_path / 't.db'}", "ingest", str(shared_dir / "seeds" / "articles"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: unexpected ValueError: something nobody expected")
    assert "Traceback" not in result.output


def test_database_from_the_environment(tmp_path: Path, shared_dir: Path) -> None:
    db = tmp_path / "from-env.db"
    result = CliRunner().invoke(cli, ["ingest", str(shared_dir / "seeds" / "articles")],
                                env={"TREATYWATCH_DB": f"sqlite:///{db}"})
    assert result.exit_code == 0, result.output
    assert db.is_file()
    bad = CliRunner().invoke(cli, ["articles"], env={"TREATYWATCH_DB": "mysql://x@y/z"})
    assert bad.exit_code == 2 and bad.stderr.startswith("error: unsupported database 'mysql'")


def test_ingest_needs_a_path() -> None:
    result = CliRunner().invoke(cli, ["ingest"])
    assert result.exit_code == 2 and "Missing argument" in result.output
