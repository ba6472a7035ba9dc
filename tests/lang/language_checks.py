"""Shared checks for tests/lang/test_<code>.py: one file per language, as the data is."""

from __future__ import annotations

from typing import Any

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand

CASES: dict[str, list[Any]] = {}


def _events(code: str, text: str, published: str | None) -> set[tuple[Any, ...]]:
    lexicon = load_lexicon()
    doc = Document("t", text, code, split_sentences(text, lexicon.language(code)), published,
                   "metadata" if published else "unknown")
    return {(e.event, e.treaty, e.actor, e.date, e.modality) for e in understand(doc, lexicon).events}


def check_examples(code: str) -> None:
    """Each trigger entry's example sentence (data/arms_control/triggers/<code>.yaml) yields its event."""
    pack = load_lexicon().language(code)
    examples = [(t.event, t.example) for t in pack.triggers if t.example]
    assert examples, f"{code}: no example sentences in the data"
    missing = [(event, text) for event, text in examples if event not in {e[0] for e in _events(code, text, None)}]
    assert not missing, f"{code}: examples that do not yield their event: {missing}"


def check_sentence(code: str, text: str, published: str | None, expected: list[tuple[Any, ...]]) -> None:
    found = _events(code, text, published)
    if not expected:
        assert not {e for e in found if e[4] in ("asserted", "scheduled")}, found
    for event in expected:
        assert tuple(event) in found, f"{event} not in {found}"


def check_quote(code: str, text: str, speaker: str | None, words: str) -> None:
    """The quotation ``words`` is found in ``text`` and given to ``speaker``."""
    lexicon = load_lexicon()
    doc = Document("t", text, code, split_sentences(text, lexicon.language(code)), None, "unknown")
    found = {(q.speaker, q.text) for q in understand(doc, lexicon).quotes}
    assert (speaker, words) in found, found
