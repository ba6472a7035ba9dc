"""Marking findings in an article's text: escaped piece by piece, overlaps handled, bad offsets skipped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from treatywatch.web.markup import Finding, evidence, marked


def strip(html: str) -> str:
    import html as h
    import re

    return h.unescape(re.sub(r"<[^>]+>", "", html))


def test_overlapping_findings_are_split_not_nested_wrongly() -> None:
    text = "Putin said: «we will suspend New START» today"
    out = marked(text, [Finding(0, 5, "ent", "person: putin"), Finding(11, 38, "quote", "quote"),
                        Finding(24, 33, "event", "suspend", "t-24"), Finding(28, 37, "ent", "treaty")])
    assert strip(out) == text
    assert out.count("<mark") == out.count("</mark>")
    assert 'id="t-24"' in out and out.count('id="t-24"') == 1


def test_text_and_titles_are_escaped() -> None:
    text = '<script>alert("x")</script> & <b>'
    out = marked(text, [Finding(0, 8, "ent", '"><img src=x onerror=alert(1)>')])
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out and "&amp;" in out
    assert strip(out) == text


def test_offsets_out_of_range_are_skipped() -> None:
    out = marked("abc", [Finding(2, 10, "x", "t"), Finding(-1, 2, "x", "t"), Finding(2, 2, "x", "t")])
    assert out == "abc"


def test_evidence_marks_its_trigger() -> None:
    out = evidence("Russia suspended it.", [100, 120], [107, 116])
    assert str(out) == 'Russia <mark class="event" title="trigger">suspended</mark> it.'
    assert evidence("<x>", None, None) == "&lt;x&gt;"


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8))
def test_any_text_survives_marking(text: str, spans: list[tuple[int, int]]) -> None:
    out = marked(text, [Finding(a, b, "m", "<t>") for a, b in spans])
    assert strip(out) == text.replace("\r", "\r")
    assert "<t>" not in out
