"""How fast stories are found, and whether it stays fast: the pure core (no database).

    .venv/bin/python bench/stories.py [--n 100000] [--window 10000] [--seed 1]

Generates ``n`` Understandings of arms-control news: stories on 14 treaties over 25 years, each told
by 1 to 8 articles in 8 languages (some undated, some near copies of another), arriving roughly in
publication order as a feed would bring them. Files them one by one with ``Linker.add`` into a
``MemoryIndex`` and prints articles per second, peak memory, the time per article in each window
of ``window`` articles (it must stay roughly flat from the first 10,000 to the last), the candidate
stories examined per article, and how well the generated stories were found (BCubed F1).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from treatywatch.lexicon import load_lexicon
from treatywatch.link import Linker, MemoryIndex, Record, prepare, story_of
from treatywatch.models import DateMention, Event, Mention, Span, Understanding

TREATIES = [t.slug for t in load_lexicon().treaties]   # the data's treaties
STATES = ["russia", "usa", "ussr", "uk", "france", "china", "iran", "ukraine", "germany", "india"]
PEOPLE = ["putin", "ryabkov", "lavrov", "peskov", "zakharova", "medvedev", "biden", "sullivan", "blinken",
          "trump", "obama", "xi", "macron", "zelensky", "araghchi"]
EVENTS = ["sign", "ratify", "enter_into_force", "suspend", "resume", "withdraw", "deratify", "extend",
          "expire", "propose_talks", "reject_talks", "deploy", "produce", "test"]
LANGS = ["en", "ru", "ar", "vi", "fa", "zh", "fr", "de"]
WORDS = ["".join("abcdefghijklmnopqrstuvwxyz"[(i // 26 ** k) % 26] for k in range(3)) for i in range(5000)]
START = date(2000, 1, 1)


@dataclass(frozen=True)
class Story:
    key: int
    day: date
    treaty: str
    event: str
    actor: str
    people: tuple[str, ...]
    background: tuple[tuple[str, str, str], ...]   # (event, actor, year)
    number: int
    words: tuple[str, ...]


def _story(key: int, rng: random.Random) -> Story:
    treaty = rng.choice(TREATIES)
    day = START + timedelta(days=rng.randrange(25 * 365))
    bg = tuple((rng.choice(EVENTS), rng.choice(STATES[:4]), str(rng.randrange(1970, day.year + 1)))
               for _ in range(rng.randrange(4)))
    return Story(key, day, treaty, rng.choice(EVENTS), rng.choice(STATES), tuple(rng.sample(PEOPLE, 2)), bg,
                 rng.randrange(100, 100_000), tuple(rng.choice(WORDS) for _ in range(80)))


def _article(story: Story, n: int, rng: random.Random, copy_of: str | None) -> Record:
    aid = f"s{story.key}-a{n}"
    lang = rng.choice(LANGS)
    published = story.day + timedelta(days=rng.randrange(3))
    pub = None if rng.random() < 0.1 else published.isoformat()
    lead = Span(10, 200)
    events = [Event(story.event, story.treaty, story.actor, story.day.isoformat() if rng.random() < 0.7 else None,
                    "asserted", lead, lead, "")]
    for i, (ev, actor, year) in enumerate(story.background):
        if rng.random() < 0.8:
            sent = Span(600 + 200 * i, 780 + 200 * i)
            events.append(Event(ev, story.treaty, actor, year, "asserted", sent, sent, ""))
    entities = [Mention("treaty", story.treaty, 0, 0, ""), Mention("state", story.actor, 0, 0, "")]
    entities += [Mention("person", p, 0, 0, "") for p in story.people if rng.random() < 0.8]
    dates = [DateMention(0, 0, "", story.day.isoformat(), "day")] if rng.random() < 0.8 else []
    u = Understanding(aid, lang, pub, "metadata" if pub else "unknown", tuple(entities), tuple(dates), (),
                      tuple(events))
    if copy_of is not None:          # a near copy: the same words, a few changed
        words = list(story.words)
        for _ in range(4):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        text = " ".join(words) + f" {story.number}"
    else:
        text = " ".join(rng.choice(WORDS) for _ in range(60)) + f" {story.number}"
    return Record(aid, text, lang, pub, title=f"story {story.key}", understanding=u)


def feed(n: int, seed: int) -> Iterator[tuple[int, Record]]:
    """(story key, record), roughly in publication order."""
    rng = random.Random(seed)
    items: list[tuple[date, int, Record]] = []
    key = 0
    while len(items) < n:
        st = _story(key, rng)
        size = min(8, 1 + int(rng.expovariate(0.6)))
        first = None
        for i in range(size):
            copy = first if (first is not None and rng.random() < 0.2) else None
            rec = _article(st, i, rng, copy)
            first = first or rec.article_id
            items.append((st.day + timedelta(days=rng.randrange(3)), key, rec))
        key += 1
    items = items[:n]
    items.sort(key=lambda t: (t[0], t[2].article_id))
    for _, k, rec in items:
        yield k, rec


def bcubed(gold: dict[str, int], pred: dict[str, str]) -> float:
    from collections import Counter

    pairs = Counter((gold[a], pred[a]) for a in gold)
    gsize, psize = Counter(gold.values()), Counter(pred.values())
    p = sum(c * c / psize[ps] for (_, ps), c in pairs.items()) / len(gold)
    r = sum(c * c / gsize[gs] for (gs, _), c in pairs.items()) / len(gold)
    return 2 * p * r / (p + r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--window", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    items = list(feed(args.n, args.seed))
    print(f"generated {len(items):,} articles in {time.perf_counter() - t0:.1f} s")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    index = MemoryIndex()
    linker = Linker(index)
    gold: dict[str, int] = {}
    done = []
    window_t = window_prep = 0.0
    examined = 0
    total_add = total_prep = 0.0
    # add/prepare: the time to file an article over the time to fingerprint it, a fixed amount of
    # work; the ratio stays put when the machine is busy, so it shows whether filing slows down.
    print(f"{'articles':>10} {'ms/article':>11} {'(prepare':>9} {'+ add)':>7} {'add/prepare':>12} "
          f"{'examined':>9} {'stories':>9}")
    for i, (key, rec) in enumerate(items, 1):
        t = time.perf_counter()
        fp, sk = prepare(rec)
        t1 = time.perf_counter()
        a = linker.add(fp, sk)
        t2 = time.perf_counter()
        window_prep += t1 - t
        window_t += t2 - t1
        examined += a.examined
        gold[rec.article_id] = key
        done.append(a)
        if i % args.window == 0 or i == len(items):
            k = args.window if i % args.window == 0 else i % args.window
            print(f"{i:>10,} {(window_prep + window_t) / k * 1000:>11.3f} {window_prep / k * 1000:>9.3f} "
                  f"{window_t / k * 1000:>7.3f} {window_t / window_prep:>12.2f} {examined / k:>9.1f} "
                  f"{index.story_count():>9,}")
            total_add += window_t
            total_prep += window_prep
            window_t = window_prep = 0.0
            examined = 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(items)
    print(f"throughput: {n / (total_add + total_prep):,.0f} articles/s "
          f"(prepare {n / total_prep:,.0f}/s, add {n / total_add:,.0f}/s)")
    print(f"peak memory: {rss:,.0f} MB (of which the generated input {rss0:,.0f} MB)")
    print(f"stories found: {index.story_count():,} for {len(set(gold.values())):,} generated; "
          f"BCubed F1 {bcubed(gold, story_of(done)):.3f}")


if __name__ == "__main__":
    main()
