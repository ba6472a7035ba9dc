"""The partial dates of the record: the one type and parser of treatywatch.dates, under the name the
modules know/facts.py and know/queries.py import (``from . import dates``)."""

from __future__ import annotations

from ..dates import (
    PartialDate,
    Precision,
    agree,
    bounds,
    day_of,
    first_day,
    last_day,
    normalise,
    overlaps,
    parse,
    precision,
    rank,
    refines,
    section,
    sort_key,
)

__all__ = ["PartialDate", "Precision", "agree", "bounds", "day_of", "first_day", "last_day", "normalise",
           "overlaps", "parse", "precision", "rank", "refines", "section", "sort_key"]
