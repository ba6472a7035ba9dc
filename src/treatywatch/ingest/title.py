"""The headline of a plain-text article, where it has one.

A headline is a short line near the top with no final sentence punctuation, followed by a longer
body: "Russia Rules Out Even Tentative Talks with US on Arms Control" (seeds/002). Page furniture
above it is skipped: the dateline, "Story Code : 1146609" (seeds/002), a site name such as
"UrduPoint.com" (corpus d02). An article that opens straight into its first sentence (seeds/000,
001, 003) has no headline, and none is made up.
"""

from __future__ import annotations

import re

from treatywatch.ingest.dateline import dateline_date

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
# Furniture lines to look past before the headline (dateline, codes, site name).
MAX_FURNITURE = 3
# Sentence-final marks in the scripts we read: Latin, Arabic (؟ ۔), CJK (。！？), and list or
# clause marks that show the line goes on.
_FINAL = tuple(".!?…:;,،؛؟。！？")
_QUOTES = tuple("\"'“”«»„‘’「」『』")
_LABEL = re.compile(r"[^\W\d_][\w .'-]{0,30}\s*:\s*[\w-]*\d[\w-]*", re.UNICODE)
_SITE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_LETTER = re.compile(r"[^\W\d_]")


def find_title(text: str) -> str | None:
    """The headline line of ``text`` (normalised text), or None."""
    lines = [line.strip() for line in text.split("\n")]
    index = 0
    skipped = 0
    while index < len(lines) and skipped <= MAX_FURNITURE:
        line = lines[index]
        if not line:
            index += 1
            continue
        if _is_furniture(line):
            skipped += 1
            index += 1
            continue
        rest = "\n".join(lines[index + 1:]).strip()
        return line if _is_headline(line, rest) else None
    return None


def _is_furniture(line: str) -> bool:
    return (
        dateline_date(line) is not None
        or _LABEL.fullmatch(line) is not None
        or _SITE.fullmatch(line) is not None
    )


def _is_headline(line: str, rest: str) -> bool:
    if len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return False
    if line.endswith(_FINAL) or line.startswith(_QUOTES) or line.endswith(_QUOTES):
        return False
    if not _LETTER.search(line):
        return False
    # A headline heads something: the body after it is at least twice as long.
    return len(rest) >= 2 * len(line)
