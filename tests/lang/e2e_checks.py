"""An article of our own through the command line (article_checks.export_record: `treatywatch ingest`,
then `export eval`), and what a careful reader would record of it."""

from __future__ import annotations

from pathlib import Path

from .article_checks import event_tuples, export_record

EventRow = tuple[str, str | None, str | None, str | None, str]   # event, treaty, actor, date, modality


def check_article(tmp: Path, article_id: str, text: str, published: str, language: str,
                  events: list[EventRow], quotes: list[tuple[str, str]]) -> None:
    """The article is read as ``language``; every event of ``events`` and every (speaker, quote) of
    ``quotes`` is exported."""
    out = export_record(tmp, {"id": article_id, "url": f"https://example.org/{article_id}", "text": text,
                              "published": published})
    assert [(d["article"], d["language"], d["published"]) for d in out["documents"]] == [
        (article_id, language, published)]
    found = event_tuples(out)
    for event in events:
        assert event in found, f"{event} not in {sorted(found, key=str)}"
    said = {(q["speaker"], q["quote"]) for q in out["quotes"]}
    for quote in quotes:
        assert quote in said, f"{quote} not in {said}"
