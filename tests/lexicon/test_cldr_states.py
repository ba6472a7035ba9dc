"""States named from CLDR (lexicon/cldr.py, data/arms_control/territories.yaml): every state in every
language of the lexicon, written names first and winning, nothing found that is an ordinary word."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from treatywatch.lexicon import Lexicon, LexiconError, cldr, load_lexicon
from treatywatch.lexicon.document import _Document
from treatywatch.lexicon.load import DATA_DIR, DOMAIN
from treatywatch.lexicon.schema import TerritoriesFile
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand.entities import find_entities


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def states(text: str, language: str) -> list[tuple[str, str]]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), None, "unknown")
    return [(m.slug, m.text) for m in find_entities(doc, lexicon) if m.kind == "state"]


def test_territories_file_fits_its_schema() -> None:
    spec = _Document(DATA_DIR / DOMAIN / "territories.yaml", "territories.yaml").parse(TerritoriesFile)
    assert len(spec.states) >= 193 and {"EE", "FI", "HN", "LV", "LT", "MY", "US", "RU"} <= set(spec.states)


def test_every_listed_state_exists_once_with_its_code(lexicon: Lexicon) -> None:
    spec = _Document(DATA_DIR / DOMAIN / "territories.yaml", "territories.yaml").parse(TerritoriesFile)
    by_iso = {s.iso: s for s in lexicon.states if s.iso}
    assert set(spec.states) <= set(by_iso)
    assert len(by_iso) == len([s for s in lexicon.states if s.iso])
    assert by_iso["US"].slug == "usa" and by_iso["GB"].slug == "uk" and by_iso["TR"].slug == "turkey"
    assert by_iso["KP"].slug == "north-korea" and by_iso["CD"].slug == "dr-congo"
    assert by_iso["MK"].slug == "north-macedonia" and by_iso["MM"].slug == "myanmar"
    assert all(s.kind == "state" for s in by_iso.values())


@pytest.mark.parametrize("slug", ["estonia", "finland", "honduras", "latvia", "lithuania", "malaysia"])
def test_states_the_news_names_are_named_in_every_language(lexicon: Lexicon, slug: str) -> None:
    state = next(s for s in lexicon.states if s.slug == slug)
    named = {*state.names, *state.case_sensitive}
    assert set(lexicon.languages) <= named


def test_written_names_stay_first_and_win(lexicon: Lexicon) -> None:
    by_slug = {s.slug: s for s in lexicon.states}
    assert by_slug["russia"].names["en"][0] == "Russia"
    assert by_slug["france"].names["ru"][0] == "Франция" and "ru" not in by_slug["france"].cldr  # written
    assert by_slug["estonia"].cldr["ru"] == ("Эстония", "Эстони")        # a stem where nothing is written
    assert by_slug["ukraine"].cldr["vi"] == ("Ukraina",)                 # CLDR's, after the written ones
    assert by_slug["ukraine"].case_sensitive["vi"][-1] == "Ukraina"
    # vi "Pháp" is written case-sensitive by hand ("biện pháp"): CLDR does not add it loose
    assert "Pháp" in by_slug["france"].case_sensitive["vi"] and "Pháp" not in by_slug["france"].names["vi"]
    assert by_slug["usa"].cldr.get("en", ()) == ()                      # "United States" is written already


def test_forms_of_a_cldr_name() -> None:
    assert cldr.forms("Myanmar (Burma)", inflects=False) == ["Myanmar", "Burma"]
    assert cldr.forms("Эстония", inflects=True) == ["Эстония", "Эстони"]
    assert cldr.forms("Мали", inflects=True) == ["Мали"]                 # a stem of 3 letters is no name
    assert cldr.forms("Северная Македония", inflects=True) == ["Северная Македония"]
    assert cldr.forms("Ý", inflects=False) == []                        # one letter
    assert cldr.forms("Úc", inflects=False) == ["Úc"]                   # two, matched as written
    assert cldr.forms("چک", inflects=False) == []                       # two, in a script without case
    assert cldr.forms("芬兰", inflects=False) == ["芬兰"]
    assert cldr.has_case("Estonia") and not cldr.has_case("爱沙尼亚") and not cldr.has_case("إستونيا")


def test_slugs_from_english_names() -> None:
    assert cldr.slug("St. Kitts & Nevis") == "saint-kitts-and-nevis"
    assert cldr.slug("São Tomé & Príncipe") == "sao-tome-and-principe"
    assert cldr.slug("Myanmar (Burma)") == "myanmar"
    assert cldr.slug("North Macedonia") == "north-macedonia"


def test_a_locale_babel_lacks_names_nothing() -> None:
    assert cldr.territory_names("xx") == {}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Estonia and Latvia asked for more air defence.", "en", ["estonia", "latvia"]),
    ("Die Regierung in Estland begrüßte den Schritt Finnlands.", "de", ["estonia", "finland"]),
    ("Министр обороны Эстонии встретился с коллегами из Латвии.", "ru", ["estonia", "latvia"]),
    ("Малайзия поддержала договор.", "ru", ["malaysia"]),
    ("Hükümet, Estonya ve Letonya ile görüştü.", "tr", ["estonia", "latvia"]),
    ("马来西亚外交部发表声明。", "zh", ["malaysia"]),
    ("أعلنت ماليزيا تأييدها للمعاهدة.", "ar", ["malaysia"]),
    ("Honduras ratificó el tratado.", "es", ["honduras"]),
])
def test_cldr_names_are_found_in_running_text(text: str, language: str, expected: list[str]) -> None:
    assert [slug for slug, _ in states(text, language)] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Того же мнения придерживаются и в министерстве.", "ru"),   # того: "of that", not Togo
    ("Кроме того, в ведомстве отметили это.", "ru"),
    ("Після того як договір набув чинності, усе змінилося.", "uk"),
    ("Mali destek paketi meclisten geçti.", "tr"),                # mali: financial, not Mali
    ("الدعم المالي للبرنامج كان محدودا.", "ar"),
    ("黑海地区的局势再度紧张。", "zh"),                            # not Haiti
    ("马里乌波尔的居民撤离了。", "zh"),                            # Mariupol, not Mali
    ("Chad said the plan would work.", "fr"),                     # a short CLDR name is not borrowed
    ("He wore his new jordan sneakers.", "en"),                   # CLDR names are matched as written
    ("Frans Timmermans spoke in Brussels.", "en"),                # Turkish Fransa's stem is not borrowed
])
def test_ordinary_words_are_no_states(text: str, language: str) -> None:
    assert states(text, language) == []


# --- the data folder: iso codes, territories.yaml ---------------------------------------------------

ACTORS = """\
states:
  - slug: russia
    wikidata: Q159
    iso: RU
    names:
      en: [Russia, Moscow]
  - slug: nato
    kind: organisation
    names:
      en: [NATO]
"""
TERRITORIES = """\
states: [RU, EE, CD]
slugs:
  CD: dr-congo
locales:
  zh: [zh, zh_Hant]
not_names:
  en: [Estonia]
"""
TREATIES = """\
treaties:
  - slug: new-start
    parties: [russia, estonia]
    names:
      en: [New START]
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def folder() -> dict[str, str]:
    return {"arms_control/treaties.yaml": TREATIES, "arms_control/actors.yaml": ACTORS,
            "arms_control/territories.yaml": TERRITORIES, "languages/en.yaml": "code: en\nname: English\n",
            "languages/zh.yaml": "code: zh\nname: Chinese\n", "languages/ru.yaml": "code: ru\nname: Russian\n"
            "suffix_tolerance: 2\n", "arms_control/names/ru.yaml": "states:\n  estonia: [эстонск]\n"}


def test_a_folder_with_territories(tmp_path: Path, folder: dict[str, str]) -> None:
    lexicon = load_lexicon(write(tmp_path, folder))
    by_slug = {s.slug: s for s in lexicon.states}
    assert [s.slug for s in lexicon.states] == ["russia", "nato", "estonia", "dr-congo"]
    assert by_slug["russia"].names["en"] == ("Russia", "Moscow") and by_slug["russia"].iso == "RU"
    assert by_slug["russia"].case_sensitive["ru"] == ("Россия", "Росси")
    estonia = by_slug["estonia"]
    assert estonia.iso == "EE" and estonia.wikidata == "" and "en" not in estonia.case_sensitive  # not_names
    assert estonia.names["ru"] == ("эстонск",) and estonia.case_sensitive["ru"] == ("Эстония",)  # no stem:
    # the written forms carry the inflection where there are some
    # zh_Hant's 愛沙尼亞 is the same name once folded (Traditional reads as Simplified): written once
    assert estonia.names["zh"] == ("爱沙尼亚",)
    assert estonia.cldr["zh"] == ("爱沙尼亚",) and "ru" in estonia.cldr
    assert lexicon.not_names == {"en": frozenset({"estonia"})}
    assert by_slug["nato"].iso is None and by_slug["nato"].names == {"en": ("NATO",)}


def test_without_territories_only_written_states_get_cldr_names(tmp_path: Path, folder: dict[str, str]) -> None:
    del folder["arms_control/territories.yaml"], folder["arms_control/names/ru.yaml"]
    folder["arms_control/treaties.yaml"] = TREATIES.replace(", estonia", "")
    lexicon = load_lexicon(write(tmp_path, folder))
    assert [s.slug for s in lexicon.states] == ["russia", "nato"]
    assert lexicon.states[0].case_sensitive["ru"] == ("Россия", "Росси")


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    ("arms_control/actors.yaml", "iso: RU", "iso: RUS", "actors.yaml: line 4, states[0].iso: 'RUS' is not an ISO"),
    ("arms_control/actors.yaml", "iso: RU", "iso: QQ",
     "actors.yaml: line 4, states[0].iso: CLDR knows no territory QQ"),
    ("arms_control/actors.yaml", "kind: organisation", "kind: organisation\n    iso: EU",
     "actors.yaml: line 7, states[1]: only a state has an ISO code"),
    ("arms_control/territories.yaml", "states: [RU, EE, CD]", "states: [RU, EE, CD, EE]",
     "territories.yaml: line 1, states: EE is listed twice"),
    ("arms_control/territories.yaml", "states: [RU, EE, CD]", "states: [RU, EE, CD, QQ]",
     "territories.yaml: line 1, states[3]: CLDR knows no territory QQ"),
    ("arms_control/territories.yaml", "  CD: dr-congo", "  CD: russia",
     "territories.yaml: line 1, states[2]: slug 'russia' of CD is taken"),
    ("arms_control/territories.yaml", "  CD: dr-congo", "  CD: dr-congo\n  RU: rf",
     "territories.yaml: line 4, slugs.RU: RU is not a state made here (actors.yaml writes it: 'russia')"),
    ("arms_control/territories.yaml", "  zh: [zh, zh_Hant]", "  zh: [zh, zh-Hant]",
     "territories.yaml: line 5, locales.zh[1]: 'zh-Hant' is not a CLDR locale"),
    ("arms_control/names/ru.yaml", "estonia", "latvia", "names/ru.yaml: line 2, states.latvia: unknown state"),
])
def test_a_broken_file_names_file_and_place(tmp_path: Path, folder: dict[str, str], name: str, old: str, new: str,
                                            expected: str) -> None:
    assert old in folder[name]
    folder[name] = folder[name].replace(old, new, 1)
    with pytest.raises(LexiconError) as caught:
        load_lexicon(write(tmp_path, folder))
    assert expected in str(caught.value)
