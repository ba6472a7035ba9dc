"""The three things of an HTML page's metadata that treatywatch keeps: headline, address and date.

trafilatura's ``extract_metadata`` (what ``bare_extraction(with_metadata=True)`` runs) also looks for
the author (on a deep copy of the whole page, pruned), the site's name, categories, tags, licence,
description and image: half of its time, and none of it is kept. This runs the same steps, in the same
order and on the same tree, for the headline, the address and the date only, so that each comes out
exactly as ``extract_metadata`` gives it: the page's meta tags (Open Graph first), then JSON-LD, then
the headline from the page itself (a single <h1>, title paths, <title>) and the address from the
canonical link; the date from htmldate, told the address; each value cleaned the same way
(``Document.clean_and_trim``). None of these steps changes the tree.

These are functions of ``trafilatura.metadata`` that ``extract_metadata`` calls in this order (as of
trafilatura 2.x): after an upgrade, compare with its ``extract_metadata`` (tests/ingest/test_ingest_html.py
checks headline, date and address on the example pages; bench/webpages.py --check compares two trees).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    url: str | None
    date: str | None


def page_metadata(tree: HtmlElement, date_params: dict[str, Any]) -> PageMeta:
    """Headline, address and date of the parsed page ``tree``, as trafilatura's ``extract_metadata``
    finds them (given ``date_params`` for htmldate). Raises what those steps raise (ValueError,
    TypeError...), as ``extract_metadata`` would."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # as extract_metadata does: JSON-LD's authors are added to this one
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as err:  # as extract_metadata: a bug in trafilatura's JSON-LD reading is no page's fault
        LOGGER.warning("error in JSON metadata extraction: %s", err)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree)
    metadata.date = find_date(tree, **{**date_params, "url": metadata.url})
    metadata.clean_and_trim()
    return PageMeta(title=metadata.title, url=metadata.url, date=metadata.date)
