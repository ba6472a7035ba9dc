"""The end-to-end check (article_checks) by article id, text and publication day."""

from __future__ import annotations

from .article_checks import event_tuples as events_of
from .article_checks import ingest_and_export

__all__ = ["events_of", "ingest_and_export"]
