"""Pictures drawn on the server: a treaty's timeline (each party's status as coloured bars over time,
facts as marks) and the dashboard's parties x treaties grid; well-formed SVG, titled for tooltips and
screen readers, escaped, with no script and no inline style."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from treatywatch.web.charts import COLOURS, _year, status_grid, treaty_timeline

SVG = "{http://www.w3.org/2000/svg}"


def svg_of(page: str) -> ET.Element:
    found = re.search(r"<svg class=\"chart\".*?</svg>", page, re.S)
    assert found, "no chart on the page"
    assert "<script" not in found.group(0) and "style=" not in found.group(0)
    return ET.fromstring(found.group(0))


def titles(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}title")]


def described(root: ET.Element) -> None:
    assert root.get("role") == "img"
    ids = (root.get("aria-labelledby") or "").split()
    assert len(ids) == 2 and all(root.find(f".//*[@id='{i}']") is not None for i in ids)


def test_a_treaty_timeline_draws_each_partys_states_and_marks_each_dated_fact(api: Any) -> None:
    data = api.get("/api/treaties/inf").json()
    root = svg_of(api.get("/treaties/inf").text)
    described(root)
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "Russia · news" in labels and "United States · news" in labels
    assert labels.count("reference") == len(data["parties"]) > 1
    tips = titles(root)
    ref = next(p["reference"] for p in data["parties"] if p["party"] == "russia")
    last = ref["history"][-1]
    assert any(t.startswith(f"Russia (reference): {last['state']} from {last['date']} to today")
               for t in tips)
    withdrawn = [r for r in root.iter(f"{SVG}rect") if r.get("fill") == COLOURS["withdrawn"]]
    assert withdrawn and all(float(r.get("width") or 0) > 0 for r in withdrawn)
    marked = {a.get("href") for a in root.iter(f"{SVG}a") if a.find(f"{SVG}circle") is not None}
    assert marked == {f"/facts/{f['id']}" for f in data["facts"] if _year(f["date"])}
    # a later step is drawn to the right of an earlier one
    xs = {t: float(r.get("x") or 0) for r in root.iter(f"{SVG}rect")
          if (t := (r.findtext(f"{SVG}title") or "")).startswith("Russia (reference)")}
    in_time = sorted(xs, key=lambda t: _year(t.split(" from ")[1].split(" ")[0]) or 0)
    assert len(xs) > 1 and [xs[t] for t in in_time] == sorted(xs.values())


def test_the_dashboard_grid_has_a_cell_per_party_and_treaty(api: Any) -> None:
    status = api.get("/api/dashboard").json()["status"]
    root = svg_of(api.get("/").text)
    described(root)
    cells = [a for a in root.iter(f"{SVG}a") if a.find(f"{SVG}g") is not None]
    assert len(cells) == sum(len(t["parties"]) for t in status)
    new_start = next(t for t in status if t["slug"] == "new-start")
    russia = next(p for p in new_start["parties"] if p["party"] == "russia")
    labels = [c.get("aria-label") or "" for c in cells]
    tip = next(label for label in labels if label.startswith("Russia · New START"))
    assert f"news: {russia['news']['state']}" in tip and f"reference: {russia['reference']['state']}" in tip
    assert {c.get("href") for c in cells} == {f"/treaties/{t['slug']}" for t in status if t["parties"]}


def test_text_in_a_picture_is_escaped() -> None:
    hostile = '<script>alert("x")</script>&'
    data = {"slug": "t<1>", "name": hostile, "title": hostile, "facts": [
        {"id": "f1", "date": "2001-05", "event": "sign", "actor": hostile, "modality": "asserted",
         "sources": 1}],
        "parties": [{"party": hostile, "news": {"state": "signed", "history": [
            {"event": "sign", "state": "signed", "date": "2001-05", "via": None, "fact": "f1"}]},
            "reference": None}]}
    for svg in (str(treaty_timeline(data)), str(status_grid([data]))):
        assert "<script>" not in svg and "&lt;script&gt;" in svg
        ET.fromstring(svg)


def test_partial_dates_are_placed_in_their_year() -> None:
    assert _year("2019") == 2019 and _year("2019-07") == 2019.5 and _year(None) is None
    assert _year("2019-08-02") is not None and 2019.58 < (_year("2019-08-02") or 0) < 2019.59
    assert _year("undated") is None
