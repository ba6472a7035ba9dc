"""Run the real understanding on a sentence or two of our own, in any language."""

from __future__ import annotations

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document, Understanding
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand


def read(text: str, language: str, published: str | None = None) -> Understanding:
    lexicon = load_lexicon()
    doc = Document("test", text, language, split_sentences(text, lexicon.language(language)), published,
                   "metadata" if published else "unknown")
    return understand(doc, lexicon)


def events(text: str, language: str,
           published: str | None = None) -> set[tuple[str, str | None, str | None, str | None, str]]:
    """(event, treaty, actor, date, modality) of every event mention found."""
    return {(e.event, e.treaty, e.actor, e.date, e.modality) for e in read(text, language, published).events}


def quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in read(text, language).quotes]
