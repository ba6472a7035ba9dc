"""know: the record — facts with evidence, treaty status over time, conflicts, timelines.

    dates.py      partial dates (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM, None): agree, refine, order
    facts.py      Claim (one event as one article states it) -> Fact, merged across articles and languages
    conflicts.py  facts that cannot both be true, and news against the reference
    status.py     per treaty and party, the sequence of states; "status of X for Y on date D"
    timeline.py   facts by treaty, actor, story, language and date range, in order
    reference.py  the reference table (data/arms_control/reference.yaml), validated
    quotes.py     the quotation record
    tables.py     the record's tables (migration 0003)
    queries.py    the one query layer over the store (refresh_facts, timeline, status, conflicts, fact, quotes)
    listing.py    the listings the CLI and the API print

The first seven are pure (plain records in, plain records out); queries.py and listing.py read the store.
"""
