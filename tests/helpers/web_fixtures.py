"""Web fixtures: catalogs imported for real, the Flask app and client, the real server, Chromium.

Listed in ``conftest.py``'s ``pytest_plugins``. Catalogs are imported once per session with
the real ingest driver (reader, media store, Whoosh index) into temp directories. The
components are imported inside the fixtures, so that collecting other areas' tests never
depends on them.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator
from urllib.parse import urlsplit

import pytest

from catalog.settings import Settings

if TYPE_CHECKING:
    from flask import Flask
    from flask.testing import FlaskClient

    from media.embed import EmbeddedMetadata

PROJECT_DIR = Path(__file__).resolve().parents[2]
SCREENSHOTS_DIR = Path(__file__).resolve().parents[1] / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A caption that tries to run script and add markup: every page must show it as text.
MARKUP_CAPTION = (
    "Protesters <b>march</b> past parliament <script>window.__pwned = 1</script> "
    "carrying <img src=x onerror=alert(1)> banners & flags. (AP Photo/Test Person)"
)
MARKUP_HEADLINE = "Markup <i>parade</i> downtown"


def make_news_jpeg(path: Path, meta: "EmbeddedMetadata", *, size: tuple[int, int] = (640, 427), colour: tuple[int, int, int] = (90, 110, 140)) -> Path:
    """Write a small generated JPEG carrying ``meta`` in IPTC-IIM and XMP (as the wires send them)."""
    from PIL import Image, ImageDraw

    from media.embed import save_jpeg

    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((size[0] // 4, size[1] // 3, size[0] * 3 // 4, size[1] * 2 // 3), fill=(230, 200, 90))
    path.parent.mkdir(parents=True, exist_ok=True)
    save_jpeg(image, path, meta)
    return path


def make_markup_photo(folder: Path) -> Path:
    """The test picture whose caption and headline hold markup and a script."""
    from media.embed import EmbeddedMetadata

    return make_news_jpeg(
        folder / "markup-caption.jpg",
        EmbeddedMetadata(
            caption=MARKUP_CAPTION,
            headline=MARKUP_HEADLINE,
            creators=("Test Person",),
            credit="AP",
            source="AP",
            copyright="© 2024 The Associated Press",
            special_instructions="EDITORIAL USE ONLY",
            keywords=("protest", "<script>tag</script>"),
            city="Springfield",
            country="United States",
            date_created="2024-05-01T10:30:00-04:00",
        ),
        colour=(140, 60, 60),
    )


def import_files(settings: Settings, paths: Iterable[Path]) -> list:
    """Import files and folders with the real ingest driver and components; the outcomes."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        return list(desk.import_files(list(paths), jobs=2))


@pytest.fixture(scope="session")
def web_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A catalog of the bundled sample photos plus the markup-caption picture."""
    from media import samples_dir

    root = tmp_path_factory.mktemp("web")
    extra = root / "extra"
    make_markup_photo(extra)
    settings = Settings(data_dir=root / "data")
    outcomes = import_files(settings, [samples_dir(), extra])
    failed = [str(outcome) for outcome in outcomes if outcome.status.value == "failed"]
    assert not failed, failed
    return settings


@pytest.fixture
def app(web_settings: Settings) -> "Flask":
    """The Flask app over the session's sample catalog."""
    from web import create_app

    return create_app(web_settings, TESTING=True)


@pytest.fixture
def client(app: "Flask") -> "FlaskClient":
    """A Flask test client for ``app``."""
    return app.test_client()


@pytest.fixture(scope="session")
def browser_settings(tmp_path_factory: pytest.TempPathFactory, corpus_images: Path) -> Settings:
    """A catalog imported from the shared corpus (in place) plus the markup-caption picture."""
    root = tmp_path_factory.mktemp("browser")
    extra = root / "extra"
    make_markup_photo(extra)
    settings = Settings(data_dir=root / "data")
    outcomes = import_files(settings, [corpus_images, extra])
    assert sum(outcome.status.value == "imported" for outcome in outcomes) > 100
    return settings


@contextmanager
def serving_photodesk(settings: Settings, *options: str, open_files: int | None = None) -> Iterator[str]:
    """``photodesk serve`` (waitress) on 127.0.0.1 and a free port, with ``options``; yields its base URL.

    ``open_files`` starts it with that soft limit of open files (``ulimit -Sn``), as many systems do.
    """
    with serving_process(settings, *options, open_files=open_files) as (url, _process):
        yield url


@contextmanager
def serving_process(settings: Settings, *options: str,
                    open_files: int | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """``serving_photodesk``, yielding its process too (a test that kills it); stopped at the end if still running."""
    command = [sys.executable, "-c", "from scripts.cli import main; main()", "serve", "--data", str(settings.data_dir), "--port", "0", "--threads", "4", *options]
    if open_files is not None:
        command = ["sh", "-c", 'ulimit -Sn "$0" && exec "$@"', str(open_files), *command]
    process = subprocess.Popen(command, cwd=PROJECT_DIR, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stderr is not None
        line = process.stderr.readline()  # blocks until the server names its address
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, f"server did not start: {line}{process.stderr.read() if process.poll() is not None else ''}"
        # Keep reading its log, or a full pipe would block the server (and its shutdown).
        drain = threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True)
        drain.start()
        yield f"http://127.0.0.1:{match.group(1)}", process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stderr:
            process.stderr.close()


def answer_to_a_body_declared_too_large(base_url: str, target: str, content_type: str) -> str:
    """The server's first answer to a POST declaring 200 MB of which only 64 KB are sent (the status line first)."""
    address = urlsplit(base_url)
    with socket.create_connection((address.hostname, address.port), timeout=30) as connection:
        connection.sendall((f"POST {target} HTTP/1.1\r\nHost: {address.netloc}\r\nContent-Type: {content_type}\r\n"
                            f"Content-Length: {200 * 2**20}\r\n\r\n").encode())
        connection.sendall(bytes(64 * 1024))
        return connection.recv(4096).decode("latin-1")  # arrives although the body is far from complete


@pytest.fixture(scope="session")
def live_server(browser_settings: Settings) -> Iterator[str]:
    """``photodesk serve`` (waitress) on 127.0.0.1 and a free port; yields its base URL."""
    with serving_photodesk(browser_settings) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (never a browser Playwright downloads)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, live_server: str) -> Iterator[object]:
    """A fresh browser tab (own cookies, clipboard allowed) on the live server."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1440, "height": 1000})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    """Where browser tests save screenshots for reviewers (git-ignored)."""
    SCREENSHOTS_DIR.mkdir(exist_ok=True)
    return SCREENSHOTS_DIR
