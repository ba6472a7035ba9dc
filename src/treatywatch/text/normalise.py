"""Normalise article text: Unicode NFC, control characters dropped, whitespace tidied.

The result is what every offset points into; the caller keeps the original for evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .charclass import char_class, generated

# Zero-width joiner and non-joiner carry meaning in Persian and Arabic script: keep them.
_KEEP_FORMAT = {"\u200c", "\u200d"}
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def dropped(ch: str) -> bool:
    """Whether ``normalise`` drops ``ch`` (the test bench/gen_charclasses.py tabulates)."""
    return not _keep(ch)


def _keep(ch: str) -> bool:
    if ch in "\n\t":
        return True
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return False
    if cat == "Cf":  # format characters: BOM, zero-width space, bidi marks
        return ch in _KEEP_FORMAT
    return cat not in ("Cs", "Co", "Cn")


# Every character of the Basic Multilingual Plane that ``_keep`` refuses, in one regular expression
# (a bitmap to the regex engine: no Python loop over the characters); the rare characters beyond it
# are found by a second one and checked one by one.
_DROP = re.compile(f"[{char_class((a, min(b, 0xFFFF)) for a, b in generated('DROPPED', dropped) if a <= 0xFFFF)}]+")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _drop(text: str) -> str:
    text = _DROP.sub("", text)
    if _ASTRAL.search(text) is None:
        return text
    return _ASTRAL.sub(lambda m: m.group() if _keep(m.group()) else "", text)


def normalise(text: str) -> str:
    """NFC, line breaks unified, control and stray format characters dropped, runs of spaces collapsed,
    lines stripped, at most one blank line in a row, no leading or trailing blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _drop(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    # NFC last: a dropped character between a letter and its accent must not keep them apart.
    return unicodedata.normalize("NFC", _BLANK_LINES.sub("\n\n", text).strip())


def content_hash(text: str) -> str:
    """A stable id for a text's content (sha256 of its normalised UTF-8 form, hex, 16 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
