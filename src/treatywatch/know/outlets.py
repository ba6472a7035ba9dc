"""Which outlet published an article, from its address: data/outlets.yaml names the known ones (name
and country) by domain; any other is named by its domain. The longest listed domain that the host ends
with wins ("cz.sputniknews.com" is sputniknews.com), so regional editions and subdomains are found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..errors import DataError
from ..lexicon.load import DATA_DIR, active_data_dir
from .actors import states

FILE = "outlets.yaml"
# Hosts' first labels that are no part of an outlet's name: www.x.com, m.x.com, amp.x.com are x.com.
NOISE = ("www", "m", "amp", "mobile")


@dataclass(frozen=True)
class Outlet:
    domain: str                 # the listed domain, or the host without www./m./amp.
    name: str                   # the outlet's name; the domain when it is not listed
    country: str | None         # ISO 3166-1 alpha-2, when listed
    known: bool                 # listed in outlets.yaml


def _path() -> Path:
    given = active_data_dir() / FILE
    return given if given.is_file() else DATA_DIR / FILE


@cache
def _table(path: Path) -> dict[str, tuple[str, str | None]]:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise DataError(f"{path}: {e}") from None
    outlets = data.get("outlets") if isinstance(data, dict) else None
    if not isinstance(outlets, dict):
        raise DataError(f"{path}: no `outlets:` mapping of domain to {{name, country}}")
    table: dict[str, tuple[str, str | None]] = {}
    for domain, entry in outlets.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DataError(f"{path}: outlets: {domain}: give {{name: ..., country: XX}}")
        country = entry.get("country")
        iso = isinstance(country, str) and len(country) == 2 and country.isupper()
        if country is not None and not iso:
            raise DataError(f"{path}: outlets: {domain}: country {country!r} is not an ISO 3166-1 "
                            "alpha-2 code")
        table[str(domain).lower()] = (entry["name"], country)
    return table


def host_of(url: str | None) -> str | None:
    """The host of an http(s) address, lower case, without www., m., amp. in front; None otherwise."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    labels = host.rstrip(".").split(".")
    while len(labels) > 2 and labels[0] in NOISE:
        labels = labels[1:]
    return ".".join(labels)


def outlet_of(url: str | None) -> Outlet | None:
    """The outlet an address belongs to; None when it is no http(s) address."""
    host = host_of(url)
    if host is None:
        return None
    table = _table(_path())
    labels = host.split(".")
    for i in range(len(labels) - 1):
        domain = ".".join(labels[i:])
        if domain in table:
            name, country = table[domain]
            return Outlet(domain, name, country, True)
    return Outlet(host, host, None, False)


def country_name(iso: str | None) -> str | None:
    """A country's English name from the lexicon's states (the code when none has it)."""
    if iso is None:
        return None
    return next((s.name for s in states().values() if s.iso == iso), iso)


def outlet_record(url: str | None) -> dict[str, Any] | None:
    found = outlet_of(url)
    if found is None:
        return None
    return {"name": found.name, "domain": found.domain, "country": found.country,
            "country_name": country_name(found.country), "known": found.known}
