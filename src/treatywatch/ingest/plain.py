"""Plain-text articles: the text as written, a headline and a dateline where there are some."""

from __future__ import annotations

from treatywatch.ingest.build import Found, make_article
from treatywatch.ingest.title import find_title
from treatywatch.models import Article, Rejected
from treatywatch.text.normalise import normalise


def read_text(original: str, article_id: str, source: str) -> Article | Rejected:
    """The article held in ``original`` (decoded text of a .txt file or of standard input)."""
    title = find_title(normalise(original))
    return make_article(original, Found(article_id=article_id, source=source, title=title))
