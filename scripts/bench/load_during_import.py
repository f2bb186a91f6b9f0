"""Concurrent load: web clients against ``photodesk serve`` while an import of several hundred files runs.

Starts the real server (waitress) on an empty data directory, starts ``photodesk import``
of generated news photos into the same directory, and lets ``--clients`` keep-alive
clients browse until the import ends: the home page, search pages, the JSON search, asset
pages and JSON records and thumbnails of pictures the searches have shown so far. Then
checks that every imported file can be found.

    python -m scripts.bench.load_during_import [--files 500] [--clients 8] [--threads 8] [--data DIR]

Prints requests served during the import, requests/s and p50/p95/p99 latency by kind, and
the rules: no 5xx, no failed request or search, every imported file searchable at the end.
Exit code 0 when they held. ``tests/reliability/test_load_during_import.py`` runs the same code.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from catalog.settings import Settings
from catalog.store import CatalogStore
from scripts.bench.ingest import KEYWORDS, SUBJECTS
from scripts.bench.web import make_photos, percentile

# What a client asks for, with weights: browsing pages and the JSON API alike.
KINDS = (("home", 5), ("search", 25), ("api-search", 25), ("asset", 15), ("api-asset", 10), ("thumb", 20))
SEARCH_KINDS = frozenset({"home", "search", "api-search"})
MAX_REQUESTS_PER_CLIENT = 100_000  # bounds: the load always stops by itself
MAX_SECONDS = 1800.0
_PICTURE_NUMBER = re.compile(r"\bPicture (\d+)\.")


@dataclass(frozen=True)
class Sample:
    """One request: what was asked, when, how long it took and how it ended."""

    kind: str
    path: str
    started: float
    seconds: float
    status: int | None
    error: str | None = None

    @property
    def failed(self) -> bool:
        """True for a 5xx, any other unexpected status, a broken connection or an unreadable JSON answer."""
        return self.error is not None or self.status != 200


@dataclass
class LoadReport:
    """What the clients saw while the import ran, and what could be found afterwards."""

    files: int
    clients: int
    import_started: float = 0.0
    import_ended: float = 0.0
    import_exit: int | None = None
    imported: int = 0
    samples: list[Sample] = field(default_factory=list)
    unsearchable: list[str] = field(default_factory=list)

    @property
    def import_seconds(self) -> float:
        """How long the import ran."""
        return self.import_ended - self.import_started

    @property
    def during_import(self) -> list[Sample]:
        """The requests started while the import ran."""
        return [s for s in self.samples if self.import_started <= s.started <= self.import_ended]

    @property
    def failures(self) -> list[str]:
        """Every failed request, one line each."""
        return [f"{s.kind} {s.path}: {s.error or s.status}" for s in self.samples if s.failed]

    @property
    def server_errors(self) -> int:
        """How many answers were 5xx."""
        return sum(1 for s in self.samples if s.status is not None and s.status >= 500)

    @property
    def requests_per_second(self) -> float:
        """Requests served per second during the import."""
        return len(self.during_import) / self.import_seconds if self.import_seconds else 0.0

    def latency_ms(self, share: float, kind: str | None = None) -> float:
        """A latency quantile in milliseconds during the import (all kinds, or one)."""
        values = [s.seconds for s in self.during_import if kind is None or s.kind == kind]
        return percentile(values, share) * 1000 if values else 0.0

    @property
    def is_clean(self) -> bool:
        """The import finished, nothing failed, and every imported file can be found."""
        return self.import_exit == 0 and not self.failures and not self.unsearchable and self.imported == self.files

    def lines(self) -> list[str]:
        """The report for a terminal."""
        during = self.during_import
        out = [
            f"{self.files} files imported in {self.import_seconds:.1f} s (exit {self.import_exit}) while {self.clients} "
            f"clients browsed: {len(during)} requests during the import, {self.requests_per_second:.0f} requests/s, "
            f"p50 {self.latency_ms(0.5):.0f} ms, p99 {self.latency_ms(0.99):.0f} ms",
            f"{'kind':<11} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}",
        ]
        for kind, _weight in KINDS:
            count = sum(1 for s in during if s.kind == kind)
            if count:
                out.append(f"{kind:<11} {count:>6} {self.latency_ms(0.5, kind):>8.1f} "
                           f"{self.latency_ms(0.95, kind):>8.1f} {self.latency_ms(0.99, kind):>8.1f}")
        out.append(f"{self.server_errors} 5xx answers, {len(self.failures)} failed requests"
                   + (f" (first: {self.failures[0]})" if self.failures else ""))
        out.append(f"{self.imported} imported; " + (f"{len(self.unsearchable)} NOT SEARCHABLE: {self.unsearchable[:5]}"
                                                      if self.unsearchable else "every one searchable"))
        out.append("all rules held" if self.is_clean else "SOME RULES FAILED")
        return out


class _Browser:
    """One client: a keep-alive connection and a seeded choice of what to open next."""

    def __init__(self, port: int, seed: int, seen: list[str], lock: threading.Lock):
        self.port, self.rng, self.seen, self.lock = port, random.Random(seed), seen, lock
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.kinds = [kind for kind, weight in KINDS for _ in range(weight)]
        self.words = [subject.split()[0].lower() for subject in SUBJECTS] + list(KEYWORDS)

    def browse(self, stop: threading.Event, samples: list[Sample]) -> None:
        """Open pages until ``stop`` is set (or the bounds are reached)."""
        deadline = time.monotonic() + MAX_SECONDS
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            if stop.is_set() or time.monotonic() > deadline:
                break
            samples.append(self.request(*self.next_page(self.rng.choice(self.kinds))))
        self.connection.close()

    def next_page(self, kind: str) -> tuple[str, str]:
        """(kind, URL): a search for a caption word, or a picture seen in a search (a search until one was)."""
        with self.lock:
            asset_id = self.rng.choice(self.seen) if self.seen else None
        if kind in ("asset", "api-asset", "thumb") and asset_id is None:
            kind = "search"
        query = urlencode({"q": self.rng.choice(self.words)})
        return kind, {
            "home": "/",
            "search": f"/search?{query}",
            "api-search": f"/api/search?{query}&page_size=48",
            "asset": f"/assets/{asset_id}",
            "api-asset": f"/api/assets/{asset_id}",
            "thumb": f"/assets/{asset_id}/thumb",
        }[kind]

    def request(self, kind: str, path: str) -> Sample:
        """GET one path; the sample, with the hits of a JSON search noted for later requests."""
        started = time.perf_counter()
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()  # a new connection for the next request
            return Sample(kind, path, started, time.perf_counter() - started, None, f"{type(error).__name__}: {error}")
        seconds = time.perf_counter() - started
        error = None
        if response.status == 200 and kind in ("api-search", "api-asset"):
            error = self._read_json(kind, body)
        return Sample(kind, path, started, seconds, response.status, error)

    def _read_json(self, kind: str, body: bytes) -> str | None:
        try:
            data = json.loads(body)
        except ValueError:
            return "the answer is not JSON"
        if kind == "api-search":
            if "hits" not in data or "total" not in data:
                return "a search answer without hits"
            with self.lock:
                self.seen.extend(hit["id"] for hit in data["hits"])
        return None


def load_during_import(photos: Path, data_dir: Path, *, clients: int = 8, threads: int = 8, jobs: int = 2) -> LoadReport:
    """Serve ``data_dir``, import ``photos`` into it while ``clients`` browse, then look for every file."""
    settings = Settings(data_dir=data_dir)
    files = sum(1 for path in photos.rglob("*.jpg"))
    report = LoadReport(files=files, clients=clients)
    CatalogStore(settings.catalog).close()  # an empty catalog for the server to open
    server, port, server_log = _serve(settings, threads)
    try:
        stop, lock, seen = threading.Event(), threading.Lock(), []
        per_client: list[list[Sample]] = [[] for _ in range(clients)]
        browsers = [threading.Thread(target=_Browser(port, seed, seen, lock).browse, args=(stop, per_client[seed]))
                    for seed in range(clients)]
        for browser in browsers:
            browser.start()
        report.import_started = time.perf_counter()
        importer = subprocess.run(
            [sys.executable, "-c", "from scripts.cli import main; main()", "import", "--quiet", "--json",
             "--jobs", str(jobs), "--data", str(settings.data_dir), str(photos)],
            capture_output=True, text=True,
        )
        report.import_ended = time.perf_counter()
        stop.set()
        for browser in browsers:
            browser.join()
        report.samples = sorted((s for samples in per_client for s in samples), key=lambda s: s.started)
        report.import_exit = importer.returncode
        report.imported = json.loads(importer.stdout)["imported"] if importer.returncode in (0, 1) else 0
        report.unsearchable = _unsearchable(settings, port)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        server_log.join()
    return report


def _serve(settings: Settings, threads: int) -> tuple[subprocess.Popen, int, threading.Thread]:
    """``photodesk serve`` on a free port; the process, its port, and the thread copying its log to ours."""
    server = subprocess.Popen(
        [sys.executable, "-c", "from scripts.cli import main; main()", "serve", "--data", str(settings.data_dir),
         "--port", "0", "--threads", str(threads)],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert server.stderr is not None
    first = server.stderr.readline()  # the server names its address first
    found = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
    if not found:
        server.kill()
        server.wait()
        server.stderr.close()
        raise RuntimeError(f"photodesk serve did not start: {first}")

    def copy_log() -> None:  # a full pipe would block the server; closed when the server exits
        with server.stderr:
            for line in server.stderr:
                sys.stderr.write(line)

    log = threading.Thread(target=copy_log, daemon=True)
    log.start()
    return server, int(found.group(1)), log


def _unsearchable(settings: Settings, port: int) -> list[str]:
    """Catalogued files the server's search does not find: in the full listing, and by their own words."""
    with CatalogStore(settings.catalog) as store:
        assets = list(store.iter_assets())
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def search(query: str, page: int = 1) -> dict:
        connection.request("GET", f"/api/search?q={quote(query)}&page_size=100&page={page}")
        return json.loads(connection.getresponse().read())

    listed: set[str] = set()
    first = search("")
    for page in range(1, first["pages"] + 1):
        listed.update(hit["id"] for hit in (first if page == 1 else search("", page))["hits"])
    missing = [f"{asset.filename}: not listed" for asset in assets if asset.id not in listed]
    for asset in assets:
        number = _PICTURE_NUMBER.search(asset.caption or "")
        if number is None or asset.id not in {hit["id"] for hit in search(f'"picture {number.group(1)}"')["hits"]}:
            missing.append(f"{asset.filename}: not found by its caption")
    connection.close()
    return missing


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500, help="Generated photos to import (default 500).")
    parser.add_argument("--clients", type=int, default=8, help="Concurrent web clients (default 8).")
    parser.add_argument("--threads", type=int, default=8, help="Server worker threads (default 8).")
    parser.add_argument("--jobs", type=int, default=2, help="Import worker processes (default 2).")
    parser.add_argument("--data", type=Path, help="Work here (photos are kept for the next run); default: a temporary folder.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="photodesk-load-") as temporary:
        root = args.data or Path(temporary)
        photos = root / f"photos-{args.files}"
        make_photos(photos, args.files)
        data = root / "data"
        if data.exists():
            shutil.rmtree(data)  # every run imports into an empty catalog
        load_before = os.getloadavg()[0]
        report = load_during_import(photos, data, clients=args.clients, threads=args.threads, jobs=args.jobs)
    print(f"{os.cpu_count()} CPUs, load average before: {load_before:.1f}")
    print("\n".join(report.lines()))
    return 0 if report.is_clean else 1


if __name__ == "__main__":
    sys.exit(main())
