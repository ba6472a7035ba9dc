"""Find the temporal expressions of a document, at the precision the text states.

One compiled pattern per language (dategrammar.py, from the data of datewords.py) finds every
candidate in a single pass; each candidate is normalised from the parts it matched, so nothing is filled in that
the text does not give: "February 5" is ``XXXX-02-05``, "Hồi tháng 7" is ``XXXX-07``, "in 2019" is
``2019``. Relative words resolve against ``doc.published`` and stay None without it. dateparser's
own parser is not used: over whole texts it costs ~40 ms an article and fills missing parts from
the clock (shared/DEPENDENCIES.md); its per-language tables are.

Numeric a/b/yyyy: when neither number exceeds 12, the text's other numeric dates settle the
order (one with a first number over 12 means day first); else the pack's ``numeric_order``; else
day first, the convention of most of the world's press (corpus/d08, English from vnnow.net:
"5/2/2026" is 5 February 2026).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from ..lexicon.types import Lexicon
from ..models import DateMention, Document, Precision
from .dateago import ago_dates, with_relative_years
from .datecalc import (
    RELATIVE_PRECISION,
    calendar_to_gregorian,
    calendar_year_to_gregorian,
    hebrew_year,
    in_calendar_range,
    number_of,
    parse_iso,
    resolve_calendar_day,
    resolve_relative,
    resolve_weekday,
    resolve_year,
    valid_day,
)
from .datefollow import following_dates
from .dategrammar import grammar_for
from .datewords import DateVocab, month_of, vocab_for
from .dateyears import accept_year
from .shortyears import short_years

__all__ = ["find_dates", "resolve_year"]

def find_dates(doc: Document, lexicon: Lexicon) -> tuple[DateMention, ...]:
    """Every temporal expression in ``doc.text``, sorted, non-overlapping, offsets exact."""
    pack = lexicon.language(doc.language)
    grammar = grammar_for(vocab_for(pack))
    text = doc.text
    matches = list(grammar.pattern.finditer(text))
    order = _numeric_order(grammar.vocab, matches)
    found = []
    for m in matches:
        mention = _normalise(m, grammar.vocab, doc, order)
        if mention is not None:
            found.append((mention, _role(m, grammar.vocab)))
    dated = with_relative_years(text, following_dates(text, pack, tuple(_merge(found, text))))
    return short_years(text, pack, doc.published, ago_dates(text, pack, doc.published, dated))


def _numeric_order(v: DateVocab, matches: list[re.Match[str]]) -> str:
    """dmy or mdy for this text: a numeric date with a number over 12 settles it, else the pack's."""
    for m in matches:
        if m.lastgroup == "NUM":
            a, b = int(m.group("n_a")), int(m.group("n_b"))
            if a > 12 >= b:
                return "dmy"
            if b > 12 >= a:
                return "mdy"
    return v.numeric_order if v.numeric_order != "ymd" else "dmy"


def _mention(m: re.Match[str], value: str | None, precision: Precision, relative: bool = False) -> DateMention:
    start, end = m.start(), m.end()
    while end > start + 1 and m.string[end - 1] in ". ,":  # "22 мая." ends a sentence; "Feb." keeps its date
        end -= 1
    return DateMention(start, end, m.string[start:end], value, precision, relative)


def _ymd(year: int | None, month: int | None, day: int | None) -> tuple[str, Precision] | None:
    """EDTF value and precision; None when the parts do not make a date."""
    if year is not None and not 1000 <= year <= 2199:
        return None
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return (y, "year") if year is not None else None
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y}-{month:02d}", "month"
    if not valid_day(year, month, day):
        return None
    return f"{y}-{month:02d}-{day:02d}", "day"


def _normalise(m: re.Match[str], v: DateVocab, doc: Document, order: str) -> DateMention | None:
    """The mention a candidate makes, from the parts it matched; None when it is not a date."""
    kind = m.lastgroup
    g = m.group
    text = m.string
    got: tuple[str, Precision] | None = None
    if kind == "REL":
        key = v.relative.get(_key(g("REL")))
        if key is None or not _relative_ok(m, v, key):
            return None
        published = parse_iso(doc.published)
        if ":" in key:  # last:0 / this:4 / next:2 — "last Monday", "next Friday"
            when, _, weekday = key.partition(":")
            value = resolve_weekday(int(weekday), published, when)
            return _mention(m, value, "day", True)
        value, precision = resolve_relative(key, published)
        return _mention(m, value, precision, True)
    if kind == "CJK":
        if g("k_d3"):  # "21日", "13일": a day of the publication's month, on or before its day
            return _day_alone(m, int(g("k_d3")), doc)
        if g("k_y"):
            year = _year(v, m, "k_y")
            got = _ymd(year, _num(g("k_m")), _num(g("k_d"))) if year is not None else None
            if got and got[1] == "year" and not 1900 <= (year or 0) <= 2100:
                got = None
        else:
            got = _ymd(None, _num(g("k_m2")), _num(g("k_d2")))
    elif kind == "DM":
        a, b = int(g("e_a")), int(g("e_b"))
        d, mo = (b, a) if v.numeric_order in ("mdy", "ymd") else (a, b)
        got = _ymd(None, mo, d)
        if got is not None:  # the mention is the numbers: the cue before them is not part of the date
            return DateMention(m.start("e_a"), m.end("e_b"), text[m.start("e_a"):m.end("e_b")], got[0], got[1])
    elif kind == "CAL":
        return _calendar_date(m, v, doc)
    elif kind == "HEB":
        year = hebrew_year(g("h_y"))
        gregorian = calendar_year_to_gregorian("hebrew", year) if year else None
        got = (f"{gregorian:04d}", "year") if gregorian else None
    elif kind == "ISO":
        got = _numeric_date(v, m, "i_y", int(g("i_m")), int(g("i_d")))
    elif kind == "NUM":
        a, b, y = int(g("n_a")), int(g("n_b")), _year(v, m, "n_y")
        d, mo = (b, a) if (order == "mdy" and a <= 12) or b > 12 else (a, b)
        got = _numeric_date(v, m, "n_y", mo, d) if y is not None and 1900 <= y <= 2100 else None
    elif kind in ("DMY", "MDY", "MY", "YMD", "YM"):
        p = {"DMY": "a", "MDY": "b", "MY": "c", "YMD": "g", "YM": "d"}[kind]
        form = g(f"{p}_m")
        mon = month_of(v, form)
        y_group = "b_y0" if kind == "MDY" and not g("b_y") and m.groupdict().get("b_y0") else f"{p}_y"
        year = _year(v, m, y_group) if g(y_group) else None
        if g(y_group) and (year is None or _year_in(v, m, y_group)[1] not in (None, "buddhist")):
            return None  # a Gregorian month with a Solar Hijri or Hijri year: not a date
        day = _int(g(f"{p}_d")) if kind in ("DMY", "MDY", "YMD") else None
        after = text[m.end(f"{p}_m"):m.end(f"{p}_m") + 1]
        if mon is not None and _month_ok(v, form, year is not None, day is not None, after):
            got = _ymd(year, mon, day)
    elif kind == "YDM":
        form = g("r_m")
        mon, year, day = month_of(v, form), _year(v, m, "r_y"), _int(g("r_d") or g("r_d2"))
        after = text[m.end("r_m"):m.end("r_m") + 1]
        if mon is not None and year is not None and 1800 <= year <= 2100 and _month_ok(v, form, True, day is not None,
                                                                                      after):
            got = _ymd(year, mon, day)
    elif kind == "MON":
        form = g("o_m")
        mon = month_of(v, form)
        if mon is not None and _month_alone_ok(m, v, form):
            got = _ymd(None, mon, None)
    elif kind == "WD":
        return _weekday(m, v, doc)
    elif kind == "YEAR":
        year = _year(v, m, "y_y")
        if year is not None and accept_year(text, m.start("y_y"), m.end("y_y"),
                                            bool(g("y_w")) or _year_word_after(text, m.end("y_y"), v.year_words),
                                            v.cues, v.compact, year):
            got = (f"{year:04d}", "year")  # Persian and Arabic-Indic digits too
    return _mention(m, got[0], got[1]) if got is not None else None


def _num(s: str | None) -> int | None:
    return number_of(s) if s else None


def _year(v: DateVocab, m: re.Match[str], group: str) -> int | None:
    """The Gregorian year a matched year number states: an era word beside it (พ.ศ. 2566, 1445 هـ)
    names its calendar; else a calendar the language writes bare years in, when the number is in that
    calendar's modern range (th 2535, fa ۱۴۰۲); else the number itself. None when an era word names a
    calendar the number does not fit."""
    raw, calendar = _year_in(v, m, group)
    if raw is None or calendar is None:
        return raw
    return calendar_year_to_gregorian(calendar, raw)


def _year_in(v: DateVocab, m: re.Match[str], group: str) -> tuple[int | None, str | None]:
    """(the year number as written, its calendar: None for the Gregorian)."""
    raw = number_of(m.group(group))
    if raw is None:
        return None, None
    calendar = _marker_calendar(v, m.string, m.start(group), m.end(group))
    if calendar is None or not in_calendar_range(calendar, raw):  # "בשנת 2023": a cue, not an era
        calendar = next((c.calendar for c in v.calendars if c.bare_years and in_calendar_range(c.calendar, raw)), None)
    return raw, calendar


def _numeric_date(v: DateVocab, m: re.Match[str], group: str, month: int, day: int) -> tuple[str, Precision] | None:
    """A date written in numbers (۱۴۰۲/۰۷/۱۵, 5/2/2566): in the calendar its year is in, as a Gregorian day."""
    raw, calendar = _year_in(v, m, group)
    if raw is None:
        return None
    if calendar is None:
        return _ymd(raw, month, day)
    when = calendar_to_gregorian(calendar, raw, month, day)
    return (when.isoformat(), "day") if when else None


def _marker_calendar(v: DateVocab, text: str, start: int, end: int) -> str | None:
    """The calendar an era word just before or after a year names (พ.ศ. 2566, ۱۴۰۲ ه.ش, 1445 هـ)."""
    if not v.markers:
        return None
    before = text[max(0, start - 12):start].rstrip().casefold()
    after = text[end:end + 12].lstrip().casefold()
    for marker, calendar in v.markers.items():
        if before.endswith(marker) and (v.compact or len(before) == len(marker)
                                        or not before[-len(marker) - 1].isalpha()):
            return calendar
        if after.startswith(marker) and (v.compact or not after[len(marker):len(marker) + 1].isalpha()):
            return calendar
    return None


def _day_alone(m: re.Match[str], day: int, doc: Document) -> DateMention | None:
    """A day number alone (zh/ja "21日", ko "13일") is a day of the publication's month when it is not
    after the publication day; a later day may be this month's or last month's: not stated, so none."""
    published = parse_iso(doc.published)
    start, end = m.start(), m.end()
    if published is None or not 1 <= day <= published.day:
        return DateMention(start, end, m.string[start:end], None, "day", True)
    value = published.replace(day=day).isoformat()
    return DateMention(start, end, m.string[start:end], value, "day", True)


def _calendar_date(m: re.Match[str], v: DateVocab, doc: Document) -> DateMention | None:
    """A day and/or year with a month of another calendar (fa ۱۵ مهر ۱۴۰۲, ar 5 رجب 1445 هـ)."""
    g = m.group
    calendar, month = (v.calendar_months or {})[_key(g("q_m"))]
    day, year = _int(g("q_d")), _int(g("q_y"))
    if year is not None:
        marked = _marker_calendar(v, m.string, m.start("q_y"), m.end("q_y"))
        if (marked or calendar) != calendar or not in_calendar_range(calendar, year):
            return None
        if day is None:
            middle = calendar_to_gregorian(calendar, year, month, 15)  # the Gregorian month it mostly lies in
            return _mention(m, middle.strftime("%Y-%m"), "month") if middle else None
        when = calendar_to_gregorian(calendar, year, month, day)
        return _mention(m, when.isoformat(), "day") if when else None
    if day is None:
        return None  # a month name alone: مهر, دی, صفر are also words
    when = resolve_calendar_day(calendar, month, day, parse_iso(doc.published))
    if when is None:
        return DateMention(m.start(), m.end(), m.group().rstrip(". ,"), None, "day", True)
    return _mention(m, when.isoformat(), "day", True)


def _role(m: re.Match[str], v: DateVocab) -> str:
    """What a mention may merge with: a weekday name, or a relative day word (today, yesterday)."""
    if m.lastgroup == "WD":
        return "weekday"
    if m.lastgroup == "REL" and RELATIVE_PRECISION.get(v.relative.get(_key(m.group("REL")), "")) == "day":
        return "dayword"
    return ""


def _key(form: str) -> str:
    """A matched form as the vocabulary spells it: casefolded, single spaces."""
    return " ".join(form.casefold().split())


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether only a sentence end, a line break or an opening quote precedes ``pos``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"'«»“”‘’„([—–-":
        i -= 1
    return i < 0 or text[i] in ".!?:;…\n"


def _previous_word(text: str, pos: int) -> tuple[str, int]:
    """The word just before ``pos`` (spaces between, no punctuation) and where it starts."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    return text[j:i], j


def _has_capital(s: str) -> bool:
    return any(c.isupper() for c in s)


def _cased_script(s: str) -> bool:
    return any(c.isalpha() and c.lower() != c.upper() for c in s)


_COUNT_BEFORE = re.compile(r"(\d+)\s*$")


def _relative_ok(m: re.Match[str], v: DateVocab, key: str) -> bool:
    form = m.group("REL")
    # "5 năm sau", "2 tháng trước": a count before it makes a duration, not next year / last month; a
    # year does not ("the treaty of 1987 last year")
    count = _COUNT_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if count is not None and len(count.group(1)) < 4:
        return False
    if _key(form) in v.trusted:
        return True
    # German "Morgen" (morning) is not "morgen" (tomorrow): a capital inside a sentence is another word
    return not (_cased_script(form) and form[0].isupper() and " " not in form.strip()
                and not _sentence_initial(m.string, m.start()))


def _month_ok(v: DateVocab, form: str, has_year: bool, has_day: bool, after: str = "") -> bool:
    letters = [c for c in form if c.isalpha()]
    # a two-letter form (fa مه, hi मई, tr Ka) stands beside a day's number ("۲۹ مه", "5 मई"), unless a
    # joiner makes it a prefix ("۳ می‌شود": the verb "becomes")
    with_day = has_day and not (after and (after.isalpha() or unicodedata.category(after) in ("Cf", "Mn")))
    if (len(letters) < 3 and not any(c.isdigit() for c in form) and not (has_year or with_day) and not v.compact
            and _key(form) not in v.trusted):  # the pack's own forms stand (th "พ.ค.": two letters and dots)
        return False
    # "may 3" is a verb and a number; a month would be "May 3"
    return not (v.cased_months and not has_year and not _has_capital(form))


def _month_alone_ok(m: re.Match[str], v: DateVocab, form: str) -> bool:
    key = _key(form)
    if any(c.isdigit() for c in key):
        return True  # vi "tháng 7", zh "7月": the number says it is a month
    if key in v.trusted:
        return True
    text, start = m.string, m.start()
    previous, at = _previous_word(text, start)
    if key not in v.months:  # an inflection read through a stem (ru "июле"): only after a cue ("в июле")
        return previous.casefold() in v.cues
    if key not in v.month_alone:
        return False  # abbreviations ("Jan", "mar") only beside a day or a year
    if not _cased_script(form):  # ar مارس is also a verb: an uncased month needs a cue (في, منذ, شهر)
        return v.compact or previous.casefold() in v.cues
    if v.cased_months:
        if not _has_capital(form):
            return False  # "may", "march", "august": a verb, a verb, an adjective
        if previous[:1].isupper() and previous.casefold() not in v.cues:
            # "Theresa May", "Women's March" name someone; a short opener ("Since May") does not
            return _sentence_initial(text, at) and len(previous) <= 5
        return True
    # where months are written in lowercase, a capital inside a sentence is a name: fr "la planète Mars"
    return not (_has_capital(form) and not _sentence_initial(text, start))


_CLAUSE_PUNCTUATION = ",;:،؛，；：、"


def _weekday(m: re.Match[str], v: DateVocab, doc: Document) -> DateMention | None:
    form, tail = m.group("w_d"), m.group("w_t")
    key = _key(form)
    text = m.string
    # "Dienstagabend": a compound of 4+ letters where names are capitalised ("Montage", "Sundays" are
    # other words, and a linking s makes a habit or an attribute: "Sonntagsfrage", "montags"); an
    # inflection within suffix_tolerance where names are not capitalised (ru "вторника")
    if tail and not (len(tail) >= 4 and tail[0] not in "sS" if v.cased_weekdays else len(tail) <= v.suffix_tolerance):
        return None
    if key not in v.trusted:
        if key not in v.weekday_alone:
            return None
        if _cased_script(form):
            if v.cased_weekdays and not _has_capital(form):
                return None
            if v.cased_weekdays and _sentence_initial(text, m.start()) and not _closed(text, m.end(), v):
                return None  # a capital opening a sentence proves nothing: tr "Pazar yerinde" is a market
            # Where words inflect, a bare weekday name is often another word (ru "окружающую среду",
            # the environment): it needs its preposition ("в среду"). French "mardi" needs none.
            if (not v.cased_weekdays and v.suffix_tolerance > 0
                    and _previous_word(text, m.start())[0].casefold() not in v.cues):
                return None
    number = v.weekdays[key]
    sentence = doc.sentence_at(m.start())
    # a weekday's direction comes from its own clause's verb: in "Russia will suspend the treaty, Putin
    # said on Tuesday" the future is another clause's, and Tuesday is past
    clause_start = max([sentence.start] + [text.rfind(c, sentence.start, m.start()) + 1 for c in _CLAUSE_PUNCTUATION])
    lead = text[clause_start:m.start()].casefold()
    ahead = bool(v.future) and _any_word(v.future).search(lead) is not None
    value = resolve_weekday(number, parse_iso(doc.published), "future" if ahead else "past")
    return _mention(m, value, "day", True)


@functools.cache
def _any_word(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``forms`` as a whole word: one search, not one per form."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _closed(text: str, end: int, v: DateVocab) -> bool:
    """A punctuation mark or a date word ("Pazar günü", "Monday, Russia said") follows ``end``."""
    rest = text[end:end + 24].lstrip(" \t")
    if not rest or rest[0] in ",.:;!?)–—-":
        return True
    word = re.match(r"[^\W\d_]+", rest)
    return word is not None and any(word.group().casefold().startswith(c) for c in v.cues if len(c) >= 3)


def _merge(found: list[tuple[DateMention, str]], text: str) -> Iterator[DateMention]:
    """"Today, Wednesday": a relative day word and the weekday beside it are one statement
    (when they agree: with a publication date, both resolve to the same day)."""
    i = 0
    while i < len(found):
        d, role = found[i]
        if i + 1 < len(found):
            e, next_role = found[i + 1]
            gap = text[d.end:e.start]
            if ({role, next_role} == {"weekday", "dayword"} and len(gap) <= 3 and not gap.strip(" ,–-")
                    and d.value == e.value):
                yield DateMention(d.start, e.end, text[d.start:e.end], d.value, "day", True)
                i += 2
                continue
        yield d
        i += 1


_YEAR_ABBREVIATIONS = ("г.", "гг.", "р.", "年")


def _year_word_after(text: str, end: int, year_words: tuple[str, ...]) -> bool:
    """"в 2000 году", "2000 року", "2000年", "2000 yılında": the year word may follow the number, also
    after an ordinal dot (sr "2000. godine", lv "2000. gadā"); a case ending listed among the year words
    may follow it after a hyphen (hu "2019-ben": in 2019)."""
    after = text[end:end + 14].lstrip().casefold()
    if after[:1] == ".":
        after = after[1:].lstrip()
    # the data may write the hyphen itself (az "-cu il") or leave it out (hu "ben")
    forms = (after, after[1:]) if after[:1] in "-–" else (after,)
    return any(a.startswith(_YEAR_ABBREVIATIONS) or any(
        a.startswith(w) and not a[len(w):len(w) + 1].isdigit() for w in year_words if len(w) >= 2) for a in forms)
