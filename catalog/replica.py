"""A host's search index as a replica of a shared catalog: it follows the catalog's change feed.

With the catalog on PostgreSQL, every host keeps its own index in its own data directory. The
catalog numbers each asset change in the change's own transaction (``catalog/store/changes.py``);
a host remembers the number its index has applied (``replica.json`` in its data directory) and,
while ``serve`` or ``watch`` runs, reads what is new every half second and indexes it
(docs/postgresql.md#the-change-feed). ``photodesk reindex`` builds the index from the catalog and
starts following from the change that was last when it began, so nothing made meanwhile is missed.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from catalog.errors import CatalogUnavailableError
from catalog.protocols import Indexer

if TYPE_CHECKING:
    from catalog.store import CatalogStore

log = logging.getLogger(__name__)

POSITION_FILE = "replica.json"  # the number of the last change this data directory's index applied
FOLLOW_LOCK = "follow.lock"  # one follower per data directory (serve --processes N starts N)
POLL_SECONDS = 0.5
BATCH = 500  # changes read (and assets indexed) at a time


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
    """
    position = read_position(data_dir) or 0
    read = 0
    while changes := store.changes_after(position, limit=batch):
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


class Follower:
    """A background thread that keeps the index following the feed until ``stop``; one per data directory."""

    def __init__(self, store: CatalogStore, indexer: Indexer, data_dir: Path, *,
                 interval: float = POLL_SECONDS) -> None:
        self.store, self.indexer, self.data_dir, self.interval = store, indexer, data_dir, interval
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
                    catch_up(self.store, self.indexer, self.data_dir)
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
