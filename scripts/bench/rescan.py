"""Safety-rescan benchmark: one rescan of a watched folder whose files were all imported, beside ``find``.

Makes N small JPEGs (default 10,000, 96×64, 100 to a subfolder) in a cache folder, lets
``photodesk watch`` import them once into a cached data directory (so the intake table
remembers every one, as on a desk that has been running), then times, in this process over the
same desk and with the tree in the page cache:

1. ``Intake.rescan()``: the walk ``photodesk watch --rescan`` makes (``os.scandir``, one
   ``stat`` per file, compared with the intake table by path, size and time), with the files it
   took up (should be 0) and the files it opened (should be 0, seen by Python's audit hook);
2. the walk the watcher's start scan made before (``discover``, a ``realpath`` and a ``stat`` per file);
3. ``find DIR -type f`` and ``find DIR -type f -printf '%s %T@'`` (which stats every file too), as
   new processes.

    python -m scripts.bench.rescan [--count 10000] [--per-folder 100] [--repeat 15]

Each figure is the median and the fastest of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from PIL import Image

from scripts.bench.watch import catalogued

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
RECIPE = 1


def make_pictures(folder: Path, count: int, per_folder: int) -> None:
    """``count`` different 96×64 JPEGs, ``per_folder`` to a subfolder (as a wire feed files them by day)."""
    for number in range(count):
        path = folder / f"day-{number // per_folder:04d}" / f"wire-{number:06d}.jpg"
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        rng = random.Random(number)
        Image.frombytes("RGB", (96, 64), rng.randbytes(96 * 64 * 3)).save(path, quality=80)


def import_by_watching(folder: Path, data: Path, count: int, jobs: int) -> None:
    """Run ``photodesk watch`` over the folder until the intake table holds every file, then stop it."""
    if catalogued(data, "intake") >= count:
        return
    print(f"importing {count} files with photodesk watch (once; kept in {data})…", flush=True)
    process = subprocess.Popen([PHOTODESK, "watch", "--settle", "0", "--rescan", "0", "--jobs", str(jobs),
                                "--data", str(data), str(folder)], stdout=subprocess.DEVNULL)
    try:
        while catalogued(data, "intake") < count:
            if process.poll() is not None:
                raise SystemExit(f"photodesk watch ended early (exit {process.returncode})")
            time.sleep(0.5)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=300)


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and fastest seconds of ``repeat`` runs (after one run to warm up)."""
    run()
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--per-folder", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / f"photodesk-bench-rescan-{RECIPE}")
    arguments = parser.parse_args()
    folder = arguments.cache / f"pictures-{arguments.count}-{arguments.per_folder}"
    data = arguments.cache / f"data-{arguments.count}-{arguments.per_folder}"
    make_pictures(folder, arguments.count, arguments.per_folder)
    import_by_watching(folder, data, arguments.count, arguments.jobs)

    from catalog.desk import Desk
    from catalog.ingest import discover
    from catalog.intake import Intake
    from catalog.settings import Settings
    from tests.helpers.opened_files import OpenedFiles

    opened = OpenedFiles()
    with Desk.open(Settings(data_dir=data)) as desk:
        def refuse_imports(paths: list[Path], stop: Callable[[], bool]):
            raise AssertionError(f"the rescan took up {len(paths)} files")

        intake = Intake([folder], store=desk.catalog, import_files=refuse_imports, settle=0.0, data_dir=data)
        walked = sum(1 for _ in discover([folder]))
        opened.recording = True
        missed = intake.rescan()
        opened.recording = False
        inside = [path for path in opened.paths if path.startswith(str(folder))]
        print(f"{walked} files in {arguments.count // arguments.per_folder} folders, all in the intake table; "
              f"a rescan took up {len(missed) + len(intake.settling)} and opened {len(inside)} of them; "
              f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")

        def old_walk() -> None:
            for path in discover([folder], data_dir=data):
                os.stat(path)

        rows = [
            ("Intake.rescan() (scandir + stat, intake table)", lambda: intake.rescan()),
            ("discover + stat (the start scan before)", old_walk),
            ("find -type f", lambda: subprocess.run(["find", str(folder), "-type", "f"], check=True,
                                                    stdout=subprocess.DEVNULL)),
            ("find -type f -printf '%s %T@' (stats too)",
             lambda: subprocess.run(["find", str(folder), "-type", "f", "-printf", "%s %T@\n"], check=True,
                                    stdout=subprocess.DEVNULL)),
        ]
        for name, run in rows:
            median, fastest = timed(run, arguments.repeat)
            print(f"{name:50} median {median * 1000:7.1f} ms  fastest {fastest * 1000:7.1f} ms  "
                  f"({walked / median / 1000:.0f}k files/s)")


if __name__ == "__main__":
    main()
