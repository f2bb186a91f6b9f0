"""The README tells the truth about the command line and the test command CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from scripts.cli import cli

PROJECT = Path(__file__).resolve().parent.parent
README = (PROJECT / "README.md").read_text(encoding="utf-8")


def walk_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(walk_commands(command, prefix=f"{path} "))
    return found


COMMANDS = walk_commands(cli)


def test_every_area_registered_its_commands() -> None:
    names = {path for path, _ in COMMANDS}
    expected = {"import", "export", "show", "check", "search", "reindex", "serve"}
    expected |= {"article", "article add", "link", "unlink"}
    assert expected <= names


@pytest.mark.parametrize("path,command", COMMANDS, ids=[path for path, _ in COMMANDS])
def test_every_command_has_help_and_is_in_the_readme(path: str, command: click.Command) -> None:
    assert (command.help or command.short_help or "").strip(), f"photodesk {path} has no help text"
    assert f"photodesk {path}" in README, f"README does not mention `photodesk {path}`"


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "Quick start has no sh block"
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_test_one() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    demo, test = commands
    assert (PROJECT / demo.split()[-1]).is_file()
    assert (PROJECT / test.split()[-1]).is_file()
    assert test in (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
