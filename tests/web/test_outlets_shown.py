"""Each article shows its outlet (data/outlets.yaml by its address's domain; the domain otherwise): on
its page, in the list, in the API and in the CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from web_helpers import TOKEN


def test_each_article_shows_its_outlet(writer: Any) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    text = "Officials in Washington said on Friday that the United States would leave the treaty."
    for ident, url in (("outlet-known", "https://www.reuters.com/world/us/leaving-2024-05-10/"),
                       ("outlet-other", "https://news.small-town.example/world/1")):
        record = {"id": ident, "url": url, "text": text, "language": "en", "published": "2024-05-10"}
        assert writer.post("/api/articles", content=json.dumps(record), headers=auth).status_code == 201
    known = writer.get("/api/articles/outlet-known").json()["outlet"]
    assert known == {"name": "Reuters", "domain": "reuters.com", "country": "GB",
                     "country_name": "United Kingdom", "known": True}
    shown = writer.get("/articles/outlet-known").text
    assert '<span class="outlet" title="reuters.com"><bdi>Reuters</bdi></span>' in shown
    items = writer.get("/api/articles", params={"limit": 500}).json()["items"]
    listed = {a["article_id"]: a["outlet"] for a in items}
    assert listed["outlet-other"]["name"] == "news.small-town.example" and not listed["outlet-other"]["known"]
    page = writer.get("/articles", params={"limit": 500}).text
    assert '<span class="outlet" title="news.small-town.example"><bdi>news.small-town.example</bdi></span>' in page
    rows = {r["article_id"]: r for r in csv.DictReader(io.StringIO(writer.get("/articles.csv").text))}
    assert (rows["outlet-known"]["outlet"], rows["outlet-known"]["outlet_country"]) == ("Reuters", "GB")
