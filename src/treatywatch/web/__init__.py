"""web: one ASGI app serving the REST API (/api) and the pages for analysts (see app.py).

``treatywatch serve`` runs it; ``create_app(db_url, WebConfig(token=...))`` builds it for tests.
"""

from __future__ import annotations

from .app import asgi, create_app, serve
from .security import WebConfig

__all__ = ["WebConfig", "asgi", "create_app", "serve"]
