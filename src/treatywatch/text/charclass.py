"""Character classes from the Unicode data: the code points a test accepts, as ranges and as a regular
expression's class (a bitmap to the regex engine: no Python loop over an article's characters).

Testing all 1.1 million code points takes a fraction of a second, too long for every start, so the
classes used on every article are generated once for this Python's Unicode data (bench/gen_charclasses.py
writes _charclasses.py) and computed only under a Python with other Unicode data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

Ranges = Sequence[tuple[int, int]]
ALL_PLANES = (range(0x110000),)


def ranges_where(accept: Callable[[str], bool], planes: Iterable[range] = ALL_PLANES) -> list[tuple[int, int]]:
    """The code points of ``planes`` that ``accept`` takes, as inclusive ranges in order."""
    out: list[tuple[int, int]] = []
    for plane in planes:
        for cp in plane:
            if accept(chr(cp)):
                if out and out[-1][1] == cp - 1:
                    out[-1] = (out[-1][0], cp)
                else:
                    out.append((cp, cp))
    return out


def char_class(ranges: Iterable[tuple[int, int]]) -> str:
    """The inside of a ``[...]`` class matching exactly ``ranges``."""
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


def generated(name: str, accept: Callable[[str], bool]) -> Ranges:
    """The ranges ``accept`` takes: the generated table ``name`` of _charclasses.py when it was made from
    this Python's Unicode data, else computed now (once a process, slow: another Python, or while
    bench/gen_charclasses.py makes the table)."""
    try:
        from . import _charclasses
    except ImportError:   # being generated
        return ranges_where(accept)
    if _charclasses.UNIDATA_VERSION == unicodedata.unidata_version:
        table: Ranges = getattr(_charclasses, name)
        return table
    return ranges_where(accept)
