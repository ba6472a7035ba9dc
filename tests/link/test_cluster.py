"""Stories across languages: translations, unrelated pairs, the time window, recluster == online, cost."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from link_facts import BY_ID, CORPUS, SEEDS, Facts, record

from treatywatch.link import (
    Fingerprint,
    Linker,
    MemoryIndex,
    Settings,
    StoryState,
    fingerprint,
    prepare,
    recluster,
    stories_of,
    story_of,
)

NS, INF, CTBT, CFE = "new-start", "inf", "ctbt", "cfe"


def _variant(base: Facts, **change: object) -> Facts:
    return Facts(**{**base.__dict__, **change})


def _cluster(facts: list[Facts]) -> dict[str, str]:
    return story_of(recluster([prepare(record(f)) for f in facts]))


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> float:
    p = r = 0.0
    for a, story in gold.items():
        same_p = {b for b in gold if pred[b] == pred[a]}
        same_g = {b for b, other in gold.items() if other == story}
        p += len(same_p & same_g) / len(same_p)
        r += len(same_p & same_g) / len(same_g)
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r)


CORPUS_GOLD = {"d01": "ext", "d02": "ext", "d03": "ext", "d04": "os", "d05": "os", "d06": "os",
               "d07": "offer", "d08": "offer", "d09": "offer", "d10": "susp"}


# -- the corpus ------------------------------------------------------------------------------------

def test_corpus_facts_give_the_gold_stories() -> None:
    pred = _cluster(list(CORPUS))
    assert bcubed(CORPUS_GOLD, pred) >= 0.90
    assert pred["d07"] == pred["d08"] == pred["d09"]                  # en, en, de: one story
    assert pred["d06"] == pred["d04"]                                 # undated, its year unknown
    assert pred["d10"] not in {pred["d09"], pred["d01"]}              # the 2023 suspension stands alone


@pytest.mark.parametrize("seed", range(5))
def test_corpus_in_any_order(seed: int) -> None:
    facts = list(CORPUS)
    random.Random(seed).shuffle(facts)
    assert bcubed(CORPUS_GOLD, _cluster(facts)) >= 0.90


def test_corpus_scored_by_the_shared_scorer(shared_dir: Path, tmp_path: Path) -> None:
    """The real corpus texts (numbers, headlines, sketches) with the reader's facts, through score.py."""
    corpus = shared_dir / "corpus"
    items = []
    for f in CORPUS:
        art = json.loads((corpus / "articles" / f"{f.article_id}.json").read_text(encoding="utf-8"))
        rec = record(f, text=art["text"])
        items.append(prepare(rec))
    out = tmp_path / "out"
    out.mkdir()
    rows = [{"article": a, "story": s} for a, s in story_of(recluster(items)).items()]
    (out / "stories.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), str(corpus / "gold"), str(out)],
                         capture_output=True, text=True, check=True)
    summary = run.stdout.strip().splitlines()[-1]
    p = float(summary.split("stories_p=")[1].split()[0])
    f1 = float(summary.split("stories_f1=")[1].split()[0])
    # Only d01-d10 are filed here: the other gold articles count as stories of their own, so recall
    # is low by construction (measured: stories_p=1.00 stories_r=0.42 stories_f1=0.59). The floor is
    # pinned there; the whole corpus through the pipeline is measured by /tmp/tw/score.sh.
    assert p >= 1.0 and f1 >= 0.59, run.stdout


# -- translations ----------------------------------------------------------------------------------

def _links(facts: list[Facts]) -> set[tuple[str, str, str]]:
    return {(x.article_a, x.article_b, x.kind) for a in recluster([prepare(record(f)) for f in facts])
            for x in a.links}


def test_arabic_and_english_sharing_their_facts() -> None:
    """seeds/000 (ar, undated) carries much of seeds/002 (en, 9 July 2024): one story, linked."""
    pred = _cluster([BY_ID["000"], BY_ID["002"]])
    assert pred["000"] == pred["002"]
    assert ("000", "002", "translation") in _links([BY_ID["000"], BY_ID["002"]])


def test_vietnamese_and_its_english_adaptation() -> None:
    vi = BY_ID["003"]
    # An English adaptation of 003: the same facts, dated, shortened (one event dropped), its own digits.
    en = _variant(vi, article_id="003-en", language="en", published="2023-08-10",
                  headline="Ryabkov says arms talks cannot return to what they were",
                  events=vi.events[1:], digits="RS-12M 2026 February 2022")
    assert len(set(_cluster([vi, en]).values())) == 1
    assert ("003", "003-en", "translation") in _links([vi, en])


def test_languages_do_not_matter_only_facts() -> None:
    """The same corpus, every article's language changed: the same stories."""
    langs = ["ar", "vi", "zh", "fa", "fr", "ru", "en", "de", "tr", "es"]
    moved = [_variant(f, language=langs[i]) for i, f in enumerate(CORPUS)]
    assert bcubed(CORPUS_GOLD, _cluster(moved)) >= 0.90


# -- unrelated pairs: same treaty, other events or years ------------------------------------------

EXT_2021 = BY_ID["d01"]
SUSP_2023_DE = Facts("susp-de", "de", "2023-02-21", "Putin setzt New Start aus", (NS,), ("russia", "usa"),
                     ("putin",), (), ("2023-02-21", "2026"),
                     (("suspend", NS, "russia", "2023-02-21", "asserted", True),
                      ("expire", NS, None, "2026", "scheduled", False)), "21 2023 2026")
SUSP_AR_UNDATED = _variant(SUSP_2023_DE, article_id="susp-ar", language="ar", published=None,
                           digits="21 2023 2026")
INF_WITHDRAW_RU = Facts("inf-ru", "ru", None, "США вышли из ДРСМД", (INF,), ("usa", "russia"), ("trump",), (),
                        ("2019-08-02", "1987"),
                        (("withdraw", INF, "usa", "2019-08-02", "asserted", True),
                         ("sign", INF, "ussr", "1987", "asserted", False)), "2 2019 1987")
INF_PRODUCE_VI = Facts("inf-vi", "vi", None, "Nga sẽ sản xuất tên lửa tầm trung", (INF,), ("russia", "usa"),
                       ("putin",), (), ("1987", "2019"),
                       (("produce", INF, "russia", None, "scheduled", True),
                        ("withdraw", INF, "usa", "2019", "asserted", False)), "1987 2019")
CTBT_EN = Facts("ctbt-en", "en", "2023-11-02", "Putin signs law revoking CTBT ratification", (CTBT,),
                ("russia", "usa"), ("putin",), (), ("2023-11-02", "1996", "2000"),
                (("deratify", CTBT, "russia", "2023-11-02", "asserted", True),
                 ("sign", CTBT, "russia", "1996", "asserted", False)), "2 2023 1996 2000")
CFE_FR = Facts("cfe-fr", "fr", "2023-11-07", "La Russie se retire du traité FCE", (CFE,), ("russia",),
               ("putin",), ("nato",), ("2023-11-07", "1990"),
               (("withdraw", CFE, "russia", "2023-11-07", "asserted", True),
                ("sign", CFE, "ussr", "1990", "asserted", False)), "7 2023 1990")


@pytest.mark.parametrize("pair", [
    (EXT_2021, SUSP_2023_DE),        # en / de: New START extended 2021, suspended 2023
    (EXT_2021, SUSP_AR_UNDATED),     # en / ar: the Arabic one undated, its facts after the story
    (INF_WITHDRAW_RU, INF_PRODUCE_VI),   # ru / vi, both undated: INF withdrawal 2019, production later
    (CTBT_EN, CFE_FR),               # en / fr, the same week: two treaties, two events
    (BY_ID["d04"], _variant(BY_ID["d04"], article_id="os-ru-2020-05", published="2020-05-22",
                            events=(("withdraw", "open-skies", "usa", "2020-05-22", "scheduled", True),),
                            dates=("2020-05-22",), digits="22 6")),   # ru / ru: the notice and the exit
    (BY_ID["001"], BY_ID["d01"]),    # en / en: "agreed to extend" (26 Jan 2021), "extended" (3 Feb)
], ids=lambda p: f"{p[0].article_id}-{p[1].article_id}")
def test_unrelated_pairs_stay_apart(pair: tuple[Facts, Facts]) -> None:
    for order in (pair, pair[::-1]):
        pred = _cluster(list(order))
        assert pred[pair[0].article_id] != pred[pair[1].article_id]


# -- time ------------------------------------------------------------------------------------------

def test_a_2019_story_does_not_swallow_a_2024_one() -> None:
    old = _variant(BY_ID["d04"], article_id="os-2019", published="2019-11-22")
    new = _variant(BY_ID["d04"], article_id="os-2024", published="2024-11-22")
    pred = _cluster([old, new])
    assert pred["os-2019"] != pred["os-2024"]


def test_window_and_span() -> None:
    base = BY_ID["d04"]
    days = ["2020-11-22", "2020-11-26", "2020-11-30", "2020-12-05", "2020-12-10", "2020-12-16"]
    facts = [_variant(base, article_id=f"os-{d}", published=d) for d in days]
    pred = _cluster(facts)
    # Each is within the window of the last, but one story runs at most max_span_days (21).
    assert pred["os-2020-11-22"] == pred["os-2020-12-10"] != pred["os-2020-12-16"]


def test_an_article_with_no_date_joins_by_its_facts() -> None:
    undated = _variant(BY_ID["d05"], article_id="os-undated", published=None, dates=(), digits="",
                       events=(("withdraw", "open-skies", "usa", None, "asserted", True),))
    pred = _cluster([BY_ID["d04"], undated])
    assert pred["os-undated"] == pred["d04"]


def test_an_undated_article_reporting_later_facts_needs_more() -> None:
    """Its latest asserted event (2023-02-21) is after the 2021 story: a penalty, not a veto."""
    later = _variant(EXT_2021, article_id="ext-later", published=None,
                     events=EXT_2021.events + (("suspend", NS, "russia", "2023-02-21", "asserted", False),))
    same = _variant(later, events=EXT_2021.events)
    linker = Linker()
    story_id = linker.add(fingerprint(record(EXT_2021))).story_id
    story = linker.index.stories([story_id])[story_id]
    late, ok = linker.score(fingerprint(record(later)), story), linker.score(fingerprint(record(same)), story)
    assert late is not None and ok is not None
    assert late < ok - linker.settings.late_facts + 0.05
    assert fingerprint(record(later)).floor == "2023-02-21"


def test_an_article_that_fits_two_stories_by_its_news_merges_them() -> None:
    """d07 (undated) and d09 (dated, no news of its own) started two stories; d08 tells d07's news on
    d09's day: one story, under the older id."""
    short_d07 = _variant(BY_ID["d07"], events=BY_ID["d07"].events[:1], dates=(None,), digits="")
    done = recluster([prepare(record(f)) for f in (short_d07, BY_ID["d09"], BY_ID["d08"])])
    assert done[1].created and done[2].merged == (done[1].story_id,)
    assert set(story_of(done).values()) == {done[0].story_id}


def test_background_alone_merges_nothing() -> None:
    """d09 tells no news of its own: fitting 003's story and the d07-d08 one proves nothing."""
    pred = _cluster([BY_ID["003"], BY_ID["d07"], BY_ID["d08"], BY_ID["d09"]])
    assert pred["d09"] == pred["d08"] != pred["003"]


# -- online == batch, determinism -------------------------------------------------------------------

def test_recluster_equals_online_in_the_same_order() -> None:
    facts = list(CORPUS + SEEDS)
    random.Random(3).shuffle(facts)
    online = Linker(MemoryIndex())
    seen = []
    for f in facts:                     # online: one at a time, reading the index in between
        fp, sk = prepare(record(f))
        seen.append(online.add(fp, sk))
        assert online.index.story_count() >= 1
    batch = recluster([prepare(record(f)) for f in facts])
    assert [(a.article_id, a.story_id, a.links) for a in seen] == \
           [(a.article_id, a.story_id, a.links) for a in batch]
    assert stories_of(seen) == stories_of(batch)


def test_adding_twice_changes_nothing() -> None:
    linker = Linker()
    items = [prepare(record(f)) for f in CORPUS]
    first = [linker.add(fp, sk) for fp, sk in items]
    again = [linker.add(fp, sk) for fp, sk in items]
    assert [a.story_id for a in first] == [a.story_id for a in again]
    assert linker.index.member_count() == len(CORPUS)


def test_titles_prefer_the_chosen_language() -> None:
    index = MemoryIndex()
    recluster([prepare(record(f)) for f in CORPUS], index=index)
    stories = {s.title_article: s for s in index.all_stories()}
    offer = next(s for s in index.all_stories() if "d09" in index.story_members(s.story_id))
    assert offer.language == "en" and offer.title_article in {"d07", "d08"}
    de_first = MemoryIndex()
    recluster([prepare(record(f)) for f in CORPUS], Settings(title_languages=("de",)), index=de_first)
    offer = next(s for s in de_first.all_stories() if "d09" in de_first.story_members(s.story_id))
    assert offer.title_article == "d09" and offer.language == "de"
    assert stories  # every story has a title
    assert all(s.title for s in index.all_stories())


# -- cost -------------------------------------------------------------------------------------------

def _synthetic(i: int, rng: random.Random) -> Fingerprint:
    """An article of its own story: a news event no other has, on one of a few treaties, on a day
    within ten years."""
    from datetime import date, timedelta

    day = (date(2015, 1, 1) + timedelta(days=rng.randrange(3650))).isoformat()
    treaty = rng.choice([NS, INF, CTBT, CFE, "npt", "open-skies"])
    facts = Facts(f"a{i}", rng.choice(["en", "ru", "ar"]), day, f"story {i}", (treaty,),
                  ("russia", "usa"), (rng.choice(["putin", "biden", "trump", "lavrov"]),), (), (day,),
                  ((rng.choice(["sign", "ratify", "suspend", "withdraw", "deploy", "test"]), treaty,
                    f"actor{i}", day, "asserted", True),), str(1000 + i))
    return fingerprint(record(facts))


def test_adding_to_ten_thousand_stories_examines_only_candidates() -> None:
    rng = random.Random(11)
    linker = Linker()
    for i in range(10_000):
        linker.add(_synthetic(i, rng))
    assert linker.index.story_count() > 5_000        # same treaty, week and event type: one story
    examined = []
    for i in range(10_000, 10_050):
        a = linker.add(_synthetic(i, rng))
        examined.append(a.examined)
    assert max(examined) <= linker.settings.max_candidates
    # a week of stories on one treaty is what an article is compared with, not the 10,000
    assert sum(examined) / len(examined) < 40, examined


def test_a_signal_adds_to_the_score() -> None:
    """The seam for an optional model (a multilingual embedding): a callable per candidate story."""
    first, then = fingerprint(record(BY_ID["002"])), fingerprint(record(BY_ID["003"]))
    plain = Linker()
    plain.add(first)
    alone = plain.add(then)
    assert alone.created and alone.examined == 1          # a candidate, too far from it
    told: list[str] = []

    def same_story(article: Fingerprint, story: StoryState) -> float:
        told.append(article.article_id)
        return 1.0

    helped = Linker(settings=Settings(signals=(same_story,)))
    helped.add(first)
    assert not helped.add(then).created and told == ["003"]


# -- days of the year, bare years -------------------------------------------------------------------

def test_an_undated_article_s_bare_years_are_background() -> None:
    """"signed in 2010" in the lead of an undated article is not its news."""
    f = _variant(BY_ID["d10"], article_id="bare", events=(("sign", NS, "usa", "2010", "asserted", True),
                                                          ("suspend", NS, "russia", None, "asserted", True)))
    keys = fingerprint(record(f)).features
    assert "bg:sign|new-start|usa" in keys and "ev:sign|new-start|usa" not in keys
    assert "ev:suspend|new-start|russia" in keys


def test_the_same_news_on_another_day_of_the_year_is_another_story() -> None:
    """An undated offer "on 5 December" is not the offer of 22 September, whatever its year."""
    dec = _variant(BY_ID["d08"], article_id="offer-dec", published=None, dates=("XXXX-12-05",),
                   events=(("propose_talks", NS, "russia", "XXXX-12-05", "asserted", True),))
    sep = _variant(dec, article_id="offer-sep", events=(("propose_talks", NS, "russia", "XXXX-09-22",
                                                         "asserted", True),), dates=("XXXX-09-22",))
    for order in ([BY_ID["d08"], dec], [dec, BY_ID["d08"]]):
        pred = _cluster(order)
        assert pred["offer-dec"] != pred["d08"]
    assert len(set(_cluster([BY_ID["d08"], sep]).values())) == 1
