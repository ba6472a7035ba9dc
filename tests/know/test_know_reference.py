"""The reference table against its schema, and the facts the brief names checked one by one."""

from typing import Any

import pytest
import yaml

from treatywatch.errors import DataError, TreatywatchError
from treatywatch.know.reference import Reference, ReferenceTableError, parse_reference
from treatywatch.lexicon import load_lexicon

TREATIES = tuple(t.slug for t in load_lexicon().treaties)


def _event(ref: Reference, treaty: str, event: str, actor: str | None) -> Any:
    [e] = ref.find(event, treaty, actor)
    return e


def test_every_treaty_has_rows_with_sources(reference: Reference) -> None:
    assert set(reference.treaties) == set(TREATIES)
    for t in reference.treaties.values():
        for e in t.events:
            assert e.source.url.startswith(("http://", "https://")) and len(e.source.citation) > 20


@pytest.mark.parametrize(("treaty", "event", "actor", "date", "also"), [
    ("new-start", "sign", "russia", "2010-04-08", ()),
    ("new-start", "enter_into_force", None, "2011-02-05", ()),
    ("new-start", "extend", "usa", "2021-02-03", ("2021-01-26",)),
    ("new-start", "suspend", "russia", "2023-02-28", ("2023-02-21",)),
    ("new-start", "expire", None, "2026-02-05", ()),
    ("inf", "sign", "ussr", "1987-12-08", ()),
    ("inf", "enter_into_force", None, "1988-06-01", ()),
    ("inf", "withdraw", "usa", "2019-08-02", ("2019-02-01", "2019-02-02")),
    ("inf", "suspend", "russia", "2019-02-02", ("2019-03-04",)),
    ("inf", "withdraw", "russia", "2019-08-02", ()),
    ("ctbt", "sign", "russia", "1996-09-24", ()),
    ("ctbt", "sign", "usa", "1996-09-24", ()),
    ("ctbt", "ratify", "russia", "2000-06-30", ("2000-05-27",)),
    ("ctbt", "deratify", "russia", "2023-11-02", ("2023-10-18", "2023-10-25")),
    ("open-skies", "sign", "usa", "1992-03-24", ()),
    ("open-skies", "enter_into_force", None, "2002-01-01", ()),
    ("open-skies", "withdraw", "usa", "2020-11-22", ("2020-05-21", "2020-05-22")),
    ("open-skies", "withdraw", "russia", "2021-12-18", ("2021-01-15", "2021-06-07")),
    ("abm", "sign", "usa", "1972-05-26", ()),
    ("abm", "withdraw", "usa", "2002-06-13", ("2001-12-13",)),
])
def test_well_known_dates(reference: Reference, treaty: str, event: str, actor: str | None, date: str,
                          also: tuple[str, ...]) -> None:
    e = _event(reference, treaty, event, actor)
    assert (e.date, e.also) == (date, also)


def test_never_rows(reference: Reference) -> None:
    assert reference.never("ratify", "ctbt", "usa") is not None
    assert reference.never("withdraw", "new-start", "russia") is not None
    assert reference.never("sign", "ctbt", "usa") is None


BASE = {"as_of": "2026-02-05", "sources": {"s": {"citation": "a citation long enough", "url": "https://x.org/"}},
        "treaties": {t: {"name": t, "parties": ["usa"], "events": [
            {"event": "sign", "actor": "usa", "date": "2000", "source": "s"}]} for t in TREATIES}}


@pytest.mark.parametrize(("path", "value", "message"), [
    (("treaties", "inf", "events", 0, "date"), "2000-02-30", "treaties.inf.events.0.date"),
    (("treaties", "inf", "events", 0, "date"), "XXXX-07", "known year"),
    (("treaties", "inf", "events", 0, "event"), "deploy", "treaty-status event"),
    (("treaties", "inf", "events", 0, "source"), "nowhere", "unknown source"),
    (("treaties", "inf", "events", 0, "actor"), "china", "not in parties"),
    (("sources", "s", "url"), "javascript:alert(1)", "sources.s.url"),
])
def test_schema_errors_name_the_place(path: tuple[Any, ...], value: str, message: str) -> None:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    node = data
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value
    with pytest.raises(ReferenceTableError, match=message):
        parse_reference(data)


def test_a_treaty_the_lexicon_lacks_is_an_error() -> None:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    data["treaties"]["nowhere-treaty"] = data["treaties"]["inf"]
    with pytest.raises(ReferenceTableError, match="nowhere-treaty") as raised:
        parse_reference(data, treaties=TREATIES)
    assert isinstance(raised.value, DataError) and isinstance(raised.value, TreatywatchError)
    parse_reference(data)   # without the lexicon's slugs, only the file itself is checked


def test_a_treaty_without_reference_rows_is_no_error() -> None:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    del data["treaties"]["inf"]
    assert "inf" not in parse_reference(data, treaties=TREATIES).treaties


def test_every_party_is_a_state_of_the_lexicon(reference: Reference) -> None:
    from importlib import resources
    actors = yaml.safe_load(resources.files("treatywatch").joinpath("data/arms_control/actors.yaml")
                            .read_text("utf-8"))
    states = {s["slug"] for s in actors["states"]}
    parties = {p for t in reference.treaties.values() for p in t.parties}
    parties |= {x for s in reference.successions for x in (s.successor, s.predecessor)}
    assert parties <= states, sorted(parties - states)
