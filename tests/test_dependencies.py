"""pyproject.toml declares what the code imports, and nothing it does not: every third-party module
imported under src/ (found with ast) belongs to a declared distribution, and every declared
distribution is imported, or named below with the reason it is needed without an import."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "treatywatch"

# declared, needed at run time, never imported by name
NOT_IMPORTED = {
    "lxml-html-clean": "jusText (under trafilatura) imports lxml.html.clean, its own package since lxml 5.2",
    "python-multipart": "FastAPI parses the upload form and multipart bodies with it",
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = (re.match(r"[A-Za-z0-9._-]+", req) for req in project["dependencies"])
    return {_norm(m.group()) for m in names if m}


def imported_modules() -> dict[str, set[str]]:
    """Top-level module -> the files that import it, for every absolute import under src/."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                names = []
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(SRC)))
    return found


def third_party() -> dict[str, set[str]]:
    """Distribution -> the modules of it imported (stdlib and treatywatch left out)."""
    owners = packages_distributions()
    out: dict[str, set[str]] = {}
    for module in imported_modules():
        if module in sys.stdlib_module_names or module == "treatywatch":
            continue
        assert module in owners, f"{module} is imported but no installed distribution provides it"
        for dist in owners[module]:
            out.setdefault(_norm(dist), set()).add(module)
    return out


def test_the_scan_finds_the_imports() -> None:
    modules = imported_modules()
    assert "sqlalchemy" in modules and "yaml" in modules and "json" in modules
    assert "yaml" in third_party()["pyyaml"]


def test_every_imported_distribution_is_declared() -> None:
    missing = {dist: sorted(mods) for dist, mods in third_party().items() if dist not in declared()}
    assert not missing, f"imported but not in [project.dependencies]: {missing}"


def test_every_declared_distribution_is_imported_or_explained() -> None:
    unused = declared() - set(third_party()) - set(NOT_IMPORTED)
    assert not unused, f"in [project.dependencies] but never imported: {sorted(unused)}"
    assert set(NOT_IMPORTED) <= declared()


def test_no_private_module_of_dateparser_is_imported() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    assert not re.search(r"dateparser\.(data|languages|conf|utils)\b", text)
