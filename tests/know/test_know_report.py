from pathlib import Path

from know_helpers import claim

from treatywatch.export.report import Briefing, render_html, render_markdown, write
from treatywatch.know.conflicts import find_conflicts
from treatywatch.know.facts import Claim, merge
from treatywatch.know.quotes import QuoteRow
from treatywatch.know.reference import Reference
from treatywatch.know.status import treaty_status
from treatywatch.know.timeline import timeline

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _briefing(claims: list[Claim], reference: Reference) -> Briefing:
    facts = merge(claims)
    quotes = [QuoteRow("evil", "putin", HOSTILE, "direct", "ar", "2024-07-09", 0, 10, "javascript:alert(1)", HOSTILE)]
    return Briefing("New START <b>", treaty_status(facts, "new-start", "2023-03-01", reference), timeline(facts),
                    quotes, find_conflicts(facts, reference), "2023-03-01")


def test_html_escapes_hostile_text_and_marks_direction(seed_claims: list[Claim], reference: Reference) -> None:
    claims = seed_claims + [claim("evil", "sign", "new-start", "usa", "2011-04-08", evidence=HOSTILE)]
    page = render_html(_briefing(claims, reference))
    assert "<script>" not in page and "<img" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;" in page
    assert 'dir="auto" lang="ar"' in page
    assert "في 21 فبراير 2023" in page            # Arabic evidence, in its own language
    assert "suspended" in page and "2023-02-21 / 2023-02-28" in page
    assert "reference:" in page and "interfax.com" in page   # the reference row, marked and cited


def test_markdown_cites_every_line(seed_claims: list[Claim], reference: Reference) -> None:
    claims = seed_claims + [claim("evil", "sign", "new-start", "usa", "2011-04-08", evidence=HOSTILE)]
    text = render_markdown(_briefing(claims, reference))
    assert "<script>" not in text and "&lt;script&gt;" in text
    body = text.split("## Sources")[0]
    for line in body.splitlines():
        if line.startswith(("- ", "  > ", "| ")) and not line.startswith(("| treaty", "|---")):
            assert "[" in line and "]" in line, line
    assert "reference" in text and "## Conflicts" in text


def test_write_by_suffix(seed_claims: list[Claim], reference: Reference, tmp_path: Path) -> None:
    b = _briefing(seed_claims, reference)
    assert write(b, tmp_path / "r.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert write(b, tmp_path / "r.md").read_text("utf-8").startswith("# New START")
