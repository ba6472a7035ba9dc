from treatywatch.know import dates


def test_parse_and_precision() -> None:
    assert str(dates.parse("2023-02-21")) == "2023-02-21"
    assert dates.precision("2023") == "year"
    assert dates.precision("XXXX-07") == "month"
    assert dates.parse("XXXX") is None and dates.parse(None) is None
    assert dates.parse("2023-13") is None and dates.parse("2023-02-30") is None and dates.parse("soon") is None


def test_agree_and_refine() -> None:
    assert dates.agree("2023", "2023-02-21")
    assert not dates.agree("2023-02-21", "2023-02-28")
    assert dates.agree("XXXX-07", "2024-07-02") and not dates.agree("XXXX-07", "2024-08")
    assert dates.refines("2023-02-21", "2023") and not dates.refines("2023", "2023-02-21")


def test_partial_dates_sort_sensibly() -> None:
    values = ["2019-08-02", None, "XXXX-07", "2019", "2018-12-31", "2019-08"]
    ordered = sorted(values, key=dates.sort_key)
    assert ordered == ["2018-12-31", "2019", "2019-08", "2019-08-02", "XXXX-07", None]
    assert [dates.section(v) for v in ("2019", "XXXX-07", None)] == ["dated", "undated-year", "undated"]


def test_ranges() -> None:
    assert dates.bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert dates.overlaps("2019", "2019-06-01", None)
    assert not dates.overlaps("2018", "2019", None)
    assert not dates.overlaps("XXXX-07", "2019", None) and dates.overlaps("XXXX-07", None, None)
    assert dates.last_day("2023") == "2023-12-31"
