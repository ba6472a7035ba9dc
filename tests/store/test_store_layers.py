"""The store is a lower layer: no module under store/ imports from a layer above it (and so the schema
cannot import its way into a cycle with the record, as it once did through know/tables.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

STORE = Path(__file__).resolve().parents[2] / "src" / "treatywatch" / "store"
ABOVE = ("know", "understand", "link", "web", "cli", "batch", "watch", "export", "pipeline", "ingest")


def imported(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, treatywatch.X...) for every import of the package in a module, relative ones resolved."""
    package = ["treatywatch", *path.relative_to(STORE.parent).parent.parts]
    out = []
    for node in ast.walk(ast.parse(source if source is not None else path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            out += [(node.lineno, name if node.module else f"{name}.{alias.name}") for alias in node.names]
    return [(line, name) for line, name in out if name.split(".")[0] == "treatywatch"]


MODULES = sorted(STORE.rglob("*.py"))


def test_the_store_has_modules() -> None:
    assert len(MODULES) > 10 and any(line for m in MODULES for line in imported(m))


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(STORE)) for m in MODULES])
def test_no_store_module_imports_a_layer_above(module: Path) -> None:
    above = [f"line {line}: {name}" for line, name in imported(module)
             if name.split(".")[1:2] and name.split(".")[1] in ABOVE]
    assert not above, above


def test_the_check_sees_a_relative_import_upwards() -> None:
    source = "from ..know import queries\nfrom . import schema\nimport treatywatch.web.app\n"
    deeper = imported(STORE / "migrations" / "env.py", "from ...link import store\n")
    assert deeper == [(1, "treatywatch.link")]
    assert imported(STORE / "schema.py", source) == [
        (1, "treatywatch.know"), (2, "treatywatch.store.schema"), (3, "treatywatch.web.app")]
