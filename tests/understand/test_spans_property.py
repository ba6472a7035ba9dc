"""Offsets are the truth (STYLE.md, habit 3): whatever the text, every span understanding finds is the
document's text at its offsets. Entities, dates, quotes (and their speakers), event triggers and the
evidence sentence, over texts made of real sentences of the shared seeds, in their languages, cut and
mixed with noise: combining marks, tatweel, joiners, quotation marks, digits, other scripts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatywatch.lexicon import Lexicon, load_lexicon
from treatywatch.models import Article, Document, Mention, Span, Understanding
from treatywatch.text.document import make_document
from treatywatch.text.normalise import content_hash, normalise
from treatywatch.understand import understand
from treatywatch.understand.entities import find_entities

NOISE = st.text(alphabet=st.sampled_from(list(
    " \n\t.,;:!?«»“”\"'()—-–/0123456789٠١٢٣۴ـًٌٍَُِّْ\u200c\u200dאבגабвxyzأإآةى漢字。、「」🙂")), max_size=12)


def _sentences(shared: Path) -> list[str]:
    found: list[str] = []
    for path in sorted((shared / "seeds" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [s.strip() for s in re.split(r"(?<=[.!?。؟])\s+|\n+", text) if len(s.strip()) > 20]
    return found


@pytest.fixture(scope="module")
def sentences(shared_dir: Path) -> list[str]:
    found = _sentences(shared_dir)
    assert len(found) > 20
    return found


def found_alone(m: Mention, language: str, lexicon: Lexicon) -> bool:
    """A name's span is the whole name, no more, no less: its text alone is that name, end to end."""
    alone = Document("alone", m.text, language, (Span(0, len(m.text)),))
    return any((x.start, x.end, x.kind, x.slug) == (0, len(m.text), m.kind, m.slug)
               for x in find_entities(alone, lexicon))


def check(text: str, u: Understanding) -> None:
    for m in u.entities:
        assert text[m.start:m.end] == m.text, m
    for d in u.dates:
        assert text[d.start:d.end] == d.text, d
    for q in u.quotes:
        assert text[q.start:q.end] == q.text, q
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text), q
    for e in u.events:
        assert 0 <= e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end <= len(text), e
        assert text[e.sentence.start:e.sentence.end] == e.evidence, e


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_span_is_the_text_at_its_offsets(sentences: list[str], data: st.DataObject) -> None:
    parts: list[str] = []
    for _ in range(data.draw(st.integers(1, 5), label="sentences")):
        sentence = data.draw(st.sampled_from(sentences), label="sentence")
        cut = data.draw(st.integers(0, len(sentence) // 3), label="cut")   # sometimes a piece of one
        parts += [data.draw(NOISE, label="noise"), sentence[cut:] if data.draw(st.booleans()) else sentence]
    text = normalise("".join(parts) + data.draw(NOISE, label="tail"))
    if not text.strip():
        return
    published = data.draw(st.sampled_from([None, "2021-01-27", "2023-11-02"]), label="published")
    article = Article("p", "generated", text, text, content_hash(text), published=published,
                      published_how="metadata" if published else "unknown")
    lexicon = load_lexicon()
    doc = make_document(article, lexicon)
    assert doc.text == text
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    check(text, understand(doc, lexicon))
    for m in find_entities(doc, lexicon):
        assert found_alone(m, doc.language, lexicon), (m, text[max(0, m.start - 10):m.end + 10])


def test_the_property_sees_what_the_seeds_hold(sentences: list[str]) -> None:
    """Not vacuous: the seeds' own text yields entities, dates, quotes and events to check."""
    text = normalise("\n".join(sentences))
    lexicon = load_lexicon()
    found = understand(make_document(Article("s", "seeds", text, text, content_hash(text)), lexicon), lexicon)
    assert found.entities and found.dates and found.quotes and found.events
    check(text, found)
    named = [m for m in found.entities if m.kind in ("treaty", "state")]
    assert named and all(found_alone(m, found.language, lexicon) for m in named)
