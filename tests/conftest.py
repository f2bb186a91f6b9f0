"""Shared fixtures: real files, a real catalog and index in a temp dir, the real server; the markers' rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.settings import Settings
from tests.helpers.corpus_location import corpus_location

# app, client, live_server, page and the catalogs they serve (tests/helpers/web_fixtures.py);
# the wire catalog and the newsroom's site of the article tests (tests/helpers/article_stories.py);
# the pictures and agreements of the rights tests (tests/helpers/rights_catalog.py);
# accounts, a clock the test controls and logging in (tests/helpers/accounts.py); every page (tests/helpers/pages.py);
# a real PostgreSQL server and a catalog on each backend (tests/helpers/postgres.py);
# the files this process opens, by Python's audit hook (tests/helpers/opened_files.py)
pytest_plugins = ["tests.helpers.web_fixtures", "tests.helpers.article_stories", "tests.helpers.rights_catalog",
                  "tests.helpers.accounts", "tests.helpers.pages", "tests.helpers.postgres",
                  "tests.helpers.opened_files"]

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"
SLOW_KINDS = ("browser", "crash", "fuzz")  # each of these is slow too, so `-m "not slow"` leaves it out


@pytest.hookimpl(tryfirst=True)  # before `-m` selects, so it sees these markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the browser tests ``browser``, tests that read the corpus ``corpus``, and the slow kinds ``slow``."""
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)
        if "corpus_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.corpus)
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS) and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus of real public images (read in place, never copied into the project)."""
    path = corpus_location()
    if not (path / "images").is_dir():
        pytest.skip(f"shared corpus not found at {path} (set PHOTODESK_CORPUS)")
    return path


@pytest.fixture(scope="session")
def corpus_images(corpus_dir: Path) -> Path:
    """The corpus image folder."""
    return corpus_dir / "images"


@pytest.fixture(scope="session")
def expected(corpus_dir: Path) -> dict:
    """exiftool's reading of every corpus image (``expected.json``)."""
    return json.loads((corpus_dir / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty Photodesk data directory under the test's temp dir."""
    path = tmp_path / "photodesk-data"
    path.mkdir()
    return path


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    """Settings pointing at the temp data directory."""
    return Settings(data_dir=data_dir)
