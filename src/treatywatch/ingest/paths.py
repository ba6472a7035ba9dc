"""Files, folders and standard input to articles.

- A folder is read recursively in sorted order of relative paths; hidden files and folders (a name
  starting with ".") are passed over silently. Files in it whose extension is not an article format
  (README.md, images) are reported as Rejected("skipped: ...", skipped=True): named to the user, so
  nothing disappears unseen, but not quarantined, for they are not articles;
  the same file named explicitly is sniffed and read (see dispatch).
- The size limit is checked on the file's size before reading, and again while reading (a file may
  grow). JSON Lines are streamed: the limit holds for each record, not for the whole dump.
- ``-`` is standard input: JSON Lines when its first non-blank line is a JSON object (streamed like
  a .jsonl file); otherwise the whole input, up to the limit, is sniffed as JSON, HTML or text.
"""

from __future__ import annotations

import itertools
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from treatywatch.errors import ArgumentError
from treatywatch.ingest.dispatch import (
    EXTENSIONS,
    HEAD_BYTES,
    MAX_BYTES,
    STDIN_STEM,
    bounded_lines,
    kind_of,
    read_bytes,
    refuse_non_text,
)
from treatywatch.ingest.records import is_json_object, read_jsonl
from treatywatch.models import Article, Rejected

STDIN_SOURCE = "-"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Blank lines tolerated at the top of standard input before deciding what it is.
_MAX_LEADING_BLANKS = 1000


def check_paths(paths: Iterable[str]) -> None:
    """An ``ArgumentError`` for the first path that names nothing: a typo, or a URL (treatywatch does
    not fetch pages). Such a path is the user's mistake, not an input to quarantine; a file that
    vanishes or cannot be read once the run started still is one."""
    for given in paths:
        if given == STDIN_SOURCE:
            continue
        if _URL.match(given):
            raise ArgumentError(f"{given}: a URL, and treatywatch does not fetch pages: save the page to a file "
                                f"and name the file, or pipe it on standard input (curl -s URL | treatywatch "
                                f"ingest -)")
        if not os.path.lexists(given):
            raise ArgumentError(f"{given}: no such file or folder")


def shown(path: str) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8 (held
    as surrogate escapes by Python) become ``\\xNN``."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None, *, max_bytes: int = MAX_BYTES
               ) -> Iterator[Article | Rejected]:
    """Every article in ``paths`` (files, folders, ``-`` for ``stdin`` or the process's standard input),
    in order; bad inputs come out as ``Rejected`` and the rest goes on."""
    for given in paths:
        if given == STDIN_SOURCE:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        elif os.path.isdir(given):
            yield from _read_folder(given, max_bytes)
        else:
            yield from read_file(given, max_bytes)


def read_file(path: str, max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejected]:
    """Every article in one file, whatever its name (an unknown extension is sniffed). Whatever goes
    wrong inside the readers stays with this file: it is quarantined with the bytes read, the rest
    of the run goes on."""
    source = shown(path)
    data = b""
    try:
        for item in _read_file(path, max_bytes):
            if isinstance(item, Rejected) and item.source == path and source != path:
                item = Rejected(source, item.reason, item.line, item.article_id, item.payload, item.skipped)
            elif isinstance(item, Article) and item.source != source:
                from dataclasses import replace
                item = replace(item, source=source)
            yield item
    except Exception as err:  # noqa: BLE001 - one hostile file must not take the others down
        try:
            with open(path, "rb") as stream:
                data = stream.read(max_bytes)
        except OSError:
            pass
        yield Rejected(source, f"could not be read (a bug, please report it): {type(err).__name__}: "
                       f"{str(err)[:200]}", None, shown(Path(path).stem) or None, data)


def _read_file(path: str, max_bytes: int) -> Iterator[Article | Rejected]:
    stem = shown(Path(path).stem) or None
    try:
        info = os.stat(path)
    except OSError as err:
        yield Rejected(path, f"cannot read: {err.strerror or err}", None, stem)
        return
    if not stat.S_ISREG(info.st_mode):
        yield Rejected(path, "not a regular file", None, stem)
        return
    streamed = kind_of(path) == "jsonl"
    if info.st_size > max_bytes and not streamed:
        yield Rejected(path, f"too large: {info.st_size} bytes (limit {max_bytes})", None, stem)
        return
    try:
        with open(path, "rb") as stream:
            if streamed:
                refusal = refuse_non_text(stream.read(HEAD_BYTES))
                if refusal is not None:
                    stream.seek(0)
                    yield Rejected(path, refusal.reason, None, stem, stream.read(max_bytes))
                    return
                stream.seek(0)
                yield from read_jsonl(bounded_lines(stream, max_bytes), path, stem or shown(path))
                return
            data = stream.read(max_bytes + 1)
    except OSError as err:
        yield Rejected(path, f"cannot read: {err.strerror or err}", None, stem)
        return
    yield from read_bytes(data, path, shown(os.path.basename(path)), max_bytes=max_bytes)


def read_stdin(stream: BinaryIO, max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejected]:
    """Every article on standard input (see the module docstring for how its kind is decided)."""
    head: list[bytes] = []
    for line in itertools.islice(bounded_lines(stream, max_bytes), _MAX_LEADING_BLANKS):
        if line is None:
            yield Rejected(STDIN_SOURCE, f"too large: a line over {max_bytes} bytes", None, STDIN_STEM)
            return
        head.append(line)
        if line.strip():
            break
    first = head[-1].strip() if head else b""
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    if first.startswith(b"{") and is_json_object(first.decode("utf-8", errors="replace")):
        yield from read_jsonl(itertools.chain(head, bounded_lines(stream, max_bytes)), STDIN_SOURCE,
                              STDIN_STEM)
        return
    start = b"".join(head)
    data = start + stream.read(max_bytes + 1 - len(start))
    yield from read_bytes(data, STDIN_SOURCE, "", max_bytes=max_bytes)


def _read_folder(folder: str, max_bytes: int) -> Iterator[Article | Rejected]:
    for path, problem in _walk(folder):
        if problem is not None:
            yield Rejected(shown(path), problem, None, None, skipped=True)
        elif kind_of(path) is None:
            known = " ".join(sorted(EXTENSIONS))
            yield Rejected(shown(path), f"skipped: '{shown(Path(path).suffix) or '(none)'}' is not an article "
                           f"format ({known}); name the file itself to read it anyway", None,
                           shown(Path(path).stem), skipped=True)
        else:
            yield from read_file(path, max_bytes)


def _walk(folder: str) -> list[tuple[str, str | None]]:
    """The files of ``folder`` in sorted order, and beside them (with a reason instead of None) the
    folders that were not read: unreadable ones, and symbolic links to folders (not followed, so that
    a link cannot loop or lead out of the folder; name the link itself to read it)."""
    found: list[tuple[tuple[str, ...], str, str | None]] = []

    def unreadable(err: OSError) -> None:
        where = err.filename if isinstance(err.filename, str) else folder
        found.append((Path(os.path.relpath(where, folder)).parts, where,
                      f"skipped: folder cannot be read ({err.strerror or err})"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        kept = []
        for d in dirs:
            if d.startswith("."):
                continue
            path = os.path.join(root, d)
            if os.path.islink(path):
                found.append((Path(os.path.relpath(path, folder)).parts, path,
                              "skipped: a symbolic link to a folder is not followed; name it itself to read it"))
            else:
                kept.append(d)
        dirs[:] = kept
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            found.append((Path(os.path.relpath(path, folder)).parts, path, None))
    return [(path, problem) for _, path, problem in sorted(found, key=lambda f: f[0])]
