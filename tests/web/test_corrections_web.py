"""Corrections over HTTP: POST /api/facts/ID/corrections behind the token, GET /api/corrections, the
fact's JSON and page with their history, the form on the fact's page, and /corrections."""

from __future__ import annotations

from typing import Any

from web_helpers import TOKEN

AUTH = {"authorization": f"Bearer {TOKEN}"}


def _fact(client: Any, event: str, treaty: str, actor: str | None) -> dict[str, Any]:
    items = client.get("/api/facts", params={"treaty": treaty, "limit": 500}).json()["items"]
    found = [f for f in items if f["event"] == event and f["actor"] == actor and f["date"]]
    assert found, items
    return dict(found[0])


def _post(client: Any, fact_id: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
    return client.post(f"/api/facts/{fact_id}/corrections", json=body, headers=AUTH if headers is None else headers)


def test_writing_a_correction_needs_the_token(writer: Any) -> None:
    f = _fact(writer, "withdraw", "inf", "usa")
    body = {"kind": "wrong", "note": "no such withdrawal", "by": "ana"}
    missing = _post(writer, f["id"], body, headers={})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = _post(writer, f["id"], body, headers={"authorization": "Bearer not-the-token-at-all"})
    assert wrong.status_code == 403 and wrong.json() == {"error": "wrong token"}
    assert writer.get("/api/corrections").json()["items"] == []
    assert writer.get(f"/api/facts/{f['id']}").json()["marked_wrong"] is None


def test_a_date_correction_over_the_api(writer: Any) -> None:
    f = _fact(writer, "suspend", "new-start", "russia")
    r = _post(writer, f["id"], {"kind": "date", "value": "2023-02-22", "note": "the decree was signed a day later",
                                "by": "ana"})
    assert r.status_code == 201, r.text
    made = r.json()
    assert set(made) == {"correction", "fact", "page"}
    c = made["correction"]
    assert (c["number"], c["kind"], c["value"], c["who"], c["fact"]["id"]) == (1, "date", "2023-02-22", "ana", f["id"])
    assert c["made"].endswith("Z") and made["fact"] == c["result"] != f["id"]
    now = writer.get(f"/api/facts/{made['fact']}").json()
    assert now["date"] == "2023-02-22" and now["marked_wrong"] is None
    [h] = now["history"]
    assert (h["before"], h["after"], h["note"], h["applied_to"]) == ("2023-02-21", "2023-02-22",
                                                                      "the decree was signed a day later", f["id"])
    old = writer.get(f"/api/facts/{f['id']}").json()
    assert old["id"] == made["fact"] and old["asked"] == f["id"]
    listed = writer.get("/api/corrections").json()
    assert listed["total"] == 1 and listed["items"][0]["fact_now"] == made["fact"] and listed["items"][0]["applied"]
    page = writer.get(f"/facts/{made['fact']}")
    assert page.status_code == 200 and "the decree was signed a day later" in page.text
    assert "2023-02-21 → 2023-02-22" in page.text


def test_a_fact_marked_wrong_leaves_the_timeline_and_stays_on_its_page(writer: Any) -> None:
    f = _fact(writer, "withdraw", "inf", "usa")
    r = _post(writer, f["id"], {"kind": "wrong", "note": "a misreading of the announcement", "by": "bob"})
    assert r.status_code == 201 and r.json()["correction"]["result"] is None
    timeline = writer.get("/api/facts", params={"treaty": "inf", "limit": 500}).json()["items"]
    assert f["id"] not in {x["id"] for x in timeline}
    shown = writer.get(f"/api/facts/{f['id']}").json()
    assert shown["marked_wrong"]["who"] == "bob" and shown["evidence"]
    page = writer.get(f"/facts/{f['id']}").text
    assert "Marked wrong" in page and "a misreading of the announcement" in page and "Correct this fact" not in page
    assert f"/facts/{f['id']}" in writer.get("/corrections").text
    again = _post(writer, f["id"], {"kind": "date", "value": "2019", "note": "x", "by": "bob"})
    assert again.status_code == 404 and "marked wrong by bob" in again.json()["error"]


def test_merge_actor_and_modality_and_refusals(writer: Any) -> None:
    a = _fact(writer, "sign", "inf", "ussr")
    b = _fact(writer, "sign", "inf", "usa")
    merging = _post(writer, a["id"], {"kind": "merge", "value": b["id"], "note": "one act", "by": "ana"})
    assert merging.status_code == 201 and merging.json()["fact"] == b["id"]
    merged = writer.get(f"/api/facts/{b['id']}").json()
    assert merged["history"][0]["kind"] == "merge" and merged["claims"] == a["claims"] + b["claims"]
    r = _post(writer, b["id"], {"kind": "modality", "value": "scheduled", "note": "not yet", "by": "ana"})
    assert r.status_code == 201 and writer.get(f"/api/facts/{b['id']}").json()["modality"] == "scheduled"
    r = _post(writer, b["id"], {"kind": "actor", "value": "russia", "note": "the other party", "by": "ana"})
    assert r.status_code == 201 and writer.get(f"/api/facts/{r.json()['fact']}").json()["actor"] == "russia"
    bad = _post(writer, r.json()["fact"], {"kind": "date", "value": "soon", "note": "x", "by": "ana"})
    assert bad.status_code == 400 and "not a date" in bad.json()["error"]
    unknown = _post(writer, r.json()["fact"], {"kind": "undo", "note": "x", "by": "ana"})
    assert unknown.status_code == 400
    assert _post(writer, "0123456789abcdef", {"kind": "wrong", "note": "x", "by": "ana"}).status_code == 404


def test_the_form_keeps_what_was_typed_on_a_wrong_token_and_corrects_with_the_right_one(writer: Any) -> None:
    f = _fact(writer, "suspend", "new-start", "russia")
    form = {"kind": "modality", "value": "possible", "note": "only threatened then", "by": "cleo"}
    refused = writer.post(f"/facts/{f['id']}/corrections", data=form | {"token": "wrong-token-here"},
                          follow_redirects=False)
    assert refused.status_code == 403 and "wrong token" in refused.text
    assert "only threatened then" in refused.text and 'value="cleo"' in refused.text
    done = writer.post(f"/facts/{f['id']}/corrections", data=form | {"token": TOKEN}, follow_redirects=False)
    assert done.status_code == 303
    page = writer.get(done.headers["location"])
    assert page.status_code == 200 and "asserted → possible" in page.text and "cleo" in page.text


def test_a_note_is_text_never_markup(writer: Any) -> None:
    f = _fact(writer, "withdraw", "inf", "usa")
    note = 'see <script>alert("x")</script> <img src=x onerror=alert(1)>'
    assert _post(writer, f["id"], {"kind": "wrong", "note": note, "by": "<b>eve</b>"}).status_code == 201
    page = writer.get(f"/facts/{f['id']}").text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>eve" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page and "&lt;b&gt;eve&lt;/b&gt;" in page
