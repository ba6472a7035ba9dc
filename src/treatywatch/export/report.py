"""A self-contained briefing (Markdown or HTML): status table, timeline, key quotes, conflicts; every line
cited — an article line points to a numbered source (article, title, address, language, date), a
reference line to its public source, marked as reference.

Rendering is pure (``Briefing`` in, text out); ``briefing`` gathers one from the store through
know.queries. All article text is untrusted: in HTML every piece goes through ``html.escape`` and
evidence carries ``dir="auto"`` and its ``lang`` so Arabic reads right to left; in Markdown the
characters that would make markup (< > & and the inline markers) are escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ArgumentError, ExportError
from ..know.conflicts import Conflict
from ..know.facts import Claim, Fact
from ..know.quotes import QuoteRow
from ..know.reference import RefEvent, RefNever
from ..know.status import PartyStatus
from ..know.timeline import Timeline

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class Briefing:
    title: str
    status: Sequence[PartyStatus]
    timeline: Timeline
    quotes: Sequence[QuoteRow] = ()
    conflicts: Sequence[Conflict] = ()
    as_of: str | None = None


@dataclass
class _Sources:
    """Numbered citations: each article once, each reference source once."""
    numbers: dict[str, int] = field(default_factory=dict)
    entries: list[tuple[int, str, str | None, str | None, str | None, str | None, bool]] = field(default_factory=list)

    def article(self, article: str, title: str | None, url: str | None, language: str | None,
                published: str | None) -> int:
        key = "a:" + article
        if key not in self.numbers:
            self.numbers[key] = len(self.entries) + 1
            self.entries.append((self.numbers[key], article, title, url, language, published, False))
        return self.numbers[key]

    def claim(self, c: Claim) -> int:
        return self.article(c.article, c.title, c.url, c.language, c.published)

    def quote(self, q: QuoteRow) -> int:
        return self.article(q.article, q.title, q.url, q.language, q.published)

    def reference(self, r: RefEvent | RefNever) -> int:
        key = "r:" + r.source.key
        if key not in self.numbers:
            self.numbers[key] = len(self.entries) + 1
            self.entries.append((self.numbers[key], r.source.citation, None, r.source.url, None, None, True))
        return self.numbers[key]


def _state(r: PartyStatus) -> str:
    if r.state is None:
        return "not a party" if r.never else "unknown"
    return r.state.replace("_", " ")


def _who(f: Fact) -> str:
    return f.actor or "(treaty)"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md(text: str | None) -> str:
    """Untrusted text for Markdown: no raw HTML, no markup, one line."""
    text = escape(text or "", quote=False)
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


# -- Markdown -----------------------------------------------------------------------------------------

def render_markdown(b: Briefing) -> str:
    src = _Sources()
    out = [f"# {md(b.title)}", ""]
    if b.as_of:
        out += [f"Status as of {md(b.as_of)}.", ""]
    out += ["## Status", "", "| treaty | party | status | since | basis | cited |", "|---|---|---|---|---|---|"]
    for r in b.status:
        numbers = _status_cites(r, src)
        never = "; never: " + ", ".join(n.event for n in r.never) if r.never else ""
        out.append(f"| {md(r.treaty)} | {md(r.party)} | {md(_state(r) + never)} | {md(' / '.join(r.dates))} "
                   f"| {r.basis} | {' '.join(f'[{n}]' for n in numbers)} |")
    out += ["", "## Timeline", ""]
    for name, facts in (("", b.timeline.dated), ("Year unknown", b.timeline.undated_year),
                        ("Undated", b.timeline.undated)):
        if name and facts:
            out += ["", f"### {name}", ""]
        for f in facts:
            fact_cites = " ".join(f"[{src.claim(c)}]" for c in f.claims)
            out.append(f"- **{md(f.date or 'undated')}** {md(f.event)} {md(f.treaty or '')} — {md(_who(f))} "
                       f"({md(f.modality)}; {f.sources} source(s), confidence {f.confidence:.2f}; "
                       f"fact {f.id}) {fact_cites}")
            for c in f.claims[:2]:
                out.append(f"  > {md(c.evidence)} [{src.claim(c)}]")
    if b.quotes:
        out += ["", "## Key quotes", ""]
        for q in b.quotes:
            out.append(f"- {md(q.speaker or 'unattributed')}: “{md(q.text)}” ({md(q.published or 'undated')}) "
                       f"[{src.quote(q)}]")
    if b.conflicts:
        out += ["", "## Conflicts", ""]
        for k in b.conflicts:
            sides = [cl for side in (k.left, k.right) if side is not None for cl in side.claims[:2]]
            ref_cite = [src.reference(x)] if (x := k.reference or k.never) is not None else []
            conflict_cites = " ".join(f"[{n}]" for n in sorted({src.claim(cl) for cl in sides} | set(ref_cite)))
            out.append(f"- **{k.severity}** {md(k.kind)}: {md(k.summary)} {conflict_cites}")
            for side in (k.left, k.right):
                if side is not None:
                    for cl in side.claims[:2]:
                        out.append(f"  > ({md(side.date or 'undated')}, {md(side.modality)}) {md(cl.evidence)} "
                                   f"[{src.claim(cl)}]")
            ref = k.reference or k.never
            if ref is not None:
                out.append(f"  > reference: {md(getattr(ref, 'date', None) or 'never')} — {md(ref.note)} "
                           f"[{src.reference(ref)}]")
    out += ["", "## Sources", ""]
    for n, name, title, url, language, published, is_ref in src.entries:
        if is_ref:
            out.append(f"{n}. reference: {md(name)} <{md(url)}>")
        else:
            bits = [md(x) for x in (title, language, published) if x]
            out.append(f"{n}. article {md(name)}" + (f" — {', '.join(bits)}" if bits else "")
                       + (f" <{md(url)}>" if url else ""))
    return "\n".join(out) + "\n"


def _status_cites(r: PartyStatus, src: _Sources) -> list[int]:
    cites: list[int] = []
    for s in r.since:
        if s.fact is not None:
            cites += [src.claim(c) for c in s.fact.claims]
        if s.reference is not None:
            cites.append(src.reference(s.reference))
    cites += [src.reference(n) for n in r.never]
    return sorted(set(cites))


# -- HTML ---------------------------------------------------------------------------------------------

_CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:start}"
        "blockquote{margin:.2rem 0 .6rem 1rem;padding-inline-start:.6rem;border-inline-start:3px solid #ccc;"
        "color:#333}.ref{color:#555;font-style:italic}.high{color:#a00}.medium{color:#a60}.low{color:#555}"
        "sup a{text-decoration:none}")


def h(text: str | None) -> str:
    return escape(text or "", quote=True)


def _cite(n: int) -> str:
    return f'<sup><a href="#s{n}">[{n}]</a></sup>'


def _evidence(c: Claim, src: _Sources) -> str:
    lang = f' lang="{h(c.language)}"' if c.language else ""
    return f'<blockquote dir="auto"{lang}>{h(c.evidence)} {_cite(src.claim(c))}</blockquote>'


def render_html(b: Briefing) -> str:
    src = _Sources()
    body = [f"<h1>{h(b.title)}</h1>"]
    if b.as_of:
        body.append(f"<p>Status as of {h(b.as_of)}.</p>")
    body.append("<h2>Status</h2><table><tr><th>treaty</th><th>party</th><th>status</th><th>since</th>"
                "<th>basis</th><th>cited</th></tr>")
    for r in b.status:
        cls = ' class="ref"' if r.basis == "reference" else ""
        never = "; never: " + ", ".join(n.event for n in r.never) if r.never else ""
        body.append(f"<tr{cls}><td>{h(r.treaty)}</td><td>{h(r.party)}</td><td>{h(_state(r) + never)}</td>"
                    f"<td>{h(' / '.join(r.dates))}</td><td>{h(r.basis)}</td>"
                    f"<td>{''.join(_cite(n) for n in _status_cites(r, src))}</td></tr>")
    body.append("</table><h2>Timeline</h2>")
    for name, facts in (("", b.timeline.dated), ("Year unknown", b.timeline.undated_year),
                        ("Undated", b.timeline.undated)):
        if name and facts:
            body.append(f"<h3>{h(name)}</h3>")
        if facts:
            body.append("<ul>")
        for f in facts:
            body.append(f"<li><b>{h(f.date or 'undated')}</b> {h(f.event)} {h(f.treaty or '')} — {h(_who(f))} "
                        f"({h(f.modality)}; {f.sources} source(s), confidence {f.confidence:.2f}; "
                        f"fact <code>{h(f.id)}</code>)"
                        + "".join(_evidence(c, src) for c in f.claims[:2]) + "</li>")
        if facts:
            body.append("</ul>")
    if b.quotes:
        body.append("<h2>Key quotes</h2><ul>")
        for q in b.quotes:
            lang = f' lang="{h(q.language)}"' if q.language else ""
            body.append(f"<li>{h(q.speaker or 'unattributed')} ({h(q.published or 'undated')}): "
                        f'<q dir="auto"{lang}>{h(q.text)}</q> {_cite(src.quote(q))}</li>')
        body.append("</ul>")
    if b.conflicts:
        body.append("<h2>Conflicts</h2><ul>")
        for c in b.conflicts:
            body.append(f'<li><b class="{h(c.severity)}">{h(c.severity)}</b> {h(c.kind)}: {h(c.summary)}')
            for side in (c.left, c.right):
                if side is not None:
                    body.extend(_evidence(cl, src) for cl in side.claims[:2])
            ref = c.reference or c.never
            if ref is not None:
                body.append(f'<blockquote class="ref">reference: {h(getattr(ref, "date", None) or "never")} — '
                            f"{h(ref.note)} {_cite(src.reference(ref))}</blockquote>")
            body.append("</li>")
        body.append("</ul>")
    body.append("<h2>Sources</h2><ol>")
    for n, name, title, url, language, published, is_ref in src.entries:
        link = f' <a href="{h(url)}">{h(url)}</a>' if url and url.startswith(("http://", "https://")) else ""
        if is_ref:
            body.append(f'<li id="s{n}" class="ref">reference: {h(name)}{link}</li>')
        else:
            bits = ", ".join(h(x) for x in (title, language, published) if x)
            body.append(f'<li id="s{n}">article <code>{h(name)}</code>{" — " + bits if bits else ""}{link}</li>')
    body.append("</ol>")
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{h(b.title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


# The file's extension chooses the format; any other is refused, never written in the wrong one.
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def format_of(out: Path) -> str:
    """"markdown" or "html", by ``out``'s extension; an ArgumentError for any other."""
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        given = f"'{out.suffix}' is not a report format" if out.suffix else "no extension"
        raise ArgumentError(f"--out {str(out)!r}: {given}; name the file .md (Markdown) or .html (HTML)")
    return kind


def write(b: Briefing, out: Path) -> Path:
    """Render by the file's extension (.md: Markdown, .html: HTML; anything else is refused) and write it."""
    text = render_html(b) if format_of(out) == "html" else render_markdown(b)
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ExportError(f"cannot write the report to {str(out)!r}: {e.strerror or e}") from None
    return out


def briefing(store: Store, treaty: str | None = None, as_of: str | None = None, quotes: int = 20,
             limit: int = 1000) -> Briefing:
    """Gather a briefing from the store: one treaty, or every treaty the record speaks of."""
    from ..know import queries
    from ..know import quotes as quoted

    t = queries.timeline(store, treaty=treaty, limit=limit)
    treaties = [treaty] if treaty else sorted({f.treaty for f in t if f.treaty})
    status = [row for slug in treaties for row in queries.status(store, slug, as_of)]
    articles = {c.article for f in t for c in f.claims}
    found = [q for q in quoted.quotes(store, limit=None) if treaty is None or q.article in articles][:quotes]
    conflicts = [c for c in queries.conflicts(store) if treaty is None or c.left.treaty == treaty]
    title = f"treatywatch briefing: {treaty}" if treaty else "treatywatch briefing"
    return Briefing(title, status, t, found, conflicts, as_of)
