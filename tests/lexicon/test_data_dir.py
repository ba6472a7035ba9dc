"""Treaties and languages are data: a treaty and a language added only as data files, in a data folder
named by TREATYWATCH_DATA_DIR, go through every command and page like the shipped ones. And no treaty
slug is written in the package's Python code."""

from __future__ import annotations

import io
import json
import re
import shutil
import tokenize
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from treatywatch.cli import cli
from treatywatch.lexicon import load_lexicon
from treatywatch.lexicon.load import DATA_DIR

SRC = Path(__file__).resolve().parents[2] / "src" / "treatywatch"

# A treaty the package does not know (the African nuclear-weapon-free zone), and Catalan as a user would
# write it from nothing: in the data files only (the shipped Catalan files are taken out of the copy).
TREATY = """
  - slug: pelindaba
    wikidata: null
    parties: []
    names:
      en: [Pelindaba Treaty, African Nuclear-Weapon-Free Zone Treaty]
      ca: [Tractat de Pelindaba, Tractat sobre la zona lliure d'armes nuclears a l'Àfrica]
"""
CATALAN = """code: ca
name: Catalan
suffix_tolerance: 2
date_words:
  january: [gener]
  february: [febrer]
  march: [març]
  today: [avui]
  yesterday: [ahir]
negation: ["no"]
quote_verbs: [va dir, ha dit, va afirmar, va declarar]
treaty_nouns: [tractat, acord]
"""
CATALAN_TRIGGERS = """events:
  ratify:
    - forms: [ratificar, ratifica, ratificat, ratificació, va ratificar, ha ratificat]
      example: "El Parlament de Portugal va ratificar ahir el tractat."
  sign:
    - forms: [signar, signa, signat, va signar, ha signat]
      example: "Marroc va signar el Tractat de Pelindaba l'any 1996."
"""
ARTICLE = {"id": "ca-pelindaba", "url": "https://example.org/ca-pelindaba", "language": "ca",
           "published": "2024-03-14",
           "text": "Egipte ratifica el Tractat de Pelindaba\n\nEgipte va ratificar el Tractat de Pelindaba "
                   "el mes de març, segons el ministeri d'Afers Exteriors."}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data-dir")
    data = root / "data"
    shutil.copytree(DATA_DIR, data)
    for shipped in ("arms_control/names/ca.yaml", "dateparser/ca.yaml"):
        (data / shipped).unlink(missing_ok=True)
    with open(data / "arms_control" / "treaties.yaml", "a", encoding="utf-8") as f:
        f.write(TREATY)
    (data / "languages" / "ca.yaml").write_text(CATALAN, encoding="utf-8")
    (data / "arms_control" / "triggers" / "ca.yaml").write_text(CATALAN_TRIGGERS, encoding="utf-8")
    (root / "article.json").write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def db(data_dir: Path) -> Iterator[str]:
    patch = pytest.MonkeyPatch()
    patch.setenv("TREATYWATCH_DATA_DIR", str(data_dir))
    url = f"sqlite:///{data_dir.parent / 'c.db'}"
    result = tw(url, "ingest", str(data_dir.parent / "article.json"))
    assert result.exit_code == 0, result.output
    yield url
    patch.undo()


def tw(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args])


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_lexicon_of_the_data_dir_has_them(db: str) -> None:
    lexicon = load_lexicon()
    assert "pelindaba" in {t.slug for t in lexicon.treaties} and "ca" in lexicon.languages


def test_the_catalogue_commands_list_them(db: str) -> None:
    treaties = {t["slug"]: t for t in as_json(tw(db, "treaties", "--json"))}
    assert treaties["pelindaba"]["name"] == "Pelindaba Treaty" and "ca" in treaties["pelindaba"]["languages"]
    languages = {x["code"]: x for x in as_json(tw(db, "languages", "--json"))}
    catalan = languages["ca"]
    assert catalan["name"] == "Catalan" and catalan["events"] == {"ratify": 6, "sign": 5}
    assert catalan["names"]["treaties"] == 1 and len(catalan["examples"]) == 2
    assert re.search(r"^ca\s+Catalan\s+11\s", tw(db, "languages").stdout, re.MULTILINE)
    assert re.search(r"^pelindaba\s+Pelindaba Treaty", tw(db, "treaties").stdout, re.MULTILINE)
    assert any(a["slug"] == "egypt" for a in as_json(tw(db, "actors", "--json")))


def test_the_article_is_read_in_the_new_language_about_the_new_treaty(db: str) -> None:
    timeline = as_json(tw(db, "timeline", "--treaty", "pelindaba", "--json"))
    assert [(f["event"], f["treaty"], f["actor"], f["languages"]) for f in timeline] == [
        ("ratify", "pelindaba", "egypt", ["ca"])]
    status = as_json(tw(db, "status", "pelindaba", "--json"))
    assert [(s["party"], s["state"]) for s in status] == [("egypt", "ratified")]
    every = as_json(tw(db, "status", "--json"))
    assert {"pelindaba", "new-start"} <= {s["treaty"] for s in every}


def test_pages_and_api_know_the_new_treaty(db: str) -> None:
    from fastapi.testclient import TestClient

    from treatywatch.web import WebConfig, asgi

    with TestClient(asgi(db, WebConfig(token="test-token-0123456789"))) as client:
        page = client.get("/treaties/pelindaba")
        assert page.status_code == 200 and "Pelindaba Treaty" in page.text and "egypt" in page.text
        api = client.get("/api/treaties/pelindaba")
        assert api.status_code == 200 and api.json()["parties"][0]["party"] == "egypt"
        assert 'value="pelindaba"' in client.get("/timeline").text
        for path in ("/api/timeline", "/api/status", "/timeline", "/"):
            answer = client.get(path, params={"treaty": "pelindaba"})
            assert answer.status_code == 200 and "egypt" in answer.text, path
        assert client.get("/treaties/nowhere").status_code == 404
        refused = client.get("/api/timeline", params={"lang": "zz"})
        assert refused.status_code == 400 and "not a language code: 'zz'" in refused.text
        assert client.get("/api/timeline", params={"lang": "CA"}).status_code == 200


def test_a_folder_that_is_no_data_dir_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["treaties"], env={"TREATYWATCH_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: TREATYWATCH_DATA_DIR={tmp_path}: not a data directory "
                                     "(no arms_control/treaties.yaml in it)")


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    """The string literals of a module that are not docstrings (a string standing alone as a statement)."""
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    for i, tok in enumerate(tokens):
        if tok.type != tokenize.STRING:
            continue
        skipped = (tokenize.NL, tokenize.COMMENT)
        before = next((t for t in reversed(tokens[:i]) if t.type not in skipped), None)
        alone = before is None or before.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
        if not alone:
            yield tok.start[0], tok.string


def test_no_treaty_slug_is_written_in_python_code() -> None:
    slugs = {t.slug for t in load_lexicon(DATA_DIR).treaties}
    joined = "|".join(re.escape(s) for s in slugs if "-" in s)
    hyphenated = re.compile(rf"(?<![\w-])({joined})(?![\w-])")
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for line, literal in _strings(path):
            body = literal.strip("rbfuRBFU").strip("'\"")
            if body in slugs or hyphenated.search(body):
                found.append(f"{path.relative_to(SRC)}:{line}: {literal}")
    assert not found, found


def test_broken_data_stops_a_run_in_one_line(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "data"
    shutil.copytree(data_dir, broken)
    with open(broken / "arms_control" / "treaties.yaml", "a", encoding="utf-8") as f:
        f.write("  - slug: half-written\n")
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'c.db'}", "ingest",
                                      str(data_dir.parent / "article.json")],
                                env={"TREATYWATCH_DATA_DIR": str(broken)})
    assert result.exit_code == 2
    line = r"error: treaties\.yaml: line \d+, treaties\[15\]\.names: Field required\n"
    assert re.fullmatch(line, result.stderr)
