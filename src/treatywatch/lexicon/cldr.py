"""States' names in every language from CLDR's territory names (through babel), with the care a name
matched in running text needs.

CLDR names a territory once per locale ("Estonia", "Эстония", "爱沙尼亚"). What becomes a form:
- "Myanmar (Burma)", "刚果（金）": the name and the bracketed name, each on its own;
- a name too short to be told from parts of other words is left out: under 3 letters; under 2 in a
  script with case, where it is matched as written (Vietnamese Úc, Bỉ); under 2 Han characters (a Han
  character is a syllable with a meaning: 芬兰, 古巴 are whole names);
- a name in a script with case (Latin, Cyrillic, Greek...) is matched as written, capital and all:
  "Mali" is the state, "mali" the Turkish for "financial";
- where the language's data lets a form take endings (``suffix_tolerance``), a one-word name that ends
  in a vowel is also given as its stem: "Эстони" finds Эстонии, Эстонию, Эстонией; kept only when the
  stem keeps 5 letters.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

_BRACKETED = re.compile(r"^(?P<name>[^(（]+?)\s*[(（](?P<inner>[^)）]+)[)）]\s*$")
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєαεηιουωάέήίόύώ")
_MIN_LETTERS = 3
_MIN_CASED = 2
_MIN_HAN = 2
_MIN_STEM = 5


@cache
def territory_names(locale: str) -> Mapping[str, str]:
    """CLDR's name of each territory (ISO code -> name) in ``locale``; empty for a locale babel lacks.

    The locales named here (a language, or a language and script: zh_Hant) inherit their territory
    names from CLDR's root alone, which names none: the locale's own file holds them all. It is read
    without babel's merge of every other kind of data, three times faster (the lexicon's load time)."""
    from babel import Locale, UnknownLocaleError, localedata  # when a lexicon is built, not at import

    if not localedata.exists(locale):
        return {}
    names = own_data(locale).get("territories")
    if names:
        return dict(names)
    try:
        return dict(Locale.parse(locale).territories)
    except (UnknownLocaleError, ValueError, TypeError):
        return {}


@cache
def own_data(locale: str) -> dict[str, Any]:
    """What CLDR's file of ``locale`` itself holds (babel's data, read as babel reads it), without what
    it inherits ({} when babel has no such file): where the file holds a value, it is the value babel
    gives, and reading it alone is three times faster than babel's merge of every parent's data."""
    from babel import localedata

    resolve = getattr(localedata, "resolve_locale_filename", None)
    if resolve is None or not localedata.exists(locale):
        return {}
    path = Path(resolve(locale))
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        own = pickle.load(file)
    return own if isinstance(own, dict) else {}


def _letters(form: str) -> int:
    return sum(map(str.isalpha, form))


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def has_case(form: str) -> bool:
    """Written in a script with capitals: then the name is matched as written."""
    return form.lower() != form.upper()


def long_enough(form: str) -> bool:
    letters = _letters(form)
    if letters and len(_HAN.findall(form)) == letters:
        return letters >= _MIN_HAN
    return letters >= (_MIN_CASED if has_case(form) else _MIN_LETTERS)


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()


def forms(name: str, inflects: bool) -> list[str]:
    """The forms a CLDR name gives (see the module's head), in order, each once."""
    name = " ".join(name.split())
    parts = [name]
    bracketed = _BRACKETED.match(name)
    if bracketed:
        parts = [bracketed["name"].strip(), bracketed["inner"].strip()]
    out: list[str] = []
    for part in parts:
        if not long_enough(part):
            continue
        out.append(part)
        if inflects and " " not in part and _base(part[-1]) in _VOWELS and _letters(part) - 1 >= _MIN_STEM:
            out.append(part[:-1])
    return list(dict.fromkeys(out))


def slug(english: str) -> str:
    """The slug of a state from its English name: "St. Kitts & Nevis" -> saint-kitts-and-nevis."""
    name = _BRACKETED.match(english)
    text = name["name"] if name else english
    text = text.replace("&", " and ").replace("St. ", "Saint ")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))
