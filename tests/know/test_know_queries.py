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


def test_the_stored_status_reads_extensions_that_avert_an_expiry(store: Store, tmp_path: Path) -> None:
    """The status read from the store weighs extensions too: an expiry two sources date two days after an
    extension did not happen (the extension is no state of its own, but it averts that expiry)."""
    import json

    rows = [("a", "sign", "russia", "2010-04-08", "Russia signed New START on 8 April 2010."),
            ("a", "enter_into_force", None, "2011-02-05", "New START entered into force on 5 February 2011."),
            ("b", "extend", "russia", "2021-02-03", "Russia extended New START on 3 February 2021."),
            ("c", "expire", None, "2021-02-05", "New START expired on 5 February 2021."),
            ("d", "expire", None, "2021-02-05", "The treaty expired on 5 February 2021.")]
    (tmp_path / "documents.jsonl").write_text("".join(
        json.dumps({"article": a, "language": "en", "published": "2021-02-10"}) + "\n" for a in "abcd"), "utf-8")
    (tmp_path / "events.jsonl").write_text("".join(
        json.dumps({"article": a, "event": e, "treaty": "new-start", "actor": actor, "date": d,
                    "modality": "asserted", "evidence": text}) + "\n" for a, e, actor, d, text in rows), "utf-8")
    store_gold(store, tmp_path)
    refresh.refresh_facts(store)
    [russia] = [r for r in queries.status(store, "new-start", "2022-01-01", with_reference=False)
                if r.party == "russia"]
    assert russia.state == "in_force" and russia.dates == ("2011-02-05",)
