"""Normalise article text: Unicode NFC, control characters dropped, whitespace tidied.

The result is what every offset points into; the caller keeps the original for evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Zero-width joiner and non-joiner carry meaning in Persian and Arabic script: keep them.
_KEEP_FORMAT = {"\u200c", "\u200d"}
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _keep(ch: str) -> bool:
    if ch in "\n\t":
        return True
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return False
    if cat == "Cf":  # format characters: BOM, zero-width space, bidi marks
        return ch in _KEEP_FORMAT
    return cat not in ("Cs", "Co", "Cn")


def normalise(text: str) -> str:
    """NFC, line breaks unified, control and stray format characters dropped, runs of spaces collapsed,
    lines stripped, at most one blank line in a row, no leading or trailing blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = "".join(ch for ch in text if _keep(ch))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    # NFC last: a dropped character between a letter and its accent must not keep them apart.
    return unicodedata.normalize("NFC", _BLANK_LINES.sub("\n\n", text).strip())


def content_hash(text: str) -> str:
    """A stable id for a text's content (sha256 of its normalised UTF-8 form, hex, 16 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
