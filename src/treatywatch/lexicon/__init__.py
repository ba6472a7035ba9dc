"""The domain pack: treaties, actors and language data from data/, validated and loaded once.

    load_lexicon(data_dir=None) -> Lexicon   the package's own data/ by default (cached)
    LexiconError                             a data file does not fit: "file: line N, place: what"
"""

from __future__ import annotations

from .load import LexiconError, load_lexicon
from .types import Lexicon

__all__ = ["Lexicon", "LexiconError", "load_lexicon"]
