"""Small builders shared by the know tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from treatywatch.know.facts import Claim

if TYPE_CHECKING:
    from treatywatch.store import Store


def claim(article: str, event: str, treaty: str | None, actor: str | None, date: str | None,
          modality: str = "asserted", language: str = "en", idx: int = 0, evidence: str = "") -> Claim:
    return Claim(article=article, event=event, treaty=treaty, actor=actor, date=date, modality=modality,
                 evidence=evidence or f"{article}: {event} {treaty} {actor} {date}", language=language, idx=idx)


def store_gold(store: Store, gold: Path) -> None:
    """Put a gold folder into a store as if understood: one article per document (its text made of the
    evidence sentences and quotes), then its Understanding (events, quotes)."""
    import hashlib
    import json

    from treatywatch.models import Article, Event, Quote, Span, Understanding

    docs = {json.loads(x)["article"]: json.loads(x) for x in (gold / "documents.jsonl").read_text("utf-8").splitlines()}
    events: dict[str, list[dict[str, object]]] = {}
    for line in (gold / "events.jsonl").read_text("utf-8").splitlines():
        e = json.loads(line)
        events.setdefault(e["article"], []).append(e)
    quotes: dict[str, list[dict[str, str]]] = {}
    if (gold / "quotes.jsonl").exists():
        for line in (gold / "quotes.jsonl").read_text("utf-8").splitlines():
            q = json.loads(line)
            quotes.setdefault(q["article"], []).append(q)
    for article_id, doc in sorted(docs.items()):
        text = "\n".join(dict.fromkeys(str(e["evidence"]) for e in events.get(article_id, [])))
        text += "\n" + "\n".join(q["quote"] for q in quotes.get(article_id, []))
        art = Article(id=article_id, source=f"gold/{article_id}", text=text, original=text,
                      content_hash=hashlib.sha256(text.encode()).hexdigest(), language=doc["language"],
                      published=doc["published"], published_how="metadata" if doc["published"] else "unknown")
        pk = store.add_article(art).pk
        evs = []
        for e in events.get(article_id, []):
            start = text.find(str(e["evidence"]))
            span = Span(start, start + len(str(e["evidence"])))
            evs.append(Event(str(e["event"]), e["treaty"], e["actor"], e["date"], str(e["modality"]),  # type: ignore[arg-type]
                             span, span, str(e["evidence"])))
        qs = []
        for q in quotes.get(article_id, []):
            start = text.find(q["quote"])
            qs.append(Quote(start, start + len(q["quote"]), q["quote"], q["kind"], q["speaker"]))  # type: ignore[arg-type]
        store.save_understanding(pk, Understanding(article_id, doc["language"], doc["published"],
                                                   "metadata" if doc["published"] else "unknown",
                                                   quotes=tuple(qs), events=tuple(evs)))
