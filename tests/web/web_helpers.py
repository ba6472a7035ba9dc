"""What the web tests share besides fixtures (conftest.py): the token and where things are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
TOKEN = "test-token-0123456789"
