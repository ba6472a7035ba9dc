"""Load the domain pack from data/: once per machine, the files are read, checked against their schema
(schema.py) and assembled (assemble.py); then the result is read back from the disk cache
(lexicon/built.py) while the files and the code stay the same.

Every fault is a ``LexiconError`` naming the file, its line and the place in it:
``treaties.yaml: line 12, treaties[3].names.ru[2]: 5: a name is text, or {form: ..., ...}``.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from ..errors import DataError
from .built import built, data_fingerprint, lasting
from .types import Lexicon

DATA_DIR = Path(__file__).resolve().parent.parent / "data"   # the package's own data
DOMAIN = "arms_control"
DATA_DIR_ENV = "TREATYWATCH_DATA_DIR"   # a data directory laid out as DATA_DIR, read instead of it


class LexiconError(DataError):
    """A data file does not fit its schema or the rest of the pack: ``file: place: what is wrong``."""


def active_data_dir() -> Path:
    """The data directory in effect: ``TREATYWATCH_DATA_DIR`` when it is set (the ``data_dir`` setting;
    a folder laid out as the package's data/), else the package's own data/."""
    given = os.environ.get(DATA_DIR_ENV, "").strip()
    if not given:
        return DATA_DIR
    path = Path(given).expanduser().resolve()
    if not (path / DOMAIN / "treaties.yaml").is_file():
        raise LexiconError(f"{DATA_DIR_ENV}={given}: not a data directory (no {DOMAIN}/treaties.yaml in it)")
    return path


def load_lexicon(data_dir: Path | None = None) -> Lexicon:
    """The lexicon of ``data_dir``; by default of the data directory in effect (``active_data_dir``),
    read once per directory and cached."""
    if data_dir is None:
        return _load_cached(active_data_dir())
    return _load_kept(Path(data_dir))


@functools.cache
def _load_cached(folder: Path) -> Lexicon:
    return lasting(_load_kept(folder))   # read once, kept for the life of the process


def _load_kept(data_dir: Path) -> Lexicon:
    """The lexicon of ``data_dir``, read back from the disk cache when the same files were loaded by
    the same code before (lexicon/built.py: checking and assembling them costs a second and a half,
    reading the result back a twentieth of that); files that do not fit raise as they always do."""
    fingerprint = data_fingerprint(data_dir)
    return built(fingerprint, "lexicon", lambda: _assemble(data_dir, fingerprint))


def _assemble(data_dir: Path, fingerprint: str) -> Lexicon:
    # imported when the files must be read: YAML and the schema's pydantic models take a third of a
    # second to import, which a process that reads the lexicon back never needs
    from .assemble import assemble

    return assemble(data_dir, fingerprint)
