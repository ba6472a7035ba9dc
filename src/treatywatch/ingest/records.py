"""JSON records, the way a feed or a crawler hands articles over (shared/corpus/articles/*.json).

A record is an object with optional ``id``, ``url``, ``title``, ``published``, ``language`` and one of
``text`` or ``html`` (``text`` wins when both are there: it is what the crawler already cleaned).
A ``.json`` file holds one record or a list of them; a ``.jsonl`` file one record per line.
Ids default to ``<filestem>`` (one record), ``<filestem>-<index>`` (a list, 0-based like the list
itself) and ``<filestem>-<line>`` (JSON Lines, 1-based like the line numbers in messages).
Optional metadata of the wrong type is ignored; a wrong ``id``, ``text`` or ``html`` rejects the record.
JSON Lines are UTF-8 by definition (jsonlines.org): a line that is not is rejected, not guessed at.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from treatywatch.ingest.build import Found, check_id, language_code, make_article
from treatywatch.ingest.title import find_title
from treatywatch.ingest.webpage import read_html
from treatywatch.models import Article, Rejected
from treatywatch.text.normalise import normalise

_UTF8_BOM = b"\xef\xbb\xbf"
# Longest integer literal read as a number: an id or a count, never a 5,000-digit bomb (Python
# refuses to turn more than 4,300 digits into an int, with a ValueError; JSON would accept any).
MAX_INT_DIGITS = 30


class JsonRefused(ValueError):
    """JSON that is refused before or while parsing: too deep, a huge number, malformed."""

    def __init__(self, message: str, lineno: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.lineno = lineno


def _parse_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise JsonRefused(f"a number of {len(literal.lstrip('-'))} digits (at most {MAX_INT_DIGITS})")
    return int(literal)


def loads(text: str) -> Any:
    """``json.loads``, with every way it can fail on hostile input turned into ``JsonRefused``:
    malformed JSON, nesting deeper than the interpreter can follow (``RecursionError``), numbers too
    long to be ids (see ``MAX_INT_DIGITS``)."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except JsonRefused:
        raise
    except json.JSONDecodeError as err:
        raise JsonRefused(f"{err.msg} (line {err.lineno}, column {err.colno})", err.lineno) from None
    except RecursionError:
        raise JsonRefused("nested too deeply to read") from None
    except ValueError as err:  # e.g. a float literal Python cannot hold
        raise JsonRefused(str(err).splitlines()[0] if str(err) else "not readable") from None


def _payload(value: Any) -> bytes:
    """A parsed record as bytes for the quarantine; a lone surrogate (valid JSON, not UTF-8) is kept
    as its escape."""
    try:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True).encode("ascii")
    except (ValueError, RecursionError):  # pragma: no cover - parsed values always dump
        return repr(value).encode("utf-8", "backslashreplace")


def read_json(text: str, source: str, stem: str) -> list[Article | Rejected]:
    """The records of one decoded ``.json`` document (an object or a list of objects)."""
    try:
        value = loads(text)
    except JsonRefused as err:
        # Records end at "\n" only: a JSON string may hold U+2028, where splitlines() would cut it.
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) > 1 and all(is_json_object(line) for line in lines):
            # JSON Lines saved under a .json name: read it as what it is.
            return list(read_jsonl((line.encode("utf-8", "surrogatepass") for line in text.split("\n")),
                                   source, stem))
        return [Rejected(source, f"malformed JSON: {err.message}", err.lineno, stem,
                         text.encode("utf-8", "surrogatepass"))]
    if isinstance(value, list):
        if not value:
            return [Rejected(source, "JSON list holds no records", None, stem, text.encode("utf-8", "surrogatepass"))]
        return [read_record(item, source, f"{stem}-{i}", where=f"item {i}: ") for i, item in enumerate(value)]
    return [read_record(value, source, stem)]


def read_jsonl(lines: Iterable[bytes | None], source: str, stem: str, start: int = 1,
               whole: bool = True) -> Iterator[Article | Rejected]:
    """One result per non-blank line; ``None`` stands for a line dropped for being over the size limit.
    ``start`` numbers the first line (a part of a file read by batch); ``whole``: the lines are the
    whole file, so none at all is an empty file to reject."""
    seen = False
    for result in _read_jsonl(lines, source, stem, start):
        seen = True
        yield result
    if not seen and whole:
        yield Rejected(source, "no records (empty or only blank lines)", None, stem)


def _read_jsonl(lines: Iterable[bytes | None], source: str, stem: str, start: int = 1) -> Iterator[Article | Rejected]:
    for number, raw in enumerate(lines, start=start):
        default_id = f"{stem}-{number}"
        if raw is not None and not raw.strip():
            continue
        if raw is None:
            yield Rejected(source, f"line {number} is over the size limit", number, default_id)
            continue
        if number == 1 and raw.startswith(_UTF8_BOM):
            raw = raw[len(_UTF8_BOM):]
        nul = raw.find(b"\x00")
        if nul >= 0:  # this line is refused; the lines around it are read
            yield Rejected(source, f"line {number} holds binary content (NUL byte at byte {nul} of the line)",
                           number, default_id, raw)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Rejected(source, f"line {number} is not valid UTF-8 (byte 0x{raw[err.start]:02x} at "
                           f"byte {err.start} of the line)", number, default_id, raw)
            continue
        if not line.strip():  # blank once decoded (U+0085, U+3000...): no record, as a blank line
            continue
        try:
            value = loads(line)
        except JsonRefused as err:
            yield Rejected(source, f"malformed JSON on line {number}: {err.message}", number, default_id, raw)
            continue
        yield read_record(value, source, default_id, line=number)


def read_record(value: Any, source: str, default_id: str, line: int | None = None,
                where: str = "") -> Article | Rejected:
    """One record (parsed JSON) as an article, or the reason it is not one."""
    payload = _payload(value)
    if not isinstance(value, dict):
        return Rejected(source, f"{where}record is a JSON {_kind(value)}, not an object", line, default_id,
                        payload)
    raw_id = value.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        article_id = default_id
    elif isinstance(raw_id, str):
        article_id = raw_id.strip()
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        return Rejected(source, f"{where}field 'id' is a JSON {_kind(raw_id)}, not a string", line,
                        default_id, payload)
    article_id, problem = check_id(article_id)
    if problem is not None:
        return Rejected(source, f"{where}field 'id' {problem}", line, article_id, payload)
    for name in ("text", "html"):
        if name in value and value[name] is not None and not isinstance(value[name], str):
            return Rejected(source, f"{where}field '{name}' is a JSON {_kind(value[name])}, not a string",
                            line, article_id, payload)
    text, html = value.get("text"), value.get("html")
    found = Found(
        article_id=article_id,
        source=source,
        title=_string(value.get("title")),
        url=_string(value.get("url")),
        language=language_code(value.get("language")),
        published=_string(value.get("published")),
        line=line,
    )
    if isinstance(text, str) and text.strip():
        if found.title is None:
            found = replace(found, title=find_title(normalise(text)))
        return make_article(text, found)
    if isinstance(html, str) and html.strip():
        return read_html(html, found)
    if isinstance(text, str) or isinstance(html, str):
        return Rejected(source, f"{where}record's 'text'/'html' is empty", line, article_id, payload)
    return Rejected(source, f"{where}record has no 'text' or 'html' (one of them is required)", line,
                    article_id, payload)


def is_json_object(line: str) -> bool:
    """Whether ``line`` is one JSON object (a JSON Lines record)."""
    try:
        return isinstance(loads(line), dict)
    except JsonRefused:
        return False


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _kind(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
             float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
