"""An archive cut into shards, and the articles of one shard.

    plan(paths) ──► [Shard ...] in reading order (the order ``ingest`` reads the same paths in)
    read_shard(shard) ──► Article | Rejected, as ``ingest`` would read them (same ids, same texts)

A shard is a unit of work a Dask worker reads by itself, from its description alone (a path, a
byte range): nothing but the description travels to the worker. What makes shards:

- a JSON Lines file (.jsonl, .ndjson): one shard per ``shard_bytes`` of it, cut at line ends (a
  part knows the number of its first line, so ids ``<stem>-<line>`` are those ingest gives);
- a compressed JSON Lines file (.jsonl.gz, .jsonl.zst ...): one shard (a stream cannot be cut);
- a WARC file (.warc, .warc.gz; news crawl style): one shard; each HTML response is an article whose
  id is ``url-`` and a hash of its address (a page crawled again with other text is a new version);
  request, metadata and warcinfo records are passed over; responses that are not HTML and records
  that cannot be read are quarantined;
- the other article files of a folder (.txt, .html, .json): ``files_per_shard`` files a shard.

A shard's id is a hash of the file's path, size and modification time and of its part, so a run
resumed on the same files finds the shards it finished; a file changed since is new work.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import ArgumentError
from ..ingest.dispatch import EXTENSIONS, HEAD_BYTES, MAX_BYTES, bounded_lines, kind_of, refuse_non_text
from ..ingest.paths import _walk, check_paths, read_file
from ..ingest.records import read_jsonl
from ..models import Article, Rejected

JSONL = (".jsonl", ".ndjson")
COMPRESSED = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
WARC = (".warc", ".warc.gz")
SHARD_BYTES = 8 * 1024 * 1024
FILES_PER_SHARD = 200


@dataclass(frozen=True)
class Shard:
    """One unit of work: ``kind`` jsonl (a byte range of one file), jsonl-compressed, warc, or files."""

    shard_id: str
    kind: str
    paths: tuple[str, ...]
    start: int = 0          # jsonl: first byte of the part
    end: int = -1           # jsonl: byte after the part (-1: to the end)
    first_line: int = 1     # jsonl: number of the part's first line

    @property
    def source(self) -> str:
        return self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} (+{len(self.paths) - 1} files)"


def batch_kind(path: str) -> str | None:
    """What batch makes of a file by its name: warc, jsonl, jsonl-compressed, file, or None."""
    name = path.lower()
    if name.endswith(WARC):
        return "warc"
    suffixes = Path(name).suffixes
    if len(suffixes) >= 2 and suffixes[-1] in COMPRESSED and suffixes[-2] in JSONL:
        return "jsonl-compressed"
    if name.endswith(JSONL):
        return "jsonl"
    return "file" if kind_of(path) is not None else None


def _identity(path: str, part: str = "") -> str:
    try:
        st = os.stat(path)
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        stamp = "?"
    return hashlib.sha256(f"{os.path.abspath(path)}\0{stamp}\0{part}".encode()).hexdigest()[:24]


def plan(paths: Iterable[str], *, shard_bytes: int = SHARD_BYTES, files_per_shard: int = FILES_PER_SHARD
         ) -> tuple[list[Shard], list[Rejected]]:
    """The shards of ``paths`` in reading order, and the files passed over (not article formats)."""
    paths = list(paths)
    if "-" in paths:
        raise ArgumentError("batch reads files and folders, not standard input: use treatywatch ingest -")
    check_paths(paths)
    shards: list[Shard] = []
    skipped: list[Rejected] = []
    loose: list[str] = []

    def flush() -> None:
        for i in range(0, len(loose), files_per_shard):
            group = tuple(loose[i:i + files_per_shard])
            shards.append(Shard(_identity(group[0], "files:" + "\0".join(group)), "files", group))
        loose.clear()

    for given in paths:
        files = _walk(given) if os.path.isdir(given) else [(given, None)]
        for path, not_read in files:
            if not_read is not None:  # an unreadable folder, a link to one: named, as ingest does
                skipped.append(Rejected(path, not_read, None, Path(path).name, skipped=True))
                continue
            kind = batch_kind(path)
            if kind is None and os.path.isdir(given):
                known = " ".join(sorted([*EXTENSIONS, ".warc", ".warc.gz", ".jsonl.gz", ".jsonl.zst"]))
                skipped.append(Rejected(path, f"skipped: '{Path(path).suffix or '(none)'}' is not an article "
                                        f"format ({known})", None, Path(path).stem, skipped=True))
                continue
            if kind in (None, "file"):
                loose.append(path)   # named on the command line: sniffed, as ingest does
                continue
            flush()
            if kind == "jsonl":
                for start, end, line in _jsonl_parts(path, shard_bytes):
                    shards.append(Shard(_identity(path, f"{start}-{end}"), "jsonl", (path,), start, end, line))
            else:
                shards.append(Shard(_identity(path), kind, (path,)))
        flush()
    return shards, skipped


def _jsonl_parts(path: str, shard_bytes: int) -> list[tuple[int, int, int]]:
    """(first byte, end byte or -1, first line number) of each part of a JSON Lines file, cut at line ends."""
    parts: list[tuple[int, int, int]] = []
    start, first, pos, number = 0, 1, 0, 0
    try:
        if os.path.getsize(path) <= shard_bytes:
            return [(0, -1, 1)]
        with open(path, "rb") as f:
            for line in f:
                number += 1
                pos += len(line)
                if pos - start >= shard_bytes:
                    parts.append((start, pos, first))
                    start, first = pos, number + 1
    except OSError:
        return [(0, -1, 1)]   # read_shard reports the error
    if start < pos or not parts:
        parts.append((start, -1, first))
    else:
        parts[-1] = (parts[-1][0], -1, parts[-1][2])
    return parts


# -- reading one shard (on a worker) ------------------------------------------------------------------

def read_shard(shard: Shard, max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejected]:
    """Every article of one shard, as ``ingest`` reads it; bad inputs as ``Rejected``."""
    if shard.kind == "files":
        for path in shard.paths:
            yield from read_file(path, max_bytes)
    elif shard.kind == "jsonl":
        yield from _read_jsonl_part(shard, max_bytes)
    elif shard.kind == "jsonl-compressed":
        yield from _read_compressed(shard.paths[0], max_bytes)
    elif shard.kind == "warc":
        from .warc import read_warc

        yield from read_warc(shard.paths[0], max_bytes)
    else:  # pragma: no cover - plan makes no other kind
        raise ValueError(f"unknown shard kind {shard.kind!r}")


def _stem(path: str) -> str:
    name = Path(path).name
    for suffix in (*COMPRESSED, *JSONL):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or Path(path).stem


def _read_jsonl_part(shard: Shard, max_bytes: int) -> Iterator[Article | Rejected]:
    path = shard.paths[0]
    stem = Path(path).stem or path
    if shard.start == 0 and shard.end == -1:
        yield from read_file(path, max_bytes)   # the whole file: exactly ingest's reading
        return
    try:
        with open(path, "rb") as f:
            if shard.start == 0:
                refusal = refuse_non_text(f.read(HEAD_BYTES))
                if refusal is not None:
                    yield Rejected(path, refusal.reason, None, stem)
                    return
            f.seek(shard.start)
            data = f.read() if shard.end < 0 else f.read(shard.end - shard.start)
    except OSError as err:
        yield Rejected(path, f"cannot read: {err.strerror or err}", None, stem)
        return
    yield from read_jsonl(bounded_lines(io.BytesIO(data), max_bytes), path, stem, start=shard.first_line,
                          whole=False)


def _open_compressed(path: str) -> BinaryIO:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    import zstandard

    raw = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)
    return io.BufferedReader(raw)


def _read_compressed(path: str, max_bytes: int) -> Iterator[Article | Rejected]:
    stem = _stem(path)
    try:
        with _open_compressed(path) as stream:
            yield from read_jsonl(bounded_lines(stream, max_bytes), path, stem)
    except (OSError, EOFError, ValueError) as err:
        # a truncated or damaged archive: what was read stays, the rest is one quarantined entry
        yield Rejected(path, f"compressed file cannot be read to its end: {err}", None, stem)
    except Exception as err:  # noqa: BLE001 - zstandard's own errors
        yield Rejected(path, f"compressed file cannot be read to its end: {type(err).__name__}: {err}", None, stem)
