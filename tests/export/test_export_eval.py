"""`export eval`: the files of /work/shared/eval/FORMAT.md, from the stored understanding, the same
bytes every time; and the scorer reads them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatywatch.cli import cli
from treatywatch.errors import ExportError
from treatywatch.export.eval import export_eval
from treatywatch.models import Article, Document, Event, Quote, Span, Understanding
from treatywatch.store import Store
from treatywatch.text.normalise import content_hash, normalise

DOCUMENT_KEYS = ["article", "language", "published"]
FACT_KEYS = ["fact", "event", "treaty", "actor", "date", "modality", "articles"]
EVENT_KEYS = ["article", "event", "treaty", "actor", "date", "modality", "evidence"]
QUOTE_KEYS = ["article", "speaker", "quote", "kind"]


def jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def add_seed(store: Store, path: Path, language: str) -> tuple[int, Article]:
    original = path.read_text(encoding="utf-8")
    text = normalise(original)
    article = Article(path.stem, str(path), text, original, content_hash(text), language=language)
    first_line = Span(0, text.index("\n"))
    return store.add_article(article, Document(path.stem, text, language, (first_line,))).pk, article


def understood(article: Article) -> Understanding:
    """Found from the text itself: the first quoted passage and the first sentence as evidence."""
    text = article.text
    match = re.search(r'["“]([^"”]{20,})["”]', text)
    assert match is not None
    first = Span(0, text.index("\n"))
    return Understanding(
        article.id, article.language or "und", None, "unknown",
        quotes=(Quote(match.start(1), match.end(1), match.group(1), "direct", "ryabkov"),),
        events=(Event("suspend", "new-start", "russia", None, "asserted", first, first, text[:first.end]),),
    )


@pytest.fixture
def seeds(shared_dir: Path) -> list[Path]:
    return sorted((shared_dir / "seeds" / "articles").glob("*.txt"))


def test_the_files_have_the_shared_format(store: Store, seeds: list[Path], tmp_path: Path) -> None:
    for path in reversed(seeds):  # stored out of order on purpose: the export sorts
        pk, article = add_seed(store, path, "xx")
        store.save_understanding(pk, understood(article))
    written = export_eval(store, tmp_path / "out")
    assert {k: v for k, v in written.items() if k not in ("stories.jsonl", "facts.jsonl")} == {
        "documents.jsonl": len(seeds), "events.jsonl": len(seeds), "quotes.jsonl": len(seeds)}
    # the record: one fact per happening, each naming the articles that state it
    facts = jsonl(tmp_path / "out" / "facts.jsonl")
    assert facts and [list(f) for f in facts] == [FACT_KEYS] * len(facts)
    assert {a for f in facts for a in f["articles"]} <= {p.stem for p in seeds}
    docs, events, quotes = (jsonl(tmp_path / "out" / n) for n in ("documents.jsonl", "events.jsonl", "quotes.jsonl"))
    assert [list(d) for d in docs] == [DOCUMENT_KEYS] * len(seeds)
    assert [list(e) for e in events] == [EVENT_KEYS] * len(seeds)
    assert [list(q) for q in quotes] == [QUOTE_KEYS] * len(seeds)
    assert [d["article"] for d in docs] == [p.stem for p in seeds]
    by_stem = {p.stem: normalise(p.read_text(encoding="utf-8")) for p in seeds}
    for e in events:  # evidence is verbatim from the article
        assert str(e["evidence"]) in by_stem[str(e["article"])]
    for q in quotes:
        assert str(q["quote"]) in by_stem[str(q["article"])]
    assert not (tmp_path / "out" / "stories.jsonl").exists()   # nothing was filed into a story


def test_two_exports_are_byte_for_byte_the_same(store: Store, seeds: list[Path], tmp_path: Path) -> None:
    for path in seeds:
        pk, article = add_seed(store, path, "xx")
        store.save_understanding(pk, understood(article))
    export_eval(store, tmp_path / "a")
    export_eval(store, tmp_path / "b")
    for name in ("documents.jsonl", "events.jsonl", "quotes.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    # Non-ASCII stays readable (ensure_ascii=False): the Arabic and Vietnamese quotes are as written.
    quotes = (tmp_path / "a" / "quotes.jsonl").read_text(encoding="utf-8")
    assert "\\u" not in quotes


def test_only_the_latest_version_is_exported(store: Store, seeds: list[Path], tmp_path: Path) -> None:
    pk, article = add_seed(store, seeds[0], "ar")
    store.save_understanding(pk, understood(article))
    changed = Article(article.id, article.source, article.text + "\nتحديث.", article.original,
                      content_hash(article.text + "\nتحديث."), language="ar")
    store.add_article(changed)
    export_eval(store, tmp_path)
    assert jsonl(tmp_path / "documents.jsonl") == [{"article": article.id, "language": "ar", "published": None}]
    assert jsonl(tmp_path / "events.jsonl") == [] and jsonl(tmp_path / "quotes.jsonl") == []


def test_stories_follow_the_stored_stories(store: Store, seeds: list[Path], tmp_path: Path) -> None:
    from treatywatch.link.store import assign

    pk, article = add_seed(store, seeds[0], "en")
    store.save_understanding(pk, understood(article))
    # Nothing filed into a story yet: no stories.jsonl, and one left by another store's export goes.
    (tmp_path / "stories.jsonl").write_text('{"article": "other", "story": "s1"}\n', encoding="utf-8")
    assert "stories.jsonl" not in export_eval(store, tmp_path)
    assert not (tmp_path / "stories.jsonl").exists()
    story = assign(store, pk).story_id
    assert export_eval(store, tmp_path)["stories.jsonl"] == 1
    assert jsonl(tmp_path / "stories.jsonl") == [{"article": article.id, "story": story}]


def test_an_unwritable_folder_is_an_export_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write the export"):
        export_eval(store, blocker / "out")


def test_the_scorer_reads_the_export_of_the_seeds(tmp_path: Path, shared_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    runner = CliRunner()
    ingested = runner.invoke(cli, ["--db", db, "ingest", str(shared_dir / "seeds" / "articles")])
    assert ingested.exit_code == 0, ingested.output
    exported = runner.invoke(cli, ["--db", db, "export", "eval", str(tmp_path / "out")])
    assert exported.exit_code == 0, exported.output
    assert "documents.jsonl (4)" in exported.stdout
    scored = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), str(shared_dir / "seeds" / "gold"),
                             str(tmp_path / "out")], capture_output=True, text=True, check=True, timeout=120)
    summary = dict(kv.split("=") for kv in scored.stdout.strip().splitlines()[-1].split())
    assert float(summary["language"]) == 1.0


def test_only_quotations_someone_said_are_exported(store: Store, tmp_path: Path) -> None:
    """A quotation attributed to no one stays in the store (and the report) but is nobody's quote."""
    text = normalise('Jane Holloway said: "We will not sign it." The text calls it "a dead letter" too.\n')
    article = Article("own1", "own1.txt", text, text, content_hash(text), language="en")
    pk = store.add_article(article, Document("own1", text, "en", (Span(0, len(text)),))).pk
    said, scare = text.index("We will"), text.index("a dead")
    store.save_understanding(pk, Understanding(
        "own1", "en", None, "unknown",
        quotes=(Quote(said, said + 20, "We will not sign it.", "direct", "holloway", 0, 13),
                Quote(scare, scare + 13, "a dead letter", "partial", None))))
    export_eval(store, tmp_path)
    assert [(q["speaker"], q["quote"]) for q in jsonl(tmp_path / "quotes.jsonl")] == [
        ("holloway", "We will not sign it.")]
    assert {r["speaker"] for r in store.latest_rows("quotes")} == {"holloway", None}
