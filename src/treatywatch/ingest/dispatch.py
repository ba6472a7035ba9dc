"""From bytes and a name to articles: pick the reader by extension, or by sniffing the content.

Extensions decide when they are known (.txt .text, .html .htm .xhtml, .json, .jsonl .ndjson): a .txt
holding markup is read as the text it is. An unknown or missing extension (standard input, an
upload named ``notes.dat``, a file named on the command line) is sniffed after decoding:

- JSON (an object or a list of objects), or JSON Lines (every non-blank line an object) → records;
- markup (the start of the document opens an html/head/body/doctype or a common block tag) → HTML;
- anything else that decodes to text → plain text.

Binary, empty and undecodable content is refused whatever the name says.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import BinaryIO, Literal

from treatywatch.ingest.build import Found
from treatywatch.ingest.decode import Refusal, binary_kind, decode
from treatywatch.ingest.plain import read_text
from treatywatch.ingest.records import JsonRefused, is_json_object, loads, read_json, read_jsonl
from treatywatch.ingest.webpage import read_html
from treatywatch.models import Article, Rejected
from treatywatch.text.normalise import content_hash, normalise

Kind = Literal["text", "html", "json", "jsonl"]
# 10 MiB: far above any news article (the longest seed is ~6 KB), far below a memory problem.
MAX_BYTES = 10 * 1024 * 1024
EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# How much of a streamed JSON Lines file is looked at to refuse binary content at once.
HEAD_BYTES = 8192
# The name standard input's records are numbered under ("stdin-3").
STDIN_STEM = "stdin"
# Sniffing only (which reader to use), never extraction: trafilatura reads the page itself.
_MARKUP = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|"
                     r"title|article|main|div|p|section|h[1-6])[\s>/]", re.IGNORECASE | re.DOTALL)


def kind_of(name_hint: str) -> Kind | None:
    """The reader a file name asks for, or None when its extension is not an article format."""
    return EXTENSIONS.get(PurePath(name_hint).suffix.lower())


def sniff(text: str) -> Kind:
    """The reader for decoded content whose name does not say (see the module docstring)."""
    head = text.lstrip()
    if head.startswith(("{", "[")):
        try:
            loads(text)
            return "json"
        except JsonRefused:
            lines = [line for line in text.split("\n") if line.strip()]
            if lines and all(is_json_object(line) for line in lines):
                return "jsonl"
    if _MARKUP.match(text[:4096]):
        return "html"
    return "text"


def read_bytes(data: bytes, source: str, name_hint: str, *, max_bytes: int = MAX_BYTES
               ) -> list[Article | Rejected]:
    """Every article in ``data`` (an uploaded or already-read file); never raises on bad input.

    ``name_hint`` is the file's name (its stem is the article id, its extension picks the reader);
    "" or "-" means none (standard input): then plain text gets the id ``stdin-<content hash>``,
    so that two different texts never pass for versions of one article.
    """
    results = _read_bytes(data, source, name_hint, max_bytes)
    if len(results) == 1 and isinstance(results[0], Rejected) and not results[0].payload and data:
        # one refusal for the whole input: it keeps the bytes as they came (the quarantine's evidence)
        r = results[0]
        return [Rejected(r.source, r.reason, r.line, r.article_id, data[:max_bytes], r.skipped)]
    return results


def _read_bytes(data: bytes, source: str, name_hint: str, max_bytes: int) -> list[Article | Rejected]:
    stem = _stem(name_hint)
    if len(data) > max_bytes:
        return [Rejected(source, f"too large: {len(data)} bytes (limit {max_bytes})", None, stem)]
    kind = kind_of(name_hint)
    if kind == "jsonl":
        refusal = refuse_non_text(data[:HEAD_BYTES])
        if refusal is not None:
            return [Rejected(source, refusal.reason, None, stem, data)]
        return list(read_jsonl(bounded_lines(io.BytesIO(data), max_bytes), source, stem or STDIN_STEM))
    decoded = decode(data)
    if isinstance(decoded, Refusal):
        return [Rejected(source, decoded.reason, None, stem, data)]
    return read_decoded(decoded, source, stem, kind or sniff(decoded))


def read_decoded(text: str, source: str, stem: str | None, kind: Kind) -> list[Article | Rejected]:
    """Every article in decoded content of a known kind."""
    if kind == "json":
        return read_json(text, source, stem or STDIN_STEM)
    if kind == "jsonl":
        return list(read_jsonl((line.encode("utf-8") for line in text.split("\n")), source,
                               stem or STDIN_STEM))
    article_id = stem or f"{STDIN_STEM}-{content_hash(normalise(text))[:12]}"
    if kind == "html":
        return [read_html(text, Found(article_id=article_id, source=source))]
    return [read_text(text, article_id, source)]


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each read with at most ``limit`` bytes in memory; an over-long line is
    skipped and stands as None so that the reader can reject it by number."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            while line and not line.endswith(b"\n"):
                line = stream.readline(64 * 1024)
            yield None
            continue
        yield line


def refuse_non_text(head: bytes) -> Refusal | None:
    """Refuse a JSON Lines stream at once when its first bytes (``HEAD_BYTES``) show it empty or a
    known binary format. A stray NUL byte refuses only the line that holds it (``read_jsonl``)."""
    if not head:
        return Refusal("empty file")
    kind = binary_kind(head)
    if kind is not None:
        return Refusal(f"binary file ({kind}), not text")
    return None


def _stem(name_hint: str) -> str | None:
    if name_hint in ("", "-"):
        return None
    return PurePath(name_hint).stem or None

