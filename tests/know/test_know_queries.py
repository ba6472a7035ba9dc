"""The query layer over a real store (SQLite, and PostgreSQL when TREATYWATCH_TEST_PG_URL is set)."""

from pathlib import Path

from know_helpers import store_gold

from treatywatch.know import queries, refresh
from treatywatch.know.quotes import quotes
from treatywatch.store import Store


def _keys(t):  # type: ignore[no-untyped-def]
    return [(f.date, f.event, f.treaty, f.actor) for f in t]


def test_seed_record_from_the_store(store: Store, shared_dir: Path) -> None:
    store_gold(store, shared_dir / "seeds" / "gold")
    done = refresh.refresh_facts(store)
    assert done.facts > 10 and done.conflicts >= 1
    t = queries.timeline(store, treaty="new-start")
    keys = _keys(t.dated)
    assert ("2010", "sign", "new-start", "russia") in keys and ("2021-01-26", "extend", "new-start", "usa") in keys
    [susp] = [f for f in t.dated if (f.date, f.event) == ("2023-02-21", "suspend")]
    assert susp.languages == ("ar", "en") and susp.sources == 2
    assert not [k for k in _keys(t) if k[1:] == ("withdraw", "new-start", "russia")]

    rows = queries.status(store, "new-start", "2023-03-01")
    [russia] = [r for r in rows if r.party == "russia" and r.basis == "news"]
    assert russia.state == "suspended" and russia.dates == ("2023-02-21", "2023-02-28")
    assert {c.article[:3] for s in russia.since for c in s.fact.claims} == {"000", "002"}  # type: ignore[union-attr]

    full = queries.fact(store, susp.id)
    assert full is not None and {c.language for c in full.claims} == {"ar", "en"}
    assert any(c.evidence.startswith("في 21 فبراير 2023") for c in full.claims)

    found = queries.conflicts(store)
    assert any(c.kind == "date" and c.left.event == "suspend" and c.severity == "low" for c in found)


def test_filters_quotes_and_incremental_refresh(store: Store, shared_dir: Path) -> None:
    store_gold(store, shared_dir / "seeds" / "gold")
    store_gold(store, shared_dir / "corpus" / "gold")
    refresh.refresh_facts(store)
    before = {f.id: f.sources for f in queries.timeline(store, factual=None, limit=None)}
    usa = queries.timeline(store, actor="usa", since="2019-06-01", until="2020")
    assert ("2020-11-22", "withdraw", "open-skies", "usa") in _keys(usa)
    assert all(f.actor == "usa" and (f.date or "")[:4] in ("2019", "2020") for f in usa)
    assert all("ru" in f.languages for f in queries.timeline(store, language="ru"))
    assert _keys(queries.timeline(store, story=["d04"])) == [("2020-11-22", "withdraw", "open-skies", "usa")]
    assert {q.speaker for q in quotes(store, speaker="ryabkov")} == {"ryabkov"}
    recent = [q.published or "" for q in quotes(store, since="2025")]
    assert "2025-09-22" in recent and all(p >= "2025" for p in recent)
    again = refresh.refresh_facts(store, ["d04", "000_59cb7621670ff070"])
    assert 0 < again.facts < len(before)
    assert {f.id: f.sources for f in queries.timeline(store, factual=None, limit=None)} == before
