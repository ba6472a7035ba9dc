"""The package's own data files: each fits its schema, the pack holds together, and it covers what the
evaluation format (shared/eval/FORMAT.md) and the gold files name."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from pydantic import BaseModel

from treatywatch.lexicon import Lexicon, load_lexicon
from treatywatch.lexicon.document import _Document
from treatywatch.lexicon.fold import fold
from treatywatch.lexicon.load import DATA_DIR, DOMAIN
from treatywatch.lexicon.schema import ActorsFile, LanguageFile, TreatiesFile, TriggersFile

LANGUAGES = ("ar", "en", "vi", "ru", "zh", "fa", "fr", "de", "es", "uk", "tr")
# names FORMAT.md and the seeds use; these must be named in every language
PROMINENT = ("putin", "ryabkov", "lavrov", "peskov", "zakharova", "medvedev", "biden", "trump", "sullivan",
             "blinken", "obama", "xi", "stoltenberg")

LANGUAGE_FILES = sorted((DATA_DIR / "languages").glob("*.yaml"))
TRIGGER_FILES = sorted((DATA_DIR / DOMAIN / "triggers").glob("*.yaml"))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_the_package_data_loads_once(lexicon: Lexicon) -> None:
    assert load_lexicon() is lexicon  # functools.cache on the default folder
    assert lexicon.treaties and lexicon.states and lexicon.people and lexicon.roles


@pytest.mark.parametrize(("name", "schema"), [("treaties.yaml", TreatiesFile), ("actors.yaml", ActorsFile)])
def test_domain_files_fit_their_schema(name: str, schema: type[BaseModel]) -> None:
    _Document(DATA_DIR / DOMAIN / name, name).parse(schema)


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.name)
def test_language_files_fit_their_schema(path: Path) -> None:
    spec = _Document(path, f"languages/{path.name}").parse(LanguageFile)
    assert spec.code == path.stem


@pytest.mark.parametrize("path", TRIGGER_FILES, ids=lambda p: p.name)
def test_trigger_files_fit_their_schema(path: Path) -> None:
    _Document(path, f"triggers/{path.name}").parse(TriggersFile)
    assert (DATA_DIR / "languages" / path.name).is_file(), f"triggers/{path.name} has no language file"


def _named(lexicon: Lexicon) -> list[tuple[str, str, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]]:
    return ([("treaty", t.slug, t.names, t.case_sensitive) for t in lexicon.treaties]
            + [("state", s.slug, s.names, s.case_sensitive) for s in lexicon.states]
            + [("person", p.slug, p.names, p.case_sensitive) for p in lexicon.people]
            + [("role", r.slug, r.names, r.case_sensitive) for r in lexicon.roles])


def test_slugs_are_unique(lexicon: Lexicon) -> None:
    for kind, records in (("treaty", lexicon.treaties), ("state", lexicon.states), ("person", lexicon.people),
                          ("role", lexicon.roles)):
        slugs = [r.slug for r in records]
        assert len(slugs) == len(set(slugs)), f"a {kind} slug is used twice"


def test_a_form_names_one_thing(lexicon: Lexicon) -> None:
    """Within a language, two entities never share a form (after folding, as the matcher sees it)."""
    owners: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for kind, slug, names, exact in _named(lexicon):
        for language, forms in names.items():
            for form in forms:
                owners[(language, fold(form))].add((kind, slug))
        for language, forms in exact.items():
            for form in forms:
                owners[(language, "=" + form)].add((kind, slug))
    shared = {key: sorted(who) for key, who in owners.items() if len(who) > 1}
    assert not shared


def test_case_sensitive_forms_are_kept_apart(lexicon: Lexicon) -> None:
    for kind, slug, names, exact in _named(lexicon):
        for language, forms in exact.items():
            assert not set(forms) & set(names.get(language, ())), f"{kind} {slug} {language}"
    usa = next(s for s in lexicon.states if s.slug == "usa")
    assert "US" in usa.case_sensitive["en"] and "US" not in usa.names["en"]


def test_every_language_of_a_name_has_a_language_file(lexicon: Lexicon) -> None:
    if not LANGUAGE_FILES:
        pytest.skip("no data/languages/*.yaml yet")
    used = {language for _, _, names, exact in _named(lexicon) for language in (*names, *exact)}
    assert used <= set(lexicon.languages), f"no language file for {sorted(used - set(lexicon.languages))}"


def test_treaties_states_roles_and_prominent_people_are_named_in_every_language(lexicon: Lexicon) -> None:
    missing = []
    for kind, slug, names, exact in _named(lexicon):
        if kind == "person" and slug not in PROMINENT:
            continue
        missing += [f"{kind} {slug}: {lang}" for lang in LANGUAGES if lang not in {*names, *exact}]
    assert not missing


def test_references_resolve(lexicon: Lexicon) -> None:
    states = {s.slug for s in lexicon.states}
    roles = {r.slug: r for r in lexicon.roles}
    assert all(set(t.parties) <= states for t in lexicon.treaties)
    for p in lexicon.people:
        assert p.country in states, p.slug
        for h in p.holds:
            assert h.role in roles and not roles[h.role].generic, (p.slug, h.role)
            assert h.country in states, (p.slug, h.country)
            assert h.start is None or h.end is None or h.start <= h.end, p.slug
    for r in lexicon.roles:
        assert r.generic == bool(r.covers), r.slug
        assert all(c in roles and not roles[c].generic for c in r.covers), r.slug


# --- what the evaluation format and the gold name ------------------------------------------------

def _format_list(text: str, field: str) -> list[str]:
    """The slugs FORMAT.md lists for a field: ``- treaty: slug or null — new-start, start-i, ...``."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"- {field}:"))
    entry = lines[at]
    for more in lines[at + 1:]:  # an entry goes on over indented lines
        if not more.startswith("  "):
            break
        entry += " " + more.strip()
    listed = re.split(r"—|,|;|\. ", entry.split(":", 1)[1])
    return [s.strip(" .`") for s in listed if re.fullmatch(r"[a-z0-9-]+", s.strip(" .`"))]


def test_format_slugs_all_exist(lexicon: Lexicon, shared_dir: Path) -> None:
    text = (shared_dir / "eval" / "FORMAT.md").read_text(encoding="utf-8")
    treaties = _format_list(text, "treaty")
    actors = _format_list(text, "actor")
    speakers = _format_list(text, "speaker")
    assert len(treaties) == 14 and "new-start" in treaties and "jcpoa" in treaties
    assert {"russia", "usa", "ussr"} <= set(actors) and {"putin", "blinken"} <= set(speakers)
    assert set(treaties) <= {t.slug for t in lexicon.treaties}
    assert set(actors) <= {s.slug for s in lexicon.states}
    assert set(speakers) <= {p.slug for p in lexicon.people}


def test_gold_slugs_all_exist(lexicon: Lexicon, shared_dir: Path) -> None:
    treaties = {t.slug for t in lexicon.treaties}
    states = {s.slug for s in lexicon.states}
    people = {p.slug for p in lexicon.people}
    for gold in (shared_dir / "seeds" / "gold", shared_dir / "corpus" / "gold"):
        for line in (gold / "events.jsonl").read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            assert event["treaty"] is None or event["treaty"] in treaties, event
            assert event["actor"] is None or event["actor"] in states, event
        # speakers need not be listed (understand/names.py reads the unlisted); a listed one keeps its slug,
        # and every slug has the form FORMAT.md gives (lowercase family name, first-last when ambiguous)
        for line in (gold / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
            speaker = json.loads(line)["speaker"]
            assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", speaker), line
    assert len(people) >= 60


# --- names as the news writes them (from the seeds, the corpus, and common usage) ----------------

NAMED = [
    ("ar", "معاهدة ستارت الجديدة", "treaty", "new-start"),
    ("ar", "ستارت-3", "treaty", "new-start"),
    ("ar", "معاهدة القضاء على القوات النووية المتوسطة والقصيرة المدى", "treaty", "inf"),
    ("ar", "معاهدة الحظر الشامل للتجارب النووية", "treaty", "ctbt"),
    ("ar", "الاتحاد السوفيتي", "state", "ussr"),
    ("ar", "الولايات المتحدة الأمريكية", "state", "usa"),
    ("ar", "فلاديمير بوتين", "person", "putin"),
    ("ar", "نائب وزير الخارجية", "role", "deputy_foreign_minister"),
    ("en", "Strategic Arms Reduction Treaty", "treaty", "new-start"),
    ("en", "Intermediate-Range Nuclear Forces (INF) Treaty", "treaty", "inf"),
    ("en", "Comprehensive Nuclear-Test-Ban Treaty", "treaty", "ctbt"),
    ("en", "Iran nuclear deal", "treaty", "jcpoa"),
    ("en", "Riabkov", "person", "ryabkov"),
    ("en", "senior diplomat", "role", "diplomat"),
    ("en", "Kremlin spokesman", "role", "press_secretary"),
    ("ru", "Договора по открытому небу", "treaty", "open-skies"),
    ("ru", "Договора об открытом небе", "treaty", "open-skies"),
    ("ru", "ДСНВ", "treaty", "new-start"),
    ("ru", "ДРСМД", "treaty", "inf"),
    ("ru", "ДВЗЯИ", "treaty", "ctbt"),
    ("ru", "Белом доме", "state", "usa"),
    ("ru", "Соединённые штаты Америки", "state", "usa"),
    ("ru", "Роберт О'Брайен", "person", "obrien"),
    ("ru", "замминистра иностранных дел", "role", "deputy_foreign_minister"),
    ("uk", "Договору про відкрите небо", "treaty", "open-skies"),
    ("zh", "新削减战略武器条约", "treaty", "new-start"),
    ("zh", "中导条约", "treaty", "inf"),
    ("zh", "开放天空条约", "treaty", "open-skies"),
    ("zh", "普京", "person", "putin"),
    ("vi", "Hiệp ước New START", "treaty", "new-start"),
    ("vi", "Hiệp ước Bầu trời mở", "treaty", "open-skies"),
    ("vi", "Thứ trưởng Ngoại giao", "role", "deputy_foreign_minister"),
    ("vi", "Người phát ngôn của điện Kremlin", "role", "press_secretary"),
    ("vi", "Cố vấn an ninh quốc gia", "role", "national_security_adviser"),
    ("fa", "برجام", "treaty", "jcpoa"),
    ("fa", "پوتین", "person", "putin"),
    ("fr", "traité FNI", "treaty", "inf"),
    ("fr", "TICE", "treaty", "ctbt"),
    ("de", "New-Start-Vertrags", "treaty", "new-start"),
    ("de", "Vertrag über den Offenen Himmel", "treaty", "open-skies"),
    ("de", "Atomteststoppvertrag", "treaty", "ctbt"),
    ("de", "Rjabkow", "person", "ryabkov"),
    ("de", "Sacharowa", "person", "zakharova"),
    ("es", "Tratado de Cielos Abiertos", "treaty", "open-skies"),
    ("tr", "Açık Semalar Antlaşması", "treaty", "open-skies"),
]


@pytest.mark.parametrize(("language", "text", "kind", "slug"), NAMED, ids=lambda v: str(v))
def test_names_as_news_writes_them(lexicon: Lexicon, language: str, text: str, kind: str, slug: str) -> None:
    found = {(k, s) for k, s, names, _ in _named(lexicon)
             if fold(text) in {fold(f) for f in names.get(language, ())}}
    assert found == {(kind, slug)}


@pytest.mark.parametrize(("language", "form", "slug"), [("en", "US", "usa"), ("en", "SORT", "sort"),
                                                        ("vi", "Mỹ", "usa"), ("fr", "UE", "eu")])
def test_short_forms_that_are_words_are_case_sensitive(lexicon: Lexicon, language: str, form: str,
                                                       slug: str) -> None:
    found = [s for _, s, names, exact in _named(lexicon) if form in exact.get(language, ())]
    assert found == [slug]
    loose = {fold(f) for *_, names, _ in _named(lexicon) for f in names.get(language, ())}
    assert fold(form) not in loose


def test_a_treatys_signing_year_agrees_with_the_reference() -> None:
    from treatywatch.know.reference import load_reference
    lexicon = load_lexicon()
    reference = load_reference()
    checked = 0
    for treaty in lexicon.treaties:
        signed = [e.date for e in reference.events(treaty.slug) if e.event == "sign" and e.date]
        if signed and treaty.signed is not None:
            assert min(int(d[:4]) for d in signed) == treaty.signed, treaty.slug
            checked += 1
    assert checked >= 8
