"""FIXTURES: what a careful reader finds in the shared corpus (d01–d10) and seeds (000–003), written
by hand as Understandings, for testing the linker before understand() finds it by itself.

Nothing here is the articles' text. For each article: its language and publication date (as in
gold/documents.jsonl), the canonical entities a reader sees (slugs), the dates the text states
(normalised, relative ones resolved against the publication date only), the events of
gold/events.jsonl (both tiers), whether the event is told in the opening lines (``lead``), a
headline paraphrased in a few words, and the numbers written in digits, in their order (``digits``,
which stands in for the text so that the number features can be computed).
"""

from __future__ import annotations

from dataclasses import dataclass

from treatywatch.link import Record
from treatywatch.link import store as link_store
from treatywatch.models import Article, DateMention, Event, Mention, Span, Understanding
from treatywatch.store import Store
from treatywatch.text.normalise import content_hash


@dataclass(frozen=True)
class Facts:
    article_id: str
    language: str
    published: str | None
    headline: str
    treaties: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    dates: tuple[str | None, ...] = ()
    # (event, treaty, actor, date, modality, lead)
    events: tuple[tuple[str, str | None, str | None, str | None, str, bool], ...] = ()
    digits: str = ""


def understanding(f: Facts) -> Understanding:
    """The Understanding a reader's findings make (offsets are placeholders: no text is kept)."""
    ents = [Mention("treaty", s, 0, 0, "") for s in f.treaties]
    ents += [Mention("state", s, 0, 0, "") for s in f.states]
    ents += [Mention("person", s, 0, 0, "") for s in f.people]
    ents += [Mention("org", s, 0, 0, "") for s in f.orgs]
    dates = [DateMention(0, 0, "", v, "day" if v and len(v) == 10 else "year" if v and len(v) == 4 else "month")
             for v in f.dates]
    events = []
    for i, (ev, treaty, actor, when, modality, lead) in enumerate(f.events):
        # A lead event sits in the opening lines; the others further down, one sentence each.
        sent = Span(20, 200) if lead else Span(600 + 200 * i, 780 + 200 * i)
        events.append(Event(ev, treaty, actor, when, modality, sent, sent, ""))
    return Understanding(f.article_id, f.language, f.published, "metadata" if f.published else "unknown",
                         tuple(ents), tuple(dates), (), tuple(events))


def record(f: Facts, text: str | None = None) -> Record:
    """The linker's record; ``text`` (the real article, when the caller has it) replaces the digits."""
    return Record(f.article_id, text if text is not None else f.digits, f.language, f.published,
                  title=f.headline, understanding=understanding(f))


NS, OS, INF, CTBT = "new-start", "open-skies", "inf", "ctbt"
RU, US = "russia", "usa"

CORPUS = (
    Facts("d01", "en", "2021-02-03", "New START extended for five years, notes exchanged (Interfax)",
          (NS,), (RU, US), ("putin", "biden"), (),
          ("2021-02-03", "2021-02-03", "2021-02-03", "2010-04-08", "2026-02-05"),
          (("extend", NS, RU, "2021-02-03", "asserted", True), ("extend", NS, US, "2021-02-03", "asserted", True),
           ("sign", NS, RU, "2010-04-08", "asserted", False), ("expire", NS, None, "2026-02-05", "scheduled", False)),
          "3 2021 17:56 5 3 3 3, 2021 8, 2010 5, 2026"),
    Facts("d02", "en", "2021-02-03", "New START extension agreement in force (UrduPoint)",
          (NS,), (RU, US), ("putin", "biden"), (),
          ("2021-02-03", "2021-02-03", "2026-02-05", "2021-01-26", "2011-02-05", "2021-02-05"),
          (("extend", NS, RU, "2021-02-03", "asserted", True), ("extend", NS, US, "2021-02-03", "asserted", True),
           ("expire", NS, None, "2026-02-05", "scheduled", False),
           ("enter_into_force", NS, None, "2011-02-05", "asserted", False),
           ("expire", NS, None, "2021-02-05", "scheduled", False)),
          "03 2021 06:40 03 2021 3 5, 2026 26, 2021 5, 2011 700 1,550 800 5, 2021"),
    Facts("d03", "en", "2021-02-03", "Washington extends New START with Russia (Pledge Times)",
          (NS,), (US, RU), ("biden", "blinken"), (),
          ("2021-02-03", "2021-02-03", "2026-02-05"),
          (("extend", NS, US, "2021-02-03", "asserted", True), ("ratify", NS, RU, None, "asserted", False),
           ("expire", NS, None, "2026-02-05", "scheduled", False)),
          "5, 2026"),
    Facts("d04", "ru", "2020-11-22", "US completes Open Skies withdrawal (NEWSru)",
          (OS,), (US, RU), ("trump",), (),
          ("2020-11-22", "2020-05-22"),
          (("withdraw", OS, US, "2020-11-22", "asserted", True),),
          "22 22 35"),
    Facts("d05", "ru", "2020-11-22", "USA leave the Open Skies Treaty (Susanin)",
          (OS,), (US, RU), ("obrien",), (),
          ("2020-11-22", "2020-11-22"),
          (("withdraw", OS, US, "2020-11-22", "asserted", True),),
          "22"),
    Facts("d06", "ru", None, "US National Security Council confirms Open Skies exit (Delo)",
          (OS,), (US, RU), (), (),
          ("XXXX-11-22",),
          (("withdraw", OS, US, "XXXX-11-22", "asserted", True),),
          "22"),
    Facts("d07", "en", None, "Putin wants to initiate dialog with Washington (Krone)",
          (NS,), (RU, US), ("putin", "trump"), (),
          (None, "2026-02-05"),
          (("propose_talks", NS, RU, None, "asserted", True), ("expire", NS, None, "2026-02-05", "scheduled", False)),
          "5, 2026"),
    Facts("d08", "en", "2025-09-22", "Russia offers one-year extension of New START (VnNow)",
          (NS,), (RU, US), ("putin", "biden"), (),
          ("2025-09-22", "2026-02-05", "2010", "2011", "2021", "2026-02-05"),
          (("propose_talks", NS, RU, "2025-09-22", "asserted", False),
           ("sign", NS, RU, "2010", "asserted", False), ("sign", NS, US, "2010", "asserted", False),
           ("enter_into_force", NS, None, "2011", "asserted", False),
           ("extend", NS, RU, "2021", "asserted", False), ("extend", NS, US, "2021", "asserted", False),
           ("expire", NS, None, "2026-02-05", "scheduled", False)),
          "5/2/2026 2010 2011 2021 5/2/2026"),
    Facts("d09", "de", "2025-09-22", "Putin offers the US the nuclear treaty for another year (cash.ch)",
          (NS,), (RU, "ukraine"), ("putin",), ("nato",),
          ("2026", "2023"),
          (("expire", NS, None, "2026", "scheduled", True), ("suspend", NS, RU, "2023", "asserted", True)),
          "2026 2023"),
    Facts("d10", "de", None, "Moscow keeps to New START limits, says foreign ministry (TT)",
          (NS,), (RU, US), ("putin",), (),
          (None,),
          (("suspend", NS, RU, None, "asserted", True),),
          ""),
)

SEEDS = (
    Facts("000", "ar", None, "Putin: resuming strategic stability talks needs good faith from Washington",
          (NS, INF, CTBT), (RU, US, "ussr", "uk", "france"), ("putin", "obama"), ("nato",),
          ("2023-02-21", "1987", "2019", "2023-10-18"),
          (("suspend", NS, RU, "2023-02-21", "asserted", False), ("sign", INF, "ussr", "1987", "asserted", False),
           ("sign", INF, US, "1987", "asserted", False), ("withdraw", INF, US, "2019", "asserted", False),
           ("produce", INF, US, None, "asserted", False), ("deploy", INF, US, None, "asserted", False),
           ("produce", INF, RU, None, "possible", False), ("deploy", INF, RU, None, "possible", False),
           ("sign", CTBT, RU, None, "asserted", False), ("sign", CTBT, US, None, "asserted", False),
           ("ratify", CTBT, RU, None, "asserted", False), ("deratify", CTBT, RU, "2023-10-18", "asserted", False)),
          "3 21 2023 1987 2019 18 2023"),
    Facts("001", "en", "2021-01-27", "Riabkov: no reason to discuss a one-year freeze of warheads",
          (NS,), (RU, US), ("ryabkov", "putin", "biden"), (),
          ("2021-01-27", "2021-01-26", "2010", "2011", "2021-02-05"),
          (("extend", NS, RU, "2021-01-26", "asserted", False), ("extend", NS, US, "2021-01-26", "asserted", False),
           ("sign", NS, RU, "2010", "asserted", False), ("sign", NS, US, "2010", "asserted", False),
           ("expire", NS, None, "2021-02-05", "scheduled", False), ("ratify", NS, RU, "2011", "asserted", False),
           ("propose_talks", NS, RU, None, "asserted", False), ("reject_talks", NS, RU, "2021-01-27", "asserted", True),
           ("withdraw", NS, RU, None, "possible", False)),
          "27th 2011 26 2010 5, 2021"),
    Facts("002", "en", "2024-07-09", "Russia rules out even tentative talks with US on arms control",
          (NS, INF), (RU, US, "uk", "france"), ("ryabkov", "putin"), ("nato",),
          ("2024-07-09", "2023-02-21", "2023-02-28", "2019"),
          (("reject_talks", None, RU, "2024-07-09", "asserted", True),
           ("suspend", NS, RU, "2023-02-21", "asserted", False), ("suspend", NS, RU, "2023-02-28", "asserted", False),
           ("withdraw", INF, US, "2019", "asserted", False), ("produce", INF, US, None, "asserted", False),
           ("deploy", INF, US, None, "asserted", False), ("produce", INF, RU, None, "possible", False),
           ("deploy", INF, RU, None, "possible", False), ("expire", NS, None, None, "scheduled", False)),
          "9 2024 06:04 1146609 1146609 21, 2023 28, 2023 2019"),
    Facts("003", "vi", None, "Ryabkov: dialogue with Washington will not return to what it was",
          (NS,), (US, RU, "ukraine"), ("ryabkov", "peskov", "sullivan", "biden"), ("nato",),
          ("XXXX-07", "2026", "2022-02"),
          (("propose_talks", None, US, None, "asserted", False),
           ("propose_talks", NS, US, "XXXX-07", "asserted", False),
           ("expire", NS, None, "2026", "scheduled", False), ("propose_talks", NS, US, None, "asserted", False),
           ("reject_talks", None, RU, None, "asserted", False)),
          "12 2026 2/2022"),
)

BY_ID = {f.article_id: f for f in CORPUS + SEEDS}


def stored(store: Store, f: Facts) -> int:
    """Store the article (its digits stand for its text) with the reader's understanding; its pk."""
    text = f.digits or "-"
    art = Article(f.article_id, "facts", text, text, content_hash(text), title=f.headline, language=f.language,
                  published=f.published, published_how="metadata" if f.published else "unknown")
    pk = store.add_article(art).pk
    store.save_understanding(pk, understanding(f))
    return pk


def online(store: Store, facts: list[Facts]) -> dict[str, str]:
    """Store and file each article in turn, as the pipeline does: article id -> story id."""
    with store.batch():
        for f in facts:
            link_store.assign(store, stored(store, f))
    return link_store.story_of_articles(store)
