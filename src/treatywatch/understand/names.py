"""People the text names whom nobody listed: "spokeswoman Mao Ning said", "发言人毛宁表示", "the deputy
foreign minister, Sergei Ryabkov, said", "said Jane Doe, a senior fellow".

A name is only read where something says it is a person's: a role noun next to it, a quote verb next
to it, an apposition after it ("Jane Doe, a senior fellow"), or the same family name read so before.
In scripts with capitals it is a run of capitalised words that are not words of the language's data
nor written in lower case elsewhere in the article (so "The", "Die", "Officials" are not names); in
scripts without (Han, Hangul, Arabic, Hebrew, Devanagari ...) it is the word or characters right
next to a role noun, and in the family-first scripts it must open with a known family name
(data/naming.yaml). The slug is the family name in ASCII (anyascii): "Мария Захарова" → zakharova,
毛宁 → mao, 김정은 → kim; two different people with one family name in an article are first-last.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

from ..lexicon.fold import fold
from ..lexicon.matcher import Hit
from ..lexicon.types import Lexicon, Naming
from ..models import Document, Mention
from .cues import Cues
from .entities import people_by_slug

# A word: letters, with the marks that Indic, Thai, Arabic and Hebrew write on them (Python's \w leaves
# out the vowel signs and viramas of "प्रवक्ता"), and an inner apostrophe or hyphen ("O'Brien").
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed" \
         "\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_WORD = re.compile(rf"[^\W\d_](?:[\w{_MARKS}]|['’\-](?=\w))*")
_LEFT_GAP = re.compile(r"[ \t]*[,،]?[ \t]*")        # role  [,]  Name
_APPOSITION = re.compile(r"[ \t]*[,،][ \t]*")         # Name, the deputy foreign minister
_MAX_WORDS = 3
_REACH = 40           # characters between a name and the role noun that names it in apposition
_WINDOW = 160         # characters either side of a role noun or quote verb within which a name is read
_KANA = ("KATAKANA",)


@dataclass(frozen=True)
class People:
    """People nobody listed, as person mentions; the role named next to each (by the person's span),
    and which person each role noun right next to a name stands for (role span -> person slug)."""
    mentions: tuple[Mention, ...] = ()
    roles: dict[tuple[int, int], str] | None = None
    attached: dict[tuple[int, int], str] | None = None


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    family: str        # the family name as written
    full: str          # the whole name as written
    pair: str          # given and family name ("first-last" when two people share a family name)
    role: str | None
    role_span: tuple[int, int] | None


@cache
def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _cased(ch: str) -> bool:
    return ch.isupper() or ch.islower()


@cache
def _vocabulary(lexicon: Lexicon, language: str) -> frozenset[str]:
    """Every word of the language's data other than people's names: role nouns, states, treaties,
    cue words, triggers, date words. A capitalised word among them is no name ("Foreign Ministry")."""
    pack = lexicon.language(language)
    forms: list[str] = []
    for group in (lexicon.roles, lexicon.states, lexicon.treaties):
        for item in group:
            forms += item.names.get(language, ())
            forms += getattr(item, "case_sensitive", {}).get(language, ())
    for kind in ("negation", "hedging", "future", "conditional", "quote_verbs", "treaty_nouns", "pronouns",
                 "instrument_nouns", "talk_topics", "anterior", "regarding", "offers", "until", "until_after",
                 "conjunctions", "negation_exceptions"):
        forms += getattr(pack, kind)
    forms += [f for t in pack.triggers for f in t.forms]
    forms += [f for words in pack.date_words.values() for f in words]
    return frozenset(w for f in forms for w in _WORD.findall(fold(f)))


@cache
def _clause_openers(lexicon: Lexicon, language: str) -> frozenset[str]:
    """The one-word clause boundaries and conjunctions of the language ("which", "where", "and")."""
    pack = lexicon.language(language)
    return frozenset(fold(w) for w in (*pack.clause_boundaries, *pack.conjunctions) if " " not in w)


def find_people(doc: Document, lexicon: Lexicon, mentions: Sequence[Mention], cues: Cues) -> People:
    text = doc.text
    roles = [m for m in mentions if m.kind == "role"]
    verbs = cues.of("quote_verbs")
    if not text or not (roles or verbs):
        return People()  # nothing to anchor a name
    blocked = bytearray(len(text) + 1)
    spans: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
    spans += [(h.start, h.end) for hits in cues.by_kind.values() for h in hits]
    for a, b in spans:
        blocked[a:b] = b"\x01" * (b - a)
    states = [m for m in mentions if m.kind == "state"]
    naming = lexicon.naming
    vocabulary = _vocabulary(lexicon, doc.language)
    openers = _clause_openers(lexicon, doc.language)
    names = _cased_names(doc, blocked, roles, verbs, vocabulary, naming, openers, states)
    names += _uncased_names(text, blocked, mentions, roles, states, verbs, vocabulary, naming)
    return _as_people(names, lexicon, naming)


# --- scripts with capitals ------------------------------------------------------------------------

def _cased_names(doc: Document, blocked: bytearray, roles: Sequence[Mention], verbs: Sequence[Hit],
                 vocabulary: frozenset[str], naming: Naming, openers: frozenset[str],
                 states: Sequence[Mention] = ()) -> list[_Name]:
    text = doc.text
    # only the words near a role noun or a quote verb, in its sentence, can be a name that is read
    spans: list[tuple[int, int]] = []
    anchors = sorted([(r.start, r.end) for r in roles] + [(v.start, v.end) for v in verbs])
    for anchor_start, anchor_end in anchors:
        sentence = doc.sentence_at(anchor_start)
        start = max(sentence.start, anchor_start - _WINDOW)
        end = min(max(sentence.end, anchor_end), anchor_end + _WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    capital = _capital_word()
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for m in (m for start, end in spans for m in capital.finditer(text, start, end)):
        w = m.group()
        if len(w) < 2 or w.isupper() or blocked[m.start()] or _low(w) in vocabulary \
                or _in_lower_case(text, w.lower()):
            _close(current, runs)
            current = []
        elif current and _joins(text[current[-1].end():m.start()], naming):
            current.append(m)
        else:
            _close(current, runs)
            current = [m]
    _close(current, runs)

    role_ends = {r.end: r for r in roles}
    state_ends = {s.end: s for s in states}
    role_starts = sorted(roles, key=lambda r: r.start)
    verb_starts = {v.start for v in verbs}
    verb_ends = {v.end for v in verbs}
    found: list[_Name] = []
    single: list[list[re.Match[str]]] = []
    for run in runs:
        start, end = run[0].start(), run[-1].end()
        if any(fold(m.group()) in naming.not_in_names for m in run):
            continue  # "The Financial Times", "Arms Control Association": an outlet's or a body's name
        role = _role_before(text, start, role_ends, state_ends)
        if role is None and len(run) >= 2:  # "Jane Doe, the minister": two words ("On Tuesday, the ...")
            role = _role_after(text, end, role_starts, blocked)
        if role is None and len(run) < 2:
            single.append(run)
            continue
        if role is None and not (_verb_next(text, start, end, verb_starts, verb_ends)
                                 or _apposition(doc, end, verbs, openers)):
            continue
        found.append(_cased_name(_at_most(run, from_start=role is not None and role.end <= start),
                                 text, naming, role))
    # a family name read once names the person wherever it stands again ("Keçeli added")
    families = {fold(n.family): n for n in found}
    for run in single:
        key = fold(run[0].group())
        if key in families:
            known = families[key]
            found.append(_Name(run[0].start(), run[0].end(), run[0].group(), known.full, known.pair,
                               None, None))
    return found


def _at_most(run: list[re.Match[str]], from_start: bool) -> list[re.Match[str]]:
    """The name's own words of a longer run ("Regierungssprecher Steffen Hebestreit" is read whole,
    "Arms Control Marshall Billingslea" from its end): three capitalised words."""
    return run[:_MAX_WORDS] if from_start else run[-_MAX_WORDS:]


def _low(word: str) -> str:
    """A word's folded form, fast for the cased scripts (fold.py, less its Arabic letters)."""
    return word.lower().replace("ё", "е").replace("’", "'")


def _close(run: list[re.Match[str]], runs: list[list[re.Match[str]]]) -> None:
    if run:
        runs.append(run)


@cache
def _capital_word() -> re.Pattern[str]:
    """A word that opens with a capital letter, in any script with capitals (re has no \\p{Lu})."""
    capitals = "".join(chr(c) for c in range(0x250) if chr(c).isupper()) + "".join(
        chr(c) for c in range(0x370, 0x2000) if chr(c).isupper())
    # The capital first and what stands before it asked after (no word character, apostrophe or hyphen
    # before the capital): a pattern that opens with a class lets re skip to the next capital in C, where
    # one that opens with a look-behind is tried at every offset
    return re.compile(rf"[{re.escape(capitals)}](?<![\w'’\-].)(?:[\w{_MARKS}]|['’\-](?=\w))*")


def _joins(gap: str, naming: Naming) -> bool:
    """Two capitalised words are one name when only a space, or particles, stand between ("von der")."""
    return gap == " " or (gap[:1] == " " and gap[-1:] == " " and len(gap) < 16
                          and all(w in naming.particles for w in gap.split()))


def _in_lower_case(text: str, word: str) -> bool:
    """The word written in lower case somewhere in the article, as a whole word: a common word."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


def _role_before(text: str, start: int, role_ends: dict[int, Mention],
                 state_ends: dict[int, Mention] | None = None) -> Mention | None:
    """A role noun right before the name: "spokeswoman Mao Ning", "the minister, Jane Doe", or with its
    state between them ("міністр закордонних справ України Андрій Сибіга")."""
    i = start
    while i > 0 and text[i - 1] in " \t,،":
        i -= 1
    if start - i > 3:
        return None
    state = (state_ends or {}).get(i)
    if i not in role_ends and state is not None and text[start - 1] == " ":
        i = state.start
        while i > 0 and text[i - 1] == " ":
            i -= 1
    return role_ends.get(i)


def _role_after(text: str, end: int, roles: Sequence[Mention], blocked: bytearray) -> Mention | None:
    """"Jane Doe, the Russian deputy foreign minister": a comma, a few lowercase words or state names,
    then the role noun."""
    gap = _APPOSITION.match(text, end)
    if gap is None or gap.end() == end:
        return None
    for r in roles:
        if gap.end() <= r.start <= end + _REACH:
            between = text[gap.end():r.start]
            if any(c in between for c in ",.;:!?\n\"“”«»") or any(
                    w.group()[0].isupper() and not blocked[gap.end() + w.start()]
                    for w in _WORD.finditer(between)):
                return None
            return r
        if r.start > end + _REACH:
            break
    return None


def _verb_next(text: str, start: int, end: int, verb_starts: set[int], verb_ends: set[int]) -> bool:
    """A quote verb right after the name ("Jane Doe said") or right before it ("said Jane Doe")."""
    after = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" "))
    before = start - (len(text[max(start - 3, 0):start]) - len(text[max(start - 3, 0):start].rstrip(" ")))
    return after in verb_starts or before in verb_ends


def _apposition(doc: Document, end: int, verbs: Sequence[Hit], openers: frozenset[str]) -> bool:
    """"Jane Doe, a senior fellow at the institute, said": a comma and a lowercase word after the name,
    and a quote verb later in the sentence. Not a clause opened after a name ("on Truth Social, where
    he wrote"), nor the verb itself ("the Atomic Scientists, said:")."""
    m = _APPOSITION.match(doc.text, end)
    if m is None or m.end() == end or not doc.text[m.end():m.end() + 1].islower():
        return False
    word = _WORD.match(doc.text, m.end())
    if word is None or _low(word.group()) in openers:
        return False
    sentence_end = doc.sentence_at(end).end
    return any(word.end() < v.start <= sentence_end for v in verbs)


def _cased_name(run: list[re.Match[str]], text: str, naming: Naming, role: Mention | None) -> _Name:
    words = text[run[0].start():run[-1].end()].split()
    if len(words) >= 2 and fold(words[0]) in naming.family_first_spellings:
        family, pair = words[0], " ".join(words[:2])
    else:
        first_particle = next((i for i, w in enumerate(words) if i and fold(w) in naming.particles), None)
        at = first_particle if first_particle is not None else len(words) - 1
        family, pair = " ".join(words[at:]), " ".join(words[max(at - 1, 0):])
    start, end = run[0].start(), run[-1].end()
    return _Name(start, end, family, text[start:end], pair, role.slug if role else None,
                 (role.start, role.end) if role else None)


# --- scripts without capitals ---------------------------------------------------------------------

def _uncased_names(text: str, blocked: bytearray, mentions: Sequence[Mention], roles: Sequence[Mention],
                   states: Sequence[Mention],
                   verbs: Sequence[Hit], vocabulary: frozenset[str], naming: Naming) -> list[_Name]:
    found: list[_Name] = []
    state_at = {s.start: s for s in states}
    state_end = {s.end: s for s in states}
    verb_starts = {v.start for v in verbs}
    taken: set[int] = set()
    person_ends = {m.end for m in mentions if m.kind == "person"}
    for role in roles:
        k = role.start
        while k > 0 and text[k - 1] in " ,،、":
            k -= 1
        if k in person_ends:  # "دیمیتری پسکوف، سخنگوی کرملین،": the role is the name's before it
            continue
        i = role.end
        gap = _LEFT_GAP.match(text, i)
        comma = bool(gap) and any(c in gap.group() for c in ",،")  # type: ignore[union-attr]
        i = gap.end() if gap else i
        if i in state_at:  # "المتحدث باسم الخارجية الصينية ماو نينغ", "外交部发言人" + state
            i = state_at[i].end
            while i < len(text) and text[i] == " ":
                i += 1
        if i < len(text) and not _cased(text[i]) and i not in taken:
            name = _uncased_after(text, i, blocked, vocabulary, naming, verb_starts)
            if name and comma and text[name[1]:name[1] + 2].strip()[:1] not in (",", "،"):
                name = None  # "role, X, said" is an apposition both sides, or no name at all
            if name:
                found.append(_Name(*name, pair=name[3], role=role.slug, role_span=(role.start, role.end)))
                taken.add(i)
                continue
        j = role.start
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j in state_end:
            continue
        if j > 0 and not _cased(text[j - 1]) and _unspaced_or_hangul(text[j - 1]):
            name = _uncased_before(text, j, blocked, naming)
            if name and name[0] not in taken:
                found.append(_Name(*name, pair=name[3], role=role.slug, role_span=(role.start, role.end)))
                taken.add(name[0])
    return found


def _unspaced_or_hangul(ch: str) -> bool:
    return _script(ch) in ("CJK", "HANGUL", *_KANA)


def _letter_of(ch: str, script: str, naming: Naming) -> bool:
    if ch in naming.separators:
        return True
    if script in _KANA:
        return _script(ch) in _KANA or ch == "ー"
    return _script(ch) == script and ch.isalpha()


def _uncased_after(text: str, i: int, blocked: bytearray, vocabulary: frozenset[str], naming: Naming,
                   verb_starts: set[int]) -> tuple[int, int, str, str] | None:
    script = _script(text[i])
    if script == "HIRAGANA":
        # Japanese writes particles and endings in hiragana, names never: "報道官は11日の会見で" has
        # the name before the role (read by _uncased_before), the particle after it.
        return None
    if script in ("CJK", "HANGUL", *_KANA):
        end = i
        while end < len(text) and not blocked[end] and _letter_of(text[end], script, naming):
            end += 1
        return _family_first_name(text, i, end, script, naming, from_start=True)
    # spaced scripts without capitals (Arabic, Hebrew, Devanagari ...): up to three words that end
    # where the clause does (a mark, a quote verb, or one short word before it: "माओ निंग ने कहा")
    words: list[re.Match[str]] = []
    for m in _WORD.finditer(text, i):
        w = m.group()
        if (m.start() != (words[-1].end() + 1 if words else i) or blocked[m.start()] or len(w) <= 2
                or fold(w) in vocabulary or len(words) == _MAX_WORDS or _cased(w[0])
                or any(ch.isdigit() for ch in w)):   # "11日の", "2023-ті": no name holds a digit
            break
        words.append(m)
    if not words:
        return None
    end = words[-1].end()
    rest = text[end:end + 12]
    stripped = rest.lstrip(" ")
    at = end + len(rest) - len(stripped)
    short = _WORD.match(text, at)
    bounded = (not stripped or stripped[0] in ",،:;.(\"“”«»「」" or at in verb_starts
               or (short is not None and len(short.group()) <= 2
                   and (text[short.end():short.end() + 1] == " " and short.end() + 1 in verb_starts)))
    if not bounded:
        return None
    return (words[0].start(), end, words[-1].group(), text[words[0].start():end])


def _uncased_before(text: str, j: int, blocked: bytearray,
                    naming: Naming) -> tuple[int, int, str, str] | None:
    script = _script(text[j - 1])
    start = j
    while start > 0 and not blocked[start - 1] and _letter_of(text[start - 1], script, naming):
        start -= 1
    return _family_first_name(text, start, j, script, naming, from_start=False)


def _family_first_name(text: str, start: int, end: int, script: str, naming: Naming,
                       from_start: bool) -> tuple[int, int, str, str] | None:
    """A name in a script without spaces between its parts: a foreign name with separators
    (弗拉基米尔·普京, family name last), or a name that opens with a known family name."""
    chunk = text[start:end]
    if any(s in chunk for s in naming.separators):
        chunk = chunk.strip(naming.separators)
        parts = [p for p in re.split("[" + re.escape(naming.separators) + "]", chunk) if p]
        if len(parts) < 2 or len(chunk) > 16:
            return None
        s = text.index(chunk, start)
        return (s, s + len(chunk), parts[-1], chunk)
    if script in _KANA:
        return (start, end, chunk, chunk) if 2 <= len(chunk) <= 10 else None
    for ending in naming.name_endings.get(script, ()):
        if chunk.endswith(ending) and len(chunk) - len(ending) >= 2:
            chunk = chunk[:-len(ending)]
            end = start + len(chunk)
            break
    families = naming.family_names.get(script, {})
    if script not in naming.family_first_scripts or not families or len(chunk) < 2:
        return None
    family = chunk[:2] if chunk[:2] in families and len(chunk) >= 3 else chunk[:1]
    if family not in families:
        return None
    if len(chunk) > 4:
        if not from_start:
            return None
        chunk = chunk[:3]   # 毛宁在记者会上: the name is two or three characters; its family name is sure
        end = start + 3
    return (start, end, family, chunk)


# --- slugs ----------------------------------------------------------------------------------------

def _as_people(names: list[_Name], lexicon: Lexicon, naming: Naming) -> People:
    listed = people_by_slug(lexicon)
    fulls: dict[str, set[str]] = {}
    for n in names:
        fulls.setdefault(_family_slug(n.family, naming), set()).add(_key(n.pair))
    mentions: list[Mention] = []
    roles: dict[tuple[int, int], str] = {}
    attached: dict[tuple[int, int], str] = {}
    seen: set[tuple[int, int]] = set()
    for n in sorted(names, key=lambda n: n.start):
        family = _family_slug(n.family, naming)
        if not family or (n.start, n.end) in seen:
            continue
        seen.add((n.start, n.end))
        # two people with one family name in an article: first-last ("lowercase family name; first-last
        # when ambiguous"); a listed slug is never reused for someone else
        slug = family
        if family not in listed and len(fulls[family]) > 1 and n.full != n.family:
            slug = _slug(_romanized(n.pair, naming))
        mentions.append(Mention("person", slug, n.start, n.end, n.full))
        if n.role:
            roles[(n.start, n.end)] = n.role
        if n.role_span:
            attached[n.role_span] = slug
    return People(tuple(mentions), roles, attached)


def _key(full: str) -> str:
    return fold(full)


def _family_slug(family: str, naming: Naming) -> str:
    script = _script(family[0]) if family else ""
    spelling = naming.family_names.get(script, {}).get(family)
    return spelling or _slug(_romanized(family, naming))


def _romanized(name: str, naming: Naming) -> str:
    """The name with the letters its script's usual Latin spelling writes otherwise than anyascii."""
    for letters, latin in naming.romanization.get(_script(name[0]) if name else "", ()):
        name = name.replace(letters, latin)
    return name


def _slug(name: str) -> str:
    name = re.sub(r"['’]s$", "", name)
    ascii_ = anyascii(name).lower()
    ascii_ = re.sub(r"['’`]", "", ascii_)
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
