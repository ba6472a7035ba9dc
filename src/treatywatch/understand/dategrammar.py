"""The date grammar of one language: one regular expression, built from its date vocabulary
(datewords.py), that finds every candidate date of a text in a single pass (dates.py reads them).

Each shape of date is one named branch ("DMY": 5 February 2021, "MDY": February 5, 2021, "NUM":
5/2/2021, "REL": yesterday, "WD": Tuesday, ...); the group names tell dates.py which parts were matched.
The branches are tried in order at each position, so the first shape that fits wins there.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from typing import Any

from ..lexicon.patterns import compiled, prefix_tree
from .datewords import DateVocab

__all__ = ["Grammar", "grammar_for"]

# re's case tables (not public: without them the alternations stay flat lists, _case_class)
try:
    _sre: Any = importlib.import_module("_sre")
    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _EXTRA_CASES = None

_CJK_DIGIT_CHARS = "〇○零一二三四五六七八九两兩"
_CJK_DIGIT = f"[{_CJK_DIGIT_CHARS}]"
_CJK_NUMBER = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[廿卄卅][一二三四五六七八九]?|[一二三四五六七八九])"
# "3日間" (three days), "21日以内", "3일간", "3일 동안": a count of days, not a day of the month; 日本 is Japan
_NOT_A_DAY = r"\s*(?:間|间|内|以内|以上|後|后|前|本|ぶり|간|동안|만에|째|이내|전|후)"
_ORD = r"(?:st|nd|rd|th|er|re|e|ème|º|ª|\.|-?го|-?е)?"
_SEP = r"(?:\s*[,./-]\s*|\s+)"


@dataclass(frozen=True)
class Grammar:
    """A language's date grammar: the vocabulary it is built from, and the one pattern of every date shape."""

    vocab: DateVocab
    pattern: re.Pattern[str]


# Letters and the combining marks that belong to a word (re's \w leaves the marks out): "कल" is not a
# word inside "निकल", where the vowel sign ि stands before it.
# (Hebrew points and cantillation are marks; the maqaf ־ and the other punctuation among them are not:
# "ב־2015" is "in 2015")
_MARKS = "\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff"
_NO_WORD_BEFORE = rf"(?<![\w{_MARKS}])"
_NO_WORD_AFTER = rf"(?![\w{_MARKS}])"


def _alternation(forms: set[str], compact: bool, tail: str = "", open_end: bool = False) -> str:
    """Longest first, spaces inside a form as any whitespace, word boundaries unless compact
    (``open_end``: no boundary after, the caller matches what may follow)."""
    # The forms are grouped by their first letter ("j(?:anuary|une|uly|an)|f(?:ebruary|eb)"): the engine
    # tries every alternative of a flat list in turn at each position it reaches, and the grammar reaches
    # tens of thousands. The order inside a group is the flat list's, and only one group can match at a
    # position (its first letter, as re.IGNORECASE compares letters), so what matches is unchanged.
    groups: dict[str, list[tuple[str, str]]] = {}
    for f in sorted(forms, key=lambda f: (-len(f), f)):
        words = f.split()
        if words:
            rest = re.escape(words[0][1:]) + "".join(r"\s+" + re.escape(w) for w in words[1:]) + tail
            groups.setdefault(_case_class(words[0][0]), []).append((words[0][0], rest))
    if not groups:
        return r"(?!)"
    bodies = [re.escape(group[0][0]) + "(?:" + "|".join(rest for _, rest in group) + ")"
              if len({first for first, _ in group}) == 1
              else "|".join(re.escape(first) + rest for first, rest in group) for group in groups.values()]
    left, right = ("", "") if compact else (_NO_WORD_BEFORE, "" if open_end else _NO_WORD_AFTER)
    # (and the first letters are tested at once before that, where more than one group may start)
    firsts = "" if len(groups) == 1 else "(?=[" + "".join(re.escape(first) for group in groups.values()
                                                        for first in dict.fromkeys(f for f, _ in group)) + "])"
    return left + firsts + "(?:" + "|".join(bodies) + ")" + right


@functools.cache
def grammar_for(vocab: DateVocab) -> Grammar:
    v = vocab
    month = _alternation(set(v.months), v.compact)
    if v.month_stems:  # a stem takes up to suffix_tolerance letters: июл -> июле
        stems = _alternation({s for s, _ in v.month_stems}, v.compact, rf"[^\W\d_]{{0,{v.suffix_tolerance}}}")
        # a weekday a stem would take (ro "marti", marți typed bare, after "mart" of "martie") stays a weekday
        taken = {w for w in v.weekdays if w not in v.months and any(
            w.startswith(s) and len(w) - len(s) <= v.suffix_tolerance for s, _ in v.month_stems)}
        if taken:
            stems = f"(?!{_alternation(taken, v.compact)})" + stems
        month = f"(?:{stems}|{month})"
    weekday = _alternation(set(v.weekdays), v.compact)
    weekday_open = _alternation(set(v.weekdays), v.compact, open_end=True)
    letter_before = "" if v.compact else r"(?<![^\W\d_])"
    tail = "" if v.compact else r"[^\W\d_]*"  # letters glued to a weekday: "Dienstagabend"
    relative = _alternation(set(v.relative), v.compact)
    year_word = _alternation(set(v.year_words), v.compact)
    # after a year's digits, with its case ending ("жылғы", "ilin"); "-cu il" glued to the digits
    year_after = _alternation(set(v.year_words), True, r"[^\W\d_]{0,3}")
    conn = (_alternation(set(v.connectors), v.compact) + r"\s+") if v.connectors else ""
    conn = f"(?:{conn})?" if conn else ""
    # the day's one-letter word with its dot after the day ("2024 m. kovo 14 d."): part of the date, so that a
    # dateline of it and a time is a date alone on its line
    day_abbr = rf"(?:\s*{_alternation(set(v.day_abbreviations), v.compact)}\.)?" if v.day_abbreviations else ""
    # (a comma or a colon right after a word, with no space, opens a date all the same: zh "签署,2002年")
    no_left_digit = r"(?<![\d./])(?<!\d[,:])"
    # where dates run year first (numeric_date_order ymd), a year (with or without its ordinal dot) may open
    # a month-day or month date: hu "2011. február 5-én" is 5 February 2011, "2023 februárjában" February 2023
    ymd = v.numeric_order == "ymd"
    year_first = rf"(?:{no_left_digit}(?P<b_y0>\d{{4}})\.?\s+)?" if ymd else ""

    # "Tuesday 9 July 2024", "Wed 03rd February 2021", "miercuri (3 februarie)"
    def wd_prefix(group: str) -> str:
        return rf"(?:(?P<{group}>{weekday})\.?(?:,?\s+|\s*\(\s*))?"

    branches = [rf"(?P<REL>{relative})"]
    if v.day_words or v.weekdays:  # vi "ngày 2/8", id "Selasa (22/2)": a day and month, no year
        cue = "|".join(x for x in (_alternation(set(v.day_words), v.compact) if v.day_words else "",
                                   rf"{weekday}\s*,?\s*\(" if v.weekdays else "") if x)
        branches.append(rf"(?P<DM>(?:{cue})\s*(?P<e_a>\d{{1,2}})(?P<e_s>[./])(?P<e_b>\d{{1,2}})(?!\d|[./-]\d))")
    if v.calendar_months:  # fa ۱۵ مهر ۱۴۰۲, ar 5 رجب 1445 هـ: a month of another calendar, with a day or a year
        cal = _alternation(set(v.calendar_months), v.compact)
        mword = rf"(?:\s*{_alternation(set(v.month_words), v.compact)})?" if v.month_words else ""
        marker = rf"(?:\s*(?P<q_k>{_alternation(set(v.markers or ()), v.compact)}))?" if v.markers else ""
        branches.append(rf"(?P<CAL>(?:{no_left_digit}(?P<q_d>\d{{1,2}})\s*)?(?P<q_m>{cal}){mword}"
                        rf"(?:\s*(?P<q_y>\d{{4}})(?!\d){marker})?)")
    if v.markers and any(c.calendar == "hebrew" for c in v.calendars):  # בשנת תשפ״ד: a year in letters, after its cue
        hebrew_markers = {k for k, c in v.markers.items() if c == "hebrew"}
        branches.append(rf"(?P<HEB>{_alternation(hebrew_markers, v.compact)}\s*"
                        r"(?P<h_y>(?:ה['׳])?ת[א-ת]{0,3}[\"״'׳][א-ת])(?![א-ת]))")
    if any(v.unit_words):  # zh/ja 2011年2月5日, ko 2011년 2월 5일, zh 二〇二三年十一月二日, ko 13일 (a day alone)
        y, m, d = (f"(?:{'|'.join(map(re.escape, u))})" if u else r"(?!)" for u in v.unit_words)
        year_num = rf"(?:\d{{4}}|{_CJK_DIGIT}{{4}})"
        num = rf"(?:\d{{1,2}}|{_CJK_NUMBER})"
        day_alone = (rf"|(?<![{_CJK_DIGIT_CHARS}十廿卅])(?P<k_d3>\d{{1,2}})\s*{re.escape(v.day_unit)}(?!{_NOT_A_DAY})"
                     if v.day_unit else "")
        branches.append(
            rf"(?P<CJK>{no_left_digit}(?:(?P<k_y>{year_num})\s*{y}(?:\s*(?P<k_m>{num})\s*{m}"
            rf"(?:\s*(?P<k_d>{num})\s*{d})?)?|(?P<k_m2>{num})\s*{m}(?:\s*(?P<k_d2>{num})\s*{d})?{day_alone}))")
    branches += [
        (rf"(?P<ISO>{no_left_digit}(?P<i_y>\d{{4}})(?P<i_s>[./-])(?P<i_m>\d{{1,2}})(?P=i_s)(?P<i_d>\d{{1,2}})"
         r"(?!\d|[.,/:-]\d))"),
        # "14.03.2024", "14/3/2024", and with a space after each dot: sl, hr, cs "14. 3. 2024"
        (rf"(?P<NUM>{no_left_digit}(?P<n_a>\d{{1,2}})(?P<n_s>[./-]|\. )(?P<n_b>\d{{1,2}})(?P=n_s)(?P<n_y>\d{{4}})"
         r"(?!\d|[.,/:-]\d))"),
        # year first, with its year word: kk "2011 жылғы 5 ақпанда", az "2023-cü ilin fevralında",
        # "2023-cü il fevralın 21-də", tr "2023 yılı Şubat ayında", uz "2023-yil 21-fevralda" (the day
        # joined to its month by a hyphen); the year may take an ordinal dot (lv "2023. gada 21. februārī");
        # a time after the month is no day ("2024. gada 14. marts 10:32"); the day may take its abbreviated
        # word (lt "2024 m. kovo 14 d.")
        *([rf"(?P<YDM>{no_left_digit}(?P<r_y>\d{{4}})\.?\s*{year_after}\s+"
           rf"(?:(?P<r_d>\d{{1,2}}){_ORD}(?:\s+|-))?(?P<r_m>{month})(?:\s+(?P<r_d2>\d{{1,2}})(?!\d|:\d){day_abbr})?)"]
          if v.year_words and not v.compact else []),
        (rf"(?P<DMY>{wd_prefix('a_w')}{no_left_digit}(?P<a_d>\d{{1,2}}){_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?"
         rf"{_SEP}{conn}(?P<a_m>{month})\.?(?:{_SEP}{conn}(?:(?P<a_yw>{year_word})\s*)?(?P<a_y>\d{{4}})(?!\d))?)"),
        (rf"(?P<MDY>{wd_prefix('b_w')}{year_first}(?P<b_m>{month})\.?\s*(?P<b_d>\d{{1,2}}){_ORD}(?!\d)"
         rf"(?:\s*[-–]\s*\d{{1,2}}{_ORD}(?!\d))?(?:(?:\s*,\s*|\s+)(?P<b_y>\d{{4}})(?!\d))?)"),
        rf"(?P<MY>(?P<c_m>{month})\.?{_SEP}{conn}(?:(?P<c_yw>{year_word})\s*)?(?P<c_y>\d{{4}})(?!\d))",
        # the year first (ta "2026 பிப்ரவரி 5", bn "২০২১ সালের ফেব্রুয়ারিতে"): a year word may follow the year, after
        # the year's ordinal dot too (lv "2026. gada februārī"; never a bare "2011. February", a sentence's end)
        (rf"(?P<YMD>{no_left_digit}{letter_before}(?P<g_y>\d{{4}})(?!\d)(?:\.?\s*(?P<g_yw>{year_word})\s*|\s*)(?P<g_m>{month})"
         rf"(?:\s*(?P<g_d>\d{{1,2}}){_ORD}(?!\d))?)"),
        rf"(?P<YM>{no_left_digit}(?P<d_y>\d{{4}})\.?\s+(?P<d_m>{month}))" if ymd else r"(?!)",
        rf"(?P<MON>(?P<o_m>{month})(?:['’][^\W\d_]+)?)",
        rf"(?P<WD>(?P<w_d>{weekday_open})(?P<w_t>{tail}))",
        rf"(?P<YEAR>(?:(?P<y_w>{year_word})\s*)?{no_left_digit}{letter_before}(?P<y_y>\d{{4}})(?!\d|[.,/:]\d))",
    ]
    # Every candidate starts a word with a digit or the first three letters of a known form: one cheap
    # test per position instead of trying every branch there (8x faster on long texts).
    forms = (*v.months, *v.weekdays, *v.relative, *v.year_words, *(s for s, _ in v.month_stems),
             *v.day_words, *(v.calendar_months or ()))
    heads = prefix_tree({f[:3] for f in forms if f[:3]})
    cjk = f"|{_CJK_DIGIT}|[十廿卄卅]" if any(v.unit_words) else ""
    gate = ("" if v.compact else _NO_WORD_BEFORE) + rf"(?=\d{cjk}{'|' + heads if heads else ''})"
    # (compiled once per machine: a grammar of every form takes re 50 ms to compile)
    return Grammar(vocab, compiled(gate + "(?:" + "|".join(branches) + ")", re.IGNORECASE))


def _case_class(letter: str) -> str:
    """The letters re.IGNORECASE takes for one another, named by one of them: re lowercases both
    sides, and also equates a few lowercase letters ("i" and the dotless "ı", "s" and "ſ"). (Read
    from re's own tables; without them, one class for all: the flat list.)"""
    if _EXTRA_CASES is None:
        return ""
    lower = _sre.unicode_tolower(ord(letter))
    return chr(min((lower, *_EXTRA_CASES.get(lower, ()))))
