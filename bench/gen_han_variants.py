"""Write src/treatywatch/lexicon/hanzi.py: every Traditional Chinese character that OpenCC's
Traditional-to-Simplified conversion writes as another single character, with that character.

The folded view that names and cues are matched on (lexicon/fold.py) reads a Traditional character
as its Simplified form, so a Chinese form written once matches both scripts (Taiwan, Hong Kong and
many mirrors publish in Traditional). Character for character only: the folded view keeps one
character for one, so OpenCC's phrase conversions are not taken. OpenCC (Apache-2.0) is needed only
to run this script, not by treatywatch:

    pip install 'opencc>=1.1,<2' && python bench/gen_han_variants.py
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import opencc  # type: ignore[import-not-found,unused-ignore]

OUT = Path(__file__).resolve().parents[1] / "src" / "treatywatch" / "lexicon" / "hanzi.py"
# CJK Unified Ideographs, Extension A and the compatibility ideographs: where Traditional-only
# characters are (the few in later extensions are too rare in news to matter).
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_PER_LINE = 90


def pairs() -> list[tuple[str, str]]:
    """(Traditional, Simplified) for every character the conversion changes into one other."""
    chars = [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi + 1)]
    # one character per line, so no phrase of the dictionary spans two of them
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    return [(t, s) for t, s in zip(chars, converted, strict=True) if s != t and len(s) == 1]


def _literal(name: str, text: str) -> str:
    lines = [text[i:i + _PER_LINE] for i in range(0, len(text), _PER_LINE)]
    return f"{name} = (\n" + "".join(f'    "{line}"\n' for line in lines) + ")\n"


def main() -> None:
    found = pairs()
    traditional = "".join(t for t, _ in found)
    simplified = "".join(s for _, s in found)
    OUT.write_text(
        '"""Traditional Chinese characters and their Simplified forms, character for character: written by\n'
        f"bench/gen_han_variants.py from OpenCC {metadata.version('opencc')} (Apache-2.0), t2s. Do not edit.\n"
        '"""\n\n'
        + _literal("TRADITIONAL", traditional) + "\n" + _literal("SIMPLIFIED", simplified), encoding="utf-8")
    print(f"{len(found)} characters written to {OUT}")


if __name__ == "__main__":
    main()
