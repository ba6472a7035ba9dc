"""The README's claims, checked: two set-up commands, the test command CI runs, every command and
every setting documented."""

from __future__ import annotations

import re
from pathlib import Path

import click

from treatywatch.cli import cli
from treatywatch.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETUP = ["python3.11 -m venv .venv", ".venv/bin/pip install -e '.[test,web]'"]
TEST_COMMAND = ".venv/bin/pytest -q"


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def first_block(text: str) -> list[str]:
    match = re.search(r"```\w*\n(.*?)```", text, re.DOTALL)
    assert match
    return [line for line in match.group(1).splitlines() if line.strip()]


def test_exactly_two_setup_commands() -> None:
    assert first_block(section("Set up")) == SETUP


def test_the_test_command_is_the_one_ci_runs() -> None:
    blocks = re.findall(r"```\w*\n(.*?)```", section("Set up"), re.DOTALL)
    assert blocks[1].strip() == TEST_COMMAND
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci.splitlines()
    for command in SETUP[1:]:
        assert command in ci


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
