"""One partial-date type, one parser (treatywatch.dates): understand, link and know read ``YYYY``,
``YYYY-MM``, ``XXXX-MM-DD``... the same way, and no other module parses them with a regex of its own."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from treatywatch import dates
from treatywatch.know import dates as record_dates
from treatywatch.link.fingerprint import date_features
from treatywatch.understand.datecalc import resolve_year
from treatywatch.understand.statements import _refines

SRC = Path(__file__).resolve().parents[1] / "src" / "treatywatch"


def test_no_other_module_parses_partial_dates() -> None:
    pattern = re.compile(r"re\.compile\([^)]*XXXX")
    found = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
             if p.name != "dates.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert found == []
    assert record_dates.PartialDate is dates.PartialDate and record_dates.parse is dates.parse


@pytest.mark.parametrize(("value", "parsed"), [
    ("2023", dates.PartialDate(2023)), ("2023-02", dates.PartialDate(2023, 2)),
    ("XXXX-11-22", dates.PartialDate(None, 11, 22)), ("XXXX", None), ("2023-13", None), ("2023-02-30", None),
    ("XXXX-02-29", dates.PartialDate(None, 2, 29)), ("", None), (None, None),
])
def test_one_parser(value: str | None, parsed: dates.PartialDate | None) -> None:
    assert dates.parse(value) == parsed
    if parsed is not None:
        assert str(parsed) == value


def test_understand_link_and_know_agree_on_what_a_date_says() -> None:
    # understand: a missing year filled from the publication date; what does not parse is left as it is
    assert resolve_year("XXXX-02-05", "2021-01-27") == "2021-02-05"
    assert resolve_year("XXXX-12-28", "2021-01-27") == "2020-12-28"
    assert resolve_year("XXXX-02-29", "2023-02-01") == "2020-02-29"
    assert resolve_year("XXXX-13", "2021-01-27") == "XXXX-13"
    assert _refines("2023-02-21", "XXXX-02") and not _refines("XXXX-02-21", "2023-02")
    # link: the features of what parses, nothing of what does not
    assert date_features("XXXX-11-22") == {"md:11-22": 0.5}
    assert set(date_features("2019-08-02")) == {"d:2019-08-02", "d:2019-08", "y:2019", "md:08-02"}
    assert date_features("2023-13") == {}
    # know
    assert dates.first_day("2019") == date(2019, 1, 1) and dates.first_day("XXXX-07") is None
    assert dates.day_of("2024-07-09T06:04:00Z") == date(2024, 7, 9) and dates.day_of("2024-07") is None
