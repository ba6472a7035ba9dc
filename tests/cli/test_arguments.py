"""treatywatch.arguments: the one parser of dates and the one check of slugs, shared by the command line
and the API; and the API answering the same mistakes with 400 and the same words."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from treatywatch.arguments import check_slug, parse_date, suggest
from treatywatch.errors import ArgumentError

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2024, 3, 31)


@pytest.mark.parametrize(("typed", "meant"), [
    ("2023", "2023"), ("2023-02", "2023-02"), ("2023-2", "2023-02"), ("2023-02-21", "2023-02-21"),
    ("2024-02-29", "2024-02-29"), ("2023/3/1", "2023-03-01"), (" 2023-02-21 ", "2023-02-21"),
    ("25/03/2023", "2023-03-25"), ("03/25/2023", "2023-03-25"), ("05/05/2023", "2023-05-05"),
    ("25.03.2023", "2023-03-25"),
    ("today", "2024-03-31"), ("Yesterday", "2024-03-30"), ("1 day ago", "2024-03-30"),
    ("2 weeks ago", "2024-03-17"), ("a week ago", "2024-03-24"), ("1 month ago", "2024-02-29"),
    ("3 months ago", "2023-12-31"), ("2 years ago", "2022-03-31"), ("an  year  ago", "2023-03-31"),
])
def test_accepted_dates_resolve_to_the_day_they_mean(typed: str, meant: str) -> None:
    assert parse_date(typed, "--since", today=TODAY) == meant


@pytest.mark.parametrize(("typed", "why"), [
    ("2023-13-01", "there is no month 13"), ("2023-00", "there is no month 0"),
    ("2023-02-30", "February 2023 has 28 days"), ("2023-02-29", "February 2023 has 28 days"),
    ("2023-04-31", "April 2023 has 30 days"), ("0000", "there is no year 0"),
    ("01/03/2023", "ambiguous date: '01/03/2023' may be 2023-03-01 or 2023-01-03"),
    ("31/31/2023", "no such day"), ("yesterday-ish", ""), ("", ""), ("soon", ""), ("2023-02-21T10:00", ""),
    ("99999 years ago", ""), ("3000 years ago", "too long ago"), ("23", ""), ("1e3", ""), ("٢٠٢٣", ""),
])
def test_refused_dates_name_the_option_the_value_and_why(typed: str, why: str) -> None:
    with pytest.raises(ArgumentError) as refused:
        parse_date(typed, "--since", today=TODAY)
    message = str(refused.value)
    assert message.startswith("--since: ") and repr(typed) in message and why in message
    assert "YYYY-MM-DD" in message and "\n" not in message


@pytest.mark.parametrize(("typed", "kind", "nearest"), [
    ("new_start", "treaty", ["new-start"]), ("NEW-START", "treaty", ["new-start"]),
    ("open skies", "treaty", ["open-skies"]), ("rusia", "actor", ["russia", "usa"]),
    ("blinkin", "speaker", ["blinken"]), ("zzzzzz", "treaty", []),
])
def test_the_nearest_slugs_are_suggested(typed: str, kind: str, nearest: list[str]) -> None:
    from treatywatch.arguments import known_slugs

    assert suggest(typed, known_slugs(kind))[:len(nearest)] == nearest  # type: ignore[arg-type]


def test_slugs_are_the_lexicons_and_only_them() -> None:
    from treatywatch.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert check_slug(lexicon.treaties[0].slug, "treaty") == lexicon.treaties[0].slug
    with pytest.raises(ArgumentError, match=r"^--treaty: unknown treaty 'nope' \(treatywatch slugs treaties"):
        check_slug("nope", "treaty", "--treaty")
    with pytest.raises(ArgumentError, match=r"known: .*new-start"):
        check_slug("nope", "treaty", listed=False)
    with pytest.raises(ArgumentError, match="putin is a person; actors are states"):
        check_slug("putin", "actor")


# -- the API: the same parser, the same words, as 400 ------------------------------------------------------

@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from treatywatch.pipeline import ingest_paths
    from treatywatch.store import open_store
    from treatywatch.web import WebConfig, asgi

    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}"
    with open_store(url) as store:
        ingest_paths([str(ROOT / "examples" / "articles")], store, on_rejected=lambda _: None)
    with TestClient(asgi(url, WebConfig(token="t" * 32))) as client:
        yield client


@pytest.mark.parametrize(("path", "query", "words"), [
    ("/api/timeline", {"treaty": "new_start"}, "treaty: unknown treaty 'new_start': did you mean new-start?"),
    ("/api/timeline", {"actor": "rusia"}, "actor: unknown actor 'rusia': did you mean russia or usa"),
    ("/api/facts", {"actor": "putin"}, "putin is a person"),
    ("/api/quotes", {"speaker": "nobody"}, "speaker: unknown speaker 'nobody' (known: "),
    ("/api/status", {"treaty": "foo"}, "treaty: unknown treaty 'foo' (known: "),
    ("/api/status", {"as_of": "2023-13-01"}, "as_of: not a date: '2023-13-01' (there is no month 13)"),
    ("/api/timeline", {"since": "2023-02-30"}, "since: not a date: '2023-02-30' (February 2023 has 28 days)"),
    ("/api/quotes", {"until": "01/03/2023"}, "until: ambiguous date"),
    ("/api/events", {"event": "sgin"}, "event: 'sgin' is not one of"),
])
def test_the_api_refuses_the_same_mistakes_with_400(api: object, path: str, query: dict[str, str],
                                                     words: str) -> None:
    answer = api.get(path, params=query)  # type: ignore[attr-defined]
    assert answer.status_code == 400
    assert words in answer.json()["error"]


def test_the_api_takes_natural_and_partial_dates(api: object) -> None:
    for query in ({"since": "2 years ago"}, {"since": "2023", "until": "2023-12"}, {"as_of": "yesterday"}):
        path = "/api/status" if "as_of" in query else "/api/timeline"
        answer = api.get(path, params=query)  # type: ignore[attr-defined]
        assert answer.status_code == 200, answer.text
    cut = api.get("/api/timeline", params={"since": "2023", "until": "2023/12/31"}).json()  # type: ignore[attr-defined]
    assert cut["items"] and all(f["date"].startswith("2023") for f in cut["items"])


# -- the web is part of treatywatch ---------------------------------------------------------------------

def test_the_web_is_in_the_main_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    main = {d.split(">")[0].split("[")[0].lower() for d in project["dependencies"]}
    assert {"fastapi", "uvicorn", "jinja2", "python-multipart"} <= main
    assert project["optional-dependencies"].get("web", []) == []


def test_a_language_is_an_iso_code() -> None:
    from treatywatch.arguments import check_language

    assert check_language("EN") == "en" and check_language(" ca ") == "ca"
    for wrong in ("english", "zz", "", "e"):
        with pytest.raises(ArgumentError, match=r"^--lang: not a language code: .*ISO 639-1"):
            check_language(wrong)
