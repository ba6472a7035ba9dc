"""Direct and partial quotations in every quote style, and who said them.

Quote marks are read by position, not by shape: real pages mix “ with ", open German „ with ",
and write » « as well as « ». A mark that opens is followed by a letter; one that closes follows one.
A quotation left open at the end of a paragraph runs to the paragraph's end (the press convention
for quotes that go on in the next paragraph).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..lexicon.matcher import Hit
from ..models import Document, Mention, Quote

_OPEN_ONLY = "“„«「『‹"
_CLOSE_ONLY = "»」』›"
_EITHER = "\"”"
_MARKS = set(_OPEN_ONLY + _CLOSE_ONLY + _EITHER)
_MARK_OR_BREAK = re.compile("[" + re.escape(_OPEN_ONLY + _CLOSE_ONLY + _EITHER) + "\n]")
# Direction of guillemets differs by language (« » in French and Russian, » « in German); a mark
# that cannot open where it stands closes, and the other way round.
_PAIRS_FLIP = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_SPEAKER_REACH = 80   # characters between a quote verb and its speaker
_CONTINUATION = 700   # characters after the last speaker's mention within which "he added" is still them
_ANTECEDENT = 1500    # characters back to the person a pronoun stands for ("— сказал он" after a paragraph)
_BARE_GAP = re.compile(r"[\W\d_]*(?:\w{1,3}[\W\d_]*)?")  # 'وأضاف: "…"', 'وأضاف أن "…"': no one named between
_WORD = re.compile(r"\w+", re.UNICODE)
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL")   # scripts that run words together


@dataclass(frozen=True)
class _Raw:
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
    if text[i] != '"' or i == 0 or i + 1 >= len(text):
        return False
    return all(ch.isalpha() and not unicodedata.name(ch, "").startswith(_UNSPACED)
               for ch in (text[i - 1], text[i + 1]))


def _raw_quotes(text: str) -> Iterator[_Raw]:
    open_at = -1
    para_end = -1
    for m in _MARK_OR_BREAK.finditer(text):
        i, ch = m.start(), m.group()
        if _inside_word(text, i):
            continue
        if ch == "\n" or (open_at >= 0 and i > para_end):
            if open_at >= 0 and para_end - open_at > 20:  # left open: runs to the paragraph's end
                end = len(text[:para_end].rstrip())
                yield _Raw(open_at + 1, end, open_at, end)
            open_at = -1
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
        elif _can_close(text, i) or (ch in "»›«‹" and ch != text[open_at]):
            if i > open_at + 1:
                yield _Raw(open_at + 1, i, open_at, i + 1)
            open_at = -1
    if open_at >= 0 and para_end - open_at > 20:
        end = len(text[:para_end].rstrip())
        yield _Raw(open_at + 1, end, open_at, end)


# «Их немало, — сказал Рябков. — Мы должны…»: an attribution set between dashes inside the marks
_DASHED = re.compile(r"[,.!?…]?\s+[—–]\s+([^—–«»\"“”„\n]{3,80}?)[,.:]?\s+[—–]\s+")


def _split_at_attributions(text: str, raws: list[_Raw], verbs: Sequence[Hit]) -> list[_Raw]:
    """One quotation interrupted by its attribution between dashes is two, each with that speaker."""
    out: list[_Raw] = []
    for raw in raws:
        start = raw.start
        for m in _DASHED.finditer(text, raw.start, raw.end):
            if _has_hit(verbs, m.start(1), m.end(1)):
                out.append(_Raw(start, m.start(), raw.open_at if start == raw.start else start, m.start()))
                start = m.end()
        out.append(raw if start == raw.start else _Raw(start, raw.end, start, raw.close_at, resumed=True))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،"):
        end -= 1
    return start, end


def _words(s: str) -> int:
    cjk = sum(1 for c in s if "\u4e00" <= c <= "\u9fff")
    return len(_WORD.findall(s)) + cjk // 2


def find_quotes(doc: Document, mentions: Sequence[Mention], who: dict[tuple[int, int], str],
                verbs: Sequence[Hit], pronouns: Sequence[Hit]) -> tuple[Quote, ...]:
    """Quotations with their speakers; ``who`` maps person and role mentions to people
    (entities.resolve_people), ``verbs`` and ``pronouns`` are the language's quote-verb and pronoun hits. Scare quotes and quoted names (a single word, a known name) are not
    quotations."""
    text = doc.text
    raws = _split_at_attributions(text, list(_raw_quotes(text)), verbs)
    names = {(m.start, m.end) for m in mentions}
    antecedent = _Antecedents(doc, mentions, who, raws)
    # Each quotation looks only at what lies in its own clause [left_bound, right_bound]: windows cut
    # by offset (a long text has thousands of mentions and verbs: scanning all per quote is quadratic).
    in_window = _Window(mentions), _Window(verbs), _Window(pronouns)
    quotes: list[Quote] = []
    last_speaker: tuple[str, int, int] | None = None
    for n, raw in enumerate(raws):
        start, end = _trim(text, raw.start, raw.end)
        content = text[start:end]
        if not content or _words(content) < 2 or (start, end) in names:
            continue
        left_bound = max(raws[n - 1].close_at if n else 0, text.rfind("\n", 0, raw.open_at) + 1)
        right_bound = raws[n + 1].open_at if n + 1 < len(raws) else len(text)
        right_bound = min(right_bound, _sentence_end(doc, raw.close_at))
        left_bound = max(left_bound, _sentence_start(doc, raw.open_at))
        mentions_near, verbs, pronouns = (w.between(left_bound, right_bound) for w in in_window)
        speaker = _speaker(doc, mentions_near, who, verbs, pronouns, left_bound, raw.open_at, raw.close_at,
                           right_bound, last_speaker, antecedent)
        kind = _kind(text, raw, left_bound, right_bound, speaker is not None)
        if speaker is None and last_speaker and raw.open_at - last_speaker[1] <= _CONTINUATION \
                and (_has_hit(verbs, left_bound, raw.open_at) or _has_hit(verbs, raw.close_at, right_bound)):
            # 'He added: "…"', 'وأضاف: "…"': a quote verb with no one named goes on with the last speaker
            speaker = last_speaker
        if speaker is None and _bare_verb(text, verbs, left_bound, raw, right_bound):
            # the same with no quotation before: the last person named ("وأضاف:" after a paragraph on Putin)
            speaker = antecedent(raw.open_at)
        if speaker is None and raw.resumed and quotes and quotes[-1].speaker and quotes[-1].speaker_start is not None:
            # «…, — сказал он. — …»: the quotation goes on after its attribution
            speaker = (quotes[-1].speaker, quotes[-1].speaker_start, quotes[-1].speaker_end or 0)
        quotes.append(Quote(start, end, content, kind, speaker[0] if speaker else None,
                            speaker[1] if speaker else None, speaker[2] if speaker else None))
        if speaker:
            last_speaker = speaker
    return tuple(quotes)


class _Window:
    """Spans sorted by start (as the finders give them), cut by offset in logarithmic time."""

    def __init__(self, spans: Sequence[Any]) -> None:
        self.spans = list(spans)
        self.starts = [x.start for x in self.spans]
        self.sorted = self.starts == sorted(self.starts)

    def between(self, lo: int, hi: int) -> list[Any]:
        """The spans starting in [lo, hi], in their order."""
        if not self.sorted:
            return [x for x in self.spans if lo <= x.start <= hi]
        return self.spans[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.starts, hi)]


class _Antecedents:
    """The last person named before an offset, outside quotations (a name someone says is not who
    "he" is), within _ANTECEDENT characters."""

    def __init__(self, doc: Document, mentions: Sequence[Mention], who: dict[tuple[int, int], str],
                 raws: Sequence[_Raw]) -> None:
        inside = sorted((r.open_at, r.close_at) for r in raws)
        opens = [a for a, _ in inside]
        reach = list(itertools.accumulate((b for _, b in inside), max))  # furthest close so far

        def quoted(offset: int) -> bool:  # inside some quotation [open_at, close_at)
            i = bisect.bisect_right(opens, offset)
            return bool(i) and reach[i - 1] > offset

        self.doc = doc
        self.named = [m for m in mentions if m.kind in ("person", "role") and (m.start, m.end) in who
                      and not quoted(m.start)]
        self.who = who
        self.starts = [m.start for m in self.named]

    def __call__(self, offset: int, at: tuple[int, int] | None = None) -> tuple[str, int, int] | None:
        """The subject rather than the object: of the sentence that names someone last, its first
        person named ("Billingslea said he had agreed with Ryabkov ... he added" is Billingslea)."""
        # named is in text order: all that end by ``offset`` start before it
        i = bisect.bisect_left(self.starts, offset)
        while i and self.named[i - 1].end > offset:
            i -= 1
        if not i or offset - self.named[i - 1].end > _ANTECEDENT:
            return None
        sentence = self.doc.sentence_at(self.named[i - 1].start)
        same = self.named[bisect.bisect_left(self.starts, sentence.start, 0, i):i]
        m = next((m for m in same if m.kind == "person"), same[0])
        return (self.who[(m.start, m.end)], *(at or (m.start, m.end)))


def _bare_verb(text: str, verbs: Sequence[Hit], left: int, raw: _Raw, right: int) -> bool:
    """A quote verb right at the quotation with no one named between: 'وأضاف: "…"', '"…", added'."""
    return any((left <= v.start and v.end <= raw.open_at and _BARE_GAP.fullmatch(text, v.end, raw.open_at))
               or (raw.close_at <= v.start < right and _BARE_GAP.fullmatch(text, raw.close_at, v.start)
                   and not text[v.end:right].strip(" ")[:1].isalnum())  # not "— говорится в сообщении"
               for v in verbs)


def _has_hit(hits: Sequence[Hit], lo: int, hi: int) -> bool:
    return any(lo <= h.start and h.end <= hi for h in hits)


def _sentence_end(doc: Document, offset: int) -> int:
    """The end of the sentence that goes on after a closing mark (the attribution clause)."""
    span = doc.sentence_at(max(offset - 1, 0))
    if span.end > offset:
        return span.end
    nxt = doc.sentence_at(offset + 1) if offset + 1 < len(doc.text) else span
    same_line = "\n" not in doc.text[offset:nxt.start]
    return nxt.end if same_line and nxt.start >= offset else offset


def _sentence_start(doc: Document, offset: int) -> int:
    return doc.sentence_at(offset).start


def _speaker(doc: Document, mentions: Sequence[Mention], who: dict[tuple[int, int], str], verbs: Sequence[Hit],
             pronouns: Sequence[Hit], left: int, open_at: int, close_at: int, right: int,
             last: tuple[str, int, int] | None, antecedent: _Antecedents) -> tuple[str, int, int] | None:
    """Who said it: a person, role noun or pronoun next to a quote verb after the quote
    ("…," the senior diplomat stressed) or before it (Putin said: "…")."""
    text = doc.text
    people = [(m, who.get((m.start, m.end))) for m in mentions if m.kind in ("person", "role")]
    after = [v for v in verbs if close_at <= v.start < right]
    before = [v for v in verbs if left <= v.start and v.end <= open_at]
    for group, side in ((after, "after"), (before, "before")):
        for verb in group if side == "after" else reversed(group):
            found = _near_verb(verb, people, pronouns, left if side == "before" else close_at,
                               right if side == "after" else open_at, last, antecedent)
            if found:
                return found
    if after:  # verb-final languages: 'Peskov, "…" dedi', "普京表示：「…」"
        named = [(m, slug) for m, slug in people if slug and left <= m.start and m.end <= open_at
                 and open_at - m.end <= _SPEAKER_REACH]
        if named:
            m, slug = named[-1]
            return (slug, m.start, m.end)
    return None


def _near_verb(verb: Hit, people: Sequence[tuple[Mention, str | None]], pronouns: Sequence[Hit], lo: int,
               hi: int, last: tuple[str, int, int] | None, antecedent: _Antecedents) -> tuple[str, int, int] | None:
    """The speaker named closest to a quote verb, within the attribution clause [lo, hi); a pronoun
    there stands for the last person named before it (listed or not), else the last speaker."""
    best: tuple[int, tuple[str, int, int]] | None = None
    for mention, slug in people:
        if slug is None or not (lo <= mention.start and mention.end <= hi):
            continue
        distance = verb.start - mention.end if mention.end <= verb.start else mention.start - verb.end
        if 0 <= distance <= _SPEAKER_REACH and (best is None or distance < best[0]
                                                or (distance == best[0] and mention.kind == "person")):
            best = (distance, (slug, mention.start, mention.end))
    if best:
        return best[1]
    for p in pronouns:
        if lo <= p.start and p.end <= hi and abs(p.start - verb.start) <= 30:
            found = antecedent(p.start, (p.start, p.end))
            if found or last:
                return found or (last[0], p.start, p.end)  # type: ignore[index]
    return None


def _kind(text: str, raw: _Raw, left: int, right: int, attributed: bool) -> Literal["direct", "partial"]:
    """Direct when the quotation stands as the sentence (opens it, or follows a colon, or is followed by
    its attribution); partial when it is a fragment inside the reporter's sentence."""
    before = text[left:raw.open_at].strip()
    after = text[raw.close_at:right].strip()
    if not before or before.endswith((":", "：", "—")):
        return "direct"
    if after[:1] in (",", "،", "—", "-") or (text[raw.end - 1:raw.end] in ",.،" and attributed and not before):
        return "direct"
    return "partial"
