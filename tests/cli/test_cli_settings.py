"""Settings: one table, one frozen record; defaults ← treatywatch.toml ← environment ← flags."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatywatch.cli import cli
from treatywatch.errors import ConfigError
from treatywatch.settings import SETTINGS, Settings, load_settings


def test_the_table_and_the_record_agree() -> None:
    assert [s.name for s in SETTINGS] == [f.name for f in fields(Settings)]
    assert [s.default for s in SETTINGS] == [f.default for f in fields(Settings)]
    assert all(s.help for s in SETTINGS)


def test_each_source_overrides_the_one_before(tmp_path: Path) -> None:
    toml = tmp_path / "treatywatch.toml"
    assert load_settings(env={}, toml=toml) == Settings()
    toml.write_text('db = "sqlite:///from-file.db"\nbatch = 50\n', encoding="utf-8")
    assert load_settings(env={}, toml=toml) == Settings(db="sqlite:///from-file.db", batch=50)
    env = {"TREATYWATCH_DB": "postgresql://h/db", "TREATYWATCH_WORKERS": "3"}
    assert load_settings(env=env, toml=toml) == Settings(db="postgresql://h/db", batch=50, workers=3)
    assert load_settings({"db": "sqlite:///flag.db", "batch": None}, env=env, toml=toml).db == "sqlite:///flag.db"


@pytest.mark.parametrize("env, message", [
    ({"TREATYWATCH_BATCH": "many"}, "TREATYWATCH_BATCH: batch must be int"),
    ({"TREATYWATCH_WORKERS": "0"}, "workers must be at least 1"),
])
def test_bad_values_say_where_they_came_from(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env, toml=None)


def test_a_bad_file_is_a_config_error(tmp_path: Path) -> None:
    toml = tmp_path / "treatywatch.toml"
    toml.write_text("db = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot be read as TOML"):
        load_settings(env={}, toml=toml)
    toml.write_text('colour = "blue"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(env={}, toml=toml)


def test_the_settings_command_lists_every_setting() -> None:
    result = CliRunner().invoke(cli, ["--db", "sqlite:///elsewhere.db", "settings"], env={"TREATYWATCH_DB": None})
    assert result.exit_code == 0, result.output
    for s in SETTINGS:
        assert s.name in result.stdout and s.env in result.stdout
    assert "sqlite:///elsewhere.db" in result.stdout
