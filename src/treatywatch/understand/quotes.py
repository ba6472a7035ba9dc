"""Direct and partial quotations and who said them (where quotations stand: quote_spans.py)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..lexicon.matcher import Hit
from ..models import Document, Mention, Quote
from .quote_spans import Raw, find_spans

_SPEAKER_REACH = 80   # characters between a quote verb and its speaker
_CONTINUATION = 700   # characters after the last speaker's mention within which "he added" is still them
_SUBJECT_REACH = 25   # characters after a verb of saying within which its subject stands ("said the Russian …")
_SAID_REACH = 40      # characters between a verb of saying and the person it has for subject
_ANTECEDENT = 1500    # characters back to the person a pronoun stands for ("— сказал он" after a paragraph)
_UNATTRIBUTED_WORDS = 3   # words of a quotation that no verb attributes, to be someone's (not a scare quote)
# a designation: a short name and a number, joined by a hyphen or a space ("火星-15", "S-400", "Sarmat 2",
# "Hwasong-17", "ЯРС-М" is a name with no number: a single word, skipped as such)
_DESIGNATION = re.compile(r"[^\W\d_]{1,10}[-‐‑– ]?\d{1,4}[^\W\d_]?(?:[-‐‑–][^\W\d_]{1,3})?")
_BARE_GAP = re.compile(r"[\W\d_]*(?:\w{1,3}[\W\d_]*)?")  # 'وأضاف: "…"', 'وأضاف أن "…"': no one named between
_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile("[\u4e00-\u9fff]")   # counted by one regex, not a loop over a quotation's characters


_NAMES_SHARE = 0.6   # of a quotation's letters that treaty names cover, at or above which it quotes a name
_NAMES_WORDS = 8     # words of a quotation past which it is a sentence, whatever names it holds


def _names_only(content: str, start: int, inside: Sequence[Mention]) -> bool:
    """Whether a quotation is a treaty's name and little else, as titles are written in quotation marks
    (a name that is the whole quotation is handled before). Only treaties: "the main goal of Putin and
    of Russia", quoted, is words said, though names cover most of it."""
    inside = [m for m in inside if m.kind == "treaty"]
    if not inside or _words(content) > _NAMES_WORDS:
        return False
    covered = bytearray(len(content))
    for m in inside:
        lo, hi = max(m.start - start, 0), min(m.end - start, len(content))
        covered[lo:hi] = bytes([1]) * max(hi - lo, 0)
    letters = [i for i, ch in enumerate(content) if ch.isalnum()]
    return bool(letters) and sum(covered[i] for i in letters) >= _NAMES_SHARE * len(letters)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،"):
        end -= 1
    return start, end


def _words(s: str) -> int:
    cjk = len(_HAN.findall(s))
    return len(_WORD.findall(s)) + cjk // 2


def find_quotes(doc: Document, mentions: Sequence[Mention], who: dict[tuple[int, int], str],
                verbs: Sequence[Hit], pronouns: Sequence[Hit], topics: frozenset[str] = frozenset(),
                capitalised_nouns: bool = False) -> tuple[Quote, ...]:
    """Quotations with their speakers; ``who`` maps person and role mentions to people
    (entities.resolve_people), ``verbs`` and ``pronouns`` are the language's quote-verb and pronoun hits.
    Scare quotes and quoted names (a single word nobody is said to say, a known name) are not quotations."""
    text = doc.text
    raws = find_spans(text, verbs)
    names = {(m.start, m.end) for m in mentions}
    antecedent = _Antecedents(doc, mentions, who, raws, verbs)
    # Each quotation looks only at what lies in its own clause [left_bound, right_bound]: windows cut
    # by offset (a long text has thousands of mentions and verbs: scanning all per quote is quadratic).
    in_window = _Window(mentions), _Window(verbs), _Window(pronouns)
    quotes: list[Quote] = []
    last_speaker: tuple[str, int, int] | None = None
    bounds = [_bounds(doc, raws, n) for n in range(len(raws))]
    chains = _chains(text, raws, *in_window[:2])
    said: dict[int, tuple[str, int, int]] = {}   # raw index -> its speaker
    for n, raw in enumerate(raws):
        start, end = _trim(text, raw.start, raw.end)
        content = text[start:end]
        if not content or (start, end) in names:
            continue
        left_bound, right_bound = bounds[n]
        mentions_near, verbs_near, pronouns_near = (w.between(left_bound, right_bound) for w in in_window)
        speaker = _speaker(doc, mentions_near, who, verbs_near, pronouns_near, left_bound, raw.open_at,
                           raw.close_at, right_bound, last_speaker, antecedent, topics)
        chain = chains[n]
        # '"…", uvedlo ruské ministerstvo': the verb right after the quotation has a state's office for
        # subject; the quotations chained to this one lend it no person
        office = speaker is None and _office_says_after(doc, in_window[0], in_window[1], raw, right_bound,
                                                        antecedent.quoted)
        if speaker is None and not office and chain.first != chain.last:
            # '부시 대통령은 "…"며 "…"고 말했다', '"…", e poi "…"': quotations joined by a few words share
            # the chain's attribution; one after the last ("«…», un'intesa che gli Usa «…»: lo ha affermato
            # X") also where a state is named between them, one before the first only where nobody is
            lo = bounds[chain.first][0] if chain.tight else raws[chain.first].open_at
            hi = bounds[chain.last][1]
            near = [w.between(lo, hi) for w in in_window]
            speaker = _speaker(doc, near[0], who, near[1], near[2], lo, raws[chain.first].open_at,
                               raws[chain.last].close_at, hi, last_speaker, antecedent, topics)
        if speaker is None and not office and chain.joined_clean and n - 1 in said:
            speaker = said[n - 1]   # 'Trump said that "…" and "…"'
        # "…," the Russian Defense Ministry said: a state's office speaks; no person is borrowed for it
        institution = speaker is None and (office or _institution_speaks(doc, in_window[0], in_window[1], raw,
                                                                         right_bound, antecedent.quoted))
        if speaker is None and not institution and last_speaker and raw.open_at - last_speaker[1] <= _CONTINUATION \
                and (_has_hit(verbs_near, left_bound, raw.open_at)
                     or _has_hit(verbs_near, raw.close_at, right_bound)):
            # 'He added: "…"', 'وأضاف: "…"': a quote verb with no one named goes on with the last speaker
            speaker = last_speaker
        if speaker is None and not institution and _bare_verb(text, verbs_near, left_bound, raw, right_bound):
            # the same with no quotation before: the last person named ("وأضاف:" after a paragraph on Putin)
            speaker = antecedent(raw.open_at)
        if speaker is None and raw.resumed and quotes and quotes[-1].speaker \
                and quotes[-1].speaker_start is not None:
            # «…, — сказал он. — …»: the quotation goes on after its attribution
            speaker = (quotes[-1].speaker, quotes[-1].speaker_start, quotes[-1].speaker_end or 0)
        if speaker is None and _words(content) >= _UNATTRIBUTED_WORDS \
                and not _verb_in_sentence(doc, in_window[1], raw):
            # no attribution at all: the words of the person the sentence, or the one before, is about
            # ('Poetin zei dat…. "…"', 'Trump a ordonné… en raison des “…”'); not where a quote verb
            # attributes them to no person ('„…", so das Außenministerium')
            recent = bool(said) and antecedent.sentences_apart(raws[max(said)].close_at - 1, raw.open_at) <= 1
            speaker = said[max(said)] if recent else antecedent(raw.open_at, sentences_back=1)
        if _names_only(content, start, in_window[0].between(start, end)):
            continue  # «新戦略兵器削減条約(新START)»: a treaty's name quoted, as a title
        if _DESIGNATION.fullmatch(content):
            continue  # "火星-15", "S-400", «Сармат-2»: a weapon's designation in quotation marks, not words said
        if _words(content) < 2 and (speaker is None or (content[0].isupper() and not capitalised_nouns)):
            continue  # a single word is a quotation only where a verb of saying gives it a speaker: not
            # scare quotes, nor a quoted name ("wrote on «Twitter»"); where every noun is capitalised
            # (German 'nannte es eine „Provokation“') a capital says nothing, and the word said is kept
        kind = _kind(text, raw, left_bound, right_bound, speaker is not None)
        quotes.append(Quote(start, end, content, kind, speaker[0] if speaker else None,
                            speaker[1] if speaker else None, speaker[2] if speaker else None))
        if speaker:
            last_speaker = said[n] = speaker
    return tuple(quotes)


def _bounds(doc: Document, raws: Sequence[Raw], n: int) -> tuple[int, int]:
    """The clause a quotation's attribution may stand in: from the previous quotation's close (or the
    sentence's start) to the next one's opening (or the end of the sentence that goes on after it)."""
    raw, text = raws[n], doc.text
    left = max(raws[n - 1].close_at if n else 0, text.rfind("\n", 0, raw.open_at) + 1)
    right = raws[n + 1].open_at if n + 1 < len(raws) else len(text)
    return max(left, _sentence_start(doc, raw.open_at)), min(right, _sentence_end(doc, raw.close_at))


_CHAIN_GAP = 30   # characters between two quotations of one chain ('"…" and "…"', '"…"며 "…"')
_CHAIN_BREAK = re.compile(r"[.!?。！？;:\n]")


@dataclass(frozen=True)
class _Chain:
    first: int           # the first and last quotation of the chain a quotation is in
    last: int
    tight: bool          # nothing named between any two of the chain
    joined_clean: bool   # joined to the one before with nothing named between


def _chains(text: str, raws: Sequence[Raw], mentions: _Window, verbs: _Window) -> list[_Chain]:
    """Quotations in one clause with only a few words between them: no quote verb, no person or role
    named, no sentence's end."""
    firsts: list[int] = []
    clean: list[bool] = []
    for n, raw in enumerate(raws):
        prev = raws[n - 1] if n else None
        named = mentions.between(prev.close_at, raw.open_at) if prev else []
        joined = prev is not None and 0 <= raw.open_at - prev.close_at <= _CHAIN_GAP \
            and not _CHAIN_BREAK.search(text, prev.close_at, raw.open_at) \
            and not verbs.between(prev.close_at, raw.open_at) \
            and not any(m.kind in ("person", "role") for m in named)
        firsts.append(firsts[-1] if joined else n)
        clean.append(joined and not named)
    out: list[_Chain] = []
    for n in range(len(raws) - 1, -1, -1):
        last = out[-1].last if out and firsts[n + 1] == firsts[n] else n
        tight = all(clean[k] for k in range(firsts[n] + 1, last + 1))
        out.append(_Chain(firsts[n], last, tight, clean[n]))
    return out[::-1]


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
                 raws: Sequence[Raw], verbs: Sequence[Hit] = ()) -> None:
        inside = sorted((r.open_at, r.close_at) for r in raws)
        opens = [a for a, _ in inside]
        reach = list(itertools.accumulate((b for _, b in inside), max))  # furthest close so far

        def quoted(offset: int) -> bool:  # inside some quotation [open_at, close_at)
            i = bisect.bisect_right(opens, offset)
            return bool(i) and reach[i - 1] > offset

        self.quoted = quoted
        self.doc = doc
        self.named = [m for m in mentions if m.kind in ("person", "role") and (m.start, m.end) in who
                      and not quoted(m.start)]
        self.who = who
        self.starts = [m.start for m in self.named]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.verbs = sorted((v.start, v.end) for v in verbs if not quoted(v.start))

    def sentences_apart(self, a: int, b: int) -> int:
        """How many sentence starts lie after offset ``a``, up to ``b``."""
        return bisect.bisect_right(self.sentence_starts, b) - bisect.bisect_right(self.sentence_starts, a)

    def __call__(self, offset: int, at: tuple[int, int] | None = None,
                 sentences_back: int | None = None) -> tuple[str, int, int] | None:
        """The subject rather than the object: of the sentence that names someone last, its first
        person named ("Billingslea said he had agreed with Ryabkov ... he added" is Billingslea);
        only in the ``sentences_back`` sentences before ``offset``'s when given."""
        # named is in text order: all that end by ``offset`` start before it
        i = bisect.bisect_left(self.starts, offset)
        while i and self.named[i - 1].end > offset:
            i -= 1
        if not i or offset - self.named[i - 1].end > _ANTECEDENT:
            return None
        sentence = self.doc.sentence_at(self.named[i - 1].start)
        if sentences_back is not None and self.sentences_apart(sentence.start, offset) > sentences_back:
            return None
        same = self.named[bisect.bisect_left(self.starts, sentence.start, 0, i):i]
        m = self._saying(same, sentence.start, min(self.named[i - 1].end + _SAID_REACH, sentence.end)) \
            or next((m for m in same if m.kind == "person"), same[0])
        return (self.who[(m.start, m.end)], *(at or (m.start, m.end)))

    def _saying(self, same: Sequence[Mention], start: int, end: int) -> Mention | None:
        """Of a sentence's people ``same``, the one the sentence's last verb of saying (from ``start`` to
        ``end``) has for subject: the person named nearest to it, before or after ("… when President Putin
        was in Minsk, said the Kremlin's spokesman Dmitry Peskov"). None without such a verb."""
        lo = bisect.bisect_left(self.verbs, (start, start))
        hi = bisect.bisect_right(self.verbs, (end, end))
        if lo == hi:
            return None
        v_start, v_end = self.verbs[hi - 1]
        distance = [(m.start - v_end if m.start >= v_end else v_start - m.end, n) for n, m in enumerate(same)]
        near = min(distance)
        return same[near[1]] if near[0] <= _SAID_REACH else None


def _institution_speaks(doc: Document, mentions_at: _Window, verbs_at: _Window, raw: Raw, right: int,
                        quoted: Callable[[int], bool]) -> bool:
    """The attribution's subject is a state or its office and no person is named in it: before the
    quotation, ahead of any verb of saying ("러시아 외무부는 … "…"고 밝혔다", "The Kremlin said: "…""), or
    after it, up to the verb ("…," the Russian Defense Ministry said). The words are the institution's,
    not the last person's named before."""
    sentence = doc.sentence_at(raw.open_at)
    mentions: list[Mention] = [m for m in mentions_at.between(sentence.start, right) if not quoted(m.start)]
    verbs: list[Hit] = verbs_at.between(sentence.start, right)
    first_verb = min([v.start for v in verbs if sentence.start <= v.start < raw.open_at], default=raw.open_at)
    before = [m for m in mentions if sentence.start <= m.start and m.end <= raw.open_at]
    verb_after = min([v.start for v in verbs if raw.close_at <= v.start < right], default=None)
    after = [m for m in mentions if verb_after is not None and raw.close_at <= m.start and m.end <= verb_after]
    if any(m.kind in ("person", "role") for m in before + after):
        return False
    return any(m.kind == "state" and m.end <= first_verb for m in before) or any(m.kind == "state" for m in after)


def _office_says_after(doc: Document, mentions_at: _Window, verbs_at: _Window, raw: Raw, right: int,
                       quoted: Callable[[int], bool]) -> bool:
    """A verb of saying right after the quotation ('"…", uvedlo ruské ministerstvo', '"…", said the Russian
    Foreign Ministry') whose subject, right after it, is a state or its office, and no person or role is
    named in the rest of the sentence."""
    sentence = doc.sentence_at(raw.open_at)
    verbs: list[Hit] = [v for v in verbs_at.between(raw.close_at, right) if v.start < right]
    if not verbs or not _BARE_GAP.fullmatch(doc.text, raw.close_at, verbs[0].start):
        return False
    verb = verbs[0]
    behind = [m for m in mentions_at.between(verb.end, sentence.end)
              if m.end <= sentence.end and not quoted(m.start)]
    if any(m.kind in ("person", "role") for m in behind):
        return False
    return any(m.kind == "state" and m.start - verb.end <= _SUBJECT_REACH for m in behind)


def _bare_verb(text: str, verbs: Sequence[Hit], left: int, raw: Raw, right: int) -> bool:
    """A quote verb right at the quotation with no one named between: 'وأضاف: "…"', '"…", added'."""
    return any((left <= v.start and v.end <= raw.open_at and _BARE_GAP.fullmatch(text, v.end, raw.open_at))
               or (raw.close_at <= v.start < right and _BARE_GAP.fullmatch(text, raw.close_at, v.start)
                   and not _word_after(text, v.end, right))  # not "— говорится в сообщении"
               for v in verbs)


def _word_after(text: str, end: int, right: int) -> bool:
    """Another word after a verb in its clause (the rest of the verb's own word, "述べ|た", aside)."""
    while end < right and text[end].isalnum():
        end += 1
    return text[end:right].strip(" ")[:1].isalnum()


def _verb_in_sentence(doc: Document, verbs: _Window, raw: Raw) -> bool:
    """A quote verb in the quotation's sentence, outside the quotation."""
    sentence = doc.sentence_at(raw.open_at)
    return any(not raw.open_at <= v.start < raw.close_at
               for v in verbs.between(sentence.start, max(sentence.end, raw.close_at)))


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


def _speaker(doc: Document, mentions: Sequence[Mention], who: dict[tuple[int, int], str],
             verbs: Sequence[Hit], pronouns: Sequence[Hit], left: int, open_at: int, close_at: int,
             right: int, last: tuple[str, int, int] | None,
             antecedent: _Antecedents, topics: frozenset[str] = frozenset()) -> tuple[str, int, int] | None:
    """Who said it: a person, role noun or pronoun next to a quote verb after the quote
    ("…," the senior diplomat stressed) or before it (Putin said: "…"). Before the quotation of a verb-final
    sentence, the person a topic particle marks (``topics``: ja は, ko 은/는) is the subject, whoever
    else is named nearer ("耿爽副報道局長は、トランプ米大統領が…ことに対して「…」と述べた")."""
    people = [(m, who.get((m.start, m.end))) for m in mentions if m.kind in ("person", "role")]
    after = [v for v in verbs if close_at <= v.start < right]
    before = [v for v in verbs if left <= v.start and v.end <= open_at]
    text = doc.text
    for group, side in ((after, "after"), (before, "before")):
        for verb in group if side == "after" else reversed(group):
            found = _near_verb(text, verb, people, pronouns, left if side == "before" else close_at,
                               right if side == "after" else open_at, last, antecedent)
            if found:
                return found
    if after:  # verb-final languages: 'Peskov, "…" dedi', "普京表示：「…」"
        named = [(m, slug) for m, slug in people if slug and left <= m.start and m.end <= open_at
                 and open_at - m.end <= _SPEAKER_REACH]
        if named:
            marked = [(m, slug) for m, slug in named if text[m.end:m.end + 1] in topics]
            m, slug = (marked or named)[-1]
            return (slug, m.start, m.end)
    return None


def _near_verb(text: str, verb: Hit, people: Sequence[tuple[Mention, str | None]], pronouns: Sequence[Hit],
               lo: int, hi: int, last: tuple[str, int, int] | None,
               antecedent: _Antecedents) -> tuple[str, int, int] | None:
    """The speaker named closest to a quote verb, within the attribution clause [lo, hi); a pronoun
    there stands for the last person named before it (listed or not), else the last speaker. A pronoun
    right before the verb is its subject, whoever is named after ("Il exprime à travers son porte-parole
    X sa «…»")."""
    subject = [p for p in pronouns if lo <= p.start and p.end <= verb.start and verb.start - p.end <= 2
               and not text[p.end:verb.start].strip()]
    best: tuple[int, tuple[str, int, int]] | None = None
    for mention, slug in people:
        if slug is None or not (lo <= mention.start and mention.end <= hi):
            continue
        distance = verb.start - mention.end if mention.end <= verb.start else mention.start - verb.end
        if 0 <= distance <= _SPEAKER_REACH and (best is None or distance < best[0]
                                                or (distance == best[0] and mention.kind == "person")):
            best = (distance, (slug, mention.start, mention.end))
    if best and not subject:
        return best[1]
    for p in subject or pronouns:
        if lo <= p.start and p.end <= hi and abs(p.start - verb.start) <= 30:
            found = antecedent(p.start, (p.start, p.end))
            if found or last:
                return found or (last[0], p.start, p.end)  # type: ignore[index]
    return None


def _kind(text: str, raw: Raw, left: int, right: int, attributed: bool) -> Literal["direct", "partial"]:
    """Direct when the quotation stands as the sentence (opens it, or follows a colon, or is followed by
    its attribution); partial when it is a fragment inside the reporter's sentence."""
    before = text[left:raw.open_at].strip()
    after = text[raw.close_at:right].strip()
    if not before or before.endswith((":", "：", "—")):
        return "direct"
    if after[:1] in (",", "،", "—", "-") \
            or (text[raw.end - 1:raw.end] in ",.،" and attributed and not before):
        return "direct"
    return "partial"
