"""How ``photodesk watch`` notices files: file events (``watchdog``: inotify on Linux) or polling.

File events come from the kernel of the machine that writes the file, so they do not arrive
for files another machine writes to a network share (NFS, SMB/CIFS, sshfs…). Such folders
are polled instead: walked every ``interval`` seconds, each file's size and time compared
with the walk before. The choice is made per folder from its file system type
(``/proc/self/mounts``), or forced with ``--poll``; a folder whose events cannot be set up
(the inotify watch limit, say) is polled too. Either way the watcher only calls
``notice(path)``: what is complete, new and imported is ``catalog.intake``'s business.

When the platform says events were lost (inotify's queue overflowed, Windows' buffer did),
the watcher calls ``lost(folder, why)``, and intake walks that folder again at once. It does the
same when the watched folder is replaced (deleted and made again, renamed away and another put in
its place, a mount coming or going under it): events follow the folder they were set up on, not
its name, so the observer is set up again on the new folder (``EventWatch.rearm_if_replaced``).
If that fails while the folder is there (the inotify limits, no file descriptors left), the folder
is polled from then on, and that is said once through ``lost``.
"""

from __future__ import annotations

import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from catalog.ingest import walk_files

EVENTS, POLLING = "file events", "polling"
DEFAULT_POLL_INTERVAL = 1.0  # seconds between walks of a polled folder
# Seconds between looks at whether a folder watched by events is still the one they were set up on:
# one stat a second, and a replaced folder gets its events back within about a second.
REARM_CHECK = 1.0
REPLACED = ("the folder was replaced (deleted and made again, or a mount changed under it): "
            "its file events are set up again")
# Where file events do not report what other machines write (and FUSE file systems that are network mounts).
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "gpfs", "ncpfs",
    "davfs", "vboxsf", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.davfs2", "fuse.rclone",
    "fuse.s3fs", "fuse.smbnetfs", "fuse.gcsfuse",
})

Notice = Callable[[str], None]
Lost = Callable[[str, str], None]  # (folder, why): that folder's events were lost


class Watch(Protocol):
    """A running way of noticing files in one folder."""

    def stop(self) -> None:
        """Stop noticing and end its thread."""


@dataclass(frozen=True)
class Choice:
    """How one folder is watched, and why (said at start)."""

    folder: str
    method: str  # EVENTS or POLLING
    why: str

    def __str__(self) -> str:
        return f"watching {self.folder} by {self.method} ({self.why})"


def file_system_type(folder: str, mounts: str = "/proc/self/mounts") -> str | None:
    """The type of the file system holding ``folder`` (the longest mount point above it); None if unknown."""
    try:
        with open(mounts, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    target = os.path.realpath(folder)
    best: tuple[int, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        # /proc/mounts writes a space in a mount point as \040 (and tab, newline, backslash likewise).
        point = parts[1].encode().decode("unicode_escape")
        if target == point or target.startswith(point.rstrip("/") + "/"):
            if best is None or len(point) > best[0]:
                best = (len(point), parts[2])
    return best[1] if best else None


def choose(folder: str, *, poll: bool = False, mounts: str = "/proc/self/mounts") -> Choice:
    """Events or polling for this folder: polling when asked, or on a network file system."""
    kind = file_system_type(folder, mounts)
    if poll:
        return Choice(folder, POLLING, "asked with --poll")
    if kind in NETWORK_FILE_SYSTEMS:
        return Choice(folder, POLLING, f"{kind} is a network file system: events do not arrive from other machines")
    return Choice(folder, EVENTS, f"{kind or 'local'} file system")


def start(choice: Choice, notice: Notice, *, lost: Lost | None = None, interval: float = DEFAULT_POLL_INTERVAL,
          data_dir: Path | None = None) -> tuple[Watch, Choice]:
    """Start watching as chosen; a folder whose events cannot be set up is polled (the choice says why)."""
    if choice.method == EVENTS:
        try:
            return EventWatch(choice.folder, notice, lost, interval=interval, data_dir=data_dir), choice
        except OSError as error:
            choice = Choice(choice.folder, POLLING, f"file events could not be set up: {error.strerror or error}")
    return PollWatch(choice.folder, notice, interval=interval, data_dir=data_dir), choice


def folder_identity(folder: str) -> tuple[int, int] | None:
    """The device and inode of ``folder`` (the directory its name leads to now); None when it is not there."""
    try:
        found = os.stat(folder)
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISDIR(found.st_mode) else None


class EventWatch:
    """File events through watchdog's observer for this platform (inotify on Linux), set up again when the folder is replaced.

    Events follow the directory they were set up on, not its name: once the folder is deleted (the
    observer's emitter ends), renamed away or covered by a mount, nothing written under the name
    arrives. A thread looks every ``check_every`` seconds (``rearm_if_replaced``). When the events
    cannot be set up again on a folder that is there, it is polled every ``interval`` seconds instead.
    """

    def __init__(self, folder: str, notice: Notice, lost: Lost | None = None, *,
                 check_every: float = REARM_CHECK, interval: float = DEFAULT_POLL_INTERVAL,
                 data_dir: Path | None = None) -> None:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                if event.is_directory and event.event_type == "modified":
                    # Only says the folder's entries changed, after each entry's own event; taking
                    # it up would walk the whole tree for every file arriving in a big folder.
                    return
                # created, modified, closed after writing, or renamed into place (the new name)
                if event.event_type in ("created", "modified", "closed"):
                    notice(os.fsdecode(event.src_path))
                elif event.event_type == "moved":
                    notice(os.fsdecode(event.dest_path))
                elif event.event_type == "events_lost" and lost is not None:
                    # watchdog's EventsLostEvent: the kernel's queue overflowed and dropped events
                    # (an older watchdog says nothing, and only the regular rescan catches up).
                    lost(folder, "file events were lost (the event queue overflowed)")

        self.folder, self.lost, self._handler = folder, lost, Handler()
        self._notice, self._interval, self._data_dir = notice, interval, data_dir
        self.poller: PollWatch | None = None  # set when events could not be set up again
        self.observer = Observer()
        self._identity = folder_identity(folder)
        self.observer.schedule(self._handler, folder, recursive=True)
        self.observer.daemon = True
        self.observer.start()
        self._stopped = threading.Event()
        self._checker = threading.Thread(target=self._keep_armed, args=(check_every,), name=f"rearm {folder}",
                                         daemon=True)
        self._checker.start()

    def stop(self) -> None:
        """Stop the observer thread and the thread that looks for a replaced folder."""
        self._stopped.set()
        self._checker.join(timeout=5)
        self.observer.stop()
        self.observer.join(timeout=5)
        if self.poller is not None:
            self.poller.stop()

    def rearm_if_replaced(self) -> bool:
        """Set the events up again when the folder's name now leads to another directory; True when it did.

        Another directory: another device or inode than the events were set up on, or the same
        after the folder was seen gone or the observer saw it deleted (an inode number can be given
        again at once). A folder not there is left until it comes back. Said once, through ``lost``, which also has
        the folder walked: files may have arrived before the events were back. Events that cannot be
        set up on a folder that is there are given up for polling (``poll_instead``).
        """
        if self.poller is not None:
            return False
        identity = folder_identity(self.folder)
        if identity is None:
            self._identity = None  # seen gone: whatever comes back under the name is another folder
            return False
        emitters = self.observer.emitters
        if identity == self._identity and emitters and all(emitter.is_alive() for emitter in emitters):
            return False
        self.observer.unschedule_all()
        try:
            self.observer.schedule(self._handler, self.folder, recursive=True)
        except OSError as error:
            if folder_identity(self.folder) is not None:
                self.poll_instead(error)
            return False  # else gone again in between: the next look tries again
        self._identity = identity
        if self.lost is not None:
            self.lost(self.folder, REPLACED)
        return True

    def poll_instead(self, error: OSError) -> None:
        """Walk the folder every ``interval`` seconds from now on, as ``start`` does when events cannot be set up; said once."""
        self.observer.unschedule_all()
        self.poller = PollWatch(self.folder, self._notice, interval=self._interval, data_dir=self._data_dir)
        if self.lost is not None:
            self.lost(self.folder, f"its file events could not be set up again ({error.strerror or error}): "
                                   f"it is polled every {self._interval:g} s instead")

    def _keep_armed(self, every: float) -> None:
        while not self._stopped.wait(every) and self.poller is None:
            self.rearm_if_replaced()


class PollWatch:
    """A thread that walks the folder every ``interval`` seconds and notices files whose size or time changed."""

    def __init__(self, folder: str, notice: Notice, *, interval: float = DEFAULT_POLL_INTERVAL,
                 data_dir: Path | None = None, running: bool = True) -> None:
        self.folder, self.notice, self.interval, self.data_dir = folder, notice, interval, data_dir
        self._seen: dict[str, tuple[int, int]] = {}
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"poll {folder}", daemon=True)
        if running:  # else only ``walk_once`` walks (tests)
            self._thread.start()

    def stop(self) -> None:
        """End the walking thread."""
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=max(5.0, self.interval * 2))

    def walk_once(self) -> None:
        """Walk the folder once and notice every file that is new or changed since the last walk."""
        seen: dict[str, tuple[int, int]] = {}
        for entry in walk_files(self.folder, data_dir=self.data_dir):
            try:
                found = entry.stat()  # one system call; the listing gave the rest
            except OSError:
                continue
            seen[entry.path] = (found.st_size, found.st_mtime_ns)
            if self._seen.get(entry.path) != seen[entry.path]:
                self.notice(entry.path)
        self._seen = seen

    def _run(self) -> None:
        while not self._stopped.is_set():
            try:
                self.walk_once()
            except OSError:
                pass  # the share went away for a moment: the next walk tries again
            self._stopped.wait(self.interval)
