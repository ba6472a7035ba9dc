"""The schema of every data file the lexicon loads: what untrusted structure must look like before it
becomes the frozen records of lexicon/types.py.

    data/arms_control/treaties.yaml         TreatiesFile
    data/arms_control/actors.yaml           ActorsFile    (states, people, roles)
    data/arms_control/triggers/<code>.yaml  TriggersFile  (event triggers and cues of one language)
    data/languages/<code>.yaml              LanguageFile  (everything else about one language)
    data/arms_control/names/<code>.yaml     NamesFile     (one language's names of treaties and actors)
    data/arms_control/territories.yaml      TerritoriesFile (the states named in every language from CLDR)

(data/arms_control/reference.yaml is not lexicon data: know/reference.py owns and checks it.)

A name is a string, matched case-insensitively on the folded view, or ``{form: "US",
case_sensitive: true}`` for a short form that is an ordinary word in lower case ("us", "sort").
Checks that need more than one record (slugs unique, references that resolve) live in load.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    field_validator,
    model_validator,
)

from ..models import EVENT_TYPES, MODALITIES
from .fold import fold

LANGUAGE_CODE = re.compile(r"[a-z]{2}")                  # ISO 639-1
ENTITY_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")    # new-start, kim-jong-un (FORMAT.md)
ROLE_SLUG = re.compile(r"[a-z]+(?:_[a-z]+)*")            # deputy_foreign_minister
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
ISO_CODE = re.compile(r"[A-Z]{2}")                       # ISO 3166-1 alpha-2 (RU, US, EE)
LOCALE_ID = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2})?")   # CLDR locale: zh_Hant, sr_Latn

DATE_WORD_KEYS = (
    "day",  # a word for "day" written before a day number: vi "ngày 2/8", id "tanggal 22/2"
    "year",  # a word for "year" written before a year that dateparser lacks: ur "سنہ 2000"; one that starts
             # with a hyphen follows the year, suffix first: az "-cu il" ("2010-cu ildə")
    "today", "yesterday", "tomorrow", "this_week", "last_week", "next_week", "this_month", "last_month",
    "next_month", "this_year", "last_year", "next_year",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
    # counted from the date before them, not from publication: ja 翌年, zh 次年, ko 이듬해 (understand/datefollow.py)
    "following_year", "following_month", "following_day",
    # the day the text last stated: ko 이날, zh 当天, "the same day" (understand/datefollow.py)
    "same_day",
    # the year the text last stated: "the same year", "того же года", 同年 (understand/datefollow.py)
    "same_year",
    # forms dateparser's tables give as a month or a weekday that are ordinary words of the language,
    # never read as dates (ca "des" of "des de", since)
    "not_dates",
    # "ago" words dateparser's templates lack (understand/dateago.py): after the number and its unit
    # (fa "۶ سال قبل", bn "১৫ বছর আগে"), or before them (ar "منذ ثلاث سنوات")
    "ago_after", "ago_before",
    # what follows a year written with two digits, the year word first: ja "年に" ("19年に失効": 2019;
    # understand/shortyears.py)
    "short_year",
)


def _one_line(value: str) -> str:
    if not value or value != value.strip() or "\n" in value:
        raise ValueError(f"{value!r}: a form is one line of text without spaces at either end")
    return value


def _matching(pattern: re.Pattern[str], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise ValueError(f"{value!r} is not {what}")
        return value
    return check


# A form is matched as written: one line, no surrounding spaces.
Text = Annotated[str, AfterValidator(_one_line)]
LanguageCode = Annotated[str, AfterValidator(_matching(LANGUAGE_CODE, "an ISO 639-1 code (en, ru, ar...)"))]
EntitySlug = Annotated[str, AfterValidator(_matching(ENTITY_SLUG, "a slug (lowercase letters, digits, -)"))]
RoleSlug = Annotated[str, AfterValidator(_matching(ROLE_SLUG, "a role slug (lowercase letters, _)"))]
WikidataId = Annotated[str, AfterValidator(_matching(WIKIDATA_ID, "a Wikidata id (Q and digits)"))]
IsoCode = Annotated[str, AfterValidator(_matching(ISO_CODE, "an ISO 3166-1 alpha-2 code (RU, US, EE...)"))]
LocaleId = Annotated[str, AfterValidator(_matching(LOCALE_ID, "a CLDR locale (zh_Hant, sr_Latn...)"))]
Year = Annotated[int, Field(ge=1900, le=2100)]


class _Schema(BaseModel):
    # strict: a YAML number or boolean where text is expected is an error, not a silent conversion
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class CaseSensitiveForm(_Schema):
    form: Text
    case_sensitive: bool = True


def _name_form(value: object) -> str | CaseSensitiveForm:
    if isinstance(value, str):
        return _one_line(value)
    if isinstance(value, dict):
        try:
            return CaseSensitiveForm.model_validate(value)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            field = ".".join(str(step) for step in first["loc"])
            raise ValueError(f"{field}: {first['msg']}" if field else first["msg"]) from None
    raise ValueError(f"{value!r}: a name is text, or {{form: ..., case_sensitive: true}}")


NameForm = Annotated[str | CaseSensitiveForm, PlainValidator(_name_form)]


def _no_duplicates(forms: list[str], what: str) -> list[str]:
    """Two forms that fold alike (fold.py: case, Arabic letters, dashes...) are one form written twice."""
    seen: dict[str, str] = {}
    for form in forms:
        key = fold(form)
        if key in seen:
            raise ValueError(f"{what} {form!r} is listed twice (as {seen[key]!r})")
        seen[key] = form
    return forms


class _Named(_Schema):
    names: dict[LanguageCode, list[NameForm]]

    @field_validator("names")
    @classmethod
    def _names_well_formed(cls, names: dict[str, list[NameForm]]) -> dict[str, list[NameForm]]:
        if not names:
            raise ValueError("at least one language is needed")
        for language, forms in names.items():
            if not forms:
                raise ValueError(f"{language}: no names")
            plain = [f for f in forms if isinstance(f, str)]
            exact = [f.form for f in forms if isinstance(f, CaseSensitiveForm) and f.case_sensitive]
            loose = [f.form for f in forms if isinstance(f, CaseSensitiveForm) and not f.case_sensitive]
            _no_duplicates(plain + loose, f"{language}: name")
            if len(set(exact)) != len(exact):
                raise ValueError(f"{language}: a case-sensitive name is listed twice")
        return names


class TreatyEntry(_Named):
    slug: EntitySlug
    wikidata: WikidataId | None = None   # None: not verified; never a guess
    parties: list[EntitySlug] = []
    # the year it was signed (or agreed: JCPOA): "the agreement signed in 2015", "the 1987 treaty" name
    # the one treaty of that year when the text names none (understand/events.py)
    signed: int | None = Field(default=None, ge=1900, le=2100)


class TreatiesFile(_Schema):
    treaties: list[TreatyEntry] = Field(min_length=1)


class StateEntry(_Named):
    slug: EntitySlug
    wikidata: WikidataId | None = None
    kind: Literal["state", "organisation"] = "state"
    iso: IsoCode | None = None   # ISO 3166-1 alpha-2: CLDR's names of the state join the written ones
    # the last year it existed (the USSR: 1991): an act dated later is no act of it (understand/events.py)
    ended: int | None = Field(default=None, ge=1900, le=2100)
    # the state that carries on its treaties after it ended (the USSR's: Russia)
    continued_by: EntitySlug | None = None

    @model_validator(mode="after")
    def _iso_only_for_states(self) -> StateEntry:
        if self.iso is not None and self.kind != "state":
            raise ValueError("only a state has an ISO code")
        return self


class HoldEntry(_Schema):
    role: RoleSlug
    country: EntitySlug | None = None
    start: Year | None = None
    end: Year | None = None

    @model_validator(mode="after")
    def _in_order(self) -> HoldEntry:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"ends ({self.end}) before it starts ({self.start})")
        return self


class PersonEntry(_Named):
    slug: EntitySlug
    wikidata: WikidataId | None = None
    country: EntitySlug | None = None
    holds: list[HoldEntry] = []


class RoleEntry(_Named):
    slug: RoleSlug
    generic: bool = False
    covers: list[RoleSlug] = []
    country: EntitySlug | None = None   # a phrase that names the state too ("the Kremlin chief")

    @model_validator(mode="after")
    def _covers_only_when_generic(self) -> RoleEntry:
        if self.generic and not self.covers:
            raise ValueError("a generic role must say which roles it covers")
        if not self.generic and self.covers:
            raise ValueError("only a generic role covers other roles")
        return self


class ActorsFile(_Schema):
    states: list[StateEntry] = Field(min_length=1)
    people: list[PersonEntry] = []
    roles: list[RoleEntry] = []


class NamesFile(_Schema):
    """data/arms_control/names/<code>.yaml: one language's names of the treaties, states, people and
    roles that treaties.yaml and actors.yaml define (by slug), so that adding a language is adding its
    own files. They join the names written in the shared files under the same code."""
    treaties: dict[EntitySlug, list[NameForm]] = {}
    states: dict[EntitySlug, list[NameForm]] = {}
    people: dict[EntitySlug, list[NameForm]] = {}
    roles: dict[RoleSlug, list[NameForm]] = {}


class NamingFile(_Schema):
    """data/naming.yaml: how people's names are written, by script (understand/names.py reads it)."""
    family_first_scripts: list[Text] = []
    # script -> its family names: a list (transliterated as they are) or {name: usual Latin spelling}
    family_names: dict[Text, list[Text] | dict[Text, Text]] = {}
    name_endings: dict[Text, list[Text]] = {}
    family_first_spellings: list[Text] = []
    particles: list[Text] = []
    separators: list[Text] = []
    # capitalised words that a person's name never holds and an outlet's or a body's does ("The Financial
    # Times"): a run of capitalised words with one of them is no person
    not_in_names: list[Text] = []
    # particles written right after the subject of a clause in the scripts that mark it (ja は, ko 은 는):
    # the speaker of a quotation is the person so marked
    topic_markers: list[Text] = []
    # script -> letters and the Latin spelling names take for them where plain transliteration
    # (anyascii) is not the usual one (Greek Μπ -> B, ου -> ou)
    romanization: dict[Text, dict[Text, Text]] = {}


class TerritoriesFile(_Schema):
    """data/arms_control/territories.yaml: the states named in every language from CLDR's territory
    names (babel), beyond those actors.yaml writes by hand."""
    states: list[IsoCode] = []                           # every state the lexicon knows by its ISO code
    slugs: dict[IsoCode, EntitySlug] = {}                # where the slug is not CLDR's English name, lowercased
    locales: dict[LanguageCode, list[LocaleId]] = {}     # more CLDR locales a language's news is written in
    not_names: dict[LanguageCode, list[Text]] = {}       # ordinary words of a language that CLDR spells as a name

    @field_validator("states")
    @classmethod
    def _states_unique(cls, states: list[str]) -> list[str]:
        seen = set()
        for code in states:
            if code in seen:
                raise ValueError(f"{code} is listed twice")
            seen.add(code)
        return states


# Word lists that may sit in either file of a language (the loader joins them): the language file
# holds what is true of the language, the triggers file what this domain needs of it.
Cues = list[Text]


class _CueLists(_Schema):
    negation: Cues = []
    hedging: Cues = []
    future: Cues = []
    quote_verbs: Cues = []
    treaty_nouns: Cues = []
    pronouns: Cues = []
    conditional: Cues = []
    negation_exceptions: Cues = []
    instrument_nouns: Cues = []
    conjunctions: Cues = []
    talk_topics: Cues = []
    anterior: Cues = []
    regarding: Cues = []
    offers: Cues = []
    until: Cues = []
    until_after: Cues = []
    before: Cues = []
    before_after: Cues = []
    clause_boundaries: Cues = []
    relative_pronouns: Cues = []
    anniversaries: Cues = []
    since: Cues = []
    habitual: Cues = []
    following: Cues = []
    additive: Cues = []
    counterfactual: Cues = []
    descriptive: Cues = []
    name_dates: Cues = []
    not_events: Cues = []
    subject_markers: Cues = []
    object_markers: Cues = []
    object_prepositions: Cues = []
    agent_prepositions: Cues = []


CUE_FIELDS: tuple[str, ...] = tuple(_CueLists.model_fields)


class TriggerEntry(_Schema):
    forms: list[Text] = Field(min_length=1)
    example: Text | None = None
    treaty: EntitySlug | None = None
    modality: str | None = None
    # a participle that qualifies the name right after it ("签署的《条约》"): it describes the treaty
    describes: bool = False

    @field_validator("forms")
    @classmethod
    def _forms_unique(cls, forms: list[str]) -> list[str]:
        return _no_duplicates(forms, "form")

    @field_validator("modality")
    @classmethod
    def _known_modality(cls, modality: str | None) -> str | None:
        if modality is not None and modality not in MODALITIES:
            raise ValueError(f"unknown modality {modality!r}; one of {', '.join(MODALITIES)}")
        return modality


class TriggersFile(_CueLists):
    events: dict[str, list[TriggerEntry]] = {}

    @field_validator("events")
    @classmethod
    def _known_events(cls, events: dict[str, list[TriggerEntry]]) -> dict[str, list[TriggerEntry]]:
        for event in events:
            if event not in EVENT_TYPES:
                raise ValueError(f"unknown event {event!r}; one of {', '.join(EVENT_TYPES)}")
        return events


class CalendarUse(_Schema):
    """A calendar other than the Gregorian whose years (and months) the language's news writes."""
    calendar: Literal["buddhist", "solar_hijri", "hijri", "hebrew"]
    # a year in the calendar's modern range with no era word is this calendar's (th 2566, fa ۱۴۰۲)
    bare_years: bool = False
    # era words written beside a year (before or after): th พ.ศ., ar هـ, fa ه.ش / شمسی
    markers: list[Text] = []


class LanguageFile(_CueLists):
    code: LanguageCode
    name: Text
    rtl: bool = False
    abbreviations: list[Text] = []
    ordinal_dot: bool = False
    glued_endings: bool = False
    # a state right after an act's noun is its agent, in the genitive with no preposition ("осудила выход
    # США", "رحبت بانسحاب الولايات المتحدة", "خروج آمریکا"): it owns the act though a subject stands before
    genitive_agent: bool = False
    clitic_prefixes: list[Text] = []
    suffix_tolerance: Annotated[int, Field(ge=0, le=6)] = 0
    gap_reach: Annotated[int, Field(ge=10, le=400)] = 60
    verb_final: bool = False
    verb_first: bool = False
    # every noun is written with a capital (de): a single quoted word with a speaker ('nannte es eine
    # „Provokation“') is a quotation, not a quoted name
    capitalised_nouns: bool = False
    year_after_name: bool = False
    future_endings: list[Text] = []
    # distances the event reader weighs, where this language needs others than the defaults
    # (lexicon/reaches.py names them: negation, own_date, instrument ...)
    reaches: dict[Text, Annotated[int, Field(ge=0, le=1000)]] = {}
    date_words: dict[str, list[Text]] = {}
    # words for small numbers, as a date counts back with them ("three years ago", "три года назад",
    # "قبل ثلاث سنوات", "两年前"): digits need none (understand/dateago.py)
    number_words: dict[Annotated[int, Field(ge=1, le=99)], list[Text]] = {}
    # how a numeric date without month names is ordered when its numbers do not say (vi 2/8 = 2 August: dmy)
    numeric_date_order: Literal["dmy", "mdy", "ymd"] | None = None
    calendars: list[CalendarUse] = []
    # words frequent in this language that the languages it is mistaken for write otherwise
    # (ms bahawa, nuklear / id bahwa, nuklir): evidence for language identification (text/language.py)
    markers: list[Text] = []
    # the stems of "nuclear" as written inside words too (nucléaire, ядерн, 核, Atom-): a weapons test in
    # a sentence with one (or right after one) is arms-control news though it names no treaty
    nuclear_stems: list[Text] = []

    @field_validator("markers")
    @classmethod
    def _markers_are_words(cls, markers: list[str]) -> list[str]:
        for marker in markers:
            if not all(ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc") for ch in marker):
                raise ValueError(f"marker {marker!r}: a marker is one word")
        return _no_duplicates(markers, "marker")

    @field_validator("date_words")
    @classmethod
    def _known_date_words(cls, words: dict[str, list[str]]) -> dict[str, list[str]]:
        for key in words:
            if key not in DATE_WORD_KEYS:
                raise ValueError(f"unknown date word {key!r}; one of {', '.join(DATE_WORD_KEYS)}")
        return words
