"""Accounts fixtures: a small imported catalog with a viewer, an editor and an admin, a clock the test
controls, and logging in through the real login form.

Listed in ``conftest.py``'s ``pytest_plugins``. The catalog is imported once per session and
copied for each test, so that accounts, sessions and the activity log start empty each time.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from catalog.activity import Actor
from catalog.settings import Settings

if TYPE_CHECKING:
    from flask import Flask
    from flask.testing import FlaskClient

PASSWORD = "correct horse battery"
USERS = {"viewer": "vera", "editor": "eddie", "admin": "ada"}  # role -> account name
ARTICLE_URL = "https://news.example.org/2024/05/harbour-storm"
TEST_ACTOR = Actor(name="cli:test")


@dataclass
class Clock:
    """A clock the test moves by hand (sessions' idle time, login throttling), never by sleeping."""

    now: datetime = field(default_factory=lambda: datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock on by ``timedelta(**delta)``."""
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def accounts_source(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The bundled sample photos, imported for real, with one of them linked to an article; no accounts."""
    from catalog.desk import Desk
    from media import samples_dir

    settings = Settings(data_dir=tmp_path_factory.mktemp("accounts") / "data")
    with Desk.open(settings) as desk:
        outcomes = list(desk.import_files([samples_dir()], jobs=1))
        assert all(outcome.status.value == "imported" for outcome in outcomes), outcomes
        first = next(iter(desk.catalog.iter_assets()))
        desk.link(first.id, ARTICLE_URL, actor=TEST_ACTOR)
    return settings


@pytest.fixture
def accounts_settings(accounts_source: Settings, tmp_path: Path) -> Settings:
    """A fresh copy of the sample catalog for this test."""
    target = tmp_path / "data"
    shutil.copytree(accounts_source.data_dir, target)
    return Settings(data_dir=target)


@pytest.fixture
def clock() -> Clock:
    """The app's clock, at 2026-05-01 12:00 UTC until the test moves it."""
    return Clock()


def add_accounts(settings: Settings) -> None:
    """A viewer, an editor and an admin (``USERS``), all with ``PASSWORD``."""
    from catalog.account_changes import add_user
    from catalog.store import CatalogStore

    with CatalogStore(settings.catalog_path) as store:
        for role, name in USERS.items():
            add_user(store, TEST_ACTOR, name, role, PASSWORD)


@pytest.fixture
def accounts_app(accounts_settings: Settings, clock: Clock) -> "Flask":
    """The real app over the copied catalog, with the three accounts and the test's clock."""
    from web import create_app

    add_accounts(accounts_settings)
    app = create_app(accounts_settings, TESTING=True, PHOTODESK_CLOCK=clock)
    yield app
    app.extensions["photodesk"].desk.close()


def csrf_of(client: "FlaskClient") -> str:
    """The CSRF token of the client's session (made by visiting the login page when it has none)."""
    with client.session_transaction() as session:
        token = session.get("csrf_token")
    if not token:
        client.get("/login")
        with client.session_transaction() as session:
            token = session.get("csrf_token")
    assert token
    return token


def log_in(client: "FlaskClient", name: str, password: str = PASSWORD, *, address: str = "127.0.0.1"):
    """Post the login form as a browser would; the response."""
    return client.post("/login", data={"name": name, "password": password, "csrf_token": csrf_of(client)},
                       environ_base={"REMOTE_ADDR": address})


def logged_in_client(app: "Flask", role: str) -> "FlaskClient":
    """A client logged in as the account of ``role``."""
    client = app.test_client()
    response = log_in(client, USERS[role])
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    return client


def sign_in_page(page: object, role: str) -> None:
    """Fill the login form on a Chromium tab's current page as the account of ``role``; wait until logged in."""
    from playwright.sync_api import expect  # only the browser tests have a tab to pass

    page.get_by_label("Name").fill(USERS[role])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("[data-user]")).to_have_attribute("data-user", USERS[role])
