"""A data folder written in tmp_path: what loads, and broken files that fail with their file and place."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from treatywatch.errors import TreatywatchError
from treatywatch.lexicon import LexiconError, load_lexicon

TREATIES = """\
treaties:
  - slug: new-start
    wikidata: null
    parties: [russia, usa]
    names:
      en: [New START, {form: NS, case_sensitive: true}]
      ru: [СНВ-3, Договора о СНВ]
"""
ACTORS = """\
states:
  - slug: russia
    wikidata: Q159
    names:
      en: [Russia, Moscow]
  - slug: usa
    wikidata: Q30
    names:
      en: [United States, {form: US, case_sensitive: true}]
people:
  - slug: ryabkov
    country: russia
    holds:
      - {role: deputy_foreign_minister, country: russia, start: 2008}
    names:
      en: [Sergei Ryabkov, Ryabkov]
roles:
  - slug: deputy_foreign_minister
    names:
      en: [deputy foreign minister]
  - slug: diplomat
    generic: true
    covers: [deputy_foreign_minister]
    names:
      en: [diplomat, senior diplomat]
"""
LANGUAGE = """\
code: en
name: English
abbreviations: [Mr, U.S]
suffix_tolerance: 0
date_words:
  last_month: [last month]
pronouns: [he, she]
conjunctions: [and]
negation: [not]
"""
TRIGGERS = """\
events:
  suspend:
    - forms: [suspend, suspended]
      example: "Putin announced Russia would suspend its participation in New START."
  deploy:
    - forms: [deployed]
      treaty: new-start
  expire:
    - forms: [will expire]
      modality: scheduled
negation: [not, no, never]
hedging: [may, "not ruling out"]
future: [will]
quote_verbs: [said]
treaty_nouns: [treaty]
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def good() -> dict[str, str]:
    return {"arms_control/treaties.yaml": TREATIES, "arms_control/actors.yaml": ACTORS,
            "languages/en.yaml": LANGUAGE, "arms_control/triggers/en.yaml": TRIGGERS}


def test_a_good_folder_loads(tmp_path: Path, good: dict[str, str]) -> None:
    lexicon = load_lexicon(write(tmp_path, good))
    treaty = lexicon.treaties[0]
    assert treaty.slug == "new-start" and treaty.wikidata == "" and treaty.parties == ("russia", "usa")
    assert treaty.names["ru"] == ("СНВ-3", "Договора о СНВ")
    assert treaty.names["en"] == ("New START",) and treaty.case_sensitive == {"en": ("NS",)}
    assert lexicon.states[1].case_sensitive == {"en": ("US",)} and lexicon.states[1].kind == "state"
    hold = lexicon.people[0].holds[0]
    assert hold.role == "deputy_foreign_minister" and hold.start == 2008 and hold.end is None
    assert lexicon.roles[1].generic and lexicon.roles[1].covers == ("deputy_foreign_minister",)
    pack = lexicon.language("en")
    assert pack.abbreviations == ("Mr", "U.S") and pack.date_words == {"last_month": ("last month",)}
    assert [t.event for t in pack.triggers] == ["suspend", "deploy", "expire"]
    assert pack.triggers[1].treaty == "new-start" and pack.triggers[2].modality == "scheduled"
    assert pack.triggers[0].example and "suspend" in pack.triggers[0].example


def test_no_stays_a_word_and_cue_lists_join_across_files(tmp_path: Path, good: dict[str, str]) -> None:
    pack = load_lexicon(write(tmp_path, good)).language("en")
    assert pack.negation == ("not", "no", "never")  # YAML 1.1 would have read `no` as False
    assert pack.conjunctions == ("and",) and pack.quote_verbs == ("said",)


def test_triggers_and_languages_are_optional(tmp_path: Path, good: dict[str, str]) -> None:
    del good["languages/en.yaml"], good["arms_control/triggers/en.yaml"]
    lexicon = load_lexicon(write(tmp_path, good))
    assert lexicon.languages == {} and lexicon.language("en").triggers == ()


def test_the_error_is_a_treatywatch_error() -> None:
    assert issubclass(LexiconError, TreatywatchError)


BROKEN = [
    # (file, old text, new text, what the message must hold)
    ("arms_control/treaties.yaml", "ru: [СНВ-3, Договора о СНВ]", "ru: [СНВ-3, 5]",
     "treaties.yaml: line 7, treaties[0].names.ru[1]: 5: a name is text"),
    ("arms_control/treaties.yaml", "{form: NS, case_sensitive: true}", "{form: NS, case_sensitive: maybe}",
     "treaties.yaml: line 6, treaties[0].names.en[1]: case_sensitive"),
    ("arms_control/treaties.yaml", "ru: [СНВ-3, Договора о СНВ]", "russian: [СНВ-3]",
     "treaties.yaml: line 7, treaties[0].names.russian: 'russian' is not an ISO 639-1 code"),
    ("arms_control/treaties.yaml", "ru: [СНВ-3, Договора о СНВ]", "ru: [СНВ-3, снв-3]",
     "treaties.yaml: line 5, treaties[0].names: ru: name 'снв-3' is listed twice"),
    ("arms_control/treaties.yaml", "parties: [russia, usa]", "parties: [russia, usa, mars]",
     "treaties.yaml: line 4, treaties[0].parties[2]: unknown state 'mars'"),
    ("arms_control/treaties.yaml", "wikidata: null", "wikidata: 1321986",
     "treaties.yaml: line 3, treaties[0].wikidata"),
    ("arms_control/treaties.yaml", "- slug: new-start", "- slug: New START",
     "treaties.yaml: line 2, treaties[0].slug: 'New START' is not a slug"),
    ("arms_control/treaties.yaml", "      en: [New START", '      en: [" New START"',
     "treaties.yaml: line 6, treaties[0].names.en[0]: ' New START': a form is one line"),
    ("arms_control/treaties.yaml", "names:\n      en:", "names:\n      ru: [x]\n      en:",
     "treaties.yaml: line 8: key 'ru' is written twice"),
    ("arms_control/treaties.yaml", "parties: [russia, usa]", "parties: [russia, usa",
     "treaties.yaml: line 5, column"),
    ("arms_control/actors.yaml", "  - slug: usa", "  - slug: russia",
     "actors.yaml: line 6, states[1].slug: slug 'russia' is used twice"),
    ("arms_control/actors.yaml", "{role: deputy_foreign_minister, country: russia, start: 2008}",
     "{role: deputy_pm, country: russia, start: 2008}",
     "actors.yaml: line 14, people[0].holds[0].role: no specific role 'deputy_pm'"),
    ("arms_control/actors.yaml", "{role: deputy_foreign_minister, country: russia, start: 2008}",
     "{role: diplomat, country: russia, start: 2008}",
     "actors.yaml: line 14, people[0].holds[0].role: no specific role 'diplomat'"),
    ("arms_control/actors.yaml", "start: 2008}", "start: 2008, end: 2001}",
     "actors.yaml: line 14, people[0].holds[0]: ends (2001) before it starts (2008)"),
    ("arms_control/actors.yaml", "    covers: [deputy_foreign_minister]\n", "",
     "actors.yaml: line 21, roles[1]: a generic role must say which roles it covers"),
    ("arms_control/actors.yaml", "    country: russia\n", "    country: rusia\n",
     "actors.yaml: line 12, people[0].country: unknown state 'rusia'"),
    ("arms_control/actors.yaml", "    generic: true\n", "    generic: yes\n",
     "actors.yaml: line 22, roles[1].generic: Input should be a valid boolean"),
    ("languages/en.yaml", "code: en", "code: eng",
     "languages/en.yaml: line 1, code: 'eng' is not an ISO 639-1"),
    ("languages/en.yaml", "code: en", "code: de",
     "languages/en.yaml: line 1, code: code 'de' is not the file's name"),
    ("languages/en.yaml", "  last_month: [last month]", "  the_other_day: [the other day]",
     "languages/en.yaml: line 5, date_words: unknown date word 'the_other_day'"),
    ("languages/en.yaml", "suffix_tolerance: 0", "suffix_tolerance: three",
     "languages/en.yaml: line 4, suffix_tolerance"),
    ("arms_control/triggers/en.yaml", "  suspend:", "  pause:",
     "triggers/en.yaml: line 1, events: unknown event 'pause'"),
    ("arms_control/triggers/en.yaml", "treaty: new-start", "treaty: new-start-2",
     "triggers/en.yaml: line 7, events.deploy[0].treaty: unknown treaty 'new-start-2'"),
    ("arms_control/triggers/en.yaml", "modality: scheduled", "modality: planned",
     "triggers/en.yaml: line 10, events.expire[0].modality: unknown modality 'planned'"),
    ("arms_control/triggers/en.yaml", "    - forms: [deployed]", "    - forms: []",
     "triggers/en.yaml: line 6, events.deploy[0].forms: List should have at least 1 item"),
    ("arms_control/triggers/en.yaml", "quote_verbs: [said]", "quote_verbs: [said]\nquotes: [said]",
     "triggers/en.yaml: line 15, quotes: Extra inputs are not permitted"),
]


@pytest.mark.parametrize(("name", "old", "new", "expected"), BROKEN, ids=[b[3][:60] for b in BROKEN])
def test_a_broken_file_names_file_and_place(tmp_path: Path, good: dict[str, str], name: str, old: str,
                                            new: str, expected: str) -> None:
    assert old in good[name]
    good[name] = good[name].replace(old, new, 1)
    with pytest.raises(LexiconError) as caught:
        load_lexicon(write(tmp_path, good))
    assert expected in str(caught.value)
    assert str(caught.value).startswith(expected.split(":")[0] + ": ")


def test_a_trigger_file_without_its_language_file(tmp_path: Path, good: dict[str, str]) -> None:
    good["arms_control/triggers/xx.yaml"] = TRIGGERS
    with pytest.raises(LexiconError, match=r"^triggers/xx.yaml: top level: there is no languages/xx.yaml"):
        load_lexicon(write(tmp_path, good))


@pytest.mark.parametrize("missing", ["arms_control/treaties.yaml", "arms_control/actors.yaml"])
def test_a_missing_file_is_named(tmp_path: Path, good: dict[str, str], missing: str) -> None:
    del good[missing]
    with pytest.raises(LexiconError, match=rf"^{Path(missing).name}: top level: cannot be read"):
        load_lexicon(write(tmp_path, good))


def test_a_file_that_is_not_a_mapping(tmp_path: Path, good: dict[str, str]) -> None:
    good["arms_control/actors.yaml"] = "- russia\n- usa\n"
    with pytest.raises(LexiconError, match=r"^actors.yaml: top level: a mapping is needed, not list"):
        load_lexicon(write(tmp_path, good))


NAMES_KO = """\
treaties:
  new-start: [뉴스타트, 신전략무기감축협정]
states:
  russia: [러시아, 모스크바]
  usa: [미국, {form: US, case_sensitive: true}]
people:
  ryabkov: [랴브코프]
roles:
  deputy_foreign_minister: [외무차관]
"""


def test_a_language_brings_its_names_in_a_file_of_its_own(tmp_path: Path, good: dict[str, str]) -> None:
    good["arms_control/names/ko.yaml"] = NAMES_KO
    lexicon = load_lexicon(write(tmp_path, good))
    assert lexicon.treaties[0].names["ko"] == ("뉴스타트", "신전략무기감축협정")
    assert lexicon.treaties[0].names["ru"] == ("СНВ-3", "Договора о СНВ")  # the shared file's stay
    assert lexicon.states[0].names["ko"] == ("러시아", "모스크바")
    assert lexicon.states[1].case_sensitive["ko"] == ("US",) and lexicon.people[0].names["ko"] == ("랴브코프",)
    assert lexicon.roles[0].names["ko"] == ("외무차관",)


def test_a_names_file_joins_the_shared_names_without_repeating_them(tmp_path: Path, good: dict[str, str]) -> None:
    good["arms_control/names/en.yaml"] = "states:\n  russia: [Russian Federation, moscow]\n"
    lexicon = load_lexicon(write(tmp_path, good))
    assert lexicon.states[0].names["en"] == ("Russia", "Moscow", "Russian Federation")


def test_a_names_file_with_an_unknown_slug_names_file_and_place(tmp_path: Path, good: dict[str, str]) -> None:
    good["arms_control/names/ko.yaml"] = "states:\n  rusia: [러시아]\n"
    with pytest.raises(LexiconError, match=r"names/ko.yaml: .*states.rusia.*unknown state 'rusia'"):
        load_lexicon(write(tmp_path, good))
