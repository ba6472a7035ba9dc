"""The in-memory form of the domain pack (data/): what the loader returns and the finders read.

The data files are the source of truth; these frozen records are what ``load_lexicon()`` builds
from them after validating every file against its schema (lexicon/schema.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CalendarUse:
    calendar: str                               # buddhist | solar_hijri | hijri | hebrew
    bare_years: bool = False                    # a year in the calendar's range with no era word is its (th 2566)
    markers: tuple[str, ...] = ()               # era words beside a year: พ.ศ., هـ, ه.ش


@dataclass(frozen=True)
class Treaty:
    slug: str                                   # new-start, inf, ctbt ... (FORMAT.md)
    wikidata: str                               # Q-id
    names: dict[str, tuple[str, ...]]           # language -> names, abbreviations, inflected forms
    parties: tuple[str, ...] = ()               # state slugs
    signed: int | None = None                   # the year it was signed (or agreed)
    # language -> forms matched exactly as written ("SORT", "US"); never also in ``names``
    case_sensitive: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class State:
    slug: str                                   # russia, usa, ussr, uk, france, china ...
    wikidata: str
    names: dict[str, tuple[str, ...]]           # language -> names, capitals used as metonyms, demonyms
    case_sensitive: dict[str, tuple[str, ...]] = field(default_factory=dict)  # as for Treaty ("US")
    kind: str = "state"                         # or "organisation" that acts like one: nato, eu, un, iaea
    iso: str | None = None                      # ISO 3166-1 alpha-2
    ended: int | None = None                    # the last year it existed (ussr 1991); None: it exists
    continued_by: str | None = None             # the state that carries on its treaties (ussr: russia)
    # language -> the forms of ``names`` / ``case_sensitive`` that CLDR gave (territories.yaml); they
    # are borrowed into other languages' texts more sparingly than written ones (understand/entities.py)
    cldr: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class RoleHold:
    role: str                                   # role slug (president, foreign_minister ...)
    country: str | None                         # state slug
    start: int | None = None                    # first year held
    end: int | None = None                      # last year held (None: still)


@dataclass(frozen=True)
class Person:
    slug: str                                   # putin, ryabkov ... (FORMAT.md speaker slugs)
    wikidata: str
    country: str | None                         # the state the person acts for
    names: dict[str, tuple[str, ...]]           # language -> full names, family names, transliterations
    holds: tuple[RoleHold, ...] = ()
    case_sensitive: dict[str, tuple[str, ...]] = field(default_factory=dict)  # as for Treaty ("Xi")


@dataclass(frozen=True)
class Role:
    """A role noun ("deputy foreign minister", "Thứ trưởng Ngoại giao", "نائب وزير الخارجية") or a
    generic one ("the senior diplomat") that refers to a person resolved in context."""
    slug: str
    names: dict[str, tuple[str, ...]]
    generic: bool = False                       # generic roles ("diplomat") match any of ``covers``
    covers: tuple[str, ...] = ()                # for a generic role: the specific role slugs it may stand for
    country: str | None = None                  # a role phrase that names its state ("the Kremlin chief": russia)
    case_sensitive: dict[str, tuple[str, ...]] = field(default_factory=dict)  # as for Treaty


@dataclass(frozen=True)
class Trigger:
    event: str                                  # EVENT_TYPES
    forms: tuple[str, ...]                      # surface forms, matched on the normalised view
    treaty: str | None = None                   # a trigger that names its treaty class (e.g. missiles -> inf)
    modality: str | None = None                 # a trigger that carries its own modality ("will expire" -> scheduled)
    describes: bool = False                     # a participle qualifying the name right after it (zh 签署的)
    example: str | None = None                  # a real sentence it is found in (tests run it)


@dataclass(frozen=True)
class LanguagePack:
    """Everything language-specific for one language (data/languages/<code>.yaml and
    data/arms_control/triggers/<code>.yaml)."""
    code: str                                   # ISO 639-1
    name: str
    rtl: bool = False
    abbreviations: tuple[str, ...] = ()         # tokens whose trailing dot does not end a sentence
    ordinal_dot: bool = False                   # "3. Februar": a dot after a number is not an end
    # hu "Oroszországgal", fi "Saksassa": a case ending written "-val" in the marker lists also marks a
    # name it is glued to (where names inflect so); elsewhere "-dan" only follows a hyphen ("ABŞ-dan")
    glued_endings: bool = False
    genitive_agent: bool = False               # "выход США": a state right after an act's noun did it
    triggers: tuple[Trigger, ...] = ()
    negation: tuple[str, ...] = ()              # not, لن, không, не, nicht ...
    hedging: tuple[str, ...] = ()               # may, could, possibly, قد, có thể, может ...
    future: tuple[str, ...] = ()                # will, سوف, sẽ, будет ... (scheduled)
    quote_verbs: tuple[str, ...] = ()           # said, قال, cho biết, заявил ...
    treaty_nouns: tuple[str, ...] = ()          # treaty, agreement, المعاهدة, hiệp ước, договор (anaphora)
    pronouns: tuple[str, ...] = ()              # he, she, он, أنه ... (speaker anaphora)
    conditional: tuple[str, ...] = ()           # if, unless, as long as, ما لم, nếu, если ...: no event is stated
    negation_exceptions: tuple[str, ...] = ()   # "not only", "لا…فحسب", "không chỉ": negation words that do not negate
    instrument_nouns: tuple[str, ...] = ()      # law, decree, document: "signed a law suspending" is no treaty signing
    conjunctions: tuple[str, ...] = ()          # and, و, và, и, und: "Russia and the US signed" is two actors
    # "negotiations on", "talks on": an event named as a topic of talks is not stated
    talk_topics: tuple[str, ...] = ()
    # earlier, before that, trước đó, ранее, قبل ذلك: a different, earlier happening
    anterior: tuple[str, ...] = ()
    # proposed, offer, initiative, предложил, 提议, 제안, teklif: an extension offered is an offer of talks
    offers: tuple[str, ...] = ()
    # regarding, in connection with, по поводу, в связи с, 就, بشأن: the act after them is what another act
    # (a comment, a regret) is about; it takes no day of that act
    regarding: tuple[str, ...] = ()
    # until, до, حتى, đến: a date after them ends a period (an expiry), it dates no act
    until: tuple[str, ...] = ()
    # 까지, まで, kadar, तक: the same written after the date ("2026년 2월까지", "2026 yılına kadar")
    until_after: tuple[str, ...] = ()
    # before, ahead of, vor, до, перед, قبل: an expiry after them was due, whether it came or not
    before: tuple[str, ...] = ()
    # 앞두고, 前, önce, पहले: the same written after the expiry ("만료를 앞두고", "到期前", "sona ermeden önce")
    before_after: tuple[str, ...] = ()
    # but, which, while, но, который, لكن, الذي, 但, nhưng: a cue's scope and a date's verb stop there
    clause_boundaries: tuple[str, ...] = ()
    # which, who, который, الذي, جس نے, yang: they open a clause (a boundary) whose subject, when it names
    # none, is the state they follow
    relative_pronouns: tuple[str, ...] = ()
    # anniversary, годовщина, 周年, ذكرى: "the 50th anniversary of its entry into force" is no act of the day
    anniversaries: tuple[str, ...] = ()
    nuclear_stems: tuple[str, ...] = ()         # nucl, ядерн, 核: found inside words, folded
    # since, depuis, منذ, 以来: "has not tested since 1996" dates no test; the denial is of the years after
    since: tuple[str, ...] = ()
    # regularly, routinely, регулярно, เป็นประจำ: a habit, not a happening of the day the article is published
    habitual: tuple[str, ...] = ()
    # after, following, după, вслед за; ardından, に続き (after the state): "After Russia, the US also
    # ratified it" says the state after one, opening the clause, did the act first
    following: tuple[str, ...] = ()
    # also, too, in turn, și, тоже, aussi, de/da: the subject does as another did
    additive: tuple[str, ...] = ()
    # would have, иначе, لولا, 否则: what did not happen under a condition; never a denial
    counterfactual: tuple[str, ...] = ()
    # "a treaty that bans", "accused of", "aims to": the act is described, not stated
    descriptive: tuple[str, ...] = ()
    subject_markers: tuple[str, ...] = ()       # 이/가, は/が, ने, نے: the particle right after the state that acts
    # 과/와/에게, と/に, ile, के साथ: a state so marked is a partner, not the actor
    object_markers: tuple[str, ...] = ()
    object_prepositions: tuple[str, ...] = ()   # in, with, against, على, в: a state right after one is no subject
    # by, durch, par, من قبل: a state right after one, after the act, did it
    agent_prepositions: tuple[str, ...] = ()
    # of, от, du, vom: "the Treaty of April 8, 2010" — a date that is part of a name
    name_dates: tuple[str, ...] = ()
    not_events: tuple[str, ...] = ()            # signatory, 签署国: words that hold a trigger, name no act
    date_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # today/yesterday/last_month ... -> forms
    number_words: dict[int, tuple[str, ...]] = field(default_factory=dict)  # 3 -> three, три, ثلاث ("ago")
    clitic_prefixes: tuple[str, ...] = ()       # و ب ل ال ... stripped before matching (Arabic, Persian)
    suffix_tolerance: int = 0                   # how many trailing letters an inflected form may add (ru: 3)
    # characters a gapped form ("lässt…ruhen") may span; German verb brackets need ~200
    gap_reach: int = 60
    # dates and actors come before the verb (tr, fa, zh: "2010 yılında imzalandı")
    verb_final: bool = False
    # news clauses open with the verb, its subject after it (ar "انسحبت الولايات المتحدة": withdrew the US)
    verb_first: bool = False
    # every noun is capitalised (de): a one-word quotation with a speaker is kept though it starts upper-case
    capitalised_nouns: bool = False
    # a bare year right after a treaty's name is part of the name (id "Perjanjian INF 1987"), as a year
    # right before one is everywhere; not where a bare year after the object dates the act (de "den
    # Vertrag 1987 unterzeichnet")
    year_after_name: bool = False
    # endings of a verb in the future tense (es "retirará": -rá): the trigger's word so ending is due, not done
    future_endings: tuple[str, ...] = ()
    # distances the event reader weighs, overriding lexicon/reaches.py's defaults (negation: 20 ...)
    reaches: dict[str, int] = field(default_factory=dict)
    numeric_date_order: str | None = None       # dmy | mdy | ymd: "2/8" when the numbers do not settle it (vi: dmy)
    calendars: tuple[CalendarUse, ...] = ()     # Buddhist-era, Solar Hijri, Hijri, Hebrew years the news writes
    # words of this language, not of those it is mistaken for (identification)
    markers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Naming:
    """How people's names are written, by script (data/naming.yaml): what reading a name nobody listed
    needs. Scripts are named by the first word of their letters' Unicode names (LATIN, CJK, HANGUL ...)."""
    family_first_scripts: frozenset[str] = frozenset()
    # script -> name -> Latin spelling ("" : transliterate)
    family_names: dict[str, dict[str, str]] = field(default_factory=dict)
    name_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # script -> particles glued after a name
    family_first_spellings: frozenset[str] = frozenset()   # folded Latin spellings ("hua", "kim", "nguyễn")
    particles: frozenset[str] = frozenset()                # von, van, de, al ...
    separators: str = ""                                   # · ・ between the parts of a foreign name
    not_in_names: frozenset[str] = frozenset()             # folded words that make a run a body's name
    topic_markers: frozenset[str] = frozenset()            # particles after a clause's subject: ja は, ko 은 는
    # script -> (letters, Latin spelling), longest first: where anyascii is not the usual spelling (Μπ -> B)
    romanization: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)  # hashed by identity: matchers built from it are cached per lexicon
class Lexicon:
    treaties: tuple[Treaty, ...]
    states: tuple[State, ...]
    people: tuple[Person, ...]
    roles: tuple[Role, ...]
    languages: dict[str, LanguagePack]
    naming: Naming = field(default_factory=Naming)
    # language -> folded ordinary words of it that some language's CLDR name spells ("Mali" in Turkish
    # is "financial"): never read as a name borrowed from another language's data
    not_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # what the lexicon was read from (lexicon/built.py): matchers built from it are kept on disk under
    # it; "" for a lexicon assembled in code, whose matchers are only kept in memory
    fingerprint: str = ""

    def language(self, code: str) -> LanguagePack:
        """The pack for ``code``; an empty pack for a language without data (nothing is found, nothing fails)."""
        return self.languages.get(code) or LanguagePack(code=code, name=code)
