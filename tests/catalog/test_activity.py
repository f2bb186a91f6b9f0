"""The activity log: appended in the change's transaction, never updated or deleted, filtered by who and when."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from catalog import activity
from catalog.activity import parse_since
from catalog.store import CatalogStore

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc)


def test_entries_come_back_newest_first_filtered_by_who_action_and_time(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        store.record_activity("ada", activity.LOGIN, "ada", address="192.0.2.1", at=T0)
        store.record_activity("Eddie", activity.LINK, "abc123", {"url": "https://x.example/a"}, at=T0 + timedelta(hours=1))
        store.record_activity(None, activity.UNLINK, "abc123", at=T0 + timedelta(hours=2))
        assert [entry.action for entry in store.activity()] == ["unlink", "link", "login"]
        assert [entry.action for entry in store.activity(user="eddie")] == ["link"]
        assert store.activity(user="eddie")[0].details == {"url": "https://x.example/a"}
        assert [entry.action for entry in store.activity(since=T0 + timedelta(minutes=30))] == ["unlink", "link"]
        assert [entry.who for entry in store.activity(action=activity.LOGIN)] == ["ada"]
        assert store.activity(action=activity.LOGIN)[0].address == "192.0.2.1"


def test_the_log_refuses_updates_and_deletes(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        store.record_activity("ada", activity.KILL, "abc123", {"reason": "legal"})
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store._db.execute("UPDATE activity SET who = 'mallory'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store._db.execute("DELETE FROM activity")
        assert [entry.who for entry in store.activity()] == ["ada"]


def test_an_entry_recorded_inside_a_change_falls_with_it(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.record_activity("ada", activity.EDIT, "abc123")
            raise RuntimeError("the edit failed")
        assert store.activity() == []


@pytest.mark.parametrize("text,expected", [
    ("2h", T0 - timedelta(hours=2)),
    ("30m", T0 - timedelta(minutes=30)),
    ("7d", T0 - timedelta(days=7)),
    ("2026-04-30", datetime(2026, 4, 30, tzinfo=timezone.utc)),
    ("2026-04-30T14:00+02:00", datetime(2026, 4, 30, 12, 0, tzinfo=timezone.utc)),
])
def test_since_takes_a_time_or_an_age(text: str, expected: datetime) -> None:
    assert parse_since(text, now=T0) == expected


def test_since_names_the_forms_it_takes() -> None:
    with pytest.raises(ValueError, match="ISO 8601.*age"):
        parse_since("yesterday")
