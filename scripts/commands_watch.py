"""``photodesk watch``: import what arrives in folders, until stopped (docs/intake.md)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import click

from catalog.intake import DEFAULT_RESCAN, DEFAULT_SETTLE
from catalog.settings import Settings
from scripts.folder_watch import DEFAULT_POLL_INTERVAL
from scripts.options import EXIT_OK, data_option
from scripts.terminal import printable

if TYPE_CHECKING:
    from catalog.ingest import Outcome


@click.command("watch")
@click.argument("folders", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--settle", type=click.FloatRange(min=0), default=DEFAULT_SETTLE, show_default=True,
              help="Seconds a file's size and time must stay the same before it is read.")
@click.option("--poll", is_flag=True,
              help="Walk the folders regularly instead of waiting for file events (network shares are polled anyway).")
@click.option("--poll-interval", type=click.FloatRange(min=0.05), default=DEFAULT_POLL_INTERVAL, show_default=True,
              help="Seconds between walks of a polled folder.")
@click.option("--rescan", type=click.FloatRange(min=0), default=DEFAULT_RESCAN, show_default=True,
              help="Seconds between safety walks of the folders watched by file events, which take up any file "
                   "whose event was lost (0: never).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes reading files and making previews (default: the CPU count).")
@click.option("--verbose-files", "each_file", is_flag=True, help="Print a line for every file, not only failures.")
@data_option
def watch_command(settings: Settings, folders: tuple[Path, ...], settle: float, poll: bool, poll_interval: float,
                  rescan: float, jobs: int | None, each_file: bool) -> None:
    """Import new and changed photos from folders (recursively) as they arrive, until stopped."""
    from catalog.desk import Desk
    from catalog.intake import Intake
    from scripts import folder_watch

    stop = threading.Event()
    with _stopping_on_signals(stop), Desk.open(settings) as desk, ExitStack() as stack:
        roots = [Path(os.path.abspath(folder)) for folder in folders]
        follower = desk.follow_changes()  # on a shared catalog: other hosts' changes reach this index too

        # Workers started once and kept: a file arriving alone does not wait for new processes.
        pool = stack.enter_context(desk.import_pool(jobs=jobs))

        def import_files(paths: list[Path], asked: Callable[[], bool]) -> Iterator[Outcome]:
            return desk.import_files(paths, wait_for_lock=True, stop=asked, roots=roots, pool=pool)

        intake = Intake(roots, store=desk.catalog, import_files=import_files, settle=settle,
                        data_dir=settings.data_dir)
        watches = []
        try:
            by_events = []
            for root in roots:
                choice = folder_watch.choose(str(root), poll=poll)
                watch, choice = folder_watch.start(choice, intake.notice, lost=intake.events_lost,
                                                   interval=poll_interval, data_dir=settings.data_dir)
                watches.append(watch)
                rescanned = ""
                if choice.method == folder_watch.EVENTS:
                    by_events.append(root)
                    rescanned = f", rescanned every {rescan:g} s" if rescan else ", never rescanned"
                click.echo(printable(f"photodesk: {choice}{rescanned}; files settle {settle:g} s"), err=True)
            intake.rescan_regularly(by_events, every=rescan)
            waiting = intake.scan()
            if waiting:
                click.echo(f"photodesk: {waiting} files arrived while not watching", err=True)
            try:
                intake.run(stop.is_set, lambda outcomes: _report(outcomes, each_file))
            except KeyboardInterrupt:
                if not stop.is_set():
                    raise
                # Asked to stop while waiting for another import's lock: nothing was being read.
        finally:
            for watch in watches:
                watch.stop()
            if follower is not None:
                follower.stop()
    click.echo("photodesk: stopped watching", err=True)
    sys.exit(EXIT_OK)


def _report(outcomes: list[Outcome], each_file: bool) -> None:
    """One line per failure (and per file with ``--verbose-files``), then the run's counts."""
    from catalog.ingest import Status

    counts = {status: 0 for status in Status}
    for outcome in outcomes:
        counts[outcome.status] += 1
        if outcome.status is Status.FAILED or each_file:
            click.echo(printable(str(outcome)), err=True)
    stamp = time.strftime("%H:%M:%S")
    click.echo(f"{stamp} {counts[Status.IMPORTED]} imported, {counts[Status.UNCHANGED]} unchanged, "
               f"{counts[Status.FAILED]} failed", err=True)


@contextmanager
def _stopping_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (systemd) and the first Ctrl-C ask to stop after the files being read; a second Ctrl-C interrupts."""

    def handle(signum: int, frame: object) -> None:
        again = stop.is_set()
        stop.set()
        if again and signum == signal.SIGINT:
            raise KeyboardInterrupt

    previous = {number: signal.signal(number, handle) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


COMMANDS = (watch_command,)
