"""Start-up benchmark: how long a command takes before it does any real work.

A desk runs ``photodesk`` many times a day for one file or one question, so the cost of
starting Python and importing what a command needs is paid each time. This prints, from one
run, the wall time of

- ``python -c pass``, the interpreter alone (the floor no command can go under);
- ``exiftool -ver``, the reference: a Perl tool the desk already uses, started the same way;
- ``photodesk --help``;
- ``photodesk import`` of one sample photo into a new data directory (catalog, index and
  media store made, one worker started, the picture read, copied, resized, recorded, indexed);
- ``photodesk import`` of the same photo again (nothing to do: it is unchanged);

as min / p50 / max over ``--repeat`` runs, and, with ``--imports``, the ten slowest imports
of each photodesk command as ``python -X importtime`` reports them (cumulative µs).

    python -m scripts.bench.startup [--repeat 11] [--imports]

Targets on the 2-core machine (issue 13): ``--help`` < 0.25 s, one-file import < 0.8 s.
The minimum is the figure least touched by other work on the machine; p50 and max say how
much that work costs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from media import samples_dir

PHOTODESK = [sys.executable, "-m", "scripts.cli"]


def timed(argv: list[str], env: dict[str, str], before=None) -> float:
    """Wall seconds of one run of ``argv``; ``before`` runs first, untimed."""
    if before:
        before()
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def slowest_imports(argv: list[str], env: dict[str, str], before=None, top: int = 10) -> list[tuple[int, str]]:
    """The ``top`` top-level imports with the largest cumulative time, from ``-X importtime``."""
    if before:
        before()
    done = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], env=env, check=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in done.stderr.splitlines():  # "import time: <self> | <cumulative> | <indented name>"
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        if not parts[2].startswith("  "):  # one space: imported by the command itself, not by a module
            rows.append((int(parts[1]), parts[2].strip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=11, help="runs of each command (default 11)")
    parser.add_argument("--imports", action="store_true", help="also list the slowest imports")
    args = parser.parse_args(argv)

    checkout = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(checkout), NO_COLOR="1")
    # An installed wheel has its bytecode compiled; a checkout writes it on the first run. A
    # shell that forbids writing it would time the compiler (≈0.1 s a run), not Photodesk.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    work = Path(tempfile.mkdtemp(prefix="photodesk-startup-"))
    try:
        photos = work / "in"
        photos.mkdir()
        sample = min(samples_dir().glob("*.jpg"))
        shutil.copy2(sample, photos / sample.name)
        data = work / "data"

        def fresh():
            shutil.rmtree(data, ignore_errors=True)

        import_one = [*PHOTODESK, "import", "--data", str(data), str(photos)]
        commands = [
            ("python -c pass", [sys.executable, "-c", "pass"], None),
            ("exiftool -ver (reference)", ["exiftool", "-ver"], None) if shutil.which("exiftool") else None,
            ("photodesk --help", [*PHOTODESK, "--help"], None),
            ("photodesk import, one file, new data dir", import_one, fresh),
            ("photodesk import, same file again", import_one, None),
        ]
        print(f"start-up, {args.repeat} runs each, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        print(f"{'command':<44} {'min':>8} {'p50':>8} {'max':>8}")
        for entry in filter(None, commands):
            label, command, before = entry
            if before is None and command is import_one:
                fresh()
                timed(command, env)  # the file is in the catalog before the "again" runs
            timed(command, env, before)  # warm: bytecode written, files in the page cache
            runs = [timed(command, env, before) for _ in range(args.repeat)]
            print(f"{label:<44} {min(runs) * 1000:>6.0f}ms {statistics.median(runs) * 1000:>6.0f}ms"
                  f" {max(runs) * 1000:>6.0f}ms")
        if args.imports:
            for label, command, before in [("photodesk --help", [*PHOTODESK, "--help"], None),
                                           ("photodesk import, one file", import_one, fresh)]:
                print(f"\nslowest imports of {label} (cumulative, from -X importtime):")
                for micros, name in slowest_imports(command, env, before):
                    print(f"  {micros / 1000:>7.1f} ms  {name}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
