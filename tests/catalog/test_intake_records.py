"""The intake table on each backend: one row per file, replaced when read again; counts and lists by time."""

from __future__ import annotations

from pathlib import Path

from catalog.store import CatalogStore
from catalog.store.intake import IntakeCount, IntakeEntry


def entry(path: str, status: str, at: str, **values: object) -> IntakeEntry:
    return IntakeEntry(path=path, origin=values.pop("origin", "folder:/drop"), size=10, modified_ns=5,
                       status=status, at=at, **values)


def test_each_file_keeps_its_last_outcome_and_states_survive_odd_names(catalog_location: str | Path) -> None:
    odd = "/drop/caf\udce9.jpg"  # a Latin-1 name: not UTF-8
    with CatalogStore(catalog_location) as store:
        store.record_intake([entry(odd, "failed", "2026-05-01T10:00:00+00:00", reason="not an image"),
                             entry("/drop/a.jpg", "imported", "2026-05-01T10:00:01+00:00", asset_id="a" * 16,
                                   warnings=("no caption",))])
        store.record_intake([entry(odd, "imported", "2026-05-01T11:00:00+00:00", asset_id="b" * 16)])
        assert store.intake_states() == {odd: (10, 5), "/drop/a.jpg": (10, 5)}
        [latest, first] = store.intake_entries()
        assert (latest.path, latest.status, latest.reason, latest.shown_path) == (odd, "imported", None,
                                                                                 "/drop/caf\ufffd.jpg")
        assert first.warnings == ("no caption",)


def test_counts_and_lists_are_by_time_status_and_origin(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        store.record_intake([
            entry("/drop/old.jpg", "imported", "2026-04-01T09:00:00+00:00"),
            entry("/drop/new.jpg", "imported", "2026-05-01T09:00:00+00:00"),
            entry("/drop/bad.jpg", "failed", "2026-05-01T09:30:00+00:00", reason="truncated"),
            entry("/up/x.jpg", "unchanged", "2026-05-01T09:40:00+00:00", origin="upload:eddie"),
        ])
        since = "2026-04-30T00:00:00+00:00"
        assert store.intake_counts(since) == [IntakeCount("folder:/drop", imported=1, failed=1),
                                              IntakeCount("upload:eddie", unchanged=1)]
        assert [e.path for e in store.intake_entries(since=since, status="failed")] == ["/drop/bad.jpg"]
        assert [e.path for e in store.intake_entries(limit=2)] == ["/up/x.jpg", "/drop/bad.jpg"]
