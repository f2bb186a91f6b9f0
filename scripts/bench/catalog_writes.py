"""Catalog write benchmark: the import's record stage alone, on SQLite and on PostgreSQL.

Records N generated assets the way the import's writer does (batches of 64 in one transaction,
a savepoint per file, the lookup before each write), then reads them back by id, and prints
records/s for each catalog given. The media and index stages, which dominate a real import, are
left out, so the figure shows what the database itself costs.

    python -m scripts.bench.catalog_writes [--count 5000] [--postgres] [--repeat 3] [--import N]

``--postgres`` also measures a throwaway PostgreSQL server on this machine (Debian's ``postgresql``,
started as the tests do, over a Unix socket) with its default durability settings (fsync on), a new
database per run. ``--import N`` also times a whole import (``Desk.import_files``, 2 workers) of N
small generated photos (640×480: the catalog's share of an import is largest when the pictures are
small) into each catalog. ``--lag N`` (with ``--postgres``) imports N small photos through one data
directory while a second one follows the change feed (``catalog.replica.Follower``), and prints how
long each change took to reach the second host's index (p50, p95, worst).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import tempfile
import time
from pathlib import Path

from catalog.asset import Asset, asset_id
from catalog.store import CatalogStore

BATCH = 64  # catalog.ingest's default batch


def make_assets(count: int) -> list[Asset]:
    found = []
    for number in range(count):
        sha256 = hashlib.sha256(f"bench-{number}".encode()).hexdigest()
        found.append(Asset(
            id=asset_id(sha256), sha256=sha256, file_size=4_000_000 + number, filename=f"AP{number:08d}.jpg",
            source_path=f"/wire/2026/03/AP{number:08d}.jpg", format="JPEG", mime="image/jpeg", width=4000,
            height=3000, caption=f"Relatives mourn victim number {number} in Mosul. (AP Photo/Felipe Dana)",
            headline="Mosul", creators=("Felipe Dana",), credit="AP", keywords=("Iraq", "Mosul", "conflict"),
            city="Mosul", country="Iraq", date_created="2017-03-26T10:15:00+03:00",
            imported_at=f"2026-03-01T12:{number // 60 % 60:02d}:{number % 60:02d}+00:00"))
    return found


def record(location: str | Path, assets: list[Asset]) -> tuple[float, float, float]:
    """Seconds to record every asset as the import's writer does, to read each back by id, and this
    process's CPU seconds for the recording (steadier than the wall clock on a busy machine; on
    PostgreSQL the server's share is not in it)."""
    with CatalogStore(location) as store:
        started, cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(assets), BATCH):
            with store.transaction():
                for asset in assets[start:start + BATCH]:
                    with store.savepoint():
                        if store.renditions(asset.sha256) is None:
                            store.upsert(asset, renditions=("preview", "thumb"))
        written, cpu = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        for asset in assets:
            store.get(asset.id)
        read = time.perf_counter() - started
    return written, read, cpu


def import_rate(count: int, catalog_url: str | None) -> float:
    """Files/s of a whole import of ``count`` generated photos into a new data directory."""
    from catalog.desk import Desk
    from catalog.settings import Settings
    from tests.helpers.photo_files import write_photos

    folder = Path(tempfile.mkdtemp(prefix="photodesk-bench-"))
    try:
        write_photos(folder / "wire", count)
        with Desk.open(Settings(data_dir=folder / "data", catalog_url=catalog_url)) as desk:
            started = time.perf_counter()
            outcomes = list(desk.import_files([folder / "wire"], jobs=2))
            seconds = time.perf_counter() - started
        assert len(outcomes) == count
        return count / seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def replica_lags(count: int, catalog_url: str) -> list[float]:
    """Seconds from each change's commit being visible to its reaching a second host's index position."""
    import threading

    from catalog import replica
    from catalog.desk import Desk
    from catalog.settings import Settings
    from tests.helpers.photo_files import write_photos

    folder = Path(tempfile.mkdtemp(prefix="photodesk-bench-"))
    try:
        write_photos(folder / "wire", count)
        host_a = Settings(data_dir=folder / "a", catalog_url=catalog_url, media_root=folder / "media")
        host_b = Settings(data_dir=folder / "b", catalog_url=catalog_url, media_root=folder / "media")
        committed: dict[int, float] = {}
        applied: dict[int, float] = {}
        with Desk.open(host_a) as desk_a, Desk.open(host_b) as desk_b:
            follower = desk_b.follow_changes()
            done = threading.Event()

            def watch() -> None:  # samples both numbers every 50 ms
                seen_last = seen_applied = 0
                while not done.is_set() or seen_applied < seen_last:
                    now = time.perf_counter()
                    last, position = desk_a.catalog.last_change(), replica.read_position(host_b.data_dir) or 0
                    for seq in range(seen_last + 1, last + 1):
                        committed[seq] = now
                    for seq in range(seen_applied + 1, position + 1):
                        applied[seq] = now
                    seen_last, seen_applied = max(seen_last, last), max(seen_applied, position)
                    time.sleep(0.05)

            sampler = threading.Thread(target=watch)
            sampler.start()
            list(desk_a.import_files([folder / "wire"], jobs=2))
            done.set()
            sampler.join()
            assert follower is not None
            follower.stop()
        return [applied[seq] - committed[seq] for seq in committed if seq in applied]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per catalog; the fastest is shown")
    parser.add_argument("--postgres", action="store_true", help="also measure a throwaway PostgreSQL server")
    parser.add_argument("--lag", type=int, default=0, help="replica lag while importing this many photos (PostgreSQL)")
    parser.add_argument("--import", dest="import_count", type=int, default=0,
                        help="also time a whole import of this many small photos into each catalog")
    options = parser.parse_args(argv)
    assets = make_assets(options.count)
    server = None
    if options.postgres:
        from tests.helpers.postgres import start_server

        server = start_server(durable=True)
    try:
        results = {}
        for name in ("SQLite", "PostgreSQL") if server is not None else ("SQLite",):
            runs = []
            for _ in range(options.repeat):
                folder = Path(tempfile.mkdtemp(prefix="photodesk-bench-"))
                try:
                    if name == "SQLite":
                        location: str | Path = folder / "catalog.sqlite"
                    else:
                        location = server.new_database()
                    runs.append(record(location, assets))
                finally:
                    shutil.rmtree(folder, ignore_errors=True)
            written, read, cpu = min(runs)
            cpu = min(run[2] for run in runs)
            results[name] = options.count / written
            print(f"{name:<11} record {options.count / written:8.0f} assets/s ({cpu * 1e6 / options.count:5.0f} µs CPU "
                  f"each here)   read by id {options.count / min(run[1] for run in runs):8.0f}/s")
        if len(results) == 2:
            print(f"PostgreSQL / SQLite, records/s: {results['PostgreSQL'] / results['SQLite']:.2f}×")
        if options.import_count:
            rates = {name: import_rate(options.import_count, server.new_database() if name == "PostgreSQL" else None)
                     for name in results}
            for name, rate in rates.items():
                print(f"{name:<11} import {rate:8.1f} files/s ({options.import_count} photos of 640×480, 2 workers)")
            if len(rates) == 2:
                print(f"PostgreSQL / SQLite, import files/s: {rates['PostgreSQL'] / rates['SQLite']:.2f}×")
        if options.lag and server is not None:
            lags = sorted(replica_lags(options.lag, server.new_database()))
            print(f"replica lag over {len(lags)} changes while importing {options.lag} photos: "
                  f"p50 {lags[len(lags) // 2]:.2f} s, p95 {lags[int(len(lags) * 0.95)]:.2f} s, worst {lags[-1]:.2f} s")
    finally:
        if server is not None:
            server.stop("fast")
            shutil.rmtree(server.root, ignore_errors=True)


if __name__ == "__main__":
    main()
