"""Matchers kept on disk (lexicon/built.py): read back, they find what a freshly built one finds; a
change to a data file gives another fingerprint (a stale matcher is never read); a broken file is
rebuilt; ``TREATYWATCH_CACHE_DIR=off`` keeps nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.lexicon.borrowing import names_matcher
from treatywatch.lexicon.built import built, data_fingerprint
from treatywatch.lexicon.fold import fold_text
from treatywatch.lexicon.load import DATA_DIR
from treatywatch.lexicon.matcher import Matcher

TEXT = "Moscow said on Tuesday that Russia would not return to the New START treaty with the United States."


def _names_matcher(language: str) -> Matcher:
    return names_matcher(load_lexicon(), language)


def test_a_matcher_read_back_finds_what_a_built_one_finds(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", str(tmp_path))
    fingerprint = load_lexicon().fingerprint
    assert fingerprint
    fresh = built(fingerprint, "names-en", lambda: _names_matcher("en"))
    assert list(tmp_path.glob("matchers-*/names-en.pickle"))
    again: Matcher = built(fingerprint, "names-en", lambda: pytest.fail("built again, not read from disk"))
    folded = fold_text(TEXT)
    hits = fresh.find(folded, TEXT)
    assert {h.payload for h in hits} >= {("state", "russia"), ("state", "usa"), ("treaty", "new-start")}
    assert again.find(folded, TEXT) == hits


def test_a_broken_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", str(tmp_path))
    built("abc", "thing", lambda: [1, 2, 3])
    (path,) = tmp_path.glob("matchers-abc/thing.pickle")
    path.write_bytes(path.read_bytes()[:5])
    assert built("abc", "thing", lambda: [4]) == [4]
    assert built("abc", "thing", lambda: [5]) == [4]  # the rebuilt one was written back


def test_off_keeps_nothing_and_no_fingerprint_keeps_nothing(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", "off")
    assert built("abc", "thing", lambda: 1) == 1 and built("abc", "thing", lambda: 2) == 2
    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", str(tmp_path))
    assert built("", "thing", lambda: 1) == 1 and built("", "thing", lambda: 2) == 2
    assert built("abc", "../thing", lambda: 1) == 1 and built("abc", "../thing", lambda: 2) == 2
    assert not list(tmp_path.rglob("*.pickle"))


def test_a_changed_data_file_changes_the_fingerprint(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    before = data_fingerprint(data)
    assert data_fingerprint(data) == before
    with open(data / "languages" / "en.yaml", "a", encoding="utf-8") as f:
        f.write("\n# a comment is a change too\n")
    assert data_fingerprint(data) != before


def test_the_lexicon_is_read_back_without_reading_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from treatywatch.lexicon import assemble

    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", str(tmp_path))
    first = load_lexicon(DATA_DIR)
    monkeypatch.setattr(assemble, "assemble", lambda *_: pytest.fail("read from the files, not from disk"))
    again = load_lexicon(DATA_DIR)
    assert again is not first and again.fingerprint == first.fingerprint
    assert again.states == first.states and again.languages == first.languages


def test_a_pattern_read_back_is_the_pattern_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from treatywatch.lexicon.patterns import compiled

    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", str(tmp_path))
    pattern = r"(?<![\w\u0900-\u0dff])(?P<m>janvier|février|mai)\s+(?P<y>\d{4})|(?P<d>\d{1,2})\.(?P=d)"
    fresh = compiled(pattern, re.IGNORECASE)
    (kept,) = tmp_path.glob("matchers-*/regex-*.pickle")
    again = compiled(pattern, re.IGNORECASE)
    plain = re.compile(pattern, re.IGNORECASE)
    text = "le 5 FÉVRIER 2024, mai 2023, 12.12 et xmai 2020"
    for p in (fresh, again):
        assert (p.pattern, p.flags, p.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
        assert [m.groupdict() for m in p.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    kept.write_bytes(b"not a pickle")
    assert compiled(pattern, re.IGNORECASE).findall(text) == plain.findall(text)  # a broken file: compiled again


def test_a_date_vocabulary_read_back_is_the_one_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import asdict

    from treatywatch.understand import datewords

    monkeypatch.setenv("TREATYWATCH_CACHE_DIR", str(tmp_path))
    made = datewords._vocab("ru", (("today", ("сегодня",)),), 3, ("будет",), None)
    datewords._vocab.cache_clear()
    monkeypatch.setattr(datewords, "_make_vocab", lambda *_: pytest.fail("made again, not read from disk"))
    again = datewords._vocab("ru", (("today", ("сегодня",)),), 3, ("будет",), None)
    datewords._vocab.cache_clear()
    assert again is not made and asdict(again) == asdict(made)
