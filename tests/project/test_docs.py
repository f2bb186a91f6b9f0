"""The README tells the truth about the command line and the test command CI runs; code cites our own docs."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from scripts.cli import cli

PROJECT = Path(__file__).resolve().parents[2]
README = (PROJECT / "README.md").read_text(encoding="utf-8")
DOCS = PROJECT / "docs"


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


# -- code cites documents that are in the repository -------------------------------------------

CODE_DIRS = ("catalog", "media", "index", "web", "scripts", "tests")
CODE_SUFFIXES = {".py", ".sh", ".html", ".js", ".css", ".toml"}
CITED_DOC = re.compile(r"docs/([\w.-]+\.md)(?:#([\w-]+))?")
# The design notes the project started from live outside the repository; a clone lacks them.
# The shared test corpus is read in place (tests/helpers/corpus_location.py) and may be named.
OUTSIDE = re.compile(r"DESIGN\.md|PERFORMANCE-NOTES|\bCONVENTIONS\b|(?:\.\./|/work/)shared/(?!corpus)")


def code_files() -> list[Path]:
    # A page under a test's data/ is a fixture, not code: it may be in any charset (blind page 19 is windows-1252).
    found = [path for folder in CODE_DIRS for path in sorted((PROJECT / folder).rglob("*"))
             if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts
             and not (path.suffix == ".html" and "data" in path.relative_to(PROJECT).parts)]
    return [path for path in found if path != Path(__file__).resolve()] + [PROJECT / "pyproject.toml"]


def anchors(document: Path) -> set[str]:
    """The link anchors of a Markdown file's headings, as GitHub makes them."""
    headings = re.findall(r"^#+\s+(.*?)\s*$", document.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def citations() -> list[tuple[str, str, str | None]]:
    return [(f"{path.relative_to(PROJECT)}:{number}", match.group(1), match.group(2))
            for path in code_files()
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            for match in CITED_DOC.finditer(line)]


def test_every_document_the_code_cites_exists_with_its_section() -> None:
    cited = citations()
    assert len(cited) >= 10  # the check sees the citations (docstrings and comments)
    missing = [f"{where}: docs/{name}" for where, name, _ in cited if not (DOCS / name).is_file()]
    assert missing == []
    wrong = [f"{where}: docs/{name}#{anchor}" for where, name, anchor in cited
             if anchor and anchor not in anchors(DOCS / name)]
    assert wrong == []


def test_no_code_or_document_cites_files_outside_the_repository() -> None:
    texts = code_files() + sorted(DOCS.glob("*.md")) + [PROJECT / "README.md"]
    outside = [f"{path.relative_to(PROJECT)}:{number}: {line.strip()}"
               for path in texts
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if OUTSIDE.search(line)]
    assert outside == []


CITED_TEST = re.compile(r"\btests/([\w/]+\.py)(?:::(\w+))?")


def test_every_test_file_and_test_the_documents_and_code_name_exists() -> None:
    texts = code_files() + sorted(DOCS.glob("*.md")) + [PROJECT / "README.md"]
    cited = [(f"{path.relative_to(PROJECT)}:{number}", match.group(1), match.group(2))
             for path in texts
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             for match in CITED_TEST.finditer(line)]
    assert len(cited) >= 20  # the check sees the README's and the docs' references
    missing = [f"{where}: tests/{name}" for where, name, _ in cited if not (PROJECT / "tests" / name).is_file()]
    assert missing == []
    unknown = [f"{where}: tests/{name}::{test}" for where, name, test in cited
               if test and f"def {test}(" not in (PROJECT / "tests" / name).read_text(encoding="utf-8")]
    assert unknown == []


def test_links_between_the_documents_resolve() -> None:
    broken = []
    for document in [PROJECT / "README.md", *sorted(DOCS.glob("*.md"))]:
        for target, anchor in re.findall(r"\]\(((?:docs/)?[\w.-]+\.md)(?:#([\w-]+))?\)", document.read_text(encoding="utf-8")):
            path = (document.parent / target).resolve()
            if not path.is_file() or (anchor and anchor not in anchors(path)):
                broken.append(f"{document.relative_to(PROJECT)}: {target}" + (f"#{anchor}" if anchor else ""))
    assert broken == []


def test_the_outside_check_sees_what_it_forbids() -> None:
    assert OUTSIDE.search("see DESIGN.md") and OUTSIDE.search("(PERFORMANCE-NOTES.md)")
    assert OUTSIDE.search("CONVENTIONS: one edge") and OUTSIDE.search("../shared/DESIGN")
    assert not OUTSIDE.search("``../shared/corpus`` beside the project")
    assert anchors(DOCS / "search.md") >= {"the-query-language", "searchers-the-pool-and-the-caches"}
