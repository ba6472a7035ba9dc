"""The README's claims, checked: two set-up commands, the test command CI runs, every command and
every setting documented."""

from __future__ import annotations

import re
from pathlib import Path

import click
from click.testing import CliRunner

from treatywatch.cli import cli
from treatywatch.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAIN_COMMAND = ("python3.11 -m venv .venv && .venv/bin/pip install -q -e . && "
                ".venv/bin/treatywatch run examples/articles")
TEST_COMMAND = ("python3.11 -m venv .venv && .venv/bin/pip install -q -e '.[test,dev]' && "
                ".venv/bin/ruff check src tests bench && .venv/bin/mypy src && .venv/bin/pytest -q")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```\w*\n(.*?)```", text, re.DOTALL)]


def test_exactly_two_setup_commands() -> None:
    assert blocks(section("Set up: two commands")) == [MAIN_COMMAND, TEST_COMMAND]


def test_the_test_command_is_the_one_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for part in TEST_COMMAND.split(" && ")[1:]:
        assert part in ci, f".ci/run does not run {part!r} as the README says"


def test_the_main_command_runs_on_the_bundled_examples(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'treatywatch.db'}"
    result = CliRunner().invoke(cli, ["--db", db, "run", str(ROOT / "examples" / "articles")])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "14 new" in out and "1 quarantined" in out
    assert "Status per party" in out and "Timeline" in out
    assert re.search(r"ctbt\s+russia\s+deratified\s+2023-11-02", out)
    assert re.search(r"2023-02-21\s+suspend\s+new-start\s+russia", out)


def command_names(group: click.Group, prefix: str = "treatywatch") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            names += command_names(command, f"{prefix} {name}")
        else:
            names.append(f"{prefix} {name}")
    return names


def test_every_command_is_documented() -> None:
    commands = section("Commands")
    missing = [name for name in command_names(cli) if f"`{name}" not in commands]
    assert missing == [], f"commands missing from the README's table under '## Commands': {missing}"


def test_every_setting_is_documented() -> None:
    settings = section("Settings")
    for s in SETTINGS:
        assert f"`{s.name}`" in settings and f"`{s.env}`" in settings and str(s.default) in settings
