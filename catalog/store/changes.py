"""The change feed: numbered asset changes, appended by triggers in the change's own transaction.

Every write holds the catalog's write lock, so numbers are given in commit order: a reader that
has seen change N has seen every change before it (docs/postgresql.md#the-change-feed). The hosts
that follow the feed record how far they have applied it (``replica_hosts``), and the changes every
live host has applied are pruned; ``change_feed.pruned_through`` says up to which number rows may
be gone (docs/postgresql.md#pruning-the-feed).
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.store.connection import Connection, now_iso

PRUNE_STEP = 10_000  # change numbers pruned per transaction


@dataclass(frozen=True)
class ReplicaHost:
    """A host following the feed, as it last reported: its id, where it is, how far it applied, when."""

    host: str
    name: str
    applied: int
    seen_at: str  # UTC, ISO 8601


@dataclass(frozen=True)
class FeedSize:
    """What the feed holds: how many changes, the first and last numbers kept, and where pruning reached."""

    kept: int
    first: int | None
    last: int | None
    pruned_through: int


class ChangeRecords(Connection):
    """Reading the change feed (the triggers of migration 12 write it), the hosts following it, and pruning it."""

    def changes_after(self, seq: int, *, limit: int = 1000) -> list[tuple[int, str]]:
        """``(number, asset id)`` of the changes numbered after ``seq``, oldest first, at most ``limit``."""
        rows = self._db.execute("SELECT seq, asset_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit))
        return [(row[0], row[1]) for row in rows]

    def last_change(self) -> int:
        """The number of the latest change (0: none yet); pruning always keeps that change's row."""
        return self._db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]

    def pruned_through(self) -> int:
        """Every change numbered up to this one may be gone from the feed (0: none pruned yet).

        A reader at position P with P below this number cannot trust what it reads after P: the
        changes it needs were pruned. Read it *after* reading the changes (rows and this number
        are changed in one transaction, oldest rows first).
        """
        return self._db.execute("SELECT pruned_through FROM change_feed").fetchone()[0]

    def feed_size(self) -> FeedSize:
        """How many changes the feed holds now, their first and last numbers, and where pruning reached."""
        row = self._db.execute("SELECT count(*), min(seq), max(seq) FROM changes").fetchone()
        return FeedSize(kept=row[0], first=row[1], last=row[2], pruned_through=self.pruned_through())

    def record_host(self, host: str, name: str, applied: int, *, seen_at: str | None = None) -> None:
        """Remember that ``host`` (at ``name``) has applied the feed up to ``applied``, as of now (or ``seen_at``)."""
        with self.transaction():
            self._db.execute(
                """
                INSERT INTO replica_hosts (host, name, applied, seen_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (host) DO UPDATE SET name = excluded.name, applied = excluded.applied,
                    seen_at = excluded.seen_at
                """,
                (host, name, applied, seen_at or now_iso()),
            )

    def start_host(self, host: str, name: str) -> int:
        """Record ``host`` as having applied the latest change and return its number, in one transaction.

        For a host about to build its index from the catalog: no prune can come between noting the
        number and recording it, so every change after it stays in the feed for this host.
        """
        with self.transaction():
            last = self.last_change()
            self.record_host(host, name, last)
        return last

    def replica_hosts(self) -> list[ReplicaHost]:
        """Every host that has followed the feed, as last recorded, furthest behind first."""
        rows = self._db.execute("SELECT host, name, applied, seen_at FROM replica_hosts ORDER BY applied, host")
        return [ReplicaHost(row[0], row[1], row[2], row[3]) for row in rows]

    def forget_host(self, host: str, *, seen_before: str | None = None) -> bool:
        """Remove ``host`` from the hosts following the feed (only if last seen before ``seen_before``); True if it went.

        The condition is checked in the deleting statement itself: a host reporting meanwhile stays.
        """
        with self.transaction():
            if seen_before is None:
                removed = self._db.execute("DELETE FROM replica_hosts WHERE host = ?", (host,))
            else:
                removed = self._db.execute("DELETE FROM replica_hosts WHERE host = ? AND seen_at < ?",
                                           (host, seen_before))
            return removed.rowcount > 0

    def prune_changes(self, *, live_since: str, step: int = PRUNE_STEP) -> int:
        """Remove the changes every host seen since ``live_since`` has applied; how many rows went.

        A host last seen before ``live_since`` is stale: it no longer holds rows back, and rebuilds
        its index when it comes back (``catalog.replica.catch_up``). With no live host (one machine
        on SQLite, where nobody follows), every change but the latest goes. The latest change is
        always kept: its number is where a new host starts (``last_change``). Rows go ``step``
        numbers per transaction.
        """
        last = self.last_change()
        held = self._db.execute("SELECT min(applied) FROM replica_hosts WHERE seen_at >= ?",
                                (live_since,)).fetchone()[0]
        through = last - 1 if held is None else min(held, last - 1)
        removed = 0
        # A step of numbers per transaction: the first prune of a long feed must not hold the write
        # lock (and every import behind it) for minutes. A host reading meanwhile sees each step.
        while (reached := self.pruned_through()) < through:
            upto = min(through, reached + step)
            with self.transaction():
                removed += self._db.execute("DELETE FROM changes WHERE seq <= ?", (upto,)).rowcount
                self._db.execute("UPDATE change_feed SET pruned_through = ? WHERE pruned_through < ?", (upto, upto))
        return removed
