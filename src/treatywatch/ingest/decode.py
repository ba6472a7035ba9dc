"""Bytes to text, or the reason they are not text.

Order of decisions (first that applies wins):

1. empty → refused;
2. UTF-32 / UTF-16 byte-order mark → decoded strictly in that encoding;
3. a known binary signature (PNG, PDF, ZIP...) or a NUL byte → refused as binary;
4. UTF-8 (a UTF-8 BOM is dropped) → accepted;
5. UTF-8 whose only defect is a multi-byte sequence cut off at the very end of the data → accepted
   without the incomplete tail (at most three bytes: a download or copy cut short, the text before
   it is intact and dropping the stub loses no character);
6. otherwise the bytes are either damaged UTF-8 or a legacy single-byte encoding (cp1251, cp1256,
   windows-1258 are common in this field). Damaged UTF-8 is recognised by its many well-formed
   multi-byte sequences around the bad bytes and is refused: a legacy decoding of it would be
   mojibake. A legacy encoding is accepted only when charset_normalizer is confident (enough
   non-ASCII bytes to judge, low "mess") and the result reads as text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

# Signatures of formats that are never articles; the names make the refusal readable.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old Word/Excel)"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_UTF8_BOM = b"\xef\xbb\xbf"
# charset_normalizer guesses wildly on a handful of high bytes (seen: one stray 0xFF in English
# text read as cp1250 "˙"); below this many non-ASCII bytes a legacy guess is not trusted.
MIN_LEGACY_EVIDENCE = 24
# charset_normalizer's own acceptance threshold is 0.2; stricter, because a wrong guess is silent.
MAX_MESS = 0.1
# Share of letters (and marks) among visible characters below which a decoding is not text.
MIN_LETTER_SHARE = 0.5


@dataclass(frozen=True)
class Refusal:
    """Why some input is not an article; becomes a ``Rejected`` at the reader's boundary."""

    reason: str


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` if it has a known signature, else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def decode(data: bytes) -> str | Refusal:
    """Decode article bytes (see the module docstring for the rules)."""
    if not data:
        return Refusal("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                return Refusal(f"not valid {codec.upper()} despite its byte-order mark: "
                               f"{err.reason} at byte {err.start}")
    kind = binary_kind(data)
    if kind is not None:
        return Refusal(f"binary file ({kind}), not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        return Refusal(f"binary content (NUL byte at byte {nul}), not text")
    skip = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    body = data[skip:]
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.end == len(body):
            return body[: err.start].decode("utf-8")
        first_bad = skip + err.start
    return _legacy(data, first_bad)


# Every byte above 0x7F in a UTF-8 *shaped* sequence: a lead byte and its continuation bytes, overlong
# (C0 AF for "/") or surrogate forms included. Text made only of such sequences is UTF-8, however
# malformed, never a legacy encoding (in cp1251 or cp1256 text high bytes follow one another freely).
_UTF8_SHAPED = re.compile(rb"(?:[\x00-\x7f]|[\xc0-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                          rb"|[\xf0-\xf7][\x80-\xbf]{3})*")


def _legacy(data: bytes, first_bad: int) -> str | Refusal:
    bad_byte = data[first_bad]
    if _UTF8_SHAPED.fullmatch(data):
        return Refusal(f"not valid UTF-8 (byte 0x{bad_byte:02x} at byte {first_bad}): an overlong or "
                       "surrogate sequence, refused rather than guessed at")
    refused = Refusal(f"not valid UTF-8 (byte 0x{bad_byte:02x} at byte {first_bad}) "
                      "and no confident other encoding")
    lenient = data.decode("utf-8", errors="replace")
    good_multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    bad = lenient.count("\ufffd")
    # In cp1251/cp1256 text nearly every high byte is invalid UTF-8; in damaged UTF-8 most are fine.
    if good_multibyte >= bad:
        return Refusal(f"not valid UTF-8 (byte 0x{bad_byte:02x} at byte {first_bad}): damaged UTF-8, "
                       f"{bad} bad sequence(s) among {good_multibyte} good ones")
    if sum(1 for b in data if b > 0x7F) < MIN_LEGACY_EVIDENCE:
        return refused
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_MESS:
        return refused
    text = str(best)
    if not _reads_as_text(text):
        return refused
    return text


def _reads_as_text(text: str) -> bool:
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return False
    if any(unicodedata.category(ch) == "Cc" for ch in visible):
        return False
    letters = sum(1 for ch in visible if unicodedata.category(ch)[0] in "LM")
    return letters / len(visible) >= MIN_LETTER_SHARE
