"""A host's search index as a replica of a shared catalog: it follows the catalog's change feed.

With the catalog on PostgreSQL, every host keeps its own index in its own data directory. The
catalog numbers each asset change in the change's own transaction (``catalog/store/changes.py``);
a host remembers the number its index has applied (``replica.json`` in its data directory) and,
while ``serve`` or ``watch`` runs, reads what is new every half second and indexes it
(docs/postgresql.md#the-change-feed). ``photodesk reindex`` builds the index from the catalog and
starts following from the change that was last when it began, so nothing made meanwhile is missed.

Each data directory is one host (its id in ``replica-host``). Now and then (``REPORT_SECONDS``) the
follower records in the catalog how far this host has applied the feed, and prunes the changes every
live host has applied. A host not seen for ``stale_days`` no longer holds rows back; when it comes
back and finds the changes it needs pruned, it rebuilds its index from the catalog instead of
missing them (docs/postgresql.md#pruning-the-feed).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from catalog.errors import CatalogUnavailableError, ConfigurationError
from catalog.protocols import Indexer

if TYPE_CHECKING:
    from catalog.asset import Asset
    from catalog.store import CatalogStore
    from catalog.store.changes import FeedSize

log = logging.getLogger(__name__)

POSITION_FILE = "replica.json"  # the number of the last change this data directory's index applied
FOLLOW_LOCK = "follow.lock"  # one follower per data directory (serve --processes N starts N)
POLL_SECONDS = 0.5
BATCH = 500  # changes read (and assets indexed) at a time
HOST_FILE = "replica-host"  # this data directory's host id, made once
# Seconds between a follower's reports to the catalog (how far it applied) and its prunes of the feed:
# often enough that a running host never looks stale, rarely enough to cost nothing.
REPORT_SECONDS = 60.0
DEFAULT_STALE_DAYS = 7.0  # a host not seen this long stops holding the feed's old changes


def known_host_id(data_dir: Path) -> str | None:
    """This data directory's host id; None when it never followed the feed (an importer, a new host)."""
    try:
        return (data_dir / HOST_FILE).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def host_id(data_dir: Path) -> str:
    """This data directory's host id: made the first time it follows the feed, then always the same."""
    known = known_host_id(data_dir)
    if known is not None:
        return known
    path = data_dir / HOST_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = data_dir / f".{HOST_FILE}.{os.getpid()}.tmp"
    temporary.write_text(uuid.uuid4().hex, encoding="ascii")
    try:
        os.link(temporary, path)  # fails when another process made it first: theirs is kept
    except FileExistsError:
        pass
    finally:
        temporary.unlink()
    return path.read_text(encoding="ascii").strip()


def host_name(data_dir: Path) -> str:
    """Where this host is, for people reading ``check``: the machine's name and the data directory."""
    return f"{socket.gethostname()}:{data_dir}"


def read_position(data_dir: Path) -> int | None:
    """The last change this data directory's index applied; None when it never followed a feed."""
    try:
        return int(json.loads((data_dir / POSITION_FILE).read_text(encoding="utf-8"))["applied"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        log.warning("%s: unreadable; following the change feed from its start", data_dir / POSITION_FILE)
        return None


def write_position(data_dir: Path, applied: int) -> None:
    """Remember the last change applied (written whole: a temporary file renamed over the old one)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = data_dir / f".{POSITION_FILE}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps({"applied": applied}), encoding="utf-8")
    os.replace(temporary, data_dir / POSITION_FILE)


def catch_up(store: CatalogStore, indexer: Indexer, data_dir: Path, *, batch: int = BATCH) -> int:
    """Index every change the catalog made since this data directory's position; how many changes were read.

    An asset whose indexed stamp already matches the catalog's (this host imported or edited it
    and indexed it itself) is not indexed again; one that is gone from the catalog leaves the index.
    When changes this host has not applied were pruned (it was stale, or never followed), the index
    is rebuilt from the catalog first (``rebuild``), and following goes on from there.
    """
    position = read_position(data_dir) or 0
    read, rebuilt = 0, False
    while changes := store.changes_after(position, limit=batch):
        # Read after the rows: a prune that removed some of them in between is seen here.
        if store.pruned_through() > position:
            if rebuilt:  # pruned past this host again during the rebuild: the next round rebuilds again
                break
            log.warning("the changes this host's index has not applied since change %d were pruned from the "
                        "catalog's feed (it was away, or never followed it): rebuilding the index", position)
            rebuild(store, data_dir, indexer.rebuild)
            position, rebuilt = read_position(data_dir) or 0, True
            continue
        apply(store, indexer, [asset_id for _, asset_id in changes])
        position = changes[-1][0]
        write_position(data_dir, position)
        read += len(changes)
    return read


def apply(store: CatalogStore, indexer: Indexer, asset_ids: Iterable[str]) -> None:
    """Bring these assets' documents in step with the catalog: indexed at their stamp, or removed."""
    ids = list(dict.fromkeys(asset_ids))
    current = store.stamps_of(ids)
    indexed = indexer.stamps_of(ids)
    stale = [asset_id for asset_id in ids if asset_id in current and indexed.get(asset_id) != current[asset_id]]
    gone = [asset_id for asset_id in ids if asset_id not in current and asset_id in indexed]
    if stale:
        indexer.index(store.get_many(stale).values())
    if gone:
        indexer.remove(gone)


def rebuild(store: CatalogStore, data_dir: Path, build: Callable[[Iterable[Asset]], int]) -> int:
    """Build this host's index from the catalog (``build``) and follow the feed from the change last when it began.

    The host is recorded at that change before the build, in the same transaction that reads it, so
    the changes made during the build stay in the feed to be applied after. Returns how many assets
    were indexed.
    """
    start = store.start_host(host_id(data_dir), host_name(data_dir))
    count = build(store.iter_assets())
    write_position(data_dir, start)
    return count


def report(store: CatalogStore, data_dir: Path) -> None:
    """Record in the catalog how far this host's index has applied the feed, as of now."""
    store.record_host(host_id(data_dir), host_name(data_dir), read_position(data_dir) or 0)


def report_if_following(store: CatalogStore, data_dir: Path) -> None:
    """``report``, for a host that follows the feed (``serve``, ``watch``, ``reindex`` made its id) only.

    A machine that only imports never follows: recorded, it would hold the feed's changes back
    for the stale limit for nothing.
    """
    if known_host_id(data_dir) is not None:
        report(store, data_dir)


def prune(store: CatalogStore, *, stale_days: float = DEFAULT_STALE_DAYS) -> int:
    """Remove the changes every host seen in the last ``stale_days`` has applied; how many went."""
    return store.prune_changes(live_since=_iso(_now() - timedelta(days=stale_days)))


@dataclass(frozen=True)
class HostState:
    """One host following the feed, for ``check`` and ``hosts list``: where it is, how far behind, whether stale."""

    host: str  # its id (``replica-host`` in its data directory)
    name: str
    applied: int
    behind: int  # changes numbered after the one it applied
    seen_at: str
    stale: bool  # not seen for the stale limit: holds nothing back, rebuilds its index when back
    missed: bool  # changes it has not applied were pruned: it rebuilds its index when it next follows
    this_host: bool


def host_states(store: CatalogStore, data_dir: Path, *, stale_days: float = DEFAULT_STALE_DAYS) -> list[HostState]:
    """Every host recorded as following the feed, furthest behind first (``check`` prints them)."""
    last, pruned = store.last_change(), store.pruned_through()
    live_since = _iso(_now() - timedelta(days=stale_days))
    here = known_host_id(data_dir)
    return [HostState(host=host.host, name=host.name, applied=host.applied, behind=max(0, last - host.applied),
                      seen_at=host.seen_at, stale=host.seen_at < live_since, missed=host.applied < pruned,
                      this_host=host.host == here)
            for host in store.replica_hosts()]


def describe_feed(size: FeedSize) -> str:
    """One line on what the feed holds, for ``check``."""
    if size.kept == 0:
        return "change feed: empty"
    held = "1 change" if size.kept == 1 else f"{size.kept} changes"
    pruned = f", pruned through {size.pruned_through}" if size.pruned_through else ""
    return f"change feed: {held} kept (numbers {size.first} to {size.last}{pruned})"


def describe_host(state: HostState, stale_days: float) -> str:
    """One line on one host following the feed, for ``check`` and ``hosts list``."""
    where = state.name + (" (this host)" if state.this_host else "")
    lag = "up to date" if state.behind == 0 else f"{state.behind} change{'s' if state.behind > 1 else ''} behind"
    line = f"host {where}: applied change {state.applied}, {lag}, last seen {state.seen_at} ({seen_ago(state.seen_at)})"
    if state.stale:
        line += f"; stale (not seen for {stale_days:g} days): holds no change back"
    if state.missed:
        line += "; changes it needs were pruned: it rebuilds its index when it next follows"
    return line


def seen_ago(seen_at: str, now: datetime | None = None) -> str:
    """How long ago a host was last seen, in the largest whole unit: "just now", "5 minutes ago", "8 days ago"."""
    seconds = max(0, int(((now or _now()) - datetime.fromisoformat(seen_at)).total_seconds()))
    for unit, length in (("day", 86_400), ("hour", 3_600), ("minute", 60)):
        if seconds >= length:
            count = seconds // length
            return f"{count} {unit}{'s' if count > 1 else ''} ago"
    return "just now"


def forget_host(store: CatalogStore, data_dir: Path, which: str, *, force: bool = False,
                stale_days: float = DEFAULT_STALE_DAYS) -> HostState:
    """Remove a host that is gone (``which``: its id or its name) from those following the feed; what it was.

    A host seen within the stale limit is refused unless ``force``: it may still be running (it would
    record itself again within ``REPORT_SECONDS``) and it holds the changes it needs in the feed.
    Forgetting is never unsafe: a forgotten host that comes back finds the changes it needs pruned
    and rebuilds its index (``catch_up``). Raises ``ConfigurationError`` for an unknown or
    ambiguous host, or a refused one.
    """
    states = host_states(store, data_dir, stale_days=stale_days)
    found = [state for state in states if which == state.host] or [state for state in states if which == state.name]
    if not found:
        raise ConfigurationError(_unknown(which))
    if len(found) > 1:
        ids = ", ".join(state.host for state in found)
        raise ConfigurationError(f"{len(found)} hosts are named {which!r}: name one by its id ({ids})")
    [state] = found
    refusal = (f"host {state.name} was last seen {state.seen_at} ({seen_ago(state.seen_at)}), within the stale limit "
               f"of {stale_days:g} days: it may still be running and following the feed; stop it first, or "
               "--force forgets it anyway (if it comes back, it rebuilds its index)")
    if not state.stale and not force:
        raise ConfigurationError(refusal)
    live_since = None if force else _iso(_now() - timedelta(days=stale_days))
    if not store.forget_host(state.host, seen_before=live_since):  # it reported again since it was read, or went
        raise ConfigurationError(refusal if state.host in {h.host for h in store.replica_hosts()} else
                                 _unknown(which))
    return state


def _unknown(which: str) -> str:
    return f"no host {which!r} follows the change feed (photodesk hosts list shows them)"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    """As the catalog writes times (``catalog.store.now_iso``), so that they compare as text."""
    return moment.replace(microsecond=0).isoformat()


class Follower:
    """A background thread that keeps the index following the feed until ``stop``; one per data directory.

    Every ``report_interval`` seconds it records how far this host applied the feed and prunes it.
    With ``follows`` False (one machine on SQLite, where every writer keeps the index in step) it
    only prunes, and records no host.
    """

    def __init__(self, store: CatalogStore, indexer: Indexer, data_dir: Path, *,
                 interval: float = POLL_SECONDS, report_interval: float = REPORT_SECONDS,
                 stale_days: float = DEFAULT_STALE_DAYS, follows: bool = True) -> None:
        self.store, self.indexer, self.data_dir, self.interval = store, indexer, data_dir, interval
        self.report_interval, self.stale_days, self.follows = report_interval, stale_days, follows
        self._reported: float | None = None  # time.monotonic() of the last report
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="photodesk-follow", daemon=True)
        self._lock_file: int | None = None

    def start(self) -> Follower:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        if self._lock_file is not None:
            os.close(self._lock_file)
            self._lock_file = None

    def _run(self) -> None:
        unavailable = False
        while not self._stop.is_set():
            try:
                if self._holds_lock():
                    if self.follows:
                        catch_up(self.store, self.indexer, self.data_dir)
                    self._report()
                if unavailable:
                    log.warning("the catalog answers again: following its changes")
                unavailable = False
            except CatalogUnavailableError as error:
                if not unavailable:  # once per outage, not every half second
                    log.warning("cannot follow the catalog's changes: %s", error)
                unavailable = True
            except Exception:  # noqa: BLE001 - the thread must outlive one bad round; the log has it
                log.exception("following the catalog's changes failed; trying again")
            self._stop.wait(self.interval)

    def _report(self) -> None:
        """Now and then: record how far this host applied the feed, and prune what every live host applied."""
        if self._reported is not None and time.monotonic() - self._reported < self.report_interval:
            return
        if self.follows:
            report(self.store, self.data_dir)
        prune(self.store, stale_days=self.stale_days)
        self._reported = time.monotonic()

    def _holds_lock(self) -> bool:
        """True once this process holds the data directory's follow lock (another process may follow)."""
        if self._lock_file is not None:
            return True
        self.data_dir.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.data_dir / FOLLOW_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            return False
        self._lock_file = descriptor
        return True
