"""How fast are dates? Milliseconds per article for find_dates and infer_published, one core.

Runs over the 14 shared articles (seeds and corpus), each repeated, and over the same texts glued
together ten at a time (long articles), after a first warm-up call that builds each language's
grammar (built once per language: also printed).

    python bench/dates.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from treatywatch.lexicon.types import Lexicon
from treatywatch.models import Document, Span
from treatywatch.understand.dates import find_dates
from treatywatch.understand.published import infer_published

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_documents() -> list[Document]:
    languages: dict[str, str] = {}
    for gold in ("seeds/gold/documents.jsonl", "corpus/gold/documents.jsonl"):
        for line in (SHARED / gold).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            languages[row["article"]] = row["language"]
    seeds = sorted((SHARED / "seeds/articles").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8").strip(), None) for p in seeds]
    for path in sorted((SHARED / "corpus/articles").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        texts.append((record["id"], record["text"], record.get("published")))
    return [Document(i, t, languages[i], (Span(0, len(t)),), published=p) for i, t, p in texts]


def lexicon() -> Lexicon:
    try:
        from treatywatch.lexicon import load_lexicon

        return load_lexicon()
    except Exception as exc:  # noqa: BLE001 — the data may be incomplete while it is written: dates need none
        print(f"(no lexicon: {exc}; dates use dateparser's tables alone)")
        return Lexicon((), (), (), (), {})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    rounds = parser.parse_args().rounds
    lex = lexicon()
    docs = shared_documents()
    start = time.perf_counter()
    for doc in docs:
        find_dates(doc, lex)
    print(f"first call (grammars for {len({d.language for d in docs})} languages): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    long = [Document(f"long{i}", "\n".join(d.text for d in docs[i:i + 10]), docs[i].language, (Span(0, 1),))
            for i in range(0, len(docs), 10)]
    for name, batch in (("shared articles", docs), ("ten glued together", long)):
        chars = sum(len(d.text) for d in batch) / len(batch)
        start = time.perf_counter()
        for _ in range(rounds):
            for doc in batch:
                infer_published(doc, find_dates(doc, lex))
        ms = (time.perf_counter() - start) / rounds / len(batch) * 1000
        print(f"{name}: {ms:.3f} ms per article ({chars:.0f} characters on average, {ms / chars * 1e6:.0f} ns/char)")


if __name__ == "__main__":
    main()
