"""The reference table: well-established treaty facts with their public sources (data/arms_control/
reference.yaml), validated on load.

Reference rows are shown *as reference* — never as something an article said — and news facts are
checked against them (know/conflicts.py). Each event names the act it records (``date``) and, in
``also``, the other days the public record gives for the same step (an announcement and the law that
followed; the Duma vote and the signature), so that a news fact dated by either is not a contradiction.
``never`` rows record what a party has not done up to the table's ``as_of`` date (the United States
never ratified the CTBT), so that a news claim that it did is flagged.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .. import dates
from ..errors import DataError
from ..models import EVENT_TYPES

# The events that change a party's standing under a treaty (know/status.py) and so belong here.
STATUS_EVENTS: frozenset[str] = frozenset({
    "sign", "ratify", "enter_into_force", "suspend", "resume", "withdraw", "deratify", "extend", "expire",
})


class ReferenceTableError(DataError):
    """The reference file does not match its schema or the lexicon; the message names the place."""


def _check_date(value: str) -> str:
    p = dates.parse(value)
    if p is None or p.year is None or str(p) != value:
        raise ValueError(f"not a date with a known year (YYYY, YYYY-MM, YYYY-MM-DD): {value!r}")
    return value


class _SourceSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    citation: str = Field(min_length=10)
    url: str = Field(pattern=r"^https?://\S+$")


class _EventSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event: str
    actor: str | None
    date: str
    also: list[str] = []
    source: str
    note: str | None = None

    @field_validator("event")
    @classmethod
    def _event(cls, v: str) -> str:
        if v not in STATUS_EVENTS:
            raise ValueError(f"not a treaty-status event: {v!r} (one of {sorted(STATUS_EVENTS)})")
        return v

    @field_validator("date")
    @classmethod
    def _date(cls, v: str) -> str:
        return _check_date(v)

    @field_validator("also")
    @classmethod
    def _also(cls, v: list[str]) -> list[str]:
        return [_check_date(x) for x in v]


class _NeverSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event: str
    actor: str | None
    source: str
    note: str = Field(min_length=5)

    @field_validator("event")
    @classmethod
    def _event(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"not an event type: {v!r}")
        return v


class _TreatySchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    parties: list[str] = Field(min_length=1)
    events: list[_EventSchema] = Field(min_length=1)
    never: list[_NeverSchema] = []


class _SuccessionSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    successor: str
    predecessor: str
    date: str
    source: str

    @field_validator("date")
    @classmethod
    def _date(cls, v: str) -> str:
        return _check_date(v)


class _ReferenceSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    as_of: str
    sources: dict[str, _SourceSchema]
    successions: list[_SuccessionSchema] = []
    treaties: dict[str, _TreatySchema]

    @field_validator("as_of")
    @classmethod
    def _as_of(cls, v: str) -> str:
        return _check_date(v)

    def check_links(self, treaties: Collection[str] | None) -> str | None:
        """The first row that names what is not there (a treaty the lexicon lacks, an unknown source,
        an actor that is not a party), as ``place: what``; None when every link holds."""
        unknown = sorted(set(self.treaties) - set(treaties)) if treaties is not None else []
        if unknown:
            return f"treaties: unknown treaty slugs (not in treaties.yaml): {unknown}"
        for slug, t in self.treaties.items():
            for i, e in enumerate(t.events):
                if e.source not in self.sources:
                    return f"treaties.{slug}.events.{i}: unknown source {e.source!r}"
                if e.actor is not None and e.actor not in t.parties:
                    return f"treaties.{slug}.events.{i}: actor {e.actor!r} not in parties"
            for i, n in enumerate(t.never):
                if n.source not in self.sources:
                    return f"treaties.{slug}.never.{i}: unknown source {n.source!r}"
        for i, s in enumerate(self.successions):
            if s.source not in self.sources:
                return f"successions.{i}: unknown source {s.source!r}"
        return None


@dataclass(frozen=True)
class Source:
    key: str
    citation: str
    url: str


@dataclass(frozen=True)
class RefEvent:
    treaty: str
    event: str
    actor: str | None
    date: str
    also: tuple[str, ...]
    source: Source
    note: str | None = None

    @property
    def id(self) -> str:
        return f"ref:{self.treaty}:{self.event}:{self.actor or '-'}:{self.date}"

    @property
    def dates(self) -> tuple[str, ...]:
        return (self.date, *self.also)


@dataclass(frozen=True)
class RefNever:
    treaty: str
    event: str
    actor: str | None
    source: Source
    note: str

    @property
    def id(self) -> str:
        return f"ref:{self.treaty}:never-{self.event}:{self.actor or '-'}"


@dataclass(frozen=True)
class Succession:
    successor: str       # russia
    predecessor: str     # ussr
    date: str            # from this day the successor carries the predecessor's treaty standing
    source: Source


@dataclass(frozen=True)
class RefTreaty:
    slug: str
    name: str
    parties: tuple[str, ...]
    events: tuple[RefEvent, ...]
    never: tuple[RefNever, ...]


@dataclass(frozen=True)
class Reference:
    as_of: str
    treaties: dict[str, RefTreaty]
    successions: tuple[Succession, ...]

    def events(self, treaty: str | None = None) -> tuple[RefEvent, ...]:
        if treaty is not None:
            t = self.treaties.get(treaty)
            return t.events if t else ()
        return tuple(e for t in self.treaties.values() for e in t.events)

    def find(self, event: str, treaty: str | None, actor: str | None) -> tuple[RefEvent, ...]:
        return tuple(e for e in self.events(treaty) if e.event == event and e.actor == actor) if treaty else ()

    def never(self, event: str, treaty: str | None, actor: str | None) -> RefNever | None:
        t = self.treaties.get(treaty or "")
        if t is None:
            return None
        return next((n for n in t.never if n.event == event and n.actor == actor), None)


def parse_reference(data: Any, where: str = "reference.yaml",
                    treaties: Collection[str] | None = None) -> Reference:
    """Validate ``data`` (the loaded YAML) and build the records; every treaty it writes must be one
    of ``treaties`` (the lexicon's slugs) when given. ReferenceTableError names the place."""
    try:
        schema = _ReferenceSchema.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        place = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise ReferenceTableError(f"{where}: {place}: {first['msg']}") from None
    broken = schema.check_links(treaties)
    if broken is not None:
        raise ReferenceTableError(f"{where}: {broken}")
    sources = {k: Source(k, s.citation, s.url) for k, s in schema.sources.items()}
    treaties = {
        slug: RefTreaty(
            slug=slug, name=t.name, parties=tuple(t.parties),
            events=tuple(RefEvent(slug, e.event, e.actor, e.date, tuple(e.also), sources[e.source], e.note)
                         for e in t.events),
            never=tuple(RefNever(slug, n.event, n.actor, sources[n.source], n.note) for n in t.never),
        )
        for slug, t in schema.treaties.items()
    }
    successions = tuple(Succession(s.successor, s.predecessor, s.date, sources[s.source])
                        for s in schema.successions)
    return Reference(as_of=schema.as_of, treaties=treaties, successions=successions)


def load_reference() -> Reference:
    """The reference table of the data directory in effect (lexicon.load.active_data_dir), checked
    against its lexicon's treaties; read once per directory. A data directory without one has none."""
    from ..lexicon import load_lexicon
    from ..lexicon.load import DOMAIN, active_data_dir

    treaties = frozenset(t.slug for t in load_lexicon().treaties)
    return _load_reference(active_data_dir() / DOMAIN / "reference.yaml", treaties)


@cache
def _load_reference(path: Path, treaties: frozenset[str]) -> Reference:
    if not path.is_file():
        return Reference(as_of="", treaties={}, successions=())
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ReferenceTableError(f"{path.name}: cannot be read: {e}") from None
    return parse_reference(data, path.name, treaties)
