"""Watching the news: sources polled politely, what they bring ingested, alerts when the record changes.

    sources.py  what a source is (feed, sitemap, page of links) and what a fetched one lists
    fetch.py    polite HTTP: robots.txt, one request per host at a time, conditional, bounded, retried
    records.py  the watch's rows in the store: sources, conditional-request state, items read
    poll.py     one poll: due sources ─► new items ─► pages ─► pipeline.ingest_items ─► alerts
    alerts.py   saved questions over the record, delivered once (webhook, mail, Atom)
"""

from __future__ import annotations

from .alerts import Alert, add_alert, atom, check_alerts, list_alerts, remove_alert, try_alert
from .fetch import Failed, Fetched, Fetcher
from .poll import Polled, Watch, watch_loop
from .records import Source, add_source, import_sources, list_sources, remove_source

__all__ = [
    "Alert", "Failed", "Fetched", "Fetcher", "Polled", "Source", "Watch", "add_alert", "add_source", "atom",
    "check_alerts", "import_sources", "list_alerts", "list_sources", "remove_alert", "remove_source",
    "try_alert", "watch_loop",
]
