"""treatywatch: a cited, dated record of arms control from the world's news, in any language.

The public API is what ``__all__`` names (tests/test_public_api.py checks it is complete); the rest
is free to change. Importing the package does nothing but define things.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import Any as _Any

from .errors import (
    ArgumentError,
    ConfigError,
    ExportError,
    MigrationError,
    NotFoundError,
    StoreError,
    TreatywatchError,
)

# The rest is imported on first use (module __getattr__, PEP 562): `import treatywatch` and every
# command's start stay fast, and a command loads SQLAlchemy, pydantic or the lexicon only if it needs them.
_LAZY = {
    "export_eval": "export.eval",
    **dict.fromkeys(("Article", "DateMention", "Document", "Event", "Mention", "Quote", "Rejected", "Span",
                     "Understanding"), "models"),
    **dict.fromkeys(("Reread", "RunArticle", "Summary", "ingest_paths", "read_article", "reunderstand"),
                    "pipeline"),
    **dict.fromkeys(("SETTINGS", "Setting", "Settings", "load_settings"), "settings"),
    **dict.fromkeys(("Added", "DocumentRow", "Quarantined", "Store", "StoredArticle", "open_store"), "store"),
}


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("treatywatch")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> _Any:
    if name == "__version__":
        globals()[name] = value = _version()
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'treatywatch' has no attribute {name!r}")
    value = getattr(_import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "SETTINGS",
    "Added",
    "ArgumentError",
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
