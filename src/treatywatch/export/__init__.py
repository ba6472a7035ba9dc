"""Exports: what the store holds, written for other tools (eval today; JSON, CSV, report later)."""

from __future__ import annotations

from .eval import export_eval

__all__ = ["export_eval"]
