"""Whoosh is pinned to the one version ``index/whoosh_internals.py`` was written for, and an
index refuses to open under any other, saying what is installed and what to do."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest
import whoosh

from catalog.asset import Asset
from catalog.errors import ConfigurationError
from index import SearchIndex
from index.whoosh_internals import (
    EXPECTED_WHOOSH_VERSION,
    check_whoosh_version,
    installed_whoosh_version,
)

PROJECT = Path(__file__).resolve().parents[2]


def pinned_whoosh(pyproject: str) -> str:
    """The one version of whoosh-reloaded a pyproject.toml's dependencies allow; fails unless it is pinned with ``==``."""
    dependencies = tomllib.loads(pyproject)["project"]["dependencies"]
    specs = [spec for spec in dependencies if re.match(r"whoosh[-_.]reloaded\b", spec, re.IGNORECASE)]
    assert len(specs) == 1, specs
    requirement = specs[0].split(";")[0].strip()
    pinned = re.fullmatch(r"whoosh[-_.]reloaded\s*==\s*([0-9][0-9A-Za-z.]*)", requirement, re.IGNORECASE)
    assert pinned, f"{specs[0]!r} is not one exact version: whoosh_internals reads Whoosh's private internals"
    return pinned.group(1)


def an_asset() -> Asset:
    sha256 = hashlib.sha256(b"whoosh-version").hexdigest()
    return Asset(id=sha256[:16], sha256=sha256, file_size=1, filename="a.jpg", source_path="/wire/a.jpg",
                 format="JPEG", mime="image/jpeg", caption="Flood waters rise in Venice")


def test_pyproject_pins_the_whoosh_the_internals_were_written_for() -> None:
    assert pinned_whoosh((PROJECT / "pyproject.toml").read_text(encoding="utf-8")) == EXPECTED_WHOOSH_VERSION


def test_the_pin_check_sees_a_floor_or_another_version() -> None:
    with pytest.raises(AssertionError, match="not one exact version"):
        pinned_whoosh('[project]\ndependencies = ["whoosh-reloaded>=2.7.5"]\n')
    assert pinned_whoosh('[project]\ndependencies = ["Whoosh-Reloaded == 2.7.6"]\n') == "2.7.6"


def test_the_installed_whoosh_is_the_pinned_one() -> None:
    assert installed_whoosh_version() == EXPECTED_WHOOSH_VERSION
    check_whoosh_version()  # does not raise


def test_another_whoosh_version_is_refused_with_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SearchIndex(tmp_path / "index") as search_index:
        search_index.index([an_asset()])
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 6))
    with pytest.raises(ConfigurationError) as refused:
        check_whoosh_version()
    message = str(refused.value)
    assert "needs whoosh-reloaded 2.7.5, but 2.7.6 is installed" in message
    assert "pip install whoosh-reloaded==2.7.5" in message
    later = SearchIndex(tmp_path / "index")  # a process started with the other Whoosh
    for use in (lambda: later.search("flood"), lambda: later.index([an_asset()]), later.stamps,
                lambda: later.rebuild([an_asset()]), lambda: SearchIndex(tmp_path / "new").index([])):
        with pytest.raises(ConfigurationError, match="2.7.6 is installed"):
            use()
    assert not list((tmp_path / "new").glob("gen-*"))  # no generation was begun
    monkeypatch.undo()
    assert later.search("flood").total == 1  # nothing was changed by the refused writes
    assert later.temporary_files() == []
    later.close()
