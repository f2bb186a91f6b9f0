"""Watch-folder benchmark: ``photodesk watch`` against ``photodesk import`` on the same pictures, and latency.

Makes N news JPEGs (default 200, 1600×1200, caption, credit and keywords written by
``media.embed``) in a cache folder, then measures, each in new processes on new data dirs:

1. ``photodesk import --jobs J`` of the folder: files/s, from start to exit;
2. ``photodesk watch --jobs J`` started on the same folder (the pictures "arrived while it was
   down"): files/s from start until every picture is catalogued and indexed;
3. the same N files moved into a watched folder at once: files/s from the last move until every
   one is catalogued, with ``--settle`` included and without it (the wait is by design);
4. completion → searchable: files written one at a time into a watched folder with
   ``--settle 2``; for each, the time from its close to its caption word being found by a search
   of the index (p50, p95, max).

    python -m scripts.bench.watch [--count 200] [--jobs 2] [--latency-files 30] [--poll] [--latency-only]

Targets (issue 19): watch ≥ 0.9× import files/s; completion → searchable p95 < 5 s with --settle 2.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from media.embed import EmbeddedMetadata, save_jpeg

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
RECIPE = 1


def make_pictures(folder: Path, count: int, *, start: int = 0, word: str = "benchpicture") -> list[Path]:
    """``count`` different 1600×1200 news JPEGs, each caption carrying ``word`` and its number."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for number in range(start, start + count):
        path = folder / f"wire-{number:05d}.jpg"
        if not path.exists():
            rng = random.Random(number)
            image = Image.linear_gradient("L").resize((1600, 1200)).convert("RGB")
            draw = ImageDraw.Draw(image)
            for _ in range(30):
                x, y = rng.randrange(1600), rng.randrange(1200)
                draw.ellipse((x, y, x + rng.randrange(30, 400), y + rng.randrange(30, 300)),
                             fill=tuple(rng.randrange(256) for _ in range(3)))
            save_jpeg(image, str(path), EmbeddedMetadata(
                caption=f"Flood waters in the old town, picture {word}{number}. (AP Photo/Ana Núñez)",
                creators=("Ana Núñez",), credit="AP", keywords=("flood", f"{word}{number}")), quality=88)
        made.append(path)
    return made


def catalogued(data: Path, table: str = "assets") -> int:
    """Assets (or rows of another table: ``intake``) committed so far, read as another process sees them."""
    try:
        db = sqlite3.connect(f"file:{data / 'catalog.sqlite'}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


WATCH_OPTIONS: list[str] = []  # ["--poll"] with --poll: the polling fallback instead of file events


def start_watch(data: Path, folder: Path, settle: float, jobs: int) -> subprocess.Popen:
    return subprocess.Popen([PHOTODESK, "watch", "--settle", str(settle), "--jobs", str(jobs), *WATCH_OPTIONS,
                             "--data", str(data), str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=120)


def wait_until(condition, process: subprocess.Popen) -> float:
    """Poll every 20 ms until ``condition()``; the monotonic time it held."""
    while not condition():
        if process.poll() is not None:
            raise SystemExit(f"photodesk watch ended early (exit {process.returncode})")
        time.sleep(0.02)
    return time.monotonic()


def measure_import(pictures: Path, work: Path, jobs: int) -> float:
    data = work / "import-data"
    started = time.monotonic()
    subprocess.run([PHOTODESK, "import", "--quiet", "--jobs", str(jobs), "--data", str(data), str(pictures)],
                   check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


def measure_watch_start(pictures: Path, work: Path, jobs: int, count: int) -> float:
    data = work / "watch-start-data"
    started = time.monotonic()
    process = start_watch(data, pictures, 2.0, jobs)
    done = wait_until(lambda: catalogued(data) >= count, process)
    stop(process)
    return done - started


def measure_watch_drop(pictures: list[Path], work: Path, jobs: int, settle: float) -> float:
    data, drop, staging = work / "watch-drop-data", work / "drop", work / "staging"
    staging.mkdir()
    drop.mkdir()
    for path in pictures:
        shutil.copy2(path, staging / path.name)
    process = start_watch(data, drop, settle, jobs)
    wait_until(lambda: (data / "catalog.sqlite").exists(), process)
    time.sleep(1.0)  # the observer is up (it starts before the catalog is read)
    for path in sorted(staging.iterdir()):
        path.rename(drop / path.name)
    moved = time.monotonic()
    done = wait_until(lambda: catalogued(data) >= len(pictures), process)
    stop(process)
    return done - moved


def measure_latency(work: Path, jobs: int, files: int, settle: float, cache: Path) -> list[float]:
    from catalog.settings import Settings
    from index import SearchIndex

    data, drop = work / "latency-data", work / "latency-drop"
    drop.mkdir()
    sources = make_pictures(cache / "latency", files, start=50_000, word="latencypicture")
    process = start_watch(data, drop, settle, jobs)
    wait_until(lambda: (data / "catalog.sqlite").exists(), process)
    time.sleep(1.0)
    settings = Settings(data_dir=data)
    latencies = []
    try:
        for number, source in enumerate(sources, start=50_000):
            content = source.read_bytes()
            with open(drop / source.name, "wb") as handle:  # written in place, as an FTP server does
                for start in range(0, len(content), 64 * 1024):
                    handle.write(content[start:start + 64 * 1024])
            complete = time.monotonic()
            word = f"latencypicture{number}"
            found = None
            while found is None:
                if settings.index_dir.exists():
                    with SearchIndex(settings.index_dir) as index:
                        if index.search(word).total:
                            found = time.monotonic()
                if found is None:
                    time.sleep(0.05)
            latencies.append(found - complete)
            time.sleep(random.Random(number).uniform(0.0, 1.0))  # files arrive now and then, not in step
    finally:
        stop(process)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--latency-files", type=int, default=30)
    parser.add_argument("--settle", type=float, default=2.0)
    parser.add_argument("--poll", action="store_true", help="Watch by polling (every 1 s) instead of file events.")
    parser.add_argument("--latency-only", action="store_true", help="Measure only completion → searchable.")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / f"photodesk-bench-watch-{RECIPE}")
    arguments = parser.parse_args()
    WATCH_OPTIONS.extend(["--poll"] if arguments.poll else [])
    pictures = make_pictures(arguments.cache / "pictures", arguments.count)
    folder = arguments.cache / "pictures"
    print(f"{len(pictures)} pictures of 1600×1200 ({sum(p.stat().st_size for p in pictures) / 2**20:.0f} MB), "
          f"--jobs {arguments.jobs}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="photodesk-bench-watch-") as scratch:
        work = Path(scratch)
        if arguments.latency_only:
            report_latency(work, arguments)
            return
        imported = measure_import(folder, work, arguments.jobs)
        rate = len(pictures) / imported
        print(f"import:                          {imported:6.1f} s  {rate:6.1f} files/s")
        started = measure_watch_start(folder, work, arguments.jobs, len(pictures))
        print(f"watch, files there at start:     {started:6.1f} s  {len(pictures) / started:6.1f} files/s "
              f"({len(pictures) / started / rate:.2f}× import)")
        dropped = measure_watch_drop(pictures, work, arguments.jobs, arguments.settle)
        net = dropped - arguments.settle
        print(f"watch, {len(pictures)} dropped at once:        {dropped:6.1f} s  {len(pictures) / dropped:6.1f} files/s "
              f"({len(pictures) / dropped / rate:.2f}× import); without the {arguments.settle:g} s settle: "
              f"{len(pictures) / net:.1f} files/s ({len(pictures) / net / rate:.2f}×)")
        report_latency(work, arguments)


def report_latency(work: Path, arguments: argparse.Namespace) -> None:
    """Measure and print completion → searchable."""
    latencies = sorted(measure_latency(work, arguments.jobs, arguments.latency_files, arguments.settle,
                                       arguments.cache))
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    how = "polling" if arguments.poll else "file events"
    print(f"completion → searchable ({how}), --settle {arguments.settle:g}, {len(latencies)} files one at a time: "
          f"p50 {statistics.median(latencies):.2f} s, p95 {p95:.2f} s, max {latencies[-1]:.2f} s")


if __name__ == "__main__":
    main()
