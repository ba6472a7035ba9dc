"""Treaty and diplomatic events: which trigger, which treaty, which state acts, when, how certain.

Each trigger word found in a sentence becomes at most one event per acting state:
- treaty: named in the sentence; else a treaty noun ("the treaty", "هذه الاتفاقية") pointing back to
  the last treaty named; else, for treaty actions, the one treaty the article is about;
- actor: the state (or a person or office acting for it) closest before the trigger, else after it
  (verb-first languages, passives), with the states joined to it by a conjunction ("Russia and the
  United States signed" gives two events); a bilateral treaty's parties when a signing or extension
  names nobody; none for expiry and entry into force, which belong to the treaty;
- date: the date expressions of the sentence, shared out one to one by distance; an undated event in
  the headline or lead is the article's own news and happened on the publication date;
- modality: negated, possible (hedged), scheduled (future) or asserted, from cues right before it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date as Day
from datetime import timedelta
from functools import cache, lru_cache
from operator import attrgetter
from typing import NamedTuple, TypeVar

from ..dates import agree, bounds
from ..lexicon.fold import fold, fold_passage
from ..lexicon.matcher import Hit
from ..lexicon.reaches import Reaches, reaches_of
from ..lexicon.types import LanguagePack, Lexicon, Person
from ..models import DateMention, Document, Event, Mention, Quote, Span
from .cues import Cues, trigger_of, within
from .datecalc import day_ahead
from .dates import resolve_year
from .datewords import vocab_for
from .entities import people_by_slug
from .following import Precedent, precedents, went_first

# Events that a treaty undergoes, whoever acts: they need a treaty to mean anything.
# the distances a language's data does not set (lexicon/reaches.py: negation, own_date, instrument ...)
_DEFAULT = Reaches()
TREATY_ACTIONS = frozenset({"sign", "ratify", "enter_into_force", "suspend", "resume", "withdraw",
                            "deratify", "extend", "expire"})
NO_ACTOR = frozenset({"enter_into_force", "expire"})
TREATY_OWN = frozenset({"enter_into_force", "expire", "extend"})
BOTH_PARTIES = frozenset({"sign", "extend"})
WEAPONS = frozenset({"deploy", "produce", "test"})
# A test is an act of a state, not a step of a treaty (FORMAT.md's gold gives tests no treaty): the
# treaty in context only tells that it is arms-control news.
UNBOUND = frozenset({"test"})
# Past participles that often qualify a treaty's name rather than report an act ("the treaty signed in
# 1987", "1987年签署的条约", "imzalanan anlaşma"): with a date of their own they state a past act.
DESCRIBING = frozenset({"sign", "ratify"})
_NAME_GAP = " \t-–—'’\"«»“”《》「」()（）"
TALKS = frozenset({"propose_talks", "reject_talks"})
# acts that, offered ("proposed an extension"), are an offer of talks (an ``offers`` cue beside them)
OFFERED = frozenset({"extend"})
_CLAUSE_MARKS = ",;:،؛，；："
_SCOPE_MARKS = ";:؛；："         # marks that end a cue's scope (a comma does not: "Russia, however, will not")



def _marked_off(segment: str, marks: str = _CLAUSE_MARKS) -> bool:
    """A clause mark in ``segment``; a colon inside a word is none ("USA:s president", "EU:n")."""
    if not segment:
        return False
    pattern = _CLAUSE_PATTERN if marks is _CLAUSE_MARKS else _any_of(marks)
    found = pattern.search(segment)   # (asked for every gap between names, triggers and dates: most hold none)
    while found is not None:
        i = found.start()
        if not (segment[i] == ":" and 0 < i < len(segment) - 1 and segment[i - 1].isalnum()
                and segment[i + 1].isalnum()):
            return True
        found = pattern.search(segment, i + 1)
    return False


@cache
def _any_of(marks: str) -> re.Pattern[str]:
    """One of the characters ``marks``, found by one search rather than a loop over a text's characters."""
    return re.compile("[" + re.escape(marks) + "]")

_CLAUSE_PATTERN = _any_of(_CLAUSE_MARKS)


class _Actor(NamedTuple):
    """A state as named (a named tuple: made for every state an article names, and a tuple is made fastest)."""

    state: str
    start: int
    end: int
    organisation: bool = False   # the UN, NATO: they host, urge and propose; states sign and withdraw
    person: bool = False         # named by a person or a role acting for the state


_start = attrgetter("start")   # the sort key of mentions and states (a C getter, not a lambda)


def find_events(doc: Document, lexicon: Lexicon, mentions: Sequence[Mention], dates: Sequence[DateMention],
                cues: Cues, quotes: Sequence[Quote] = (), who: dict[tuple[int, int], str] | None = None
                ) -> tuple[Event, ...]:
    """``who`` maps person and role mentions to the person meant (entities.resolve_people)."""
    pack = lexicon.language(doc.language)
    r = reaches_of(pack)
    states = sorted(_acting_mentions(doc, lexicon, mentions, cues, who or {}, r), key=_start)
    state_starts = [st.start for st in states]
    people = people_by_slug(lexicon)
    treaties = sorted((m for m in mentions if m.kind == "treaty"), key=_start)
    treaty_starts = [m.start for m in treaties]
    article_treaties = {m.slug for m in treaties}
    conjunctions = _conjunctions(lexicon, doc.language)
    # "After Russia, on 29 January, the US also ratified it": the day is the state's that went first,
    # neither the subject's nor the lead's
    went = _went_first(doc, states, state_starts, dates, cues)
    firsts = {id(p.date) for ps in went.values() for p in ps if p.date is not None}
    dates = [d for d in dates if id(d) not in firsts]
    # (weekday names matter only to an article without a publication date)
    weekdays = _weekday_forms(lexicon, doc.language) if doc.published is None else frozenset()
    # (the lead's day is a full day: only those dates are asked whether they are part of a name; a date
    # that ends a period, "extended until 5 February", is no day of news)
    ends = _ends(dates, cues, r)
    days = [d for d in dates if d.value and d.precision == "day" and d.start not in ends]
    lead_date = _lead_date(doc, _unnamed(doc, days, treaties, cues, r), quotes, r, weekdays,
                           cues.of("clause_boundaries"))
    verb_final = pack.verb_final
    referred = _treaties_referred(doc, treaties, cues)
    parties = _parties(lexicon)
    dates = sorted(dates, key=_start)
    date_starts = [d.start for d in dates]
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        hits = within(cues.triggers, sentence.start, sentence.end)
        in_sentence = _in_span(treaties, treaty_starts, sentence)
        if not hits and not in_sentence:
            continue  # no trigger and no treaty's title to date: most sentences tell nothing (checked first)
        if _an_address(doc.text[sentence.start:sentence.end]):
            continue  # a page's address printed as a line: its words are a slug, not a sentence
        # the dates of this sentence, found once by bisection as the states are
        raw_dates = [d for d in dates[bisect.bisect_left(date_starts, sentence.start):
                                      bisect.bisect_right(date_starts, sentence.end)] if d.end <= sentence.end]
        # "the Treaty on ... of April 8, 2010": a treaty's formal title carries the day it was signed
        for m, d in _titled(in_sentence, raw_dates, doc.text, cues):
            for party in parties.get(m.slug) or (None,):
                events.append(Event("sign", m.slug, party, d.value, "asserted", sentence, Span(d.start, d.end),
                                    doc.text[sentence.start:sentence.end]))
        if not hits:
            continue
        # the states of this sentence, found once by bisection (a long text names states thousands of times)
        here = _in_span(states, state_starts, sentence)
        # a treaty's title in title brackets ("签署的《美国与苏联关于……的条约》") is a name, known or not
        titled: list[Mention | Span] = sorted([*in_sentence, *_bracketed(doc.text, sentence, cues)],
                                              key=_start)
        # a participle that describes a treaty ("imzalanan Açık Semalar Anlaşması") signs no law
        # (hits are kept in sets and maps by their start: no two hits of a sentence start at one offset, and
        # a hit's own hash reads its trigger's every form)
        treaty_participles = {h.start for h in hits if verb_final and trigger_of(h).event in DESCRIBING
                              and _attributive(h, titled, doc.text, verb_final)}
        hits, offered = _offers(hits, sentence, cues, doc.text, r)
        occasions = _occasions(hits, in_sentence, cues, sentence, doc.text, r)
        kept_hits = _drop_subsumed(hits, cues, sentence, doc.text, verb_final, conjunctions, treaty_participles, r)
        # the dates right beside a dropped participle that stands before the treaty's name are its own
        # ("aus dem 1987 unterzeichneten INF-Vertrag ausgestiegen": 1987 is the signing's, not the
        # withdrawal's); not a signed law's ("csütörtökön aláírt egy törvényt": the law's day is the act's)
        kept_starts = {h.start for h in kept_hits}
        name_starts = {m.start for m in titled}
        dropped = [h for h in hits if h.start not in kept_starts
                   and _next_word_at(doc.text, h.end) in name_starts]
        hits = kept_hits
        if not hits:
            continue
        # an agreement or a law the lexicon does not know is named by its date too ("соглашения от 3
        # ноября 1990 года", "закон от 1 марта")
        treaty_nouns = [Span(n.start, n.end) for n in within(cues.of("treaty_nouns"), sentence.start, sentence.end)]
        nouns: list[Span | Hit] = [*treaty_nouns, *within(cues.of("instrument_nouns"), sentence.start, sentence.end)]
        named: list[Mention | Span] = [*in_sentence, *(Span(n.start, n.end) for n in nouns)]
        sentence_dates = _apposed([d for d in raw_dates if not _part_of_a_name(d, named, doc.text, cues,
                                                                               pack.year_after_name)
                                   and not _beside(d, dropped, doc.text)], doc.text)
        # a state that went first ("after Russia, ...") is not the clause's subject
        gone = went.get(index, [])
        here_acting = [st for st in here if not any(p.at.start <= st.start < p.at.end for p in gone)]
        # "the 1987 treaty", "اتفاق 2015": a year set against a treaty noun names the treaty of that year
        noun_dates = [d for d in raw_dates
                      if not in_sentence and _part_of_a_name(d, treaty_nouns, doc.text, cues, pack.year_after_name)]
        noun_years = {_year(d) for d in noun_dates}
        # "until it expires": the expiry is a point ahead, not dated by what came before
        # (or that opens the trigger's own form as a word of its own: sk "do vypršania", "until the
        # expiry"; not zh 到 of 到期)
        governed = {h.start for h in hits for u in cues.of("until")
                    if 0 <= h.start - u.end <= r.until + 4
                    or (h.start == u.start and u.end < h.end and doc.text[u.end].isspace())}
        boundaries = within(cues.of("clause_boundaries"), sentence.start, sentence.end)
        lent: set[int] = set()   # the hits (by start) that share a date another took
        assigned = _share_dates(hits, sentence_dates, doc.text, _ends(sentence_dates, cues, r), governed,
                                lexicon.language(doc.language).verb_final, boundaries, r, lent, named)
        # "imzalanan ... Anlaşma'dan çekildi": the date of a participle that describes the treaty is the
        # treaty's, not lent to the verb of the clause
        # ("the 1987 treaty, signed by Reagan and Gorbachev,": a treaty noun is described as a name is)
        described_things = sorted([*titled, *treaty_nouns], key=_start)
        describing_hits = {h.start for h in hits if trigger_of(h).event in DESCRIBING
                           and _attributive(h, described_things, doc.text, verb_final, here, hits, sentence.start)}
        described = {id(assigned[h]) for h in describing_hits if h in assigned}
        # the last trigger's actors in this sentence, and whether a relative clause told of them in passing
        previous: tuple[int, tuple[str | None, ...], bool] | None = None
        sinces = within(cues.of("since"), sentence.start, sentence.end)
        counts_from: dict[str, DateMention] = {}   # by event: the date a denial "since" counts from
        for hit in hits:
            trigger = trigger_of(hit)
            # an extension offered names its treaty as the extension would ("offered an extension of the treaty")
            treaty = _treaty(doc, "extend" if hit.start in offered else trigger.event, trigger.treaty, hit, index,
                             treaties, article_treaties, cues,
                             referred, [m for m in in_sentence if m.start not in occasions] if occasions
                             and trigger.event in TALKS else in_sentence, boundaries, r)
            if (not in_sentence and treaty_nouns and trigger.treaty is None
                    and trigger.event in TREATY_ACTIONS):
                # "the agreement signed in 2015": a treaty noun the sentence leaves unnamed is the treaty
                # of the year it was signed, where the lexicon knows one treaty of that year, and the
                # article is about treaties (it names this one, or "the agreement" points back to another)
                signed = assigned.get(hit.start) if trigger.event == "sign" else None
                of_year = _treaty_of_year(lexicon, noun_years | {_year(signed)}, treaty)
                treaty = of_year if treaty is not None or of_year in article_treaties else treaty
            # a test beside "nuclear" is arms-control news by itself when its text dates it or denies it
            # ("the Soviet Union last tested in 1990", "Russia never tested after 1990"); other acts need a treaty
            untreatied = treaty is None and trigger.event in UNBOUND and _nuclear(doc, index, pack)
            if treaty is None and (trigger.event in TREATY_ACTIONS or trigger.event in WEAPONS) and not untreatied:
                continue
            if trigger.event in UNBOUND:
                treaty = trigger.treaty  # the treaty in context keeps it arms control; the act is no treaty's
            # the trigger's clause, found once: the cues of modality, "since" and habit are read inside it
            opened = _scope_start(hit, sentence, cues, doc.text)
            closed = _scope_end(hit, sentence, cues, doc.text)
            # a verb form that carries its own modality ("will expire", "çekilmedi") still yields to a
            # condition or a counterfactual around it ("หาก ... จะหมดอายุ", "本来会到期"); a participle that
            # describes the treaty after its name is read from itself on: "s-ar putea retrage din Tratatul
            # INF, semnat în 1987" may withdraw, but the treaty was signed
            after_name = hit.start in describing_hits and not verb_final
            modality = _modality(hit, sentence, cues, doc.text, max(opened, hit.start) if after_name else opened,
                                 trigger.modality, r, closed, _future_form(hit, doc.text, pack.future_endings))
            if modality is None:
                continue  # a condition ("unless Washington deploys"), not a statement
            if modality == "negated" and hit.start in offered:
                continue  # "no respondió a la propuesta de prorrogar": the denial is the answer's, not the offer's
            # "Before that, Sullivan offered talks": an act set earlier; an expiry is a fixed point
            anterior = trigger.event not in NO_ACTOR and bool(within(cues.of("anterior"), sentence.start, hit.start))
            describing = hit.start in describing_hits
            stated = assigned.get(hit.start)
            if stated is not None and not describing and id(stated) in described:
                stated = None
            # "On 6 February the minister commented on the treaty's expiry", "в связи с истечением срока",
            # "就…到期发表评论": the act is what another act is about; the day before the cue, or the lead's,
            # is that other act's. A date inside the phrase ("regret over its expiry on 5 February") stays
            about = _regarding(hit, cues, opened, r)
            gone_before = _gone_before(hit, cues, opened, doc.text, r)
            if about is not None and stated is not None and stated.start < about:
                stated = None
            counted_from = counts_from.get(trigger.event)
            if (counted_from is not None and modality in ("negated", "asserted") and trigger.modality is None
                    and 0 <= hit.start - counted_from.end <= r.since_last
                    and not within(cues.of("negation"), counted_from.end, hit.start)):
                # "has not tested since 1992, after testing underground in Nevada": the act the denial
                # counts from is stated, on the denial's date; the negation before the date is not its
                modality, stated = "asserted", counted_from
                lent.discard(hit.start)
            if (modality == "negated" and stated is not None and stated.value and not stated.relative
                    and any(hit.end <= c.start and c.end <= stated.start for c in sinces)):
                counts_from[trigger.event] = stated
            if hit.start in lent and modality == "negated":
                stated = None  # "it expired today, and no extension was agreed": a denial is not dated by another verb
            since = modality == "negated" and (
                any(min(hit.end, stated.end) <= c.start and c.end <= max(hit.start, stated.start) for c in sinces)
                if stated is not None else _in_clause(sinces, opened, closed))
            if since:
                stated = None  # "has not tested since 1996": the denial covers the years after, it has no day
            if describing and stated is not None and not verb_final and stated.end <= hit.start:
                # "pusieron término este viernes al tratado INF, firmado al final de la Guerra Fría": a
                # participle's own date follows it; one before the treaty it describes is the clause's
                stated = None
            if describing and stated is None and trigger.event == "sign" and len(noun_years) == 1:
                stated = noun_dates[0]  # "the 1987 treaty, signed by Reagan and Gorbachev": signed in 1987
            if describing and (stated is None or not stated.value or stated.relative):
                continue  # "New START, signed with Russia," describes the treaty: no signing is reported
            # "China and Russia, which test regularly": a habit has no day of its own
            habit = _in_clause(cues.of("habitual"), opened, closed) and (
                stated is None or hit.start in lent or not _in_clause([stated], opened, closed))
            if habit:
                stated = None
            # "Kurz vor dem Auslaufen im Februar 2021 wurde es verlängert": a clause that states a date
            # years before the publication tells of that time, even where the date is another act's; not
            # a date that describes the treaty ("ritirati dal trattato, un accordo firmato nel 1987")
            bygone = stated is None and _bygone([d for d in sentence_dates if id(d) not in described],
                                                opened, closed, doc.published)
            date = _date(doc, _in_lead(doc, index, r), stated, None if anterior else lead_date,
                         # "until it expires", "Do wygaśnięcia traktatu pozostało …": a point ahead, not the day's news
                         not (anterior or since or habit or bygone or about is not None or gone_before
                              or hit.start in governed),
                         modality == "scheduled" and trigger.event == "expire", modality == "scheduled")
            implied = date is not None and (stated is None or not stated.value)
            if untreatied and not (modality == "negated" or (date is not None and not anterior)):
                continue
            speaker = _speaking_for(hit, quotes, people) if trigger.event in TALKS else None
            if describing and verb_final:
                # "19/11/1990'da Paris'te imzalanan Antlaşma": the participle describes the treaty; only
                # the parties its name states signed it ("1987年签署的《美国与苏联...条约》"), else a bilateral
                # treaty's parties (lexicon), else no one in particular
                actors = _named_in(hit, titled, here, verb_final) or list(parties.get(treaty or "") or (None,))
            elif describing:
                # "the agreement signed by several countries with Iran in 2015", "New START, signed by Russia
                # and the US": the participle's own agents come after it; a state before the treaty acts in
                # another clause ("la retirada de Estados Unidos del acuerdo firmado por ..."). Else the
                # states its title names, else a bilateral treaty's two parties, else no one
                after = [st for st in here_acting if st.start >= hit.end]
                two = list(parties.get(treaty or "") or ())
                actors = (_actors(trigger.event, treaty, hit, sentence, after, lexicon, conjunctions, doc.text, pack,
                                  boundaries, r) if after else []) or _named_in(hit, titled, here, verb_final)
                if len(two) == 2 and set(actors) <= set(two):
                    actors = list[str | None](two)  # "signed with the US": both parties
            else:
                actors = [speaker] if speaker else _actors(trigger.event, treaty, hit, sentence, here_acting, lexicon,
                                                           conjunctions, doc.text, pack, boundaries, r)
            # "Russia suspends New START but will not withdraw from it": a clause that names no one
            # after "but" has the subject of the clause before it; a relative clause ("... with the US,
            # which never ratified it") has the state it follows
            own = [st for st in here if opened <= st.start and st.end <= hit.start]
            antecedent = (None if speaker or describing or trigger.event in NO_ACTOR or own
                          else _antecedent(hit, sentence, here, in_sentence, cues, boundaries))
            passing = False
            if antecedent is not None:
                # "… the US, which signed but never ratified the CTBT": told of the state in passing, not
                # the day's news (which the main clause tells)
                actors, passing = [antecedent.state], True
            elif (not speaker and not (describing and verb_final) and trigger.event not in NO_ACTOR
                    and opened > sentence.start
                    and not own and previous and previous[0] < opened
                    and not (pack.verb_first and _subject_after(hit, here, doc.text))):
                actors, passing = list(previous[1]), previous[2]
            elif (pack.verb_first and not speaker and not describing and trigger.event not in NO_ACTOR
                    and opened > sentence.start and not own):
                # "… بينما انسحبت الولايات المتحدة": a clause of its own names its subject after the verb
                subject = _subject_after(hit, here_acting, doc.text)
                actors = [subject.state] if subject is not None else actors
            if passing and implied:
                date, implied = None, False
            if not actors and trigger.event not in NO_ACTOR:
                # "this is not a withdrawal", said the minister: inside a quotation that names no state,
                # the speaker's state acts
                voice = _speaking_for(hit, quotes, people)
                actors = [voice] if voice else []
            if not actors and trigger.event not in NO_ACTOR and treaty is not None and modality != "negated":
                # "The US announced its withdrawal from Open Skies. The withdrawal takes effect in six
                # months": an act that names no one is the one the last sentences told, by the same state (not
                # a denial: "it has not been ratified by 8 of the 44 states" names others, not the last state)
                actors = _told_before(events, trigger.event, treaty, doc.sentences[max(0, index - r.continuity)].start,
                                      sentence.start)
            if actors and actors != [None]:
                previous = (hit.start, tuple(actors), passing)
            additive = within(cues.of("additive"), sentence.start, sentence.end) if gone else []
            for first in (p for p in gone if additive and went_first(p, hit, actors, here, additive,
                                                                       closed)):
                first_day = resolve_year(first.date.value, doc.published) if first.date and first.date.value else None
                events.append(Event(trigger.event, treaty, first.state, first_day, modality, sentence,
                                    Span(hit.start, hit.end), doc.text[sentence.start:sentence.end], True))
            if modality == "asserted" and trigger.event == "expire" and _before(hit, cues, doc.text, r):
                # "shortly before the expiry of New START in February 2021, it was extended": the expiry was
                # due then; whether it came, the clause does not say (this one did not)
                modality = "scheduled"
            if modality == "asserted" and _ahead(date, doc.published):
                modality = "scheduled"  # "the treaty expires in 2026", written in 2024: due, not done
            elif modality == "scheduled" and stated is not None and date and doc.published \
                    and date < doc.published and _bare_weekday(stated, lexicon, doc.language):
                # "the treaty will expire on Thursday", written on Monday: the Thursday ahead, not the one gone;
                # "Moscow announced Monday that it would halt …": the day gone is the announcement's, and the
                # act due has no day of its own
                said = stated.end <= hit.start and _has_quote_verb(cues, stated.start - _SAID_SPAN, hit.start)
                date = None if said else (Day.fromisoformat(date) + timedelta(days=7)).isoformat()
                implied = implied and not said
            for actor in actors:
                events.append(Event(trigger.event, treaty, actor, date, modality, sentence,
                                    Span(hit.start, hit.end), doc.text[sentence.start:sentence.end], anterior,
                                    implied))
            if not verb_final and not describing and stated is not None and actors and None not in actors:
                # "the Soviet Union tested in 1990, the United States in 1992 and China in 1996"
                for state, day in _gapped(hit, stated, sentence, here, sentence_dates, hits, doc.text, conjunctions):
                    if state not in actors:
                        events.append(Event(trigger.event, treaty, state, day.value, modality, sentence,
                                            Span(hit.start, hit.end), doc.text[sentence.start:sentence.end],
                                            anterior))
    return tuple(_possible(_signing_dated(_talks_about_sentence_treaty(events)), lexicon))


def _possible(events: list[Event], lexicon: Lexicon) -> list[Event]:
    """The events that could have happened: an act on a treaty dated before the year it was signed has
    a date misread from another clause ("1991'de ve 1993'te imzaladığı START 1 ve START 2 ... Yeni START"):
    it keeps no date; an act of a state dated after the state ceased to exist (the USSR signing New START
    in 2010) is a state misread: it is dropped, as is the signing of a treaty between two states dated
    in another year than the one it was signed in (a bilateral treaty is signed once: "signed in 2010"
    read of the INF Treaty is another treaty's signing), and an act done or due on such a treaty by a
    state that is none of its parties (nor carries on one's treaties: Russia the USSR's). Talks before a treaty and
    weapons before a ban are real."""
    signed, ended = _lifetimes(lexicon)
    parties = _parties(lexicon)
    continued = _continuators(lexicon)
    out = []
    for e in events:
        year = int(e.date[:4]) if e.date and e.date[:4].isdigit() else None
        if year is not None and e.actor in ended and year > ended[e.actor]:
            continue
        two = parties.get(e.treaty or "") or ()
        if (e.event in TREATY_ACTIONS and e.actor is not None and len(two) == 2
                and e.modality in ("asserted", "scheduled")
                and e.actor not in {*two, *(continued.get(p) for p in two)}):
            continue  # "2022년 2월 우크라이나 전쟁 … 중단됐다" is no Ukrainian suspension of New START
        if (e.event == "sign" and year is not None and e.treaty in signed and year != signed[e.treaty]
                and len(parties.get(e.treaty) or ()) == 2):
            continue
        if year is not None and e.event in TREATY_ACTIONS and e.treaty in signed and year < signed[e.treaty]:
            e = replace(e, date=None, implied=False)
        elif e.implied and year is not None and _done_in_another_year(e.event, e.treaty, e.actor, year):
            e = replace(e, date=None, implied=False)
        out.append(e)
    return out


# A state signs or ratifies a treaty once, and a treaty enters into force once: steps the reference
# table dates (data/arms_control/reference.yaml).
_ONCE = frozenset({"sign", "ratify", "enter_into_force"})


def _done_in_another_year(event: str, treaty: str | None, actor: str | None, year: int) -> bool:
    """Whether the reference table dates this once-only step of ``actor`` on ``treaty`` in other years
    than ``year`` only: then an article that states it with no date of its own ("the United States
    signed the treaty but never ratified it", in a lead of 2023) recalls it, and the article's own day
    is not its date. A party that has left the treaty since (withdrew, de-ratified) may do it again."""
    if event not in _ONCE or treaty is None:
        return False
    years = _reference_years().get((treaty, event, actor))
    return years is not None and year not in years


@cache
def _reference_years() -> dict[tuple[str, str, str | None], frozenset[int]]:
    """The years of each once-only step of the reference table, by (treaty, event, actor), for the
    parties that never left the treaty. Data like the lexicon's (know.reference reads and checks it)."""
    from ..know.reference import load_reference

    ref = load_reference()
    left = {(e.treaty, e.actor) for e in ref.events() if e.event in ("withdraw", "deratify")}
    out: dict[tuple[str, str, str | None], set[int]] = defaultdict(set)
    for e in ref.events():
        if e.event in _ONCE and (e.treaty, e.actor) not in left:
            out[(e.treaty, e.event, e.actor)].update(int(d[:4]) for d in (e.date, *e.also))
    return {key: frozenset(years) for key, years in out.items()}


@cache
def _lifetimes(lexicon: Lexicon) -> tuple[dict[str, int], dict[str, int]]:
    """Each treaty's signing year and each state's last year, by slug (found once; read, never changed)."""
    return ({t.slug: t.signed for t in lexicon.treaties if t.signed is not None},
            {s.slug: s.ended for s in lexicon.states if s.ended is not None})


@cache
def _continuators(lexicon: Lexicon) -> dict[str, str]:
    """The state that carries on each ended state's treaties, by slug (the USSR's: Russia)."""
    return {s.slug: s.continued_by for s in lexicon.states if s.continued_by is not None}


@cache
def _conjunctions(lexicon: Lexicon, language: str) -> frozenset[str]:
    """A language's conjunctions, folded (asked for every article: found once)."""
    return frozenset(fold(c) for c in lexicon.language(language).conjunctions)


@cache
def _parties(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Each treaty's parties by its slug (asked for every article: found once; read, never changed)."""
    return {t.slug: t.parties for t in lexicon.treaties}


@lru_cache(maxsize=1024)  # asked for every asserted event: an article's few dates, again and again
def _ahead(date: str | None, published: str | None) -> bool:
    """The whole of ``date`` lies after the day of publication."""
    span = bounds(date) if date and published else None
    return span is not None and published is not None and span[0] > published


def _told_before(events: Sequence[Event], event: str, treaty: str, since: int, before: int) -> list[str | None]:
    """The states of the last sentence between ``since`` and ``before`` that told this act of this treaty."""
    told = [e for e in events if e.event == event and e.treaty == treaty and e.actor
            and since <= e.sentence.start < before]
    if not told:
        return []
    last = told[-1].sentence
    return list(dict.fromkeys(e.actor for e in told if e.sentence == last))


def _went_first(doc: Document, states: Sequence[_Actor], state_starts: Sequence[int],
                dates: Sequence[DateMention], cues: Cues) -> dict[int, list[Precedent]]:
    """By sentence index, the opening phrases that name a state gone first (understand/following.py)."""
    out: dict[int, list[Precedent]] = {}
    following = cues.of("following")
    for index, sentence in enumerate(doc.sentences if following else ()):
        cues_here = within(following, sentence.start, sentence.end)
        if not cues_here:
            continue
        found = precedents(doc.text, sentence, _in_span(states, state_starts, sentence),
                           [d for d in dates if sentence.start <= d.start < sentence.end], cues_here)
        if found:
            out[index] = found
    return out


def _gapped(hit: Hit, stated: DateMention, sentence: Span, states: Sequence[_Actor],
            found: Sequence[DateMention], hits: Sequence[Hit], text: str, conjunctions: frozenset[str]
            ) -> list[tuple[str, DateMention]]:
    """Gapping: after a verb and the date that follows it, each state set off by a comma or a
    conjunction and followed by a date of its own repeats the verb ("the Soviet Union tested in 1990,
    the United States in 1992 and China in 1996"). The list stops at the first other word."""
    if stated.start < hit.end or not stated.value:
        return []
    stop = min((h.start for h in hits if h.start > stated.end), default=sentence.end)
    out: list[tuple[str, DateMention]] = []
    at = stated.end
    for st in states:
        if st.start < at or st.start >= stop:
            continue
        words = fold(text[at:st.start]).strip(" ,;").split()
        linked = "," in text[at:st.start] or any(w in conjunctions for w in words)
        if not linked or len(words) > 2 or any(len(w) > 4 and w not in conjunctions for w in words):
            break
        day = next((d for d in found if d.value and not d.relative and 0 <= d.start - st.end <= 8
                    and len(text[st.end:d.start].split()) <= 1 and d.end <= stop), None)
        if day is None:
            break
        out.append((st.state, day))
        at = day.end
    return out


def _antecedent(hit: Hit, sentence: Span, states: Sequence[_Actor], named: Sequence[Mention], cues: Cues,
                boundaries: Sequence[Hit]) -> _Actor | None:
    """The state a relative pronoun before the trigger stands for ("parity with the United States, which
    never ratified the CTBT", "امریکہ ... جس نے"): the nearest state before the pronoun, with no treaty
    named between them; None when the relative clause names its own state, another clause opens
    between the pronoun and the trigger, or no state comes before."""
    pronouns = within(cues.of("relative_pronouns"), sentence.start, hit.start)
    if not pronouns:
        return None
    pronoun = pronouns[-1]
    if any(pronoun.end <= b.start and b.end <= hit.start for b in boundaries):
        return None
    if any(pronoun.end <= st.start and st.end <= hit.start for st in states):
        return None
    before = [st for st in states if st.end <= pronoun.start]
    if not before or before[-1].organisation:
        return None
    if any(before[-1].end <= m.start and m.end <= pronoun.start for m in named):
        return None  # "accused Russia of breaking the INF, which it left": the pronoun is the treaty
    return before[-1]


def _titled(named: Sequence[Mention], found: Sequence[DateMention], text: str, cues: Cues
            ) -> list[tuple[Mention, DateMention]]:
    """The treaties of a sentence named with the day of their signing in their title: a full date (of
    ``found``, the sentence's) right after the name and a linking word of the language (``name_dates``:
    "of April 8, 2010", "от 8 апреля 2010 года")."""
    out = []
    for d in found if named else ():
        if d.precision != "day" or d.relative or not d.value or d.value.startswith("X"):
            continue
        links = [c for c in cues.of("name_dates") if c.end <= d.start and not text[c.end:d.start].strip()]
        for m in named:
            if d.start >= m.end and any(c.start >= m.end and not text[m.end:c.start].strip(_NAME_GAP + ",")
                                        for c in links):
                out.append((m, d))
                break
    return out


_TITLES = re.compile("《[^《》]*》|「[^「」]*」|«[^«»]*»")


def _bracketed(text: str, sentence: Span, cues: Cues) -> list[Span]:
    """Spans in title brackets (《》「」«») that hold a treaty noun: a treaty's title, whether the
    lexicon knows that wording or not."""
    nouns = within(cues.of("treaty_nouns"), sentence.start, sentence.end)
    if not nouns:
        return []
    return [Span(m.start(), m.end()) for m in _TITLES.finditer(text, sentence.start, sentence.end)
            if any(m.start() < n.start and n.end < m.end() for n in nouns)]


def _apposed(found: list[DateMention], text: str) -> list[DateMention]:
    """"today, 5 February", "Wednesday, February 3": two dates side by side that agree are one date
    (spanning both, with the fuller value), not two dates for two verbs."""
    out: list[DateMention] = []
    for d in found:
        last = out[-1] if out else None
        if (last is not None and last.value and d.value and 0 <= d.start - last.end <= 3
                and not text[last.end:d.start].strip(" ,،、") and agree(last.value, d.value)):
            fuller = max((last, d), key=lambda m: (not (m.value or "X").startswith("X"), len(m.value or "")))
            out[-1] = replace(fuller, start=last.start, end=d.end, text=text[last.start:d.end])
            continue
        out.append(d)
    return out


def _subject_after(hit: Hit, states: Sequence[_Actor], text: str) -> _Actor | None:
    """The state right after the verb: its subject where the verb comes first ("لكن انسحبت الولايات المتحدة";
    not one after a preposition, "أبرمت مع روسيا")."""
    at = _next_word_at(text, hit.end)
    return next((st for st in states if st.start == at), None)


def _next_word_at(text: str, end: int) -> int:
    """Where the next word after ``end`` starts (past spaces)."""
    return end + len(text[end:end + 8]) - len(text[end:end + 8].lstrip(" "))


def _beside(d: DateMention, hits: Sequence[Hit], text: str) -> bool:
    """A date with nothing but spaces between it and one of ``hits``."""
    return any((d.end <= h.start and not text[d.end:h.start].strip())
               or (h.end <= d.start and not text[h.end:d.start].strip()) for h in hits)


_BYGONE_YEARS = 2   # a date at least this many years before the publication is no part of the day's news


def _bygone(dates: Sequence[DateMention], start: int, end: int, published: str | None) -> bool:
    """A date of the clause [start, end], stated in full (not "last year"), lies years before the
    publication."""
    if published is None:
        return False
    year = int(published[:4])
    return any(start <= d.start and d.end <= end and d.value and d.value[:4].isdigit() and not d.relative
               and int(d.value[:4]) <= year - _BYGONE_YEARS for d in dates)   # ("XXXX-01-22": no year)


_SAID_SPAN = 15   # characters before a weekday within which a verb of saying makes the day its own


def _has_quote_verb(cues: Cues, start: int, end: int) -> bool:
    """A verb of saying lies wholly in [start, end]."""
    return any(start <= v.start and v.end <= end for v in within(cues.of("quote_verbs"), start, end))


def _in_clause(found: Sequence[Hit | DateMention], start: int, end: int) -> bool:
    """One of ``found`` stands in the trigger's clause [start, end] (between the clause boundaries around
    it: ``_scope_start``, ``_scope_end``)."""
    return any(start <= f.start and f.end <= end for f in found)


def _nuclear(doc: Document, index: int, pack: LanguagePack) -> bool:
    """The sentence, or the one before it, writes "nuclear" (``nuclear_stems``, inside words too):
    "Trump ordered nuclear tests to resume. The Soviet Union last tested in 1990"."""
    if not pack.nuclear_stems:
        return False
    start = doc.sentences[max(0, index - 1)].start
    folded = fold_passage(doc.text[start:doc.sentences[index].end])
    return any(stem in folded for stem in pack.nuclear_stems)


def _year(date: DateMention | None) -> int | None:
    """The year a stated date gives, or None (no date, a relative one, a year unknown: XXXX-08-02)."""
    if date is None or not date.value or date.relative or not date.value[:4].isdigit():
        return None
    return int(date.value[:4])


def _treaty_of_year(lexicon: Lexicon, years: set[int | None], otherwise: str | None) -> str | None:
    """The one treaty signed in the one year given, unless the treaty found otherwise is of that year."""
    known = {y for y in years if y is not None}
    if len(known) != 1:
        return otherwise
    [year] = known
    of_year = [t.slug for t in lexicon.treaties if t.signed == year]
    if len(of_year) != 1 or otherwise in of_year:
        return otherwise
    return of_year[0]


def _signing_dated(events: list[Event]) -> list[Event]:
    """"The treaty, signed in Helsinki on 24 March 1992" dates the treaty's signing: the signatories the
    article names elsewhere with no date of their own ("Russia and the US were among its signatories")
    signed it then."""
    dated: dict[str | None, str] = {}
    for e in events:
        if e.event == "sign" and e.actor is None and e.date and not e.implied and e.modality == "asserted":
            dated.setdefault(e.treaty, e.date)
    out = [replace(e, date=dated[e.treaty], implied=False)
           if (e.event == "sign" and e.actor and e.treaty in dated and e.modality == "asserted"
               and (e.date is None or e.implied)) else e
           for e in events]
    # the treaty's signing, once its signatories carry the date, says nothing more
    signed = {(e.treaty, e.date) for e in out if e.event == "sign" and e.actor}
    return [e for e in out if not (e.event == "sign" and e.actor is None and (e.treaty, e.date) in signed)]


def _talks_about_sentence_treaty(events: list[Event]) -> list[Event]:
    """Talks that name no treaty are about the treaty whose action the same sentence states ("proposed
    talks on a framework for when the current limits expire in 2026")."""
    out = []
    for e in events:
        if e.event in TALKS and e.treaty is None:
            same = {o.treaty for o in events if o.sentence == e.sentence and o.treaty and o.event not in TALKS}
            if len(same) == 1:
                e = replace(e, treaty=same.pop())
        out.append(e)
    # "Putin said he was ready to extend the nuclear pact by a year ... he told his security council he
    # was ready for a temporary extension": the same side's talks in one article are about the treaty
    # its other talks name, when they name one
    named: dict[tuple[str, str | None], set[str]] = {}
    for e in out:
        if e.event in TALKS and e.treaty is not None:
            named.setdefault((e.event, e.actor), set()).add(e.treaty)
    return [replace(e, treaty=next(iter(named[(e.event, e.actor)])))
            if e.event in TALKS and e.treaty is None and len(named.get((e.event, e.actor), ())) == 1 else e
            for e in out]


def _speaking_for(hit: Hit, quotes: Sequence[Quote], people: dict[str, Person]) -> str | None:
    """Talks proposed or rejected inside a quotation are the speaker's state's ("there simply can be
    no dialogue," the deputy foreign minister said)."""
    for q in quotes:
        if q.start <= hit.start and hit.end <= q.end and q.speaker in people:
            return people[q.speaker].country
    return None


def _parenthetical_source(m: Mention, text: str, sentence: Span, sources: Sequence[Hit], r: Reaches = _DEFAULT
                          ) -> bool:
    """A name set off by commas with a quote verb is the source, not the actor: "the United States, as
    Putin noted, produces", "فإن الولايات المتحدة، كما أشار بوتين، لا تنتج"."""
    if not sources:
        return False  # no quote verb in the article
    left = max(text.rfind(",", sentence.start, m.start), text.rfind("،", sentence.start, m.start))
    right_candidates = [i for i in (text.find(",", m.end, sentence.end), text.find("،", m.end, sentence.end))
                        if i >= 0]
    if left < 0 or not right_candidates:
        return False
    right = min(right_candidates)
    return right - left <= r.parenthesis and bool(within(sources, left + 1, right))


def _dateline_place(m: Mention, text: str) -> bool:
    """"MOSCOW (Sputnik) -", "MOSCOW. Feb 3 (Interfax) -": the city a report was filed from opens its
    paragraph in capitals; it is a place, not a state acting."""
    at_start = m.start == 0 or text[m.start - 1] == "\n"
    return (at_start and m.text.isupper() and len(m.text) > 3
            and text[m.end:m.end + 2].strip()[:1] in (".", ",", "(", "-", "—", "–"))


@cache
def _organisations(lexicon: Lexicon) -> frozenset[str]:
    """The slugs of the organisations that act like states (asked for every article: found once)."""
    return frozenset(st.slug for st in lexicon.states if st.kind == "organisation")


def _acting_mentions(doc: Document, lexicon: Lexicon, mentions: Sequence[Mention], cues: Cues,
                     who: dict[tuple[int, int], str], r: Reaches = _DEFAULT) -> list[_Actor]:
    """Every mention that names a state or someone acting for one, as that state."""
    people = people_by_slug(lexicon)
    verbs = cues.of("quote_verbs")
    organisations = _organisations(lexicon)
    acting: list[_Actor] = []
    for m in mentions:
        if (verbs and m.kind in ("person", "role")  # (no quote verb, no source: the sentence is not looked up)
                and _parenthetical_source(m, doc.text, doc.sentence_at(m.start), verbs, r)):
            continue
        if _dateline_place(m, doc.text):
            continue
        if m.kind == "state":
            acting.append(_Actor(m.slug, m.start, m.end, m.slug in organisations))
        elif m.kind in ("person", "role"):
            slug = who.get((m.start, m.end))
            country = people[slug].country if slug in people else None
            if country:
                acting.append(_Actor(country, m.start, m.end, person=True))
    return acting


def _same_clause(text: str, a: Hit, b: Hit) -> bool:
    between = text[min(a.end, b.end):max(a.start, b.start)]
    return not _marked_off(between)


def _drop_subsumed(hits: list[Hit], cues: Cues, sentence: Span, text: str, verb_final: bool = False,
                   conjunctions: frozenset[str] = frozenset(), participles: AbstractSet[int] = frozenset(),
                   r: Reaches = _DEFAULT) -> list[Hit]:
    """Triggers that name no event of their own: an entry into force that is another action's ("the
    agreement on the extension entered into force"), the signing of a law that
    carries another action ("signed a law suspending"), an event named as a topic of talks."""
    if not hits:
        return []
    events = {trigger_of(h).event for h in hits}
    # "the extension entered into force", "US exit from Open Skies takes effect": it is that action
    # which takes effect, not the treaty
    actions = [h for h in hits if trigger_of(h).event in ("extend", "withdraw", "deratify", "suspend")]
    instruments = within(cues.of("instrument_nouns"), sentence.start, sentence.end)
    topics = within(cues.of("talk_topics"), sentence.start, sentence.end)
    described = within(cues.of("descriptive"), sentence.start, sentence.end)
    anniversaries = within(cues.of("anniversaries"), sentence.start, sentence.end)
    kept = []
    for h in hits:
        event = trigger_of(h).event
        # (the action stands first: "2011 में प्रभावी हुई इस संधि को 2021 में बढ़ाया" is the treaty's own entry)
        if event == "enter_into_force" and any(x.start < h.start and _same_clause(text, h, x) for x in actions):
            continue
        if (event in DESCRIBING and h.start not in participles
                and _signs_an_instrument(h, instruments, len(events) > 1, verb_final, text, r)):
            continue
        if event in DESCRIBING and any(_acts_on(h, x, text, verb_final, conjunctions, r) for x in actions):
            continue  # "Putin signed the extension", "ratified the suspension": the action is what is done
        if any(0 <= h.start - t.end <= r.topic for t in topics):
            continue
        if any(0 <= h.start - d.end <= r.described and not _boundary_between(d.end, h.start, cues, text)
               for d in described) or (verb_final and any(
                   0 <= d.start - h.end <= r.described_after and not _boundary_between(h.end, d.start, cues, text)
                   for d in described)):
            continue  # "a treaty that bans all nuclear tests", "accused Moscow of deploying"
        if _marks_a_day(h, anniversaries, cues, text, r):
            continue  # "the 50th anniversary of the NPT's entry into force": an act long past, named to mark a day
        kept.append(h)
    return kept


def _marks_a_day(h: Hit, anniversaries: Sequence[Hit], cues: Cues, text: str, r: Reaches = _DEFAULT) -> bool:
    """An act beside "anniversary", in its clause: named to mark a day, not reported."""
    return any((0 <= h.start - a.end <= r.anniversary and not _boundary_between(a.end, h.start, cues, text))
               or (0 <= a.start - h.end <= r.anniversary and not _boundary_between(h.end, a.start, cues, text))
               for a in anniversaries)


def _occasions(hits: Sequence[Hit], named: Sequence[Mention], cues: Cues, sentence: Span, text: str,
               r: Reaches = _DEFAULT) -> set[int]:
    """The treaties (by start) named as an occasion: right beside an act that marks an anniversary
    ("on the 50th anniversary of the NPT's entry into force, the US proposed talks": no talks on the NPT)."""
    anniversaries = within(cues.of("anniversaries"), sentence.start, sentence.end)
    marking = [h for h in hits if anniversaries and _marks_a_day(h, anniversaries, cues, text, r)]
    return {m.start for m in named for h in marking
            if (0 <= h.start - m.end <= 3 and not text[m.end:h.start].strip(_NAME_GAP + "'’s"))
            or (0 <= m.start - h.end <= 3 and not text[h.end:m.start].strip(_NAME_GAP))}


def _acts_on(verb: Hit, action: Hit, text: str, verb_final: bool, conjunctions: frozenset[str],
             r: Reaches = _DEFAULT) -> bool:
    """The signing or ratifying verb takes the action as its object: "signed the extension", "a ratifié
    le retrait", where verbs come last "تعلیق ... را تصویب کرد": the action is its object, right after the
    verb (right before it where verbs come last), with no conjunction or clause mark between."""
    if verb_final:
        if action.end > verb.start:
            return False
        gap = text[action.end:verb.start]
    else:
        if action.start < verb.end:
            return False
        gap = text[verb.end:action.start]
    words = {fold(w) for w in gap.split()}
    return (len(gap) <= r.action_object and not any(c.isdigit() for c in gap) and not _marked_off(gap)
            and not words & conjunctions)


def _an_address(text: str) -> bool:
    stripped = text.strip()
    # (the space first: nearly every sentence has one, and is then no address without being lowercased)
    return " " not in stripped and stripped.lower().startswith(("http://", "https://", "www."))


def _part_of_a_name(date: DateMention, treaties: Sequence[Mention | Span], text: str, cues: Cues,
                    year_after: bool = False) -> bool:
    """"the 1987 INF Treaty", "the Treaty ... of April 8, 2010", "соглашения от 3 ноября 1990 года": a
    date set against a treaty's name is part of how the treaty is called, not the date of what the
    sentence reports. A year may stand right before the name (not one counted back: "iki yıl önce Yeni
    START"); any date after it with a linking word
    of the language (``name_dates``: of, от, du, vom); a bare year right after it where the language
    names treaties so (``year_after``: id "Perjanjian INF 1987")."""
    # the linking word before the date, or the year word that opens it (fa "توافق … سال ۲۰۱۵", the deal of
    # the year 2015: the ezafe links them, no word does)
    links = [c for c in cues.of("name_dates") if (c.end <= date.start and not text[c.end:date.start].strip())
             or (c.start == date.start and date.precision == "year")]
    for m in treaties:
        if date.precision == "year" and not date.relative and m.start >= date.end:  # not "two years ago"
            before = text[date.end:m.start]
            if len(before) <= 3 and not before.strip(_NAME_GAP):
                return True
        if date.start >= m.end and any(not text[m.end:c.start].strip(_NAME_GAP + ",") for c in links):
            return True
        if (year_after and date.precision == "year" and not date.relative and date.start >= m.end
                and len(text[m.end:date.start]) <= 3 and not text[m.end:date.start].strip(_NAME_GAP)):
            return True
    return False


def _attributive(hit: Hit, treaties: Sequence[Mention | Span], text: str, verb_final: bool,
                 states: Sequence[_Actor] = (), others: Sequence[Hit] = (), clause_start: int = 0) -> bool:
    """A participle right after a treaty's name ("New START signed with Russia") or, where modifiers come
    first, right before it ("签署的《条约》", "imzalanan Açık Semalar"): it describes the treaty. Not
    when the clause's subject stands before the name with no other verb between ("Spojené státy
    Smlouvu ... podepsaly": the name is the object of that verb), unless a comma sets the participle off."""
    for m in treaties:
        if verb_final and m.start >= hit.end:
            gap = text[hit.end:m.start]
            linked = gap.strip(_NAME_GAP)
            # written without spaces, a verb runs into its object: only a linking particle (的) marks it,
            # in the gap or in the trigger's own form (``describes``: 签署的)
            # a one-letter word of its own between them is an article, not a linker: the verb takes the
            # treaty as its object (hu "aláírta a szerződést": signed the treaty)
            article = linked.isalpha() and gap[:1].isspace() and gap[-1:].isspace()
            if (len(gap) <= 3 and len(linked) <= 1 and not article
                    and (linked or " " in gap or trigger_of(hit).describes)):
                return True
        if not verb_final and hit.start >= m.end:
            gap = text[m.end:hit.start]
            if len(gap) <= 3 and not gap.strip(_NAME_GAP + ","):
                if "," in gap:
                    return True   # "al tratado INF, firmado en 1987": set off by a comma, in apposition
                verbs = [o.end for o in others if o.end <= m.start]
                start = max([clause_start, *verbs])
                if not any(start <= s.start and s.end <= m.start for s in states):
                    return True
    return False


def _named_in(hit: Hit, treaties: Sequence[Mention | Span], states: Sequence[_Actor], verb_final: bool
              ) -> list[str | None]:
    """The states named inside the title of the treaty a participle describes ("the Treaty between the
    United States and the Soviet Union", "《美国与苏联...条约》")."""
    for m in treaties:
        if (m.start >= hit.end) if verb_final else (hit.start >= m.end):
            return list(dict.fromkeys(s.state for s in states if m.start <= s.start and s.end <= m.end))
    return []


def _boundary_between(start: int, end: int, cues: Cues, text: str) -> bool:
    """A clause boundary (a word such as "but", "which", "но", "لكن", or a semicolon) between two offsets."""
    return (any(start <= b.start and b.end <= end for b in cues.of("clause_boundaries"))
            or any(m in text[start:end] for m in _SCOPE_MARKS))


def _signs_an_instrument(sign: Hit, instruments: Sequence[Hit], other_events: bool, verb_final: bool = False,
                         text: str = "", r: Reaches = _DEFAULT) -> bool:
    """"signed a law suspending", "وقّع الرئيس ... قانونا يلغي", "Закон о выходе ... Путин подписал":
    the signing of a law or decree is no treaty signing. Right after the verb the noun says so by
    itself; further off (verb-first or object-first sentences) only when the law carries another action."""
    for i in instruments:
        gap = i.start - sign.end if i.start >= sign.end else sign.start - i.end
        if (i.start >= sign.end and gap <= r.instrument_next) or (other_events and gap <= r.instrument):
            return True
        # where the object comes before the verb ("yasa ... tarafından imzalandı", "法令に署名した"), the
        # law in the verb's own clause is what is signed
        if (verb_final and i.end <= sign.start and gap <= r.instrument
                and not any(c in text[i.end:sign.start] for c in _CLAUSE_MARKS[1:])):
            return True
    return False


_Placed = TypeVar("_Placed", Mention, "_Actor")


def _in_span(items: Sequence[_Placed], starts: Sequence[int], span: Span) -> list[_Placed]:
    """The mentions (or acting states) inside ``span`` (``items`` sorted by start, ``starts`` their
    starts): a bisection, not a scan of the whole text's mentions for every sentence."""
    lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
    if lo == hi:
        return []
    return [m for m in items[lo:hi] if m.end <= span.end]


def _treaties_referred(doc: Document, treaties: Sequence[Mention], cues: Cues) -> list[str | None]:
    """For each sentence, the treaty it names first (its topic: "뉴스타트는 ... 전략무기감축협정의 후속
    협정이다", New START is the successor of START), or the one its "the treaty" points back to."""
    if not treaties:
        return [None] * len(doc.sentences)  # no treaty named: none to point back to
    out: list[str | None] = []
    last: str | None = None
    starts = [m.start for m in treaties]
    for sentence in doc.sentences:
        named = _in_span(treaties, starts, sentence)
        if named:
            last = named[0].slug
            out.append(last)
        elif within(cues.of("treaty_nouns"), sentence.start, sentence.end) and last:
            out.append(last)
        else:
            out.append(None)
    return out


def _treaty(doc: Document, event: str, own: str | None, hit: Hit, index: int, treaties: Sequence[Mention],
            article_treaties: set[str], cues: Cues, referred: Sequence[str | None] = (),
            named: Sequence[Mention] | None = None, boundaries: Sequence[Hit] = (), r: Reaches = _DEFAULT
            ) -> str | None:
    sentence = doc.sentences[index]
    if named is None:
        named = [m for m in treaties if sentence.start <= m.start and m.end <= sentence.end]
    if named:
        # the treaty of the trigger's own clause ("suspended New START, while the US withdrew from the
        # INF Treaty"), the nearest; one after the trigger a little nearer (its object, or where
        # modifiers come first the name a participle qualifies: "1991년 체결된 ... 협정")
        own_clause = [m for m in named if not _separated(doc.text, m, hit, boundaries)] or list(named)
        return min(own_clause, key=lambda m: abs(m.start - hit.start) + (0 if m.start >= hit.end else 5)).slug
    if own:
        return own
    nouns = within(cues.of("treaty_nouns"), sentence.start, sentence.end)
    talks_object = event in TALKS and bool(within(nouns, hit.start, hit.end))
    if event not in TREATY_ACTIONS and event not in WEAPONS and not talks_object:
        # talks need not be about a treaty ("no chance of new arms control agreements"); a treaty noun
        # inside the trigger's own words is its object ("ready to extend the terms of a nuclear pact")
        return None
    earlier = [m for m in treaties if m.end <= sentence.start]
    if nouns and earlier:
        return earlier[-1].slug
    if event in WEAPONS:
        reach = doc.sentences[max(0, index - r.weapon_context)].start
        near = [m for m in earlier if m.start >= reach]
        return near[-1].slug if near else None
    if nouns and not earlier and treaties:
        return treaties[0].slug
    # "the current limits expire in 2026": what a treaty itself undergoes may leave it unnamed when
    # the article is about one treaty; what a state does to a treaty must name it or point to it.
    if len(article_treaties) == 1 and event in TREATY_OWN:
        return next(iter(article_treaties))
    # "Signed in 2010 and enacted in 2011, it was extended ...", "The treaty limits ... It was signed in
    # 2010": the treaty the last sentences named or pointed back to
    recent = [r for r in referred[max(0, index - r.continuity):index] if r]
    if recent and (len(article_treaties) == 1 or event in TREATY_OWN or event in TREATY_ACTIONS):
        return recent[-1]
    return None


def _separated(text: str, m: Mention, hit: Hit, boundaries: Sequence[Hit]) -> bool:
    """A clause mark or a word that opens a clause (``boundaries``) stands between a treaty's name and
    a trigger."""
    start, end = (m.end, hit.start) if m.end <= hit.start else (hit.end, m.start)
    return (_marked_off(text[start:end])
            or any(start <= b.start and b.end <= end for b in boundaries))


def _scope_start(hit: Hit, sentence: Span, cues: Cues, text: str) -> int:
    """Where the trigger's clause begins: after the last clause boundary before it ("but", "which",
    "но", "لكن", "但", a semicolon). A cue before that point belongs to another clause."""
    start = sentence.start
    for b in within(cues.of("clause_boundaries"), sentence.start, hit.start):
        start = max(start, b.end)
    for mark in _SCOPE_MARKS:
        start = max(start, text.rfind(mark, sentence.start, hit.start) + 1)
    return start


def _scope_end(hit: Hit, sentence: Span, cues: Cues, text: str) -> int:
    ends = [b.start for b in within(cues.of("clause_boundaries"), hit.end, sentence.end)]
    mark = _any_of(_SCOPE_MARKS).search(text, hit.end, sentence.end)  # the first of any of them
    if mark:
        ends.append(mark.start())
    return min(ends, default=sentence.end)


def _modality(hit: Hit, sentence: Span, cues: Cues, text: str = "", start: int | None = None,
              own: str | None = None, r: Reaches = _DEFAULT, end: int | None = None,
              future_form: bool = False) -> str | None:
    """Negated, possible, scheduled or asserted, from the cues of the trigger's own clause: a negation
    or a hedge in another clause ("suspends it but will not withdraw") scopes over that clause only.
    A verb form with a modality of its ``own`` ("will expire", "çekilmedi", "ready to talk") keeps it
    unless a condition or a counterfactual governs it. A verb in the future tense by its ending
    (``future_form``: "se retirará") is what is due, as after a future cue, unless denied or hedged."""
    if start is None:
        start = _scope_start(hit, sentence, cues, text) if text else sentence.start
    if end is None:
        end = _scope_end(hit, sentence, cues, text) if text else sentence.end
    # "without the extension it would have expired", "if it had not been extended it would have
    # expired": what did not happen under a condition is neither a fact nor a denial of one
    if within(cues.of("counterfactual"), start, end):
        return "possible"
    before = [c for c in cues.of("conditional") if start <= c.start and 0 <= hit.start - c.end <= r.condition]
    if before:
        return None
    hedges = within(cues.of("hedging"), start, hit.start)
    if own == "scheduled" and any(hit.start - h.end <= r.hedge for h in hedges):
        return "possible"  # "sporazum može isteći" (may expire): a form of what is due yields to a hedge
    # "the US will withdraw unless Russia complies": what is due on a condition after it may happen
    # (not a condition of another act in between: "expires in 2021 and can be extended if they agree")
    held_back = any(0 <= c.start - hit.end <= r.condition and not within(cues.triggers, hit.end, c.start)
                    for c in within(cues.of("conditional"), hit.end, end))
    if own is not None:
        return "possible" if own == "scheduled" and held_back else own
    for neg in within(cues.of("negation"), start, hit.start):
        if hit.start - neg.end > r.negation:
            continue
        # "did not want it extended", "is not ready to withdraw": the negation is the wish's, not the
        # act's; a wish denied states neither that the act happened, nor that it may, nor that it did not
        if any(neg.end <= h.start for h in hedges):
            return None
        return "negated"
    for hedge in hedges:
        if hit.start - hedge.end <= r.hedge:
            return "possible"
    # a particle right after the verb: "истёк бы" (would have expired)
    for hedge in within(cues.of("hedging"), hit.end, min(sentence.end, hit.end + 4)):
        if len(hedge.form) <= 3:
            return "possible"
    if future_form or any(hit.start - fut.end <= r.negation for fut in within(cues.of("future"), start, hit.start)):
        return "possible" if held_back else "scheduled"
    return "asserted"


def _future_form(hit: Hit, text: str, endings: tuple[str, ...]) -> bool:
    """The trigger's word is a verb in the future tense by its ending ("retirará", "suspendra", "ritirerà"):
    a form of what is due, as "will withdraw" is."""
    if not endings:
        return False
    end = hit.end
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[hit.start:end].casefold().endswith(endings)


def _ends(dates: Sequence[DateMention], cues: Cues, r: Reaches = _DEFAULT) -> set[int]:
    """The dates that end a period ("until 5 February 2026", "2026년 2월까지"), by start offset."""
    return {d.start for d in dates for u in cues.of("until") if 0 <= d.start - u.end <= r.until} | {
        d.start for d in dates for u in cues.of("until_after") if 0 <= u.start - d.end <= r.until}


def _share_dates(hits: Sequence[Hit], dates: Sequence[DateMention], text: str,
                 ends: AbstractSet[int] = frozenset(), until_governed: AbstractSet[int] = frozenset(),
                 verb_final: bool = False, boundaries: Sequence[Hit] = (), r: Reaches = _DEFAULT,
                 shared: set[int] | None = None, objects: Sequence[Mention | Span] = ()) -> dict[int, DateMention]:
    """Give each trigger the closest date of its sentence, each date to one trigger first (greedy by
    distance: "Signed in 2010 and enacted in 2011, it was extended in 2021"); a trigger left over
    takes its closest date in the same clause (and is added to ``shared``), unless a treaty (``objects``:
    names and treaty nouns) stands between it and the trigger that took the date: "withdraw from the
    treaty signed in 1987" is no withdrawal in 1987. Triggers are named by their start (in the answer
    and in ``shared``)."""
    usable = [d for d in dates if d.value is not None or d.relative]
    pairs = sorted(((_distance(h, d, text, verb_final, boundaries, r), i, j)
                    for i, h in enumerate(hits) for j, d in enumerate(usable)
                    if (d.start not in ends or trigger_of(h).event == "expire")
                    and (d.start >= h.end or h.start not in until_governed)))
    allowed = {(i, j) for _, i, j in pairs}
    taken_h: dict[int, int] = {}
    taken_d: set[int] = set()
    # First each date to the verb it follows (or, where dates come first, the verb it precedes) in its
    # clause: "menandatangani TPNW ... pada 20 September 2017 dan meratifikasi ... pada 30 September
    # 2020", "19/11/1990 tarihinde imzalanan ve 1/7/1992 tarihli ... onaylanan"; a verb claimed by two
    # dates keeps the nearer. Then the rest by distance.
    claims: dict[int, tuple[int, int]] = {}   # trigger -> (gap, date)
    for j, d in enumerate(usable):
        # a date right before a verb, nothing but a space between, is that verb's wherever verbs stand
        # ("am 24. September 1996 unterzeichnet und am 30. Juni 2000 ratifiziert")
        side = [(0, i) for i, h in enumerate(hits) if (i, j) in allowed and 0 <= h.start - d.end <= 2
                and not text[d.end:h.start].strip()]
        if not side:
            side = [(h.start - d.end, i) for i, h in enumerate(hits) if h.start >= d.end] if verb_final else \
                   [(d.start - h.end, i) for i, h in enumerate(hits) if h.end <= d.start]
            side = [(gap, i) for gap, i in side if (i, j) in allowed and gap <= r.own_date
                    and _no_boundary(text, hits[i], d, boundaries)]
        if side:
            gap, i = min(side)
            if i not in claims or gap < claims[i][0]:
                claims[i] = (gap, j)
    for i, (_, j) in claims.items():
        taken_h[i] = j
        taken_d.add(j)
    for _, i, j in pairs:
        if i not in taken_h and j not in taken_d:
            taken_h[i] = j
            taken_d.add(j)
    out: dict[int, DateMention] = {}   # by the hit's start
    first_equal = [usable.index(d) for d in usable]
    for i, h in enumerate(hits):
        if i in taken_h:
            out[h.start] = usable[taken_h[i]]
            continue
        # "signed and ratified it in 2010": a date another trigger took is shared only when that
        # trigger stands between this one and the date
        same_clause = [d for j, d in enumerate(usable) if _same_clause(text, h, d)  # type: ignore[arg-type]
                       and not any(min(h.end, d.end) <= b.start and b.end <= max(h.start, d.start) for b in boundaries)
                       and (d.start not in ends or trigger_of(h).event == "expire")
                       and (d.start >= h.end or h.start not in until_governed)
                       and any(taken_h.get(k) == first_equal[j]
                               and min(h.start, d.start) < o.start < max(h.start, d.start)
                               and not any(min(h.end, o.end) <= m.start and m.end <= max(h.start, o.start)
                                           for m in objects)
                               for k, o in enumerate(hits))]
        if same_clause:  # "signed and ratified it in 2010": both took place then
            out[h.start] = min(same_clause, key=lambda d: _distance(h, d, text, verb_final, boundaries, r))
            if shared is not None:
                shared.add(h.start)
    return out


def _no_boundary(text: str, hit: Hit, date: DateMention, boundaries: Sequence[Hit]) -> bool:
    lo, hi = min(hit.end, date.end), max(hit.start, date.start)
    return not _marked_off(text[lo:hi]) and not any(lo <= b.start and b.end <= hi for b in boundaries)


def _distance(hit: Hit, date: DateMention, text: str = "", verb_final: bool = False,
              boundaries: Sequence[Hit] = (), r: Reaches = _DEFAULT) -> int:
    """How far a date is from a trigger, as a cost: a date after its verb ("ratified it in 2000") is
    nearer than one before it ("in 1996 and ratified"), and a clause boundary between them costs more
    than words ("签署，2011年生效": 2011 is the next clause's)."""
    # in verb-final languages the date stands before its verb, and the one after is the next verb's
    after_cost, before_cost = (r.before_cost, 1) if verb_final else (1, r.before_cost)
    # at equal distance the side the language puts dates on wins ("退出1987年签署的": 1987 is 签署's)
    if date.start >= hit.end:
        cost = (date.start - hit.end) * after_cost + (1 if verb_final else 0)
        between = text[hit.end:date.start]
    else:
        cost = (hit.start - date.end) * before_cost + (0 if verb_final else 1)
        between = text[date.end:hit.start]
    lo, hi = min(hit.end, date.end), max(hit.start, date.start)
    # a comma and a clause word ("، والذي علقته بلادنا في عام 2007") each put the date further away
    marks = _marked_off(between)
    words = any(lo <= b.start and b.end <= hi for b in boundaries)
    return cost + r.clause_cost * (int(marks) + int(words))


def _date(doc: Document, in_lead: bool, date: DateMention | None, lead_date: str | None,
          own_news: bool = True, ahead: bool = False, due: bool = False) -> str | None:
    day = _day_number(date)
    if day is not None and date is not None and not date.value:
        # "5日に失効します", written on the 2nd: a day number after the publication day's is this month's
        # for what is due; for what is done it may be last month's: unknown (and not the lead's day). (A
        # day number up to the publication day's is this month's: the date reader resolved it.)
        return day_ahead(day, doc.published) if due else None
    if date is not None and date.value:
        return resolve_year(date.value, doc.published, ahead)
    if own_news and in_lead:
        # undated, or "on Tuesday" with no publication date to count back from: the lead's own day
        return lead_date or doc.published
    return None


_DAY_ALONE = re.compile(r"(\d{1,2})\s*[日일号號]")


def _day_number(date: DateMention | None) -> int | None:
    """The day of a day number written alone, of no month ("21日", "13일", "5号")."""
    found = _DAY_ALONE.fullmatch(date.text) if date is not None else None
    return int(found.group(1)) if found is not None and 1 <= int(found.group(1)) <= 31 else None


def _offers(hits: list[Hit], sentence: Span, cues: Cues, text: str, r: Reaches) -> tuple[list[Hit], set[int]]:
    """"Putin proposed a one-year extension", "러시아가 제안한 … 연장", "uzatma girişimi": an extension
    offered is an offer of talks on the treaty (propose_talks), not an extension. With the offer's word
    before the act, the offer is read where that word stands (its subject proposes, its day and its
    modality are the offer's: "Putin on Monday proposed that Russia and the US extend"); with the word
    right after the act ("연장을 제안"), where the act stands. Also the starts of the offers so made."""
    offers = within(cues.of("offers"), sentence.start, sentence.end)
    if not offers:
        return hits, set()
    out: list[Hit] = []
    converted: set[int] = set()   # the made hits, by identity (a hit's hash reads every form of its trigger)
    for hit in hits:
        trigger = trigger_of(hit)
        cue = _offer_of(hit, offers, cues, text, r) if trigger.event in OFFERED else None
        if cue is None:
            out.append(hit)
            continue
        offered = replace(trigger, event="propose_talks", modality=None)
        at = cue if cue.end <= hit.start else hit
        made = at._replace(payload=offered, form=hit.form)
        out.append(made)
        converted.add(id(made))
    starts: set[int] = set()
    kept = []
    for h in sorted(out, key=lambda h: (h.start, trigger_of(h).event != "propose_talks", id(h) in converted)):
        if h.start not in starts:  # a listed offer form that starts at the same word stays the one
            starts.add(h.start)
            kept.append(h)
    return kept, {h.start for h in kept if id(h) in converted}


def _offer_of(hit: Hit, offers: Sequence[Hit], cues: Cues, text: str, r: Reaches) -> Hit | None:
    """The ``offers`` cue ("proposed", "offer", "предложил", "提议", "제안") within ``r.offer`` characters
    before the trigger, or ``r.offer_after`` after it ("연장을 제안", "延長を打診", "uzatma girişimi"), with no
    clause mark or clause word between."""
    for cue in offers:
        if cue.end <= hit.start and hit.start - cue.end <= r.offer:
            lo, hi = cue.end, hit.start
        elif cue.start >= hit.end and cue.start - hit.end <= r.offer_after:
            lo, hi = hit.end, cue.start
        else:
            continue
        if _one_clause(text, cues, lo, hi):
            return cue
    return None


def _before(hit: Hit, cues: Cues, text: str, r: Reaches) -> bool:
    """The act stands after "before" ("before the expiry", "vor dem Auslaufen", "до истечения", "قبل
    انتهاء") or, where the language writes it after, before it ("만료를 앞두고", "到期前", "sona ermeden
    önce"), in its clause: a point in time the sentence counts from, not a statement that it happened."""
    return (any(cue.end <= hit.start and hit.start - cue.end <= r.before and _one_clause(text, cues, cue.end, hit.start)
                for cue in cues.of("before"))
            or any(cue.start >= hit.end and cue.start - hit.end <= r.before_after
                   and _one_clause(text, cues, hit.end, cue.start) for cue in cues.of("before_after")))


def _one_clause(text: str, cues: Cues, lo: int, hi: int) -> bool:
    """No clause mark and no clause word between ``lo`` and ``hi``."""
    return not _marked_off(text[lo:hi]) and not within(cues.of("clause_boundaries"), lo, hi)


def _gone_before(hit: Hit, cues: Cues, opened: int, text: str, r: Reaches) -> bool:
    """The act is named right after "after" (``following``: "after the US withdrawal", "après le retrait",
    "po vypršení", "после решения США выйти"), within ``r.after`` characters of its clause: the time
    another act counts from, gone before it, not the day's news. A date of its own, or the clause's,
    still dates it ("in 2019, after the treaty's end")."""
    return any(hit.start - c.end <= r.after and _one_clause(text, cues, c.end, hit.start)
               for c in within(cues.of("following"), opened, hit.start))


def _regarding(hit: Hit, cues: Cues, opened: int, r: Reaches) -> int | None:
    """Where the cue stands that makes ``hit`` the subject of another act ("commented on", "в связи с"):
    the last one of the trigger's clause that ends within ``r.regarding`` characters before it."""
    near = [c for c in within(cues.of("regarding"), opened, hit.start) if hit.start - c.end <= r.regarding]
    return near[-1].start if near else None


def _in_lead(doc: Document, index: int, r: Reaches = _DEFAULT) -> bool:
    """Headline, dateline and first sentences: the first few sentences, or the first lines of text
    ("MOSCOW, 21 February. /TASS/." splits into short sentences of its own)."""
    return index < r.lead_sentences or doc.sentences[index].start < r.lead_chars


def _unnamed(doc: Document, dates: Sequence[DateMention], treaties: Sequence[Mention], cues: Cues,
             r: Reaches = _DEFAULT) -> list[DateMention]:
    """The dates of the lead that are no part of a name ("signed the law of 1 March"): only those can
    be the day the lead reports."""
    lead = [i for i in range(len(doc.sentences)) if _in_lead(doc, i, r)]
    end = max([r.lead_day_chars, *(doc.sentences[i].end for i in lead)])
    named: list[Mention | Span] = [
        *(m for m in treaties if m.start < end),
        *(Span(n.start, n.end) for kind in ("treaty_nouns", "instrument_nouns") for n in cues.of(kind)
          if n.start < end)]
    return [d for d in dates if d.start >= end or not _part_of_a_name(d, named, doc.text, cues)]


def _after_a_boundary(doc: Document, d: DateMention, boundaries: Sequence[Hit]) -> bool:
    """A word that opens a clause ("which", "che", "но") stands between the sentence's start and ``d``."""
    sentence = doc.sentence_at(d.start)
    return bool(within(boundaries, sentence.start, d.start))


@cache
def _weekday_forms(lexicon: Lexicon, language: str) -> frozenset[str]:
    """A language's weekday names, folded (asked for every undated article: found once)."""
    return frozenset(fold(w) for w in vocab_for(lexicon.language(language)).weekdays)


def _bare_weekday(d: DateMention, lexicon: Lexicon, language: str) -> bool:
    """A date written as a weekday's name alone ("Thursday", "am Donnerstag" read as "Donnerstag")."""
    words = re.findall(r"[^\W\d_]+", d.text)
    forms = _weekday_forms(lexicon, language)
    return bool(words) and d.precision == "day" and all(fold(w) in forms for w in words)


def _with_weekday(d: DateMention, weekdays: AbstractSet[str]) -> bool:
    return any(fold(w) in weekdays for w in re.findall(r"[^\W\d_]+", d.text))


def _lead_date(doc: Document, dates: Sequence[DateMention], quotes: Sequence[Quote] = (),
               r: Reaches = _DEFAULT, weekdays: AbstractSet[str] = frozenset(),
               boundaries: Sequence[Hit] = ()) -> str | None:
    """The day the lead reports ("сообщило 22 ноября", "روز سه‌شنبه"): the article's own news
    happened then. Without a publication date, the lead's first day, at the precision given (the year
    may stay unknown); with one, a day in the week before it (else the publication date stands)."""
    if not doc.sentences or len(doc.sentences) <= 0:
        return None
    lead_end = max(s.end for i, s in enumerate(doc.sentences) if _in_lead(doc, i, r))
    if doc.published is None:
        # the dateline's place: "MOSCOW, Feb 21 (Reuters)", "сообщило 22 ноября" near the top; a day
        # further down is more likely a date the story mentions (an expiry, a deadline)
        said = [d for d in dates if d.value and d.precision == "day"
                and not any(q.start <= d.start < q.end for q in quotes)]  # a date someone says is no dateline
        near = [d.value for d in said if d.start < r.lead_day_chars]
        # else a day told with its weekday near the top ("روز دوشنبه ۲۹ مه", "on Monday, 29 May"): news
        # names its recent days so; a deadline or an anniversary rarely carries its weekday
        marked = [d.value for d in said if d.start < r.weekday_day_chars and _with_weekday(d, weekdays)]
        return (near or marked or [None])[0]
    # With a publication date, only a day of the week before it is the lead's news day ("on Tuesday"),
    # in the main clause of its sentence: "..., che il 2 giugno ha approvato la legge" dates the vote
    days = [d.value for d in dates if d.end <= lead_end and d.value and d.precision == "day"
            and not _after_a_boundary(doc, d, boundaries)]
    published = date_of(doc.published)
    for value in days:
        day = date_of(resolve_year(value, doc.published))
        if day is not None and published is not None and timedelta(0) <= published - day <= timedelta(days=7):
            return day.isoformat()
    return None


def _actors(event: str, treaty: str | None, hit: Hit, sentence: Span, states: Sequence[_Actor], lexicon: Lexicon,
            conjunctions: frozenset[str], text: str, pack: LanguagePack | None = None,
            boundaries: Sequence[Hit] = (), r: Reaches = _DEFAULT) -> list[str | None]:
    if event in NO_ACTOR:
        return [None]
    inside = [s for s in states if sentence.start <= s.start and s.end <= sentence.end
              and not (s.organisation and event in TREATY_ACTIONS)]
    before = [s for s in inside if s.end <= hit.start]
    # measured from the trigger's start: a gapped trigger ("lässt Russland … ruhen") holds its subject
    clause_end = _clause_end(text, hit.start, sentence.end, [b.start for b in boundaries if b.start >= hit.end])
    after = [s for s in inside if hit.start <= s.start and s.end <= clause_end]
    group: list[_Actor] = []
    # The subject in the trigger's own clause ("Россия предложила США"); else a state named right after
    # the trigger owns it ("... مشيرة إلى أن خروج الولايات المتحدة", "выход США", verb-first clauses);
    # else the nearest before, else after.
    if pack is not None and pack.verb_final:
        after = []  # where the subject precedes its verb, a state after the verb is another clause's
    if pack is not None and pack.agent_prepositions and not pack.verb_final:
        # "the termination of the ABM Treaty by the US", "firmado por Rusia": the agent after the act
        # did it, whoever the sentence's subject is ("Putin calls the termination ... by the US a mistake")
        following = [st for st in inside if st.start >= hit.end and st.end <= clause_end]
        agents = _obliques(following, text, _folded_all(pack.agent_prepositions), conjunctions)
        if agents:
            joined = _coordinated([st for st in following if st.start >= agents[0].start], text, conjunctions, r)
            return list(dict.fromkeys(a.state for a in joined))
    if pack is not None and pack.object_prepositions:
        # "pressure on Iran and withdrawal", "the ambassador in Moscow": a state after a preposition is
        # no subject (nor one joined to it: "bases in Bulgaria and Romania"), when another state is there
        oblique = _obliques(inside, text, _folded_all(pack.object_prepositions), conjunctions)
        kept_before = [b for b in before if b not in oblique]
        kept_after = [a for a in after if a not in oblique]
        if kept_before or kept_after:
            before, after = kept_before, kept_after
    in_clause = [b for b in before if not _marked_off(text[b.end:hit.start])]
    # where particles mark the roles (러시아가, ロシアは, रूस ने; 미국과 "with the US", Rusya ile): the
    # state marked as subject acts; one marked as a partner or object does not
    marked = [b for b in in_clause if pack and _marked(b, text, pack.subject_markers)]
    partners = [b for b in in_clause if pack and _marked(b, text, pack.object_markers, pack.glued_endings)]
    if marked:
        in_clause = marked
    elif partners:
        # every state before the verb is a partner ("रूस के साथ ... अलग होगा अमरीका"): the actor is elsewhere
        in_clause = [b for b in in_clause if b not in partners]
        before = [b for b in before if b not in partners]
        if not in_clause and not before:
            after = [s for s in inside if hit.start <= s.start and s.end <= clause_end]
    if in_clause and pack is not None and pack.genitive_agent and event in TREATY_ACTIONS and after \
            and after[0].start >= hit.end and not text[hit.end:after[0].start].strip(" "):
        # "Россия осудила выход США", "رحبت روسيا بانسحاب الولايات المتحدة": the state right after the act's
        # noun did it, not the subject of the verb before (not so for talks: "предложила США переговоры"
        # offers them to the US)
        in_clause = []
        before = []
    if in_clause:
        # the nearest subject, and those listed before it ("Indien, Pakistan och Nordkorea har")
        nearest = in_clause[-1]
        group = _coordinated([nearest] + [b for b in reversed(before) if b.end <= nearest.start], text,
                             conjunctions, r)
    elif after and not text[hit.end:after[0].start].strip(" "):
        group = _coordinated(after, text, conjunctions, r)
    elif before:
        group = _coordinated(list(reversed(before)), text, conjunctions, r)
    elif after:
        group = _coordinated(after, text, conjunctions, r)
    found = list(dict.fromkeys(a.state for a in group))
    if found:
        return list(found)
    if event in BOTH_PARTIES and treaty:
        parties = next((t.parties for t in lexicon.treaties if t.slug == treaty), ())
        if len(parties) == 2:
            return list(parties)
    return []


@cache
def _folded_all(forms: tuple[str, ...]) -> tuple[str, ...]:
    """A language's forms folded (asked for every trigger: folded once)."""
    return tuple(fold(f) for f in forms)


def _obliques(states: Sequence[_Actor], text: str, prepositions: Sequence[str],
              conjunctions: frozenset[str]) -> list[_Actor]:
    """The states named right after a preposition ("with the US", "على إيران", "dall'Iran"), and those
    joined to one by a conjunction ("in Bulgarien und Rumänien")."""
    found: list[_Actor] = []
    for i, st in enumerate(states):
        if _after_preposition(text[max(0, st.start - 24):st.start], prepositions):
            found.append(st)
            continue
        if i and found and found[-1] is states[i - 1]:
            gap = fold(text[states[i - 1].end:st.start]).strip(" ,")
            if gap in conjunctions:
                found.append(st)
    return found


@lru_cache(maxsize=4096)  # asked for each state of a sentence, for each of its triggers: found once
def _after_preposition(before: str, prepositions: tuple[str, ...]) -> bool:
    """The words ``before`` a name end with one of ``prepositions`` (folded), as a whole word."""
    head = fold(before).rstrip()
    return any(head.endswith(p) and (len(head) == len(p) or not head[-len(p) - 1].isalnum() or _unspaced(p[0]))
               for p in prepositions)


def _marked(actor: _Actor, text: str, markers: tuple[str, ...], glued: bool = False) -> bool:
    """The state's name is followed (after at most a space) by one of ``markers``, as a word's end. A
    case ending written with a hyphen (hu "-val", fi "-ssa") marks the name after a hyphen ("USA-val") or
    glued to it, as suffix tolerance matched it ("Oroszországgal", "Saksassa"), when 3 letters or more."""
    if not markers:
        return False
    return _marked_by(text[actor.end:actor.end + 12], text[actor.start:actor.end].casefold(), markers, glued)


@lru_cache(maxsize=4096)  # asked for each state before a trigger, for each trigger of its sentence
def _marked_by(rest: str, name: str, markers: tuple[str, ...], glued: bool) -> bool:
    """``_marked``, of the words after the ``name`` (casefolded)."""
    if glued and any(m[:1] == "-" and len(m) > 3 and name.endswith(m[1:].casefold()) for m in markers):
        return True
    for marker in markers:
        for lead in ("", " "):
            if rest.startswith(lead + marker):
                after = rest[len(lead + marker):len(lead + marker) + 1]
                # written without spaces (ロシアは米国と), a particle runs into the next word
                if not after or not after.isalnum() or not marker[-1:].isalnum() or _unspaced(marker[-1]):
                    return True
    return False


def _unspaced(char: str) -> bool:
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA"))


def _clause_end(text: str, start: int, end: int, words: Sequence[int] = ()) -> int:
    """Where the clause that goes on after ``start`` ends: a subject that follows its verb (verb-first
    languages, passives) stands before the next comma or semicolon, or the next word that opens a
    clause (``words``: "withdraw from the deal which Iran signed": Iran is the relative clause's)."""
    ends = [i for i in (text.find(c, start, end) for c in ",،;؛") if i >= 0]
    colon = text.find(":", start, end)
    while colon > 0 and colon + 1 < len(text) and text[colon - 1].isalnum() and text[colon + 1].isalnum():
        colon = text.find(":", colon + 1, end)   # "USA:s president": a colon inside a word ends nothing
    if colon >= 0:
        ends.append(colon)
    return min([*ends, *words, end])


def _coordinated(ordered: Sequence[_Actor], text: str, conjunctions: frozenset[str], r: Reaches = _DEFAULT
                 ) -> list[_Actor]:
    """The first actor and those joined to it by a conjunction or a comma ("Russia and the United
    States", "between the Soviet Union and the United States", "Russia, U.S. exchange")."""
    group = [ordered[0]]
    last = ordered[0]
    for nxt in ordered[1:]:
        a, b = sorted((last, nxt), key=lambda s: s.start)
        gap = fold(text[a.end:b.start]).strip(" ,،、")
        if a.state == b.state and len(gap) <= r.same_actor:
            last = nxt  # "Reagan en zijn Sovjet-ambtgenoot Gorbatsjov": one actor named twice
            continue
        if gap and gap not in conjunctions:
            break
        if not gap and (a.person or b.person):
            break  # "Nucleare Iran, Trump annuncia": a topic before a comma, not a second party
        group.append(nxt)
        last = nxt
    return group


def date_of(value: str | None) -> Day | None:
    """The calendar day of a full ISO date, else None."""
    try:
        return Day.fromisoformat(value) if value and len(value) == 10 and not value.startswith("X") else None
    except ValueError:
        return None
