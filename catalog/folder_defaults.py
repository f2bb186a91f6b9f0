"""Per-folder defaults: a ``.photodesk.toml`` gives pictures of its folder the values their files lack.

A wire folder's pictures often carry no credit or copyright (a handout, a photographer's
camera files). The folder says it once::

    credit = "Handout"
    source = "Ministry of Defence"
    copyright = "© Crown copyright"
    keywords = ["defence", "handout"]
    special_instructions = "Editorial use only"
    agreement = "mod-handouts"

Rules (docs/intake.md): a value is applied only where the file has none, never over what the
file says, and recorded as ``"derived: folder defaults"`` in ``field_sources``; credits and
restrictions are then derived again from the values as completed. Files are looked for from
the imported (or watched) folder down to the picture's own folder; each key of the nearest
file wins over the same key of a file further up. A file that cannot be read is named with
its path, line and reason, and its pictures are imported without it, with that warning.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from catalog.asset import Asset

DEFAULTS_FILE = ".photodesk.toml"
SOURCE = "derived: folder defaults"
# TOML key -> Asset field; keywords is a list, the rest one line of text each.
KEYS = {
    "credit": "credit", "source": "source", "copyright": "copyright", "keywords": "keywords",
    "special_instructions": "special_instructions", "agreement": "agreement_id",
}
_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


@dataclass(frozen=True)
class FolderDefaults:
    """The values a picture's folders give it (by Asset field), and why any file of them could not be used."""

    values: Mapping[str, str | tuple[str, ...]] = dataclasses.field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.values or self.problems)


class FolderDefaultsError(ValueError):
    """A ``.photodesk.toml`` that cannot be used: ``path, line N: reason``."""


def read_defaults_file(path: Path) -> dict[str, str | tuple[str, ...]]:
    """The values one ``.photodesk.toml`` gives, by Asset field; raises ``FolderDefaultsError``."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise FolderDefaultsError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise FolderDefaultsError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        found = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = _AT_LINE.search(message)
        reason = _AT_LINE.sub("", message)
        if where:
            raise FolderDefaultsError(f"{path}, line {where.group(1)}: {reason}") from None
        raise FolderDefaultsError(f"{path}: {reason}") from None
    values: dict[str, str | tuple[str, ...]] = {}
    for key, value in found.items():
        line = _line_of(text, key)
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise FolderDefaultsError(f"{path}, line {line}: unknown key {key!r} (known: {known})")
        values[KEYS[key]] = _checked(key, value, f"{path}, line {line}")
    return values


def _checked(key: str, value: object, where: str) -> str | tuple[str, ...]:
    if key == "keywords":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(item, str) and item.strip() for item in items):
            raise FolderDefaultsError(f"{where}: keywords must be a list of words, e.g. [\"flood\", \"rescue\"]")
        return tuple(item.strip() for item in items)
    if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
        raise FolderDefaultsError(f"{where}: {key} must be one line of text in quotes")
    return value.strip()


def _line_of(text: str, key: str) -> int:
    """The line where ``key`` is set (1 when it cannot be told)."""
    pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


class DefaultsFinder:
    """Finds the defaults of each picture's folders, reading every ``.photodesk.toml`` once per import."""

    def __init__(self) -> None:
        self._files: dict[str, dict[str, str | tuple[str, ...]] | str | None] = {}  # folder -> values, problem, none

    def for_file(self, path: Path, root: Path | None) -> FolderDefaults:
        """The defaults for ``path``, from ``root`` (the folder imported or watched) down to its own folder.

        A file named on its own (no ``root``) has its own folder's defaults only.
        """
        folder = os.path.dirname(os.path.abspath(path))
        top = os.path.abspath(root) if root is not None else folder
        chain = [folder]
        while chain[-1] != top and chain[-1].startswith(top.rstrip(os.sep) + os.sep):
            chain.append(os.path.dirname(chain[-1]))
        values: dict[str, str | tuple[str, ...]] = {}
        problems: list[str] = []
        for found in map(self._read, reversed(chain)):  # from the top: nearer folders override
            if isinstance(found, str):
                problems.append(found)
            elif found:
                values.update(found)
        return FolderDefaults(values, tuple(problems))

    def _read(self, folder: str) -> dict[str, str | tuple[str, ...]] | str | None:
        if folder not in self._files:
            path = Path(folder) / DEFAULTS_FILE
            try:
                self._files[folder] = read_defaults_file(path) if path.is_file() else None
            except FolderDefaultsError as error:
                self._files[folder] = str(error)
        return self._files[folder]

    def problems(self) -> list[str]:
        """Every defaults file that could not be used, with its path, line and reason."""
        return [found for found in self._files.values() if isinstance(found, str)]


def apply_defaults(asset: Asset, defaults: FolderDefaults) -> Asset:
    """The asset with the folder's values where the file has none, credits derived again; problems as warnings."""
    from catalog.credits.attribution import attribute_asset

    filled = {name: value for name, value in defaults.values.items() if getattr(asset, name) in (None, "", ())}
    warnings = tuple(f"folder defaults not applied: {problem}" for problem in defaults.problems)
    if not filled and not warnings:
        return asset
    sources = {**asset.field_sources, **{name: SOURCE for name in filled}}
    completed = dataclasses.replace(asset, **filled, field_sources=sources, warnings=asset.warnings + warnings)
    return attribute_asset(completed) if filled else completed
