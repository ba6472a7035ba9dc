from treatywatch.know.facts import Claim, merge
from treatywatch.know.timeline import TimelineQuery, timeline


def _keys(facts):  # type: ignore[no-untyped-def]
    return [(f.date, f.event, f.treaty, f.actor) for f in facts]


def test_seed_timeline_has_the_story(seed_claims: list[Claim]) -> None:
    t = timeline(merge(seed_claims))
    keys = _keys(t.dated)
    for expected in [("2010", "sign", "new-start", "russia"), ("2021-01-26", "extend", "new-start", "russia"),
                     ("2023-02-21", "suspend", "new-start", "russia"),
                     ("2023-02-28", "suspend", "new-start", "russia"), ("1987", "sign", "inf", "ussr"),
                     ("2019", "withdraw", "inf", "usa"), ("2023-10-18", "deratify", "ctbt", "russia")]:
        assert expected in keys
    assert not [k for k in _keys(t) if k[1:] == ("withdraw", "new-start", "russia")]
    assert [f.date for f in t.undated_year] == ["XXXX-07"]
    assert all(f.date is None for f in t.undated)
    assert [f.date for f in t.dated] == sorted((f.date for f in t.dated), key=lambda d: (d[:4], d))


def test_filters(seed_claims: list[Claim], corpus_claims: list[Claim]) -> None:
    facts = merge(seed_claims + corpus_claims)
    inf = timeline(facts, TimelineQuery(treaty="inf"))
    assert {f.treaty for f in inf} == {"inf"}
    usa = timeline(facts, TimelineQuery(actor="usa", since="2019-06-01", until="2020"))
    assert ("2020-11-22", "withdraw", "open-skies", "usa") in _keys(usa)
    assert all(f.actor == "usa" and (f.date or "")[:4] in ("2019", "2020") for f in usa)
    assert not usa.undated and not usa.undated_year
    ar = timeline(facts, TimelineQuery(language="ar"))
    assert ar and all("ar" in f.languages for f in ar)
    story = timeline(facts, TimelineQuery(articles={"d04", "d05"}))
    assert _keys(story) == [("2020-11-22", "withdraw", "open-skies", "usa")]
    everything = timeline(facts, TimelineQuery(factual=None))
    assert len(everything) > len(timeline(facts)) and any(not f.factual for f in everything)
