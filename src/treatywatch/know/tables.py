"""The lists as tables: for each list the API and the pages give (timeline, facts, quotes, articles,
events, stories, conflicts), the columns a CSV download holds and how each is read from one JSON-ready
record of that list; and ``csv_lines``, the CSV text of such rows with every cell made safe to open in
a spreadsheet.

Article text is untrusted: a cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage
return, which some spreadsheets drop before reading a formula) is prefixed with ``'`` so that it is
shown as text, never run as a formula (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

Record = dict[str, Any]
Column = tuple[str, Callable[[Record], Any]]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A value as a CSV cell a spreadsheet shows as text: None is empty, a list is its items joined
    by spaces, a formula's first character is escaped with ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        value = " ".join(safe_cell(v) for v in value)
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_lines(columns: Sequence[str], rows: Iterable[Sequence[Any]], header: bool = True) -> Iterator[str]:
    """CSV text, one line per row (the header first when ``header``), every cell ``safe_cell``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def line(cells: Sequence[Any]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([safe_cell(c) for c in cells])
        return buffer.getvalue()

    if header:
        yield line(columns)
    for row in rows:
        yield line(row)


def _key(name: str) -> Callable[[Record], Any]:
    return lambda r: r.get(name)


def _first_evidence(field: str) -> Callable[[Record], Any]:
    return lambda r: r["evidence"][0][field] if r.get("evidence") else None


def _side(side: str, field: str) -> Callable[[Record], Any]:
    def read(r: Record) -> Any:
        fact = r.get(side)
        if fact is None:
            return None
        if field == "id":
            return fact["id"]
        return fact["evidence"][0][field] if fact["evidence"] else None
    return read


def _reference(r: Record, field: str) -> Any:
    return (r.get("reference") or {}).get(field)


def _plain(*names: str) -> tuple[Column, ...]:
    return tuple((n, _key(n)) for n in names)


FACT_COLUMNS: tuple[Column, ...] = (
    *_plain("date", "precision", "event", "treaty", "actor", "modality", "factual", "confident", "sources",
            "confidence", "claims", "languages"),
    ("fact", _key("id")), ("evidence", _first_evidence("evidence")), ("article", _first_evidence("article")),
    ("url", _first_evidence("url")))

TABLES: dict[str, tuple[Column, ...]] = {
    "timeline": FACT_COLUMNS,
    "facts": FACT_COLUMNS,
    "quotes": _plain("published", "speaker", "kind", "language", "article", "text", "start", "end", "url",
                     "title"),
    "articles": (*_plain("article_id", "version", "language", "published", "title", "url"),
                 ("outlet", lambda r: (r.get("outlet") or {}).get("name")),
                 ("outlet_country", lambda r: (r.get("outlet") or {}).get("country")),
                 *_plain("source", "ingested_at")),
    # a search's articles: the text around the first hit, without marks
    "search": (*_plain("article_id", "language", "published", "title", "url"),
               ("outlet", lambda r: (r.get("outlet") or {}).get("name")),
               ("outlet_country", lambda r: (r.get("outlet") or {}).get("country")),
               ("hit", lambda r: r["snippet"][r["hit"][0]:r["hit"][1]]), _plain("snippet")[0]),
    "events": _plain("published", "article_id", "idx", "language", "event", "treaty", "actor", "date",
                     "modality", "evidence", "sentence_start", "sentence_end"),
    "stories": (*_plain("story_id", "title", "language", "first_date", "last_date", "languages"),
                ("articles", lambda r: len(r["articles"])),
                ("article_ids", lambda r: [a["article_id"] for a in r["articles"]])),
    "conflicts": (*_plain("id", "severity", "kind", "summary"),
                  ("fact", _side("left", "id")), ("evidence", _side("left", "evidence")),
                  ("against", lambda r: r["right"]["id"] if r.get("right") else _reference(r, "id")),
                  ("other_evidence", _side("right", "evidence")),
                  ("reference", lambda r: _reference(r, "citation")),
                  ("reference_url", lambda r: _reference(r, "url"))),
}


def columns(kind: str) -> tuple[str, ...]:
    return tuple(name for name, _ in TABLES[kind])


def rows(kind: str, records: Iterable[Record]) -> Iterator[tuple[Any, ...]]:
    """Each record of a ``kind`` list as the row of its table."""
    table = TABLES[kind]
    for record in records:
        yield tuple(read(record) for _, read in table)
