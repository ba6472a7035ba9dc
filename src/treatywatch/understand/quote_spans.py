"""Where quotations are: between quote marks of every style, and in dialogue paragraphs that open
with a dash.

Quote marks are read by position, not by shape: real pages mix “ with ", open German „ with ",
and write » « as well as « ». A mark that opens is followed by a letter; one that closes follows one.
A quotation left open at the end of a paragraph runs to the paragraph's end (the press convention
for quotes that go on in the next paragraph). Single marks ‘…’ (inner quotations, headlines) count
where no other quotation is open; ’ is also the apostrophe, so it closes only before a non-letter.
Swedish, Finnish, Russian and others print speech as a paragraph opening with a dash, the
attribution after a comma: "– Vi kommer inte att skriva under, sa ministern."
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lexicon.matcher import Hit

_OPEN_ONLY = "“„«「『‹"
_CLOSE_ONLY = "»」』›"
_EITHER = "\"”״"   # ״: Hebrew gershayim, typed for quotation marks too
_MARK_OR_BREAK = re.compile("[" + re.escape(_OPEN_ONLY + _CLOSE_ONLY + _EITHER) + "\n]")
# Direction of guillemets differs by language (« » in French and Russian, » « in German); a mark
# that cannot open where it stands closes, and the other way round.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL")   # scripts that run words together
_PAIRS_FLIP = {"«": "»", "»": "«", "‹": "›", "›": "‹"}


@dataclass(frozen=True)
class Raw:
    start: int   # content start (after the opening mark)
    end: int     # content end (before the closing mark, or the paragraph's end)
    open_at: int
    close_at: int  # the closing mark's end, or ``end`` when left open
    resumed: bool = False  # goes on after its attribution: «…, — сказал он. — …»


def _can_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isspace()


def _can_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    return not prev.isspace()


def _inside_word(text: str, i: int) -> bool:
    """A straight double mark between two letters of a script written with spaces is part of the word,
    not a quotation mark: Hebrew writes abbreviations so (ארה"ב, מנכ"ל). Chinese and Thai run words
    together, so there a mark between two letters can still open or close a quotation."""
    if text[i] not in '"״' or i == 0 or i + 1 >= len(text):
        return False
    return all(ch.isalpha() and not unicodedata.name(ch, "").startswith(_UNSPACED)
               for ch in (text[i - 1], text[i + 1]))


def _marked(text: str) -> Iterator[Raw]:
    """Top-level quotations; one quoted inside another ('"… “AKKA’nın …” …"', 「…『…』…」) stays in it."""
    open_at = -1
    para_end = -1
    inner: list[str] = []   # the opening marks of quotations nested in the open one
    for m in _MARK_OR_BREAK.finditer(text):
        i, ch = m.start(), m.group()
        if _inside_word(text, i):
            continue
        if ch == "\n" or (open_at >= 0 and i > para_end):
            if open_at >= 0 and para_end - open_at > 20:  # left open: runs to the paragraph's end
                end = len(text[:para_end].rstrip())
                yield Raw(open_at + 1, end, open_at, end)
            open_at, inner = -1, []
            if ch == "\n":
                continue
        if open_at < 0:
            if ch in _CLOSE_ONLY and ch not in _PAIRS_FLIP:
                continue
            # French sets guillemets apart with spaces: « Non », dit-il. German reverses them: »Nein«
            if _can_open(text, i) or ch in "«‹" or (ch in "»›" and not _can_close(text, i)):
                open_at = i
                nl = text.find("\n", i)
                para_end = nl if nl >= 0 else len(text)
        elif inner and ch in _CLOSERS[inner[-1]] and _can_close(text, i):
            inner.pop()
        elif ch not in _CLOSERS[text[open_at]] and ch in _OPEN_ONLY and _can_open(text, i) \
                and (not _can_close(text, i) or ch in _UNSPACED_OPEN):
            inner.append(ch)
        elif _can_close(text, i) or (ch in "»›«‹" and ch != text[open_at]):
            if i > open_at + 1:
                yield Raw(open_at + 1, i, open_at, i + 1)
            open_at, inner = -1, []
    if open_at >= 0 and para_end - open_at > 20:
        end = len(text[:para_end].rstrip())
        yield Raw(open_at + 1, end, open_at, end)


# The marks that may close a quotation opened by each mark (pages mix curly and straight ones): any
# other opening mark inside it opens a quotation nested in it
_CLOSERS = {"“": "”\"“", "„": "“”\"", "«": "»«", "»": "«»", "‹": "›‹", "›": "‹›", "「": "」", "『": "』",
            "\"": "\"”", "”": "”\"", "״": "״"}
_UNSPACED_OPEN = "「『"   # marks of scripts without spaces: they open a nested quotation after a letter


# «Их немало, — сказал Рябков. — Мы должны…», "Per me - ha detto - è chiaro": an attribution set between
# dashes inside the marks
_DASHED = re.compile(r"[,.!?…]?\s+[—–-]\s+([^—–«»\"“”„\n]{3,80}?)[,.:]?\s+[—–-]\s+")
# a dash between spaces, which every such attribution holds: a pattern that opens with a class is skipped
# through in C, where ``_DASHED`` (an optional mark first) is tried at every offset of every quotation
_SPACED_DASH = re.compile(r"\s[—–-]\s")


def _split_at_attributions(text: str, raws: list[Raw], verbs: Sequence[Hit]) -> list[Raw]:
    """One quotation interrupted by its attribution between dashes is two, each with that speaker."""
    out: list[Raw] = []
    for raw in raws:
        if _SPACED_DASH.search(text, raw.start, raw.end) is None:
            out.append(raw)  # no dash set off by spaces: no attribution between dashes (most quotations)
            continue
        start = raw.start
        for m in _DASHED.finditer(text, raw.start, raw.end):
            if _has_hit(verbs, m.start(1), m.end(1)):
                out.append(Raw(start, m.start(), raw.open_at if start == raw.start else start, m.start()))
                start = m.end()
        out.append(raw if start == raw.start else Raw(start, raw.end, start, raw.close_at, resumed=True))
    return out




_ALL_MARKS = _OPEN_ONLY + _CLOSE_ONLY + _EITHER + "‘"
_SINGLE = re.compile(r"(?<![\w‘’])‘(?=\w)([^‘’\n]{2,300}?\w[.!?,]?)’(?![\w])")
# a dialogue paragraph: a dash at a line's start, then speech; the attribution after a comma
_DIALOGUE = re.compile(r"^[ \t]*[—–][ \t]+(?=\w|[«“„\"])", re.M)
# the end of the speech: a comma (or ! ?), a dash perhaps, and up to three words before the quote verb; or
# a dash alone (hu "– Kész vagyunk tárgyalni – mondta a miniszter.")
_BEFORE_ATTRIBUTION = re.compile(r"(?:[,!?…][ \t]*(?:[—–][ \t]*)?|(?<=\w)[ \t][—–][ \t]+)"
                                 r"(?:[^\W\d_][\w'’-]*[ \t]+){0,3}$")
_RESUMED = re.compile(r"[.,][ \t]+[—–][ \t]+(?=\w)")   # "…, — сказал он. — И добавлю…"


def may_quote(text: str) -> bool:
    """Whether the text has a quote mark or a dialogue paragraph at all (else no speaker is looked for)."""
    return any(c in text for c in _ALL_MARKS) or (_dashed(text) and _DIALOGUE.search(text) is not None)


def _dashed(text: str) -> bool:
    """A dash that may open a dialogue paragraph (``_DIALOGUE``, a multi-line search that tries every
    line): found first by a plain search."""
    return "—" in text or "–" in text


def find_spans(text: str, verbs: Sequence[Hit]) -> list[Raw]:
    """Every quotation's span, in text order: quote marks first; a dialogue paragraph where no mark
    already quotes; marks inside a dialogue quotation are its own quoted words, not another's."""
    marked = _split_at_attributions(text, list(_marked(text)), verbs)
    # (a regex that opens with a look-behind tries every offset: most texts hold no ‘ to start one)
    singles = [Raw(m.start(1), m.end(1), m.start(), m.end()) for m in _SINGLE.finditer(text)] if "‘" in text else []
    marked += [s for s in singles if not any(r.open_at <= s.open_at < r.close_at for r in marked)]
    dialogue = list(_dialogue(text, verbs))
    inside = [r for r in marked if any(d.start <= r.open_at < d.end for d in dialogue)]
    return sorted([r for r in marked if r not in inside] + dialogue, key=lambda r: r.open_at)


def _dialogue(text: str, verbs: Sequence[Hit]) -> Iterator[Raw]:
    starts = [v.start for v in verbs]
    for m in _DIALOGUE.finditer(text) if _dashed(text) else ():
        nl = text.find("\n", m.end())
        para_end = len(text[:nl if nl >= 0 else len(text)].rstrip())
        start, open_at, resumed = m.end(), m.start(), False
        for v in verbs[bisect.bisect_right(starts, start):bisect.bisect_left(starts, para_end)]:
            if v.start <= start:
                continue
            cut = _BEFORE_ATTRIBUTION.search(text, start, v.start)
            if cut is None:
                continue
            yield Raw(start, cut.start() + 1, open_at, cut.start() + 1, resumed)
            more = _RESUMED.search(text, v.end, para_end)
            if more is None:
                break
            start, open_at, resumed = more.end(), more.start(), True
        else:
            if para_end - start > 20 or (resumed and para_end > start):
                yield Raw(start, para_end, open_at, para_end, resumed)


def _has_hit(hits: Sequence[Hit], lo: int, hi: int) -> bool:
    return any(lo <= h.start and h.end <= hi for h in hits)
