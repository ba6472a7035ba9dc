"""The shell: filing stored articles one by one gives the stories re-clustering gives, on both databases."""

from __future__ import annotations

import random

import pytest
from link_facts import BY_ID, CORPUS, SEEDS, Facts, online, record, stored

from treatywatch.errors import NotFoundError
from treatywatch.link import fingerprint, prepare, recluster, story_of
from treatywatch.link import store as link_store
from treatywatch.link.storeindex import _as_stored, _dump, _load
from treatywatch.models import Article
from treatywatch.store import Store
from treatywatch.text.normalise import content_hash

# d08 merges the stories d07 (shortened) and d09 started: the store must merge as memory does
SHORT_D07 = Facts(**{**BY_ID["d07"].__dict__, "events": BY_ID["d07"].events[:1], "dates": (None,), "digits": ""})
ORDERS = {
    "shuffled": random.Random(5).sample(CORPUS + SEEDS, len(CORPUS + SEEDS)),
    "merging": [SHORT_D07, BY_ID["d09"], BY_ID["d10"], BY_ID["d08"], *SEEDS, *CORPUS[:6]],
}


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_online_into_the_store_equals_recluster_in_memory(store: Store, order: str) -> None:
    facts = ORDERS[order]
    filed = online(store, facts)
    in_memory = story_of(recluster([prepare(record(f)) for f in facts]))
    assert filed == in_memory
    if order == "merging":
        assert filed["d07"] == filed["d08"] == filed["d09"]
    # and re-clustering in the store gives them again
    assert link_store.recluster(store) == len(set(filed.values()))
    assert link_store.story_of_articles(store) == filed


def test_assigning_again_changes_nothing(store: Store) -> None:
    pks = [stored(store, f) for f in CORPUS]
    first = [link_store.assign(store, pk).story_id for pk in pks]
    before = store.counts()
    assert [link_store.assign(store, pk).story_id for pk in pks] == first
    assert store.counts() == before


def test_listing_and_showing(store: Store) -> None:
    online(store, list(SEEDS) + list(CORPUS))
    stories = link_store.list_stories(store)
    assert len(stories) == 7
    assert [v.last_date for v in stories if v.last_date] == sorted(
        [v.last_date for v in stories if v.last_date], reverse=True)
    offer = next(v for v in stories if "d09" in {a.article_id for a in v.articles})
    assert offer.languages == ["de", "en"] and offer.language == "en"
    assert offer.first_date == offer.last_date == "2025-09-22"
    assert {v.story_id for v in link_store.list_stories(store, since="2024-01-01")} == \
        {offer.story_id, next(v.story_id for v in stories if "002" in {a.article_id for a in v.articles})}
    assert all("ar" in v.languages for v in link_store.list_stories(store, lang="ar"))
    seeds = link_store.get_story(store, "002")               # by one of its articles
    assert ("000", "002", "translation") in {(x.article_a, x.article_b, x.kind) for x in seeds.links}
    assert link_store.get_story(store, seeds.story_id) == seeds
    with pytest.raises(NotFoundError):
        link_store.get_story(store, "nope")


def test_an_exact_duplicate_in_the_store(store: Store) -> None:
    text = ("Talks on strategic stability resumed in Geneva on Tuesday after a pause of almost two years, "
            "the foreign ministries of both countries said in a joint statement.")
    pks = []
    for i, t in enumerate((text, text.upper())):
        art = Article(f"copy{i}", "x", t, t, content_hash(t), language="en", published="2024-05-14")
        pks.append(store.add_article(art).pk)
    a, b = (link_store.assign(store, pk) for pk in pks)
    assert a.story_id == b.story_id and [x.kind for x in b.links] == ["duplicate"]


def _story_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import select

    from treatywatch.store import schema as s

    with store.engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(*[c for c in t.c if c.name not in
                                                                         ("created", "pk")])))
                for t in s.STORY_TABLES}


def test_one_batch_writes_what_one_transaction_per_article_writes(store: Store, tmp_path: object) -> None:
    # Inside a batch the index keeps what it read and holds its writes back until the commit; each
    # article in its own transaction writes at once. The tables must end the same (merges included).
    from treatywatch.store import open_store

    facts = ORDERS["merging"]
    online(store, facts)
    with open_store(f"sqlite:///{tmp_path}/each.db") as each:
        for f in facts:
            link_store.assign(each, stored(each, f))
        assert _story_rows(each) == _story_rows(store)


def test_a_batch_that_fails_leaves_no_story_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.batch():
        for f in CORPUS[:4]:
            link_store.assign(store, stored(store, f))
        raise RuntimeError("stop")
    assert all(not rows for rows in _story_rows(store).values())
    # and the next batch files them as if nothing had happened
    assert online(store, list(CORPUS[:4])) == online_in_memory(list(CORPUS[:4]))


def online_in_memory(facts: list[Facts]) -> dict[str, str]:
    filed: dict[str, str] = story_of(recluster([prepare(record(f)) for f in facts]))
    return filed


def test_what_a_batch_read_is_read_again_after_another_writer(store: Store, db_url: str, tmp_path: object) -> None:
    """A store keeps its linker's reads from one batch to the next (Store.batch: the store's write
    count says nobody else wrote between); once another writer has filed articles in between, the
    next batch reads the tables again. The tables must end as when one writer files them all."""
    from treatywatch.store import open_store

    facts = ORDERS["merging"]
    first, middle, last = facts[:5], facts[5:9], facts[9:]

    def each_alone(s: Store, part: list[Facts]) -> None:
        for f in part:
            with s.batch():
                link_store.assign(s, stored(s, f))

    each_alone(store, first)
    with store.batch():   # nobody wrote since: the same index goes on
        index = store.kept("link.index", lambda _c: None)  # type: ignore[arg-type, return-value]
        assert index is not None and index._members   # what the batches before read is still known
    with open_store(db_url) as other:
        each_alone(other, middle)
    each_alone(store, last)
    with open_store(f"sqlite:///{tmp_path}/one.db") as one:
        each_alone(one, facts)
        assert _story_rows(one) == _story_rows(store)


def test_a_member_kept_in_memory_is_the_one_read_back() -> None:
    # StoreIndex keeps a new member's fingerprint as it reads it back from its JSON, without the JSON
    for f in CORPUS + SEEDS:
        fp = fingerprint(record(f))
        kept, read = _as_stored(fp), _load(fp.article_id, _dump(fp))
        assert kept == read and list(kept.features.items()) == list(read.features.items())
        assert kept.norm2 == read.norm2
