"""Assemble the domain pack from data/: read every file, check it against its schema (schema.py), check
what only the whole pack can show (slugs unique, every reference resolves), build the frozen records
of types.py (lexicon/load.py calls it when the disk cache does not hold the result).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import cldr
from .document import _Document
from .fold import fold
from .load import DOMAIN, LexiconError
from .reaches import NAMES as REACH_NAMES
from .schema import (
    CUE_FIELDS,
    ActorsFile,
    CaseSensitiveForm,
    LanguageFile,
    NameForm,
    NamesFile,
    NamingFile,
    TerritoriesFile,
    TreatiesFile,
    TriggersFile,
)
from .types import CalendarUse, LanguagePack, Lexicon, Naming, Person, Role, RoleHold, State, Treaty, Trigger

Names = dict[str, tuple[str, ...]]


def assemble(data_dir: Path, fingerprint: str) -> Lexicon:
    """The lexicon of the files in ``data_dir``, checked (a ``LexiconError`` names the first fault)."""
    domain = data_dir / DOMAIN
    treaties_doc = _Document(domain / "treaties.yaml", "treaties.yaml")
    actors_doc = _Document(domain / "actors.yaml", "actors.yaml")
    treaties_file = treaties_doc.parse(TreatiesFile)
    actors_file = actors_doc.parse(ActorsFile)
    territories_path = domain / "territories.yaml"
    territories_doc = _Document(territories_path, "territories.yaml") if territories_path.is_file() else None
    territories = territories_doc.parse(TerritoriesFile) if territories_doc else TerritoriesFile()
    generated = _generated_states(actors_doc, actors_file, territories_doc, territories)
    state_slugs = {s.slug for s in actors_file.states} | set(generated.values())
    _check_references(treaties_doc, treaties_file, actors_doc, actors_file, state_slugs)
    extra = _language_names(domain / "names", treaties_file, actors_file, state_slugs)
    languages = _languages(data_dir, {t.slug for t in treaties_file.treaties})

    treaty_names = {t.slug: _joined(t.names, extra["treaties"].get(t.slug, {})) for t in treaties_file.treaties}
    people_names = {p.slug: _joined(p.names, extra["people"].get(p.slug, {})) for p in actors_file.people}
    role_names = {r.slug: _joined(r.names, extra["roles"].get(r.slug, {})) for r in actors_file.roles}
    written = [(s.slug, s.iso, s.kind, s.wikidata or "", _joined(s.names, extra["states"].get(s.slug, {})))
               for s in actors_file.states]
    written += [(slug, iso, "state", "", dict(extra["states"].get(slug, {}))) for iso, slug in generated.items()]
    ended = {s.slug: s.ended for s in actors_file.states}
    continued = {s.slug: s.continued_by for s in actors_file.states}
    taken = _taken([("treaty", treaty_names), ("person", people_names), ("role", role_names),
                    ("state", {slug: names for slug, _, _, _, names in written})])
    not_names = {code: frozenset(fold(w) for w in words) for code, words in territories.not_names.items()}
    from_cldr = _cldr_names([(slug, iso) for slug, iso, _, _, _ in written if iso], languages, territories,
                            not_names, taken)

    treaties = []
    for t in treaties_file.treaties:
        names, exact = _names(treaty_names[t.slug])
        treaties.append(Treaty(slug=t.slug, wikidata=t.wikidata or "", names=names, case_sensitive=exact,
                               parties=tuple(t.parties), signed=t.signed))
    states = []
    for slug, iso, kind, wikidata, joined in written:
        names, exact = _with_cldr(*_names(joined), from_cldr.get(slug, {}))
        states.append(State(slug=slug, wikidata=wikidata, names=names, case_sensitive=exact, kind=kind, iso=iso,
                            cldr=from_cldr.get(slug, {}), ended=ended.get(slug),
                            continued_by=continued.get(slug)))
    people = []
    for p in actors_file.people:
        names, exact = _names(people_names[p.slug])
        holds = tuple(RoleHold(h.role, h.country, h.start, h.end) for h in p.holds)
        people.append(Person(slug=p.slug, wikidata=p.wikidata or "", country=p.country, names=names,
                             case_sensitive=exact, holds=holds))
    roles = []
    for r in actors_file.roles:
        names, exact = _names(role_names[r.slug])
        roles.append(Role(slug=r.slug, names=names, case_sensitive=exact, generic=r.generic,
                          covers=tuple(r.covers), country=r.country))
    return Lexicon(treaties=tuple(treaties), states=tuple(states), people=tuple(people), roles=tuple(roles),
                   languages=languages, naming=_naming(data_dir / "naming.yaml"), not_names=not_names,
                   fingerprint=fingerprint)


def _naming(path: Path) -> Naming:
    """data/naming.yaml (optional: without it, only listed people are found)."""
    if not path.is_file():
        return Naming()
    spec = _Document(path, "naming.yaml").parse(NamingFile)
    families = {script: (dict(names) if isinstance(names, dict) else dict.fromkeys(names, ""))
                for script, names in spec.family_names.items()}
    return Naming(family_first_scripts=frozenset(spec.family_first_scripts), family_names=families,
                  name_endings={k: tuple(sorted(v, key=len, reverse=True)) for k, v in spec.name_endings.items()},
                  family_first_spellings=frozenset(fold(s) for s in spec.family_first_spellings),
                  particles=frozenset(fold(p) for p in spec.particles), separators="".join(spec.separators),
                  not_in_names=frozenset(fold(w) for w in spec.not_in_names),
                  topic_markers=frozenset(spec.topic_markers),
                  romanization={script: tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))
                                for script, table in spec.romanization.items()})


# --- states from CLDR -----------------------------------------------------------------------------

def _generated_states(actors_doc: _Document, actors_file: ActorsFile, doc: _Document | None,
                      territories: TerritoriesFile) -> dict[str, str]:
    """ISO code -> slug of every state territories.yaml lists that actors.yaml does not write (by its
    ``iso``): the slug from ``slugs``, else CLDR's English name lowercased ("north-macedonia")."""
    english = cldr.territory_names("en")
    written: dict[str, str] = {}
    for i, s in enumerate(actors_file.states):
        if s.iso is None:
            continue
        if s.iso in written:
            raise actors_doc.error(["states", i, "iso"], f"{s.iso} is the ISO code of {written[s.iso]!r} too")
        if english and s.iso not in english:
            raise actors_doc.error(["states", i, "iso"], f"CLDR knows no territory {s.iso}")
        written[s.iso] = s.slug
    if doc is None:
        return {}
    slugs = {s.slug for s in actors_file.states}
    out: dict[str, str] = {}
    for i, iso in enumerate(territories.states):
        if iso in written:
            continue
        if iso not in english:
            raise doc.error(["states", i], f"CLDR knows no territory {iso}")
        slug = territories.slugs.get(iso) or cldr.slug(english[iso])
        if slug in slugs or slug in out.values():
            raise doc.error(["states", i], f"slug {slug!r} of {iso} is taken: give {iso} one under slugs")
        out[iso] = slug
    for iso in territories.slugs:
        if iso not in out:
            raise doc.error(["slugs", iso], f"{iso} is not a state made here"
                            + (f" (actors.yaml writes it: {written[iso]!r})" if iso in written else ""))
    return out


def _form(form: str | CaseSensitiveForm) -> str:
    return form if isinstance(form, str) else form.form


def _with_cldr(names: Names, exact: Names, added: dict[str, tuple[str, ...]]) -> tuple[Names, Names]:
    """Written names and exact forms, with CLDR's after them: matched as written in a script with case."""
    if not added:
        return names, exact
    names, exact = dict(names), dict(exact)
    for code, forms in added.items():
        cased = tuple(f for f in forms if cldr.has_case(f))
        plain = tuple(f for f in forms if not cldr.has_case(f))
        if cased:
            exact[code] = exact.get(code, ()) + cased
        if plain:
            names[code] = names.get(code, ()) + plain
    return names, exact


def _taken(groups: list[tuple[str, dict[str, NamesByLanguage]]]) -> dict[str, dict[str, str]]:
    """language -> folded form -> slug of what every name written by hand names."""
    taken: dict[str, dict[str, str]] = {}
    for _, records in groups:
        for slug, names in records.items():
            for code, forms in names.items():
                into = taken.setdefault(code, {})
                for f in forms:
                    into.setdefault(fold(_form(f)), slug)
    return taken


def _cldr_names(coded: list[tuple[str, str]], languages: dict[str, LanguagePack], territories: TerritoriesFile,
                not_names: dict[str, frozenset[str]],
                taken: dict[str, dict[str, str]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """CLDR's names (lexicon/cldr.py) of each (slug, ISO code) in every language of the lexicon, to come
    after the state's written ones (_with_cldr): slug -> language -> forms. Written names win: a CLDR
    form that folds like a written name (of anything) is left out, so is one that is an ordinary word
    of the language (``not_names``) and one that CLDR gives two states."""
    added: dict[str, dict[str, tuple[str, ...]]] = {}
    for code, pack in languages.items():
        tables = [cldr.territory_names(locale) for locale in territories.locales.get(code, [code])]
        if not any(tables):
            continue
        written = taken.get(code, {})
        written_for = {slug for slug in written.values()}
        skip = not_names.get(code, frozenset())
        claims: dict[str, set[str]] = {}
        found: dict[str, dict[str, str]] = {}   # slug -> folded -> form, in order
        for slug, iso in coded:
            for table in tables:
                name = table.get(iso)
                if not name:
                    continue
                # a stem only where no name of the state is written: written forms carry their inflection
                inflects = pack.suffix_tolerance > 0 and slug not in written_for
                for f in cldr.forms(name, inflects=inflects):
                    key = fold(f)
                    if key in skip or key in written:
                        continue
                    claims.setdefault(key, set()).add(slug)
                    found.setdefault(slug, {}).setdefault(key, f)
        for slug, _ in coded:
            new = [f for key, f in found.get(slug, {}).items() if len(claims[key]) == 1]
            if new:
                added.setdefault(slug, {})[code] = tuple(new)
    return added


NamesByLanguage = dict[str, list[NameForm]]


def _language_names(folder: Path, treaties_file: TreatiesFile, actors_file: ActorsFile,
                    state_slugs: set[str]) -> dict[str, dict[str, NamesByLanguage]]:
    """names/<code>.yaml, per kind and slug: {"states": {"russia": {"ko": [...]}}}. A slug the shared
    files (or territories.yaml) do not define is an error naming the file and place."""
    known = {"treaties": {t.slug for t in treaties_file.treaties},
             "states": state_slugs,
             "people": {p.slug for p in actors_file.people},
             "roles": {r.slug for r in actors_file.roles}}
    out: dict[str, dict[str, NamesByLanguage]] = {kind: {} for kind in known}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        doc = _Document(path, f"names/{path.name}")
        spec = doc.parse(NamesFile)
        code = path.stem
        for kind, slugs in known.items():
            for slug, forms in getattr(spec, kind).items():
                if slug not in slugs:
                    raise doc.error([kind, slug], f"unknown {kind[:-1] if kind != 'people' else 'person'} {slug!r}")
                if not forms:
                    raise doc.error([kind, slug], "no names")
                out[kind].setdefault(slug, {})[code] = list(forms)
    return out


def _joined(shared: NamesByLanguage, own: NamesByLanguage) -> NamesByLanguage:
    """The shared file's names with a language file's added, each form once (by its folded key)."""
    joined = {code: list(forms) for code, forms in shared.items()}
    for code, forms in own.items():
        have = {fold(f if isinstance(f, str) else f.form) for f in joined.get(code, [])}
        joined.setdefault(code, []).extend(f for f in forms if fold(f if isinstance(f, str) else f.form) not in have)
    return joined


def _check_references(treaties_doc: _Document, treaties_file: TreatiesFile, actors_doc: _Document,
                      actors_file: ActorsFile, states: set[str]) -> None:
    _unique(treaties_doc, "treaties", [t.slug for t in treaties_file.treaties])
    _unique(actors_doc, "states", [s.slug for s in actors_file.states])
    _unique(actors_doc, "people", [p.slug for p in actors_file.people])
    _unique(actors_doc, "roles", [r.slug for r in actors_file.roles])
    roles = {r.slug: r for r in actors_file.roles}
    for i, t in enumerate(treaties_file.treaties):
        for j, party in enumerate(t.parties):
            if party not in states:
                raise treaties_doc.error(["treaties", i, "parties", j], f"unknown state {party!r}")
    for i, p in enumerate(actors_file.people):
        if p.country is not None and p.country not in states:
            raise actors_doc.error(["people", i, "country"], f"unknown state {p.country!r}")
        for j, h in enumerate(p.holds):
            if h.role not in roles or roles[h.role].generic:
                raise actors_doc.error(["people", i, "holds", j, "role"], f"no specific role {h.role!r}")
            if h.country is not None and h.country not in states:
                raise actors_doc.error(["people", i, "holds", j, "country"], f"unknown state {h.country!r}")
    for i, r in enumerate(actors_file.roles):
        if r.country is not None and r.country not in states:
            raise actors_doc.error(["roles", i, "country"], f"unknown state {r.country!r}")
        for j, covered in enumerate(r.covers):
            if covered not in roles or roles[covered].generic:
                raise actors_doc.error(["roles", i, "covers", j], f"{covered!r} is not a specific role")


def _unique(doc: _Document, key: str, slugs: Iterable[str]) -> None:
    seen: set[str] = set()
    for i, slug in enumerate(slugs):
        if slug in seen:
            raise doc.error([key, i, "slug"], f"slug {slug!r} is used twice")
        seen.add(slug)


def _names(names: dict[str, list[str | CaseSensitiveForm]]) -> tuple[Names, Names]:
    """(names matched on the folded view, names matched as written), per language: never the same form."""
    loose: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    for language, forms in names.items():
        for form in forms:
            if isinstance(form, CaseSensitiveForm) and form.case_sensitive:
                exact.setdefault(language, []).append(form.form)
            else:
                loose.setdefault(language, []).append(form if isinstance(form, str) else form.form)
    return ({k: tuple(v) for k, v in loose.items()}, {k: tuple(v) for k, v in exact.items()})


def _languages(data_dir: Path, treaties: set[str]) -> dict[str, LanguagePack]:
    """One pack per languages/<code>.yaml, with the triggers of arms_control/triggers/<code>.yaml."""
    language_dir = data_dir / "languages"
    trigger_dir = data_dir / DOMAIN / "triggers"
    language_files = sorted(language_dir.glob("*.yaml")) if language_dir.is_dir() else []
    trigger_files = {p.stem: p for p in sorted(trigger_dir.glob("*.yaml"))} if trigger_dir.is_dir() else {}
    for code in trigger_files.keys() - {p.stem for p in language_files}:
        raise LexiconError(f"triggers/{code}.yaml: top level: there is no languages/{code}.yaml for it")

    packs: dict[str, LanguagePack] = {}
    for path in language_files:
        doc = _Document(path, f"languages/{path.name}")
        spec = doc.parse(LanguageFile)
        if spec.code != path.stem:
            raise doc.error(["code"], f"code {spec.code!r} is not the file's name {path.stem!r}")
        unknown = sorted(set(spec.reaches) - REACH_NAMES)
        if unknown:
            raise doc.error(["reaches", unknown[0]], f"unknown reach {unknown[0]!r}: known are "
                            + ", ".join(sorted(REACH_NAMES)))
        cues = {name: tuple(getattr(spec, name)) for name in CUE_FIELDS}
        triggers: tuple[Trigger, ...] = ()
        if path.stem in trigger_files:
            tdoc = _Document(trigger_files[path.stem], f"triggers/{path.name}")
            tspec = tdoc.parse(TriggersFile)
            for event, entries in tspec.events.items():
                for i, entry in enumerate(entries):
                    if entry.treaty is not None and entry.treaty not in treaties:
                        raise tdoc.error(["events", event, i, "treaty"], f"unknown treaty {entry.treaty!r}")
            triggers = tuple(Trigger(event, tuple(e.forms), e.treaty, e.modality, example=e.example,
                                     describes=e.describes)
                             for event, entries in tspec.events.items() for e in entries)
            # a cue list may be written in either file: both count, each form once
            cues = {name: tuple(dict.fromkeys(cues[name] + tuple(getattr(tspec, name))))
                    for name in CUE_FIELDS}
        packs[spec.code] = LanguagePack(
            code=spec.code, name=spec.name, rtl=spec.rtl, abbreviations=tuple(spec.abbreviations),
            ordinal_dot=spec.ordinal_dot, glued_endings=spec.glued_endings,
            genitive_agent=spec.genitive_agent, triggers=triggers,
            date_words={key: tuple(forms) for key, forms in spec.date_words.items()},
            number_words={n: tuple(forms) for n, forms in spec.number_words.items()},
            clitic_prefixes=tuple(spec.clitic_prefixes), suffix_tolerance=spec.suffix_tolerance,
            gap_reach=spec.gap_reach, verb_final=spec.verb_final, verb_first=spec.verb_first,
            capitalised_nouns=spec.capitalised_nouns,
            year_after_name=spec.year_after_name, future_endings=tuple(spec.future_endings),
            reaches=dict(spec.reaches),
            numeric_date_order=spec.numeric_date_order,
            calendars=tuple(CalendarUse(c.calendar, c.bare_years, tuple(c.markers)) for c in spec.calendars),
            markers=tuple(spec.markers), nuclear_stems=tuple(fold(n) for n in spec.nuclear_stems), **cues,
        )
    return packs
