"""HTML pages: main text, headline, date and language through trafilatura and htmldate.

No regular expression ever reads the markup: trafilatura finds the article body (dropping
navigation, scripts, footers), htmldate the page's own date, and lxml's tree the declared language.
htmldate is only ever given a parsed tree: given a string that looks like an address it would
fetch it. The headline is put on the first line of the text, as it is in plain-text articles,
because what a headline reports is often the article's news.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from treatywatch.ingest.build import Found, language_code, make_article
from treatywatch.ingest.decode import Refusal
from treatywatch.ingest.pagemeta import page_metadata
from treatywatch.models import Article, Rejected
from treatywatch.text.normalise import normalise

# The shortest body taken for an article: one short sentence.
MIN_BODY_CHARS = 40
NO_ARTICLE = "no article text found in the HTML page"
# htmldate's settings (pagemeta adds the page's address).
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
# trafilatura's settings for the body, made once (reading its configuration takes half a millisecond):
# no comments, plain Python values; links and images are left out (the defaults).
_EXTRACTOR = Extractor(output_format="python", comments=False, date_params=_DATE_PARAMS)
# Where a page declares its language, in the order trusted.
_LANGUAGE_XPATHS = (
    "/html/@lang",
    "/html/@xml:lang",
    "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content",
    "//meta[@property='og:locale']/@content",
    "//meta[@name='language']/@content",
)


@dataclass(frozen=True)
class Page:
    """What a page says about itself; ``text`` starts with the headline when there is one."""

    text: str
    title: str | None
    date: str | None
    language: str | None
    url: str | None


def extract_page(markup: str) -> Page | Refusal:
    """Read one HTML page (decoded), or say why it holds no article."""
    try:
        tree = trafilatura.load_html(markup)
    except (ValueError, TypeError) as err:
        return Refusal(f"not parseable as HTML: {err}")
    if tree is None:
        return Refusal("not parseable as HTML")
    # The page's headline, address and date first, on the intact tree (pagemeta.py: trafilatura's own
    # steps for these three, without its search for author, site name, tags... that nothing keeps).
    # htmldate runs once per page, on the page's declared dates only (extensive_search=False: no
    # guessing from stray body text). An error there refuses the page as bare_extraction would.
    try:
        meta = page_metadata(tree, _DATE_PARAMS)
    except (ValueError, TypeError):
        return Refusal(NO_ARTICLE)
    except AttributeError as err:
        return Refusal(f"HTML extraction failed: {err}")
    # Then the body: bare_extraction prunes a copy of the tree it is given (it copies it itself); the
    # language is read from the intact one. No address is passed: trafilatura uses it only to resolve
    # the links and images it keeps when asked to, and none are.
    try:
        doc = trafilatura.bare_extraction(tree, options=_EXTRACTOR)
    except (ValueError, TypeError, AttributeError) as err:
        return Refusal(f"HTML extraction failed: {err}")
    body = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(body, str) or len(body.strip()) < MIN_BODY_CHARS:
        # On a page with no article trafilatura falls back to whatever is left, e.g. a menu's "Home".
        return Refusal(NO_ARTICLE)
    title = meta.title.strip() if meta.title and meta.title.strip() else None
    if title and not normalise(body).startswith(normalise(title)):
        body = f"{title}\n\n{body}"
    return Page(text=body, title=title, date=meta.date or None, language=_page_language(tree), url=meta.url or None)


def read_html(markup: str, found: Found) -> Article | Rejected:
    """The article of an HTML page; ``found`` (from a record) overrides what the page says."""
    page = extract_page(markup)
    if isinstance(page, Refusal):
        # the page's own code points kept, a lone surrogate of a JSON "\ud800" too: nothing is lost
        return Rejected(found.source, page.reason, found.line, found.article_id,
                        markup.encode("utf-8", "surrogatepass"))
    merged = Found(
        article_id=found.article_id,
        source=found.source,
        title=found.title or page.title,
        url=found.url or page.url,
        language=found.language or page.language,
        published=found.published or page.date,
        line=found.line,
    )
    return make_article(page.text, merged)


def _page_language(tree: HtmlElement) -> str | None:
    for xpath in _LANGUAGE_XPATHS:
        for value in tree.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
            code = language_code(str(value))
            if code is not None:
                return code
    return None
