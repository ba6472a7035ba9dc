"""The search page in a real browser (the server and Chromium of test_e2e.py): a name typed in Cyrillic
finds articles in several scripts, right-to-left snippets read right to left, and a facet narrows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_e2e import browser, page, server  # noqa: F401 - the fixtures, shared


def test_search_across_scripts_and_narrow_by_a_facet(page: Any, tmp_path: Path) -> None:  # noqa: F811
    page.goto("/search")
    page.fill("form.filters input[name=q]", "Путин")
    page.click("form.filters button")
    page.wait_for_url("**/search?q=*")
    languages = {x.lower() for x in page.locator("ul.hits > li > span.lang").all_inner_texts()}
    assert len(languages) >= 3, languages
    assert page.locator("ul.hits mark").count() > 0
    rtl = page.locator("p.snippet[dir=rtl]")
    assert rtl.count() > 0 and rtl.first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "Vladimir Putin" in page.locator("p.meta", has_text="Read as").inner_text()
    facet = page.locator("aside.facets section.facet", has_text="Language").locator("a").first
    chosen = facet.inner_text()
    facet.click()
    page.wait_for_url(f"**lang={chosen}*")
    assert {x.lower() for x in page.locator("ul.hits > li > span.lang").all_inner_texts()} == {chosen}
    shot = tmp_path / "search.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 0
