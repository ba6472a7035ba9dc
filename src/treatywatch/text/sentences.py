"""Split text into sentences with character offsets, in any language.

Rule-based on purpose: pysbd and spaCy's sentencizer lack Vietnamese, Ukrainian or Turkish and cost
milliseconds per article; what differs between languages (abbreviations, "3. Februar") is data in
``data/languages/<code>.yaml``. A line break always ends a sentence: news text puts headlines,
datelines and paragraphs on lines of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon.types import LanguagePack
from ..models import Span

# A run of terminal punctuation, then closing quotes or brackets, then a space (or the line's end).
# "։" is the Armenian full stop (verjaket), written where other scripts write ".".
_SPACED_END = re.compile(r"[.!?…؟;؛։]*[.!?…؟։]+[\"'”’»›」』)\]]*(?=\s|$)")
# Marks that end a sentence by themselves, space or none after: the full-width marks of scripts
# written without spaces, the Urdu full stop ۔ ("ہے۔اگلا" runs on unspaced) and the Devanagari danda।
_CJK_END = re.compile(r"[。！？۔।॥]+[”’」』）)\"']*")
# Half-width ! and ? where Chinese or Japanese text goes straight on ("是明确的?他说"): an end too.
_UNSPACED_END = re.compile(r"[!?]+[”’」』）)\"']*(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])")
# The ASCII colon typed for the Armenian full stop (web text often writes "ստորագրել է:" for "։"): after an
# Armenian letter (and a closing quote or bracket), with a space or the line's end after it, or before an Armenian
# capital ("(START): Այս"), it ends the sentence (Armenian writes its own
# colon, the mijaket "․", so a ":" there is no colon).
_ARMENIAN_COLON_END = re.compile(r"(?<=[\u0531-\u0556\u0561-\u0587])[\"'”’»)\]]*:(?=\s|$)"
                                 r"|[\"'”’»)\]]*:(?=\s+[\u0531-\u0556])")
# A full stop typed with no space before the next Arabic-script word (".وأضاف", common in web copy), after a
# word of two letters or more or a closing quote: a sentence end ("أ.ف.ب", a letter and its dot, is not).
_ARABIC_LETTER = "[\u0620-\u064a\u0671-\u06d3]"
_ARABIC_UNSPACED_END = re.compile(f"(?:(?<={_ARABIC_LETTER}{{2}})|(?<=[\"”»]))\\.(?={_ARABIC_LETTER})")
# The same in Hangul: Korean web copy often loses the space (or line) after a sentence's "다." ("있습니다.전략"):
# a full stop after a Hangul syllable or a closing quote, right before a Hangul syllable, an opening quote or a
# digit ("촉구했습니다.2011년").
_HANGUL = "[\uac00-\ud7a3]"
_HANGUL_UNSPACED_END = re.compile(f"(?:(?<={_HANGUL})|(?<=[\"”’]))\\.(?={_HANGUL}|[“‘0-9])")
_NON_SPACE = re.compile(r"\S")
_UNCASED_LOWER = re.compile("[\u10d0-\u10ff]")   # Georgian Mkhedruli
_MARKS = ".!?…؟։"
_OPENING = "\"'“‘«‹„「『(["
# A line that is nothing but a web address: its words ("...-suspends-treaty-with-russia") are a
# copy of the headline with its punctuation lost, not a sentence of the text.
_ADDRESS_LINE = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def _token_before(line: str, end: int) -> str:
    """The word that ends at ``end`` without its final marks ("U.S." -> "U.S"; a word made only of
    marks keeps its first), found by walking back over it, never by searching the whole line."""
    start = end
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    word = line[start:end]
    if not word:
        return ""
    return word.rstrip(_MARKS) or word[0]


def _is_boundary(line: str, start: int, end: int, pack: LanguagePack, abbreviations: frozenset[str]) -> bool:
    """Whether the punctuation at line[start:end] ends a sentence."""
    mark = line[start:end]
    next_char = _NON_SPACE.search(line, end)  # (no copy of the rest: a long line has many marks)
    if next_char is None:
        return True
    if mark.rstrip("\"'”’»›」』)]") != ".":
        return True  # ! ? … and runs like "?!" always end a sentence
    token = _token_before(line, start + 1).lstrip(_OPENING)
    if token.casefold() in abbreviations:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "J. Biden"
    if "." in token and all(len(part) <= 2 for part in token.split(".")):
        return False  # "U.S", "e.g"
    if pack.ordinal_dot and token.isdigit() and len(token) <= 2:
        return False  # "am 3. Februar"
    first = next_char.group()
    # going on in lower case: no new sentence. Georgian's Mkhedruli letters are lower case to Unicode (it has
    # had capitals, Mtavruli, since 2018) but the script writes no capital at a sentence's start: uncased.
    return not (first.isalpha() and first.islower() and not _UNCASED_LOWER.match(first))


def _line_sentences(line: str, offset: int, pack: LanguagePack, abbreviations: frozenset[str]) -> Iterator[Span]:
    start = 0
    ends = sorted([(m.start(), m.end()) for m in _SPACED_END.finditer(line)]
                  + [(m.start(), m.end()) for m in _CJK_END.finditer(line)]
                  + [(m.start(), m.end()) for m in _UNSPACED_END.finditer(line)]
                  + [(m.start(), m.end()) for m in _ARMENIAN_COLON_END.finditer(line)]
                  + [(m.start(), m.end()) for m in _ARABIC_UNSPACED_END.finditer(line)]
                  + [(m.start(), m.end()) for m in _HANGUL_UNSPACED_END.finditer(line)])
    for mark_start, mark_end in ends:
        if mark_start < start or not _is_boundary(line, mark_start, mark_end, pack, abbreviations):
            continue
        yield from _trimmed(line, start, mark_end, offset)
        start = mark_end
    yield from _trimmed(line, start, len(line), offset)


def _trimmed(line: str, start: int, end: int, offset: int) -> Iterator[Span]:
    chunk = line[start:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    if right > left:
        yield Span(offset + start + left, offset + start + right)


def split_sentences(text: str, pack: LanguagePack) -> tuple[Span, ...]:
    """The sentences of ``text`` as spans into it, in order, trimmed of surrounding whitespace."""
    abbreviations = frozenset(a.casefold().rstrip(".") for a in pack.abbreviations)
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if not _ADDRESS_LINE.fullmatch(line):
            spans.extend(_line_sentences(line, offset, pack, abbreviations))
        offset += len(line) + 1
    return tuple(spans)
