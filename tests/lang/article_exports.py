"""End-to-end checks for tests/lang/test_<code>.py: a short article of our own, ingested and exported
(`treatywatch ingest` then `export eval`) as a user would, read back from the eval files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .article_checks import event_tuples, export_record


def check_article(tmp_path: Path, code: str, text: str, published: str, events: list[tuple[Any, ...]],
                  denials: list[tuple[str, str, str]], quotes: list[tuple[str, str]]) -> None:
    """``text`` (an article of our own, with a dateline and no date in its address) is read as ``code``,
    published on ``published``, with these ``events`` among its events, these denials (event, treaty,
    actor: a denial may carry any date, FORMAT.md), no factual test, and exactly these ``quotes``."""
    exported = export_record(tmp_path, {"id": f"{code}_own", "url": f"https://example.{code}/world/treaty",
                                            "text": text, "published": None})
    assert exported["documents"] == [{"article": f"{code}_own", "language": code, "published": published}]
    found = event_tuples(exported)
    for event in events:
        assert tuple(event) in found, f"{event} not in {found}"
    for denial in denials:
        assert (*denial, "negated") in {(e[0], e[1], e[2], e[4]) for e in found}, found
    assert not {e for e in found if e[0] == "test" and e[4] in ("asserted", "scheduled")}, found
    assert [(q["speaker"], q["quote"]) for q in exported["quotes"]] == quotes
