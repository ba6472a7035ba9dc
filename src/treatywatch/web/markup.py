"""An article's text as HTML with what was found in it marked in place (the marks are present.marks,
the ones `treatywatch show` colours in the terminal).

Never concatenates unescaped text: the text is cut at every offset where a mark starts or ends, each
piece is escaped on its own, and a piece inside marks is wrapped in one ``<mark>`` whose classes and
title name them all (marks overlap: an entity inside a quote). Offsets out of range or empty are
skipped, never trusted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    css: str
    title: str
    anchor: str | None = None


_ENTITIES = frozenset({"treaty", "state", "person", "role", "org"})


def findings(marks: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """present.marks (what `show` colours in the terminal), as spans to mark: an event's trigger and a
    quotation also get an anchor that evidence links jump to (``#t-START``, ``#q-START``)."""
    out = []
    for m in marks:
        kind, label = m["kind"], m["label"]
        if kind == "event":
            out.append(Finding(m["start"], m["end"], f"event ev-{label.rsplit(' ', 1)[-1]}", f"event: {label}",
                               f"t-{m['start']}"))
        elif kind == "quote":
            out.append(Finding(m["start"], m["end"], "quote", f"quote, speaker: {label}", f"q-{m['start']}"))
        elif kind == "date":
            out.append(Finding(m["start"], m["end"], "date", f"date: {label}"))
        else:
            css = f"ent ent-{kind}" if kind in _ENTITIES else kind
            out.append(Finding(m["start"], m["end"], css, f"{kind}: {label}"))
    return out


def marked(text: str, found: Iterable[Finding]) -> Markup:
    """``text`` as safe HTML, each finding wrapped in ``<mark>``."""
    n = len(text)
    starts: dict[int, list[Finding]] = defaultdict(list)
    ends: dict[int, list[Finding]] = defaultdict(list)
    for f in found:
        if 0 <= f.start < f.end <= n:
            starts[f.start].append(f)
            ends[f.end].append(f)
    cuts = sorted({0, n, *starts, *ends})
    active: dict[int, Finding] = {}
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in pairwise(cuts):
        for f in ends.get(a, ()):
            active.pop(id(f), None)
        for f in starts.get(a, ()):
            active[id(f)] = f
        for f in starts.get(a, ()):   # anchors (evidence links jump here) as empty spans: one per id
            if f.anchor and f.anchor not in anchored:
                anchored.add(f.anchor)
                out.append(Markup('<span id="{}"></span>').format(f.anchor))
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        here = sorted(active.values(), key=lambda f: (f.start, -f.end, f.css))
        css = " ".join(dict.fromkeys(c for f in here for c in f.css.split()))
        title = "; ".join(dict.fromkeys(f.title for f in here))
        out.append(Markup('<mark class="{}" title="{}">{}</mark>').format(css, title, piece))
    return Markup("").join(out)


def evidence(text: str, sentence: list[int | None] | None, trigger: list[int | None] | None) -> Markup:
    """A claim's evidence sentence with its trigger marked (when the offsets fit the sentence)."""
    if sentence and trigger and None not in sentence and None not in trigger:
        s0, t0, t1 = sentence[0], trigger[0], trigger[1]
        assert s0 is not None and t0 is not None and t1 is not None
        return marked(text, [Finding(t0 - s0, t1 - s0, "event", "trigger")])
    return Markup(escape(text))
