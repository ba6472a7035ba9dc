"""Settings: one frozen record, built once at the edge and passed down (never a global).

Each value comes from, later winning: the default in ``SETTINGS`` ← ``treatywatch.toml`` in the
working directory ← the environment (``TREATYWATCH_<NAME>``) ← a command-line flag. The table is
the documentation: ``treatywatch settings`` prints it and a test checks the README names every row
(datasette keeps its settings the same way).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"TREATYWATCH_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "sqlite:///treatywatch.db",
            "database URL: sqlite:///FILE, or postgresql://USER:PASSWORD@HOST/NAME (psycopg 3)"),
    Setting("batch", 200, "articles read, understood and written per transaction by ingest"),
    Setting("workers", 1, "processes that read and understand articles in parallel (1: this process)"),
    Setting("data_dir", "", "a data folder laid out as the package's data/ (treaties, actors, languages, "
            "reference), read instead of it; empty: the package's own"),
    # Watching (treatywatch watch): how politely sources are read, and how alerts are delivered.
    Setting("user_agent", "treatywatch/0.1 (+https://github.com/treatywatch)",
            "the User-Agent every request of watch names itself with (robots.txt rules for it apply)"),
    Setting("host_delay", 1.0, "seconds between two requests to one host (robots.txt Crawl-delay may ask more)"),
    Setting("fetch_timeout", 20.0, "seconds a request may take to connect, or between two reads"),
    Setting("fetch_retries", 3, "tries of a request that failed on the network, 5xx or 429, with backoff"),
    Setting("fetch_backoff", 2.0, "seconds before the first retry; doubled at each retry"),
    Setting("max_wait", 300.0, "the longest Retry-After honoured in place; a longer one postpones the source"),
    Setting("max_bytes", 5000000, "largest response read (bytes, after gzip); a larger one is refused"),
    Setting("max_redirects", 5, "redirects followed per request; more, or a loop, is refused"),
    Setting("max_items", 500, "new items read from one source per poll (the rest wait for the next poll)"),
    Setting("smtp_host", "localhost", "mail server for mailto: alerts"),
    Setting("smtp_port", 25, "its port (587 with smtp_tls starttls, 465 with ssl)"),
    Setting("smtp_tls", "none", "none | starttls | ssl"),
    Setting("smtp_user", "", "login for the mail server (empty: none)"),
    Setting("smtp_password", "", "its password"),
    Setting("smtp_from", "treatywatch@localhost", "the From: address of alert mail"),
    # Stories (link/cluster.py): when an article joins a story, and what moves its score.
    Setting("link_join_at", 0.28, "score at which an article joins a story (else it starts one)"),
    Setting("link_merge_at", 0.35, "score at which an article that fits two stories shows they are one"),
    Setting("link_translation_at", 0.40, "cosine at which two articles in two languages are translations"),
    Setting("link_same_days_bonus", 0.20, "added when the article was published within the story's days"),
    Setting("link_near_days_bonus", 0.05, "added again when within 3 days of them"),
    Setting("link_other_news", 0.15, "taken off when the news of the article and the story are other events"),
    Setting("link_other_days", 0.15, "taken off when the news of an undated side is dated to other days"),
    Setting("link_late_facts", 0.15, "taken off when one side reports as done what came after the other"),
    Setting("link_window_days", 7, "how far (days) from a story's span a dated article may be to join it"),
    Setting("link_max_span_days", 21, "how long (days) one story may run"),
)


@dataclass(frozen=True)
class Settings:
    db: str = "sqlite:///treatywatch.db"
    batch: int = 200
    workers: int = 1
    data_dir: str = ""
    user_agent: str = "treatywatch/0.1 (+https://github.com/treatywatch)"
    host_delay: float = 1.0
    fetch_timeout: float = 20.0
    fetch_retries: int = 3
    fetch_backoff: float = 2.0
    max_wait: float = 300.0
    max_bytes: int = 5000000
    max_redirects: int = 5
    max_items: int = 500
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_tls: str = "none"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = "treatywatch@localhost"
    link_join_at: float = 0.28
    link_merge_at: float = 0.35
    link_translation_at: float = 0.40
    link_same_days_bonus: float = 0.20
    link_near_days_bonus: float = 0.05
    link_other_news: float = 0.15
    link_other_days: float = 0.15
    link_late_facts: float = 0.15
    link_window_days: int = 7
    link_max_span_days: int = 21

    @property
    def db_url(self) -> str:
        return self.db


def _coerce(setting: Setting, value: Any, where: str) -> Any:
    """Values from the environment are strings; give each its default's type, or say where it was wrong."""
    kind = type(setting.default)
    try:
        out = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: {setting.name} must be {kind.__name__}, got {value!r}") from None
    if kind is float and out < 0:
        raise ConfigError(f"{where}: {setting.name} must not be negative, got {value!r}")
    if kind is int and out < 1:
        raise ConfigError(f"{where}: {setting.name} must be at least 1, got {value!r}")
    if setting.name == "smtp_tls" and out not in ("none", "starttls", "ssl"):
        raise ConfigError(f"{where}: smtp_tls must be none, starttls or ssl, got {value!r}")
    return out


def _from_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: cannot be read as TOML: {e}") from None
    known = {s.name for s in SETTINGS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
    return data


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    toml: Path | None = Path("treatywatch.toml"),
) -> Settings:
    """Defaults ← ``toml`` ← ``env`` (os.environ when None) ← ``flags`` (None values are not given)."""
    env = os.environ if env is None else env
    file_values = _from_toml(toml) if toml is not None else {}
    values: dict[str, Any] = {}
    for s in SETTINGS:
        if s.name in file_values:
            values[s.name] = _coerce(s, file_values[s.name], str(toml))
        if env.get(s.env):
            values[s.name] = _coerce(s, env[s.env], s.env)
        flag = (flags or {}).get(s.name)
        if flag is not None:
            values[s.name] = _coerce(s, flag, f"--{s.name}")
    return replace(Settings(), **values)

