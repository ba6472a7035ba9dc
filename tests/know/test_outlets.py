"""An article's outlet from its address: the known outlets of data/outlets.yaml (name, country) by the
longest listed domain the host ends with, any other by its domain."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.errors import DataError
from treatywatch.know.outlets import FILE, _table, country_name, host_of, outlet_of, outlet_record
from treatywatch.lexicon.load import DATA_DIR


def test_hosts_lose_www_m_and_amp_and_keep_the_rest() -> None:
    assert host_of("https://www.Reuters.com/world/x?id=1") == "reuters.com"
    assert host_of("http://m.example.co.uk:8080/a") == "example.co.uk"
    assert host_of("https://amp.www.news.example.org/a") == "news.example.org"
    assert host_of("https://www.example/") == "www.example"        # never down to one label
    for nothing in (None, "", "javascript:alert(1)", "file:///etc/passwd", "/work/a.json", "http://"):
        assert host_of(nothing) is None


def test_a_known_outlet_is_found_under_any_of_its_subdomains() -> None:
    wire = outlet_of("https://www.reuters.com/world/europe/some-story-2024-05-06/")
    assert wire is not None and (wire.name, wire.country, wire.domain, wire.known) == (
        "Reuters", "GB", "reuters.com", True)
    edition = outlet_of("https://de.sputniknews.com/politik/x.html")
    assert edition is not None and edition.name == "Sputnik" and edition.domain == "sputniknews.com"
    assert outlet_of("https://abcnews.go.com/Politics/x") == outlet_of("https://abcnews.go.com/")
    assert (outlet_of("https://go.com/") or wire).known is False     # abcnews.go.com is not go.com


def test_an_unknown_outlet_is_named_by_its_domain() -> None:
    other = outlet_record("https://www.small-town-herald.example/news/1")
    assert other == {"name": "small-town-herald.example", "domain": "small-town-herald.example",
                     "country": None, "country_name": None, "known": False}
    assert outlet_record("not a url") is None


def test_the_table_is_well_formed() -> None:
    table = _table(DATA_DIR / FILE)
    assert len(table) > 100
    assert all(d == d.lower() and "." in d and not d.startswith("www.") for d in table)
    assert all(c is None or (len(c) == 2 and c.isupper()) for _, c in table.values())
    assert table["nrk.no"] == ("NRK", "NO")                       # a bare NO would be YAML's false
    assert country_name("RU") == "Russia" and country_name("US") == "United States"


def test_a_faulty_table_is_said(tmp_path: Path) -> None:
    bad = tmp_path / "outlets.yaml"
    bad.write_text("outlets:\n  nrk.no: {name: NRK, country: NO}\n", "utf-8")
    with pytest.raises(DataError, match="nrk.no: country False is not an ISO 3166-1 alpha-2 code"):
        _table(bad)
    bad.write_text("outlets: [reuters.com]\n", "utf-8")
    with pytest.raises(DataError, match="no `outlets:` mapping"):
        _table(bad)
