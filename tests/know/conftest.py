"""Claims built from the shared gold events (real, labelled data), the way the store hands them over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatywatch.know.facts import Claim
from treatywatch.know.reference import Reference, load_reference


def gold_claims(gold: Path) -> list[Claim]:
    docs = {}
    for line in (gold / "documents.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        docs[d["article"]] = d
    claims = []
    for i, line in enumerate((gold / "events.jsonl").read_text("utf-8").splitlines()):
        e = json.loads(line)
        doc = docs.get(e["article"], {})
        claims.append(Claim(article=e["article"], event=e["event"], treaty=e["treaty"], actor=e["actor"],
                            date=e["date"], modality=e["modality"], evidence=e["evidence"],
                            language=doc.get("language"), published=doc.get("published"), idx=i))
    return claims


@pytest.fixture(scope="session")
def seed_claims(shared_dir: Path) -> list[Claim]:
    return gold_claims(shared_dir / "seeds" / "gold")


@pytest.fixture(scope="session")
def corpus_claims(shared_dir: Path) -> list[Claim]:
    return gold_claims(shared_dir / "corpus" / "gold")


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()
