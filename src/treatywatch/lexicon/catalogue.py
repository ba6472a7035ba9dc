"""What the data knows, listed: the treaties, the actors and the languages of a lexicon, as the
commands ``treatywatch treaties``, ``actors`` and ``languages`` print them (a table's rows, and the full
records for ``--json``). Everything comes from the data files; nothing is listed in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .types import LanguagePack, Lexicon


@dataclass(frozen=True)
class Catalogue:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    records: list[dict[str, Any]] = field(default_factory=list)


def _english(names: dict[str, tuple[str, ...]], exact: dict[str, tuple[str, ...]], slug: str) -> str:
    return next(iter(names.get("en", ()) or exact.get("en", ())), slug)


def _languages_named(names: dict[str, tuple[str, ...]], exact: dict[str, tuple[str, ...]]) -> list[str]:
    return sorted(code for code in set(names) | set(exact) if names.get(code) or exact.get(code))


def treaties(lexicon: Lexicon) -> Catalogue:
    """Every treaty of treaties.yaml: slug, English name, Wikidata id, parties, languages naming it."""
    records: list[dict[str, Any]] = []
    for t in lexicon.treaties:
        codes = _languages_named(t.names, t.case_sensitive)
        names = {code: list(t.names.get(code, ()) + t.case_sensitive.get(code, ())) for code in codes}
        records.append({"slug": t.slug, "name": _english(t.names, t.case_sensitive, t.slug),
                        "wikidata": t.wikidata, "parties": list(t.parties), "languages": codes,
                        "names": names})
    rows = [(r["slug"], r["name"], " ".join(r["parties"]), len(r["languages"]),
             sum(len(forms) for forms in r["names"].values())) for r in records]
    return Catalogue(("slug", "name", "parties", "languages", "names"), rows, records)


def actors(lexicon: Lexicon) -> Catalogue:
    """Every state and organisation, person and role of actors.yaml (and territories.yaml)."""
    records: list[dict[str, Any]] = []
    for s in lexicon.states:
        records.append({"kind": s.kind, "slug": s.slug, "name": _english(s.names, s.case_sensitive, s.slug),
                        "iso": s.iso, "country": None, "wikidata": s.wikidata,
                        "languages": _languages_named(s.names, s.case_sensitive)})
    for p in lexicon.people:
        records.append({"kind": "person", "slug": p.slug, "name": _english(p.names, p.case_sensitive, p.slug),
                        "iso": None, "country": p.country, "wikidata": p.wikidata,
                        "languages": _languages_named(p.names, p.case_sensitive),
                        "holds": [vars(h) for h in p.holds]})
    for r in lexicon.roles:
        records.append({"kind": "role (generic)" if r.generic else "role", "slug": r.slug,
                        "name": _english(r.names, r.case_sensitive, r.slug), "iso": None,
                        "country": r.country, "wikidata": "",
                        "languages": _languages_named(r.names, r.case_sensitive)})
    rows = [(r["kind"], r["slug"], r["name"], r["iso"] or r["country"] or "", len(r["languages"]))
            for r in records]
    return Catalogue(("kind", "slug", "name", "iso/country", "languages"), rows, records)


def language(pack: LanguagePack, lexicon: Lexicon) -> dict[str, Any]:
    """What one language has: triggers (per event), names, cues, calendars, word order, examples."""
    def named(groups: tuple[Any, ...]) -> int:
        return sum(1 for x in groups if x.names.get(pack.code) or x.case_sensitive.get(pack.code))

    events: dict[str, int] = {}
    for t in pack.triggers:
        events[t.event] = events.get(t.event, 0) + len(t.forms)
    return {
        "code": pack.code, "name": pack.name, "direction": "rtl" if pack.rtl else "ltr",
        "triggers": sum(events.values()), "events": events,
        "names": {"treaties": named(lexicon.treaties), "states": named(lexicon.states),
                  "people": named(lexicon.people), "roles": named(lexicon.roles)},
        "quote_verbs": len(pack.quote_verbs), "negation": len(pack.negation), "hedging": len(pack.hedging),
        "verb_order": ("verb-final" if pack.verb_final else "verb first, subject after" if pack.verb_first
                       else "verb before its objects"),
        "numeric_date_order": pack.numeric_date_order,
        "calendars": ["gregorian", *(c.calendar for c in pack.calendars)],
        "date_words": sorted(pack.date_words), "suffix_tolerance": pack.suffix_tolerance,
        "examples": [{"event": t.event, "sentence": t.example} for t in pack.triggers if t.example],
    }


def languages(lexicon: Lexicon) -> Catalogue:
    """Every language of languages/<code>.yaml with what its data gives it."""
    records = [language(pack, lexicon) for _, pack in sorted(lexicon.languages.items())]
    rows = [(r["code"], r["name"], r["triggers"], len(r["events"]), sum(r["names"].values()),
             r["quote_verbs"], " ".join(r["calendars"]), r["verb_order"], r["numeric_date_order"] or "",
             len(r["examples"])) for r in records]
    return Catalogue(("code", "name", "triggers", "events", "names", "quote verbs", "calendars", "verb order",
                      "numeric order", "examples"), rows, records)
