"""treatywatch: a cited, dated record of arms control from the world's news, in any language.

The public API is what ``__all__`` names (tests/test_public_api.py checks it is complete); the rest
is free to change. Importing the package does nothing but define things.
"""

from __future__ import annotations

from importlib import metadata as _metadata

from .errors import ConfigError, ExportError, MigrationError, NotFoundError, StoreError, TreatywatchError
from .export.eval import export_eval
from .models import (
    Article,
    DateMention,
    Document,
    Event,
    Mention,
    Quote,
    Rejected,
    Span,
    Understanding,
)
from .pipeline import Reread, RunArticle, Summary, ingest_paths, read_article, reunderstand
from .settings import SETTINGS, Setting, Settings, load_settings
from .store import Added, DocumentRow, Quarantined, Store, StoredArticle, open_store

try:
    __version__ = _metadata.version("treatywatch")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "SETTINGS",
    "Added",
    "Article",
    "ConfigError",
    "DateMention",
    "Document",
    "DocumentRow",
    "Event",
    "ExportError",
    "Mention",
    "MigrationError",
    "NotFoundError",
    "Quarantined",
    "Quote",
    "Rejected",
    "Reread",
    "RunArticle",
    "Setting",
    "Settings",
    "Span",
    "Store",
    "StoreError",
    "StoredArticle",
    "Summary",
    "TreatywatchError",
    "Understanding",
    "__version__",
    "export_eval",
    "ingest_paths",
    "load_settings",
    "open_store",
    "read_article",
    "reunderstand",
]
