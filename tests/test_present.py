"""Findings marked in place: marks point into the text, and article text never becomes markup."""

from __future__ import annotations

from treatywatch.models import Span
from treatywatch.present import marked_sentence, marks

from .understand.helpers import read


def test_marks_cover_what_was_found_at_its_offsets() -> None:
    text = 'On February 21, 2023, Putin said Russia would suspend New START. "We act," he said.'
    u = read(text, "en")
    found = {(m.kind, text[m.start:m.end]) for m in marks(u)}
    assert {("date", "February 21, 2023"), ("person", "Putin"), ("state", "Russia"), ("event", "suspend"),
            ("treaty", "New START")} <= found


def test_brackets_in_the_text_stay_literal() -> None:
    text = "[bold]Russia[/bold] withdrew from the INF Treaty in 2019."
    u = read(text, "en")
    shown = marked_sentence(text, Span(0, len(text)), u)
    assert shown.plain == text
    assert any(span.style for span in shown.spans)
