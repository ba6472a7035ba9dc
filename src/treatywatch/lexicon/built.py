"""What start-up builds, built once per machine, not once per process: the lexicon (lexicon/load.py),
the automaton of every language's names (lexicon/borrowing.py), each language's cue matchers, date
vocabulary and compiled date grammar (lexicon/patterns.py). Building them for forty languages takes
seconds; reading them back, a fraction of one.

A built thing is pickled under the user's cache folder (``TREATYWATCH_CACHE_DIR``, else
``$XDG_CACHE_HOME/treatywatch``, else ``~/.cache/treatywatch``; ``off`` keeps nothing on disk), in a
folder named by the fingerprint of everything it is made from: the data files, treatywatch's own
code, Python's and the libraries' versions. Any change to them gives a new folder, so a stale one is
never read; the folder is safe to delete at any time (it is rebuilt when needed). A lexicon
without a fingerprint (one assembled in code, as tests do) has its matchers never cached on disk.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "TREATYWATCH_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent.parent
# What a built matcher is made of besides the data and the code: CLDR (babel), the automaton's format.
_LIBRARIES = ("ahocorasick-rs", "babel")
# a file name: "names-en"; a stranger language code is not kept
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,80}")
# fingerprints kept; older folders are removed when a new one is written (a version of the code has two:
# the data's, and the code's alone for what only depends on it, lexicon/patterns.py)
_KEPT = 6

T = TypeVar("T")


def cache_root() -> Path | None:
    """The folder built matchers are kept in, or None when ``TREATYWATCH_CACHE_DIR=off``."""
    given = os.environ.get(CACHE_ENV, "").strip()
    if given.lower() == "off":
        return None
    if given:
        return Path(given).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "treatywatch"


def _hash_files(update: Callable[[bytes], None], root: Path, pattern: str) -> None:
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            update(str(path.relative_to(root)).encode() + b"\0")
            update(path.read_bytes() + b"\0")


@cache
def code_fingerprint() -> str:
    """The fingerprint of treatywatch's code and the versions of Python and of the libraries."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(name.encode())
    _hash_files(digest.update, _PACKAGE, "*.py")
    return digest.hexdigest()


def data_fingerprint(data_dir: Path) -> str:
    """The fingerprint of the lexicon read from ``data_dir``: its files, the code, the versions."""
    digest = hashlib.sha256(code_fingerprint().encode())
    _hash_files(digest.update, data_dir, "*")
    return digest.hexdigest()[:24]


def built(fingerprint: str, name: str, build: Callable[[], T]) -> T:
    """What ``build()`` returns, read from the cache folder when it was built before from the same
    fingerprint, else built and written there (best effort: a folder that cannot be written, or a file
    that cannot be read, only means building)."""
    root = cache_root()
    if not fingerprint or root is None or not _SAFE_NAME.fullmatch(name):
        return build()
    folder = root / f"matchers-{fingerprint}"
    path = folder / f"{name}.pickle"
    try:
        with path.open("rb") as kept:
            return lasting(pickle.load(kept))  # type: ignore[no-any-return]
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = lasting(build())
    try:
        fresh = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as written:
            try:
                pickle.dump(value, written, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:  # a value that does not pickle leaves no half-written file behind
                os.unlink(written.name)
                raise
        os.replace(written.name, path)  # whole or not at all: another process may read it now
        if fresh:
            _prune(root)
    except OSError:
        pass
    return value


def lasting(value: T) -> T:
    """``value``, kept for the life of the process (a lexicon read from its folder, a matcher built from
    it), taken out of the cyclic garbage collector's watch with everything made so far (gc.freeze).
    A lexicon and its matchers are some 1.6 million objects: every full collection walked them all,
    0.4 s each, 9 s of CPU in an ingest of 1,000 articles. Objects that die later are still freed
    when their last reference goes; only a cycle among them would stay."""
    gc.freeze()
    return value


def _prune(root: Path) -> None:
    """Only the newest few fingerprints' folders are kept: each change of data or code makes one."""
    folders = sorted(root.glob("matchers-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in folders[_KEPT:]:
        for file in old.iterdir():
            file.unlink(missing_ok=True)
        old.rmdir()
