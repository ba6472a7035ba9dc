"""Assemble an ``Article`` from what a reader found, the same way for every format.

Every article obeys ``text == normalise(original)`` and ``content_hash == content_hash(text)``.
The publication date comes from the first source that states it in full: metadata (a record's
``published``, an HTML page's own date), then a dateline, then the address; else it is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from treatywatch.ingest.dateline import find_dateline, full_date
from treatywatch.ingest.urls import date_from_url
from treatywatch.models import Article, PublishedHow, Rejected
from treatywatch.text.normalise import content_hash, normalise

# The ISO 639-1 codes (two letters): a metadata language outside them ("zz-ZZ") is no language.
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv
dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig
ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh
mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru
rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug
uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())
# The longest text one article may have: reading time grows with length, and this is the length the
# reader honours (about 20 s on one core; `bench/ingest.py --sizes` measures it). News articles are
# far shorter (the longest seed is ~6 KB); a longer text is a dump, quarantined with its bytes.
MAX_TEXT_CHARS = 1_000_000
# Ids name articles in listings, URLs and exports: one line of visible text, of a sane length.
MAX_ID_CHARS = 200
# Neither database stores NUL nor a lone surrogate (not UTF-8): each becomes U+FFFD, one character
# for one, before anything else looks at the value (look-ups then find what was written).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def storable(value: str) -> str:
    """``value`` with NUL and lone surrogates replaced by U+FFFD (one for one: offsets hold)."""
    return _UNSTORABLE.sub("\ufffd", value) if _UNSTORABLE.search(value) else value


def check_id(article_id: str) -> tuple[str, str | None]:
    """The id made storable, and why it cannot be an id (None when it can): too long, holding a line
    break or another control character, or a ``..`` path segment (ids end up in file names)."""
    article_id = storable(article_id)
    if len(article_id) > MAX_ID_CHARS:
        return article_id[:MAX_ID_CHARS], f"is {len(article_id)} characters long (at most {MAX_ID_CHARS})"
    bad = _CONTROL.search(article_id)
    if bad is not None:
        return article_id, f"holds a control character ({bad.group()!r})"
    if any(part in (".", "..") for part in re.split(r"[/\\]", article_id)):
        return article_id, "holds a '.' or '..' path segment"
    return article_id, None


@dataclass(frozen=True)
class Found:
    """What a reader learnt about one article besides its text; every field may be unknown."""

    article_id: str
    source: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None  # a date string from metadata, not yet checked
    line: int | None = None


def language_code(value: object) -> str | None:
    """ISO 639-1 code from a metadata language tag: "en-US" → "en", "ru_RU" → "ru"; else None."""
    if not isinstance(value, str):
        return None
    head = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return head if head in ISO_639_1 else None


def published(meta: str | None, text: str, url: str | None) -> tuple[str | None, PublishedHow]:
    """The publication date and how it was known (metadata, dateline, url), or (None, unknown)."""
    stated = full_date(meta) if meta else None
    if stated is not None:
        return stated, "metadata"
    dated = find_dateline(text)
    if dated is not None:
        return dated, "dateline"
    addressed = date_from_url(url)
    if addressed is not None:
        return addressed, "url"
    return None, "unknown"


def make_article(original: str, found: Found) -> Article | Rejected:
    """The article for ``original`` (decoded text), or a rejection when no text is left or the id
    is no id (see ``check_id``)."""
    text = normalise(original)  # drops NUL and lone surrogates with the other control characters
    original = storable(original)  # kept as evidence: each becomes U+FFFD, as the store keeps it
    article_id, problem = check_id(found.article_id)
    if problem is not None:
        return Rejected(found.source, f"id {problem}", found.line, article_id, original.encode("utf-8"))
    found = replace(found, article_id=article_id)
    if len(text) > MAX_TEXT_CHARS:
        return Rejected(found.source, f"text too long to read: {len(text)} characters (limit {MAX_TEXT_CHARS}); "
                        "split it into its articles", found.line, article_id, original.encode("utf-8"))
    if not any(ch.isalnum() for ch in text):  # nothing to read: no letter, no digit
        return Rejected(found.source, "no text (empty, or no letter or digit among its characters)",
                        found.line, found.article_id, original.encode("utf-8"))
    date, how = published(found.published, text, found.url)
    return Article(
        id=found.article_id,
        source=found.source,
        text=text,
        original=original,
        content_hash=content_hash(text),
        title=_clean(found.title),
        url=_clean(found.url),
        language=found.language,
        published=date,
        published_how=how,
        line=found.line,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    tidy = " ".join(normalise(value).split())
    return tidy or None
