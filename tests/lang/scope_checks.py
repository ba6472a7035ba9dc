"""Issue 9's scope cues, per language: what a sentence must yield and what it must not."""

from __future__ import annotations

from collections.abc import Sequence

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand

Event = tuple[str, str | None, str | None, str | None, str]   # event, treaty, actor, date, modality


def events_of(code: str, text: str, published: str | None = "2023-02-23") -> set[Event]:
    """Published on Thursday 23 February 2023 unless said: "on Tuesday" is the 21st."""
    lexicon = load_lexicon()
    doc = Document("t", text, code, split_sentences(text, lexicon.language(code)), published,
                   "metadata" if published else "unknown")
    return {(e.event, e.treaty, e.actor, e.date, e.modality) for e in understand(doc, lexicon).events}


def check_scope(code: str, text: str, present: Sequence[Event],
                absent: Sequence[tuple[str, str]] = ()) -> None:
    """Every event of ``present`` is found; no event whose (event, modality) is in ``absent``."""
    found = events_of(code, text)
    for event in present:
        assert event in found, f"{event} not in {found}"
    wrong = {e for e in found if (e[0], e[4]) in set(absent)}
    assert not wrong, f"{code}: {wrong} should not be found in {text!r}"
