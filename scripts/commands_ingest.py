"""``photodesk import``, ``export``, ``show`` and ``check``: the catalog's own commands."""

from __future__ import annotations

import csv
import os
import signal
import sys
import threading
import time
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, TextIO

import click

from catalog.errors import DiskFullError, ImportLockedError
from catalog.settings import Settings
from scripts.options import EXIT_FAILED, EXIT_OK, data_option
from scripts.terminal import json_text, printable

if TYPE_CHECKING:  # imported when a command runs: `photodesk --help` needs none of them
    from tqdm import tqdm

    from catalog.asset import Asset
    from catalog.desk import Desk
    from catalog.ingest import Outcome

EXIT_INTERRUPTED = 130  # the shell's convention for a run stopped by Ctrl-C (SIGINT)


def _say_if_busy(settings: Settings) -> None:
    """Tell the user when another import holds the data directory (the caller then waits)."""
    from catalog.ingest import import_lock

    try:
        with import_lock(settings.data_dir):
            return
    except ImportLockedError as busy:
        click.echo(f"photodesk: {busy}; waiting…", err=True)


# -- photodesk import -------------------------------------------------------------------------


@dataclass
class _Tally:
    imported: int = 0
    unchanged: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one file's outcome."""
        from catalog.ingest import Status

        if outcome.status is Status.IMPORTED:
            self.imported += 1
        elif outcome.status is Status.UNCHANGED:
            self.unchanged += 1
        else:
            self.failed.append({"path": outcome.path, "reason": outcome.reason or "unknown"})
        self.warnings += [{"path": outcome.path, "warning": w} for w in outcome.warnings]

    @property
    def settled(self) -> int:
        """How many files have an outcome."""
        return self.imported + self.unchanged + len(self.failed)

    def sentence(self, seconds: float) -> str:
        """The closing summary, e.g. "812 imported, 40 unchanged, 3 failed (listed above) in 41.2 s"."""
        failed = f"{len(self.failed)} failed (listed above)" if self.failed else "0 failed"
        noted = f", {len(self.warnings)} warnings (listed above)" if self.warnings else ""
        return f"{self.imported} imported, {self.unchanged} unchanged, {failed}{noted} in {seconds:.1f} s"


@click.command("import")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes reading files and making previews (default: the CPU count).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("--link", is_flag=True,
              help="Leave originals where they are (record their path) instead of copying them in.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links found in folders to files outside the folder (default: not followed).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no warning lines; failures still shown.")
@click.option("--max-megapixels", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Refuse pictures larger than this, read from the header before decoding "
                   "(default: $PHOTODESK_MAX_MEGAPIXELS or 200).")
@click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Refuse files larger than this many MiB (default: $PHOTODESK_MAX_FILE_MB or 2048).")
@data_option
def import_command(
    settings: Settings, paths: tuple[Path, ...], jobs: int | None, as_json: bool, link: bool, follow_links: bool,
    quiet: bool, max_megapixels: float | None, max_file_mb: float | None,
) -> None:
    """Import photos from files and folders (recursively); with no PATH, the bundled samples."""
    from catalog.desk import Desk
    from catalog.ingest import discover
    from media import samples_dir
    from scripts.progress import ImportProgress

    settings = Settings.from_sources(settings.data_dir, max_megapixels=max_megapixels, max_file_mb=max_file_mb,
                                     catalog=settings.catalog_url, media=settings.media_root)
    started = time.monotonic()
    given = paths or (samples_dir(),)
    # Counted for the progress bar; the driver walks the folders again as it reads.
    total = sum(1 for _ in discover(given, data_dir=settings.data_dir))
    tally = _Tally()
    bar = ImportProgress(total=total, file=sys.stderr, disable=quiet or not sys.stderr.isatty())
    stop = _CtrlC()
    full: DiskFullError | None = None
    try:
        _say_if_busy(settings)
        with stop.asking_to_stop(), Desk.open(settings) as desk:
            # No more workers than files: each one is a Python process to start (~0.2 s of CPU).
            workers = max(1, min(jobs or os.cpu_count() or 1, total))
            outcomes = desk.import_files(
                given, jobs=workers, link=link, follow_links=follow_links, wait_for_lock=True, stop=stop.asked
            )
            with closing(outcomes):
                for outcome in outcomes:
                    tally.add(outcome)
                    _show_problems(outcome, bar, quiet)
                    bar.update(1)
    except KeyboardInterrupt:
        stop.set()  # a second Ctrl-C, or one before the import began: stopped at once
    except DiskFullError as error:
        full = error
    finally:
        bar.close()
    seconds = time.monotonic() - started
    if as_json:
        summary = {
            "imported": tally.imported, "unchanged": tally.unchanged, "failed": tally.failed,
            "warnings": tally.warnings, "seconds": round(seconds, 2),
        }
        if full is not None:
            summary["stopped"] = str(full)
        click.echo(json_text(summary))
    else:
        _recap_failures(tally, quiet)
        click.echo(tally.sentence(seconds))
    if stop.is_set():
        click.echo("photodesk: interrupted; what was read is saved: run the import again to finish", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if full is not None:
        left = max(0, total - tally.settled)
        unread = f", {left} files not read yet" if left else ""
        click.echo(f"photodesk: {full}; the import stopped{unread}; what was recorded is kept: "
                   "free some space, then run the import again", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(EXIT_FAILED if tally.failed else EXIT_OK)


class _CtrlC(threading.Event):
    """Ctrl-C during an import: the first asks the driver to finish what it is reading and stop."""

    polled = False  # the driver is running and asks regularly (before that, nothing to finish)

    def asked(self) -> bool:
        """The driver's ``stop`` question: has Ctrl-C been pressed?"""
        self.polled = True
        return self.is_set()

    @contextmanager
    def asking_to_stop(self) -> Iterator[None]:
        """While inside, the first SIGINT sets this event; a second one interrupts at once.

        A SIGINT before the driver runs (e.g. while waiting for another import's lock) also
        interrupts at once: nothing has been read yet.
        """

        def handle(signum: int, frame: object) -> None:
            # Set even when raising: a KeyboardInterrupt raised inside a finaliser is lost,
            # and the lock wait (which polls ``asked``) must still see the Ctrl-C.
            again = self.is_set()
            self.set()
            if again or not self.polled:
                raise KeyboardInterrupt

        previous = signal.signal(signal.SIGINT, handle)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _recap_failures(tally: _Tally, quiet: bool) -> None:
    """List the failures again, together, after the warnings: among many warning lines they are easy to miss."""
    if quiet or not tally.warnings or not tally.failed:
        return  # then the failures were all the problem lines shown
    click.echo(f"{len(tally.failed)} failed:", err=True)
    for failure in tally.failed:
        click.echo(printable(f"  {failure['path']}: {failure['reason']}"), err=True)


def _show_problems(outcome: Outcome, bar: tqdm, quiet: bool) -> None:
    # tqdm.write prints above the bar (and plainly when the bar is hidden).
    from tqdm import tqdm

    from catalog.ingest import Status

    if outcome.status is Status.FAILED:
        tqdm.write(printable(f"{outcome.path}: {outcome.reason}"), file=sys.stderr)
    elif not quiet:
        for warning in outcome.warnings:
            tqdm.write(printable(f"{outcome.path}: warning: {warning}"), file=sys.stderr)


# -- photodesk export -------------------------------------------------------------------------


@click.command("export")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="One JSON object per line, or CSV with one column per key.")
@click.option("--lightboxes", "lightboxes", is_flag=True,
              help="Print every lightbox (its pictures in order, with notes) as JSON lines instead.")
@click.argument("query", required=False)
@data_option
def export_command(settings: Settings, output_format: str, query: str | None, lightboxes: bool) -> None:
    """Print every asset's record (or a search's hits) for other tools."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        if lightboxes:  # the catalog's own data beside the assets (docs/lightboxes.md)
            for summary in desk.catalog.lightboxes():
                click.echo(json_text(desk.catalog.get_lightbox(summary.id).to_record()))
            return
        assets = desk.catalog.iter_assets() if query is None else desk.search_assets(query)
        if output_format == "jsonl":
            for asset in assets:
                click.echo(json_text(asset.to_record()))
        else:
            _write_csv(assets, sys.stdout)


def _write_csv(assets: Iterator[Asset], stream: TextIO) -> None:
    from catalog.asset import ASSET_FIELDS

    writer = csv.DictWriter(stream, fieldnames=list(ASSET_FIELDS), lineterminator="\n")
    writer.writeheader()
    for asset in assets:
        writer.writerow({key: _csv_cell(value) for key, value in asset.to_record().items()})


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return _neutralised("; ".join(value))
    if isinstance(value, (list, dict)):
        return json_text(value)
    if isinstance(value, str):
        return _neutralised(value)
    return value


def _neutralised(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (``catalog.spreadsheets.cell_text``)."""
    from catalog.spreadsheets import cell_text

    return cell_text(text)


# -- photodesk show ---------------------------------------------------------------------------

_SHOW_ORDER = (
    "caption", "headline", "title", "creators", "credit", "caption_credit", "agency", "photographers",
    "distributor", "credit_qualifiers", "source", "special_instructions", "embargo_until", "keywords",
    "city", "sublocation", "state", "country", "country_code", "date_created", "job_id",
    "camera_make", "camera_model", "gps_lat", "gps_lon", "filename", "source_path", "format", "mime",
    "width", "height", "file_size", "sha256", "imported_at",
)


@click.command("show")
@click.argument("asset_id")
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON.")
@data_option
def show_command(settings: Settings, asset_id: str, as_json: bool) -> None:
    """Show one asset: its credit line and restrictions first, then its metadata and links."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        asset = desk.catalog.get(asset_id.lower()) or desk.catalog.get_by_sha256(asset_id.lower())
    if asset is None:
        click.echo(f"photodesk: no asset with id {asset_id}", err=True)
        sys.exit(EXIT_FAILED)
    if as_json:
        click.echo(json_text(asset.to_record(), indent=2))
        return
    click.echo(printable(f"Credit line:   {asset.credit_line or '(none: ask the photo desk)'}"))
    click.echo(printable(f"Restrictions:  {', '.join(asset.restrictions) or 'none recorded'}"))
    click.echo(printable(f"Copyright:     {asset.copyright or '—'}"))
    if asset.usage_terms:
        click.echo(printable(f"Usage terms:   {asset.usage_terms}"))
    click.echo(printable(f"Asset {asset.id}"))
    record = asset.to_record()
    for key in _SHOW_ORDER:
        value = record[key]
        if value not in (None, [], ""):
            shown = "; ".join(map(str, value)) if isinstance(value, list) else value
            click.echo(printable(f"  {key.replace('_', ' ')}: {shown}"))
    for article in asset.articles:
        click.echo(printable(f"  used in: {article.title or '(untitled)'} <{article.url}>"))
    for warning in asset.warnings:
        click.echo(printable(f"  warning: {warning}"))


# -- photodesk check --------------------------------------------------------------------------


@click.command("check")
@click.option("--repair", is_flag=True,
              help="Remake missing previews, drop orphaned files, bring the search index up to date.")
@data_option
def check_command(settings: Settings, repair: bool) -> None:
    """Verify that the catalog, the media store and the search index agree."""
    from catalog.desk import Desk

    unresolved = 0
    _say_if_busy(settings)
    with Desk.open(settings) as desk:
        for problem in desk.check(repair=repair):
            click.echo(printable(problem))
            unresolved += not problem.repaired
        count = desk.catalog.count()
        _echo_feed(desk)
    if unresolved:
        problems = "1 problem" if unresolved == 1 else f"{unresolved} problems"
        click.echo(f"{problems} ({_assets(count)})" + ("" if repair else "; `photodesk check --repair` fixes what it can"))
        sys.exit(EXIT_FAILED)
    click.echo(f"catalog, media store and index agree ({_assets(count)})")


def _echo_feed(desk: Desk) -> None:
    """On a shared catalog: what the change feed holds, and each host following it with its lag."""
    from catalog import replica

    state = desk.feed_state()
    if state is None:
        return
    size, hosts = state
    click.echo(replica.describe_feed(size))
    for host in hosts:
        click.echo(printable(replica.describe_host(host, desk.settings.host_stale_days)))


def _assets(count: int) -> str:
    return "1 asset" if count == 1 else f"{count} assets"


COMMANDS = (import_command, export_command, show_command, check_command)
