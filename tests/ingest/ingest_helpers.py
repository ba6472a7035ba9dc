"""Small helpers shared by the ingest tests (a module, not conftest: conftest is not for importing)."""

from __future__ import annotations

from treatywatch.models import Article, Rejected


def articles(results: list[Article | Rejected]) -> dict[str, Article]:
    return {r.id: r for r in results if isinstance(r, Article)}


def rejected(results: list[Article | Rejected]) -> list[Rejected]:
    return [r for r in results if isinstance(r, Rejected)]


def only_article(results: list[Article | Rejected]) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


def only_rejected(results: list[Article | Rejected]) -> Rejected:
    assert len(results) == 1, results
    assert isinstance(results[0], Rejected), results[0]
    return results[0]
