"""Large regular expressions compiled once per machine, not once per process.

A language's date grammar (understand/dates.py) is one pattern of five to ten thousand characters,
which Python's ``re`` takes some 50 ms to parse and compile (its parser and compiler are written in
Python): two seconds for forty languages, in every process. What ``re`` compiles a pattern to is a
list of integers that its C engine runs; that list is kept on disk (lexicon/built.py) and handed back
to the engine, as ``re.compile`` itself does at its last step (``re/_compiler.py``, ``compile``).

The list is keyed by the pattern, its flags and the engine's version (``_sre.MAGIC``), in a folder named
by Python's version and treatywatch's code; the engine checks a program before it runs it, and anything
unexpected (another Python, a file that does not fit) means compiling as ``re.compile`` does.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from typing import Any

from .built import built, code_fingerprint

# re's own compiler, in its two halves (not public: the fallback below is plain re.compile)
try:
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python
    _sre = _compiler = _parser = None


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program read back from disk when compiled before."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = hashlib.sha256(f"{_sre.MAGIC}\0{flags}\0{pattern}".encode()).hexdigest()[:40]
    try:
        program = built(code_fingerprint()[:24], f"regex-{key}", lambda: _program(pattern, flags))
        return _sre.compile(pattern, *program)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - any fault of the kept program: compile it as re does
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What re/_compiler.py's ``compile`` hands the engine: flags, code, groups, group names."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # plain ints: re names its opcodes and flags with int subclasses that do not pickle
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def prefix_tree(words: set[str]) -> str:
    """An alternation of ``words`` that shares their common beginnings ("j(?:an|u(?:l|n))"): the
    engine tries one letter per branch, not every word at every position. A space is any space."""
    if "" in words:
        return "(?:)" if len(words) == 1 else "(?:" + prefix_tree(words - {""}) + "|)"
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    branches = [(r"\s" if first == " " else re.escape(first)) + (
        "" if rest == {""} else "(?:" + prefix_tree(rest) + ")") for first, rest in sorted(by_first.items())]
    return "|".join(branches)
