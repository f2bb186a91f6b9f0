"""Zip download benchmark: a lightbox of 200 × 4 MB originals downloaded from the real server.

Makes ``--count`` JPEG originals of ``--size-mb`` MB each (one noisy picture, each copy with
its own comment so each is a picture of its own), imports them with ``--link`` (left in
place), puts them all in one lightbox, starts ``photodesk serve`` (waitress, one process)
and downloads ``/lightboxes/<id>/download.zip?size=original`` over HTTP, reading and
discarding it as a browser saving it would. Each original leaves with its caption and
credit embedded (``media.archive``). It measures:

- the download's MB/s, against reading the same files in this process with 1 MB reads
  (what ``cat`` does), both with the files in the page cache (each read once before);
- the same zip written in this process without HTTP (``media.archive``: reading, embedding,
  CRC-32, zip framing), to tell the zip's own cost from the server's;
- the server's resident memory (VmRSS of its processes, sampled every 20 ms) before the
  download (after a warm-up zip of two pictures) and at its peak during it: the growth.

The zip is checked: its size is the originals' plus what embedding and the zip add, and
its entries are the 200 pictures.

    python -m scripts.bench.zip [--count 200] [--size-mb 4] [--repeat 3]

Target (issue 18): a zip of 200 × 4 MB originals downloads at disk speed, the server's
memory growing by less than 50 MB.
"""

from __future__ import annotations

import argparse
import http.client
import io
import os
import random
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image

from catalog.settings import Settings
from scripts.bench.web import start_server

CHUNK = 1024 * 1024


def make_originals(folder: Path, count: int, size_mb: float) -> list[Path]:
    """``count`` JPEGs of about ``size_mb`` MB: one noisy picture, each copy with its own comment segment."""
    from media.embed import EmbeddedMetadata, save_jpeg

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(18)
    side = 1200
    while True:  # noise compresses badly: grow the picture until the JPEG reaches the size wanted
        picture = Image.frombytes("RGB", (side, side * 3 // 4), rng.randbytes(side * (side * 3 // 4) * 3))
        buffer = io.BytesIO()
        save_jpeg(picture, buffer, EmbeddedMetadata(caption="Bench picture. (AP Photo/Bench Photographer)",
                                                     credit="AP"), quality=92)
        if buffer.tell() >= size_mb * 1024 * 1024 * 0.97:
            break
        side = int(side * 1.12)
    data = buffer.getvalue()
    paths = []
    for number in range(count):
        comment = f"bench original {number}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        path = folder / f"bench-{number:04d}.jpg"
        path.write_bytes(data[:2] + segment + data[2:])
        paths.append(path)
    return paths


def read_like_cat(paths: list[Path]) -> tuple[int, float]:
    """Read every file in 1 MB chunks, as ``cat`` does; (bytes, seconds)."""
    started, total = time.perf_counter(), 0
    for path in paths:
        with open(path, "rb") as source:
            while chunk := source.read(CHUNK):
                total += len(chunk)
    return total, time.perf_counter() - started


def process_rss(pid: int) -> int:
    """Resident memory of a process and its children, in bytes (``VmRSS`` in /proc)."""
    total = 0
    for one in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(text) for text in (task / "children").read_text().split()]
        except OSError:
            pass
    return found + [grandchild for child in found for grandchild in _children(child)]


def download(port: int, path: str) -> tuple[int, float, bytes]:
    """GET ``path``, reading the body in 1 MB reads; (bytes, seconds, the last 64 KB: the zip's directory)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    started = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status}: {response.read()[:300]!r}")
    total, tail = 0, b""
    while chunk := response.read(CHUNK):
        total += len(chunk)
        tail = (tail + chunk)[-65536:]
    seconds = time.perf_counter() - started
    connection.close()
    return total, seconds, tail


def in_process_rate(settings: Settings, ids: list[str]) -> float:
    """MB/s of writing the lightbox's zip in this process, discarding it (no server, no HTTP)."""
    from catalog.desk import Desk
    from media.archive import picture_archive, sized, zip_stream

    with Desk.open(settings) as desk:
        assets = desk.catalog.get_many(ids)
        archive = picture_archive([assets[asset_id] for asset_id in ids], desk.media, size="original")
        started, total = time.perf_counter(), 0
        for chunk in zip_stream(sized(archive.entries) or archive.entries):  # sized as the server does
            total += len(chunk)
    return total / (time.perf_counter() - started) / 1e6


def sample_peak(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Keep the highest resident memory seen until ``stop`` is set."""
    while not stop.is_set():
        peak[0] = max(peak[0], process_rss(pid))
        stop.wait(0.02)


def bench_zip(count: int = 200, size_mb: float = 4.0, repeat: int = 3) -> dict[str, float | int]:
    """Build the lightbox, serve it and download its zip ``repeat`` times; the figures."""
    from catalog.desk import Desk

    with tempfile.TemporaryDirectory(prefix="photodesk-zip-bench-") as folder:
        root = Path(folder)
        paths = make_originals(root / "originals", count, size_mb)
        settings = Settings(data_dir=root / "data")
        with Desk.open(settings) as desk:
            outcomes = list(desk.import_files(paths, link=True))
            ids = [outcome.asset_id for outcome in outcomes if outcome.asset_id]
            if len(ids) != count:
                raise SystemExit(f"{len(ids)} of {count} imported: {[o.reason for o in outcomes if o.reason][:3]}")
            box = desk.create_lightbox("Zip bench")
            desk.change_lightbox(box.id, add=ids)
            warm = desk.create_lightbox("Zip bench warm-up")
            desk.change_lightbox(warm.id, add=ids[:2])
        originals = sum(path.stat().st_size for path in paths)
        local_rates = [in_process_rate(settings, ids) for _ in range(repeat)]
        process, port = start_server(settings, threads=4, processes=1)
        try:
            download(port, f"/lightboxes/{warm.id}/download.zip?size=original")
            cat_rates, zip_rates, growths = [], [], []
            for _ in range(repeat):
                total, seconds = read_like_cat(paths)
                cat_rates.append(total / seconds / 1e6)
                before = process_rss(process.pid)
                stop, peak = threading.Event(), [before]
                sampler = threading.Thread(target=sample_peak, args=(process.pid, stop, peak), daemon=True)
                sampler.start()
                size, seconds, tail = download(port, f"/lightboxes/{box.id}/download.zip?size=original")
                stop.set()
                sampler.join()
                zip_rates.append(size / seconds / 1e6)
                growths.append((peak[0] - before) / 1e6)
                if not originals < size < originals + count * 70_000:
                    raise SystemExit(f"the zip is {size:,} bytes for {originals:,} bytes of originals")
                if tail.count(b"PK\x01\x02") < min(count, 100):  # the central directory's last entries
                    raise SystemExit("the zip's directory does not list the pictures")
            rss_after = process_rss(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)
    return {"count": count, "originals_mb": round(originals / 1e6, 1), "zip_mb": round(size / 1e6, 1),
            "cat_mb_s": round(max(cat_rates), 1), "in_process_mb_s": round(max(local_rates), 1), "zip_mb_s": round(max(zip_rates), 1),
            "zip_mb_s_all": [round(rate, 1) for rate in zip_rates], "cat_mb_s_all": [round(rate, 1) for rate in cat_rates],
            "rss_growth_mb": round(max(growths), 1), "rss_growth_mb_all": [round(g, 1) for g in growths],
            "server_rss_mb": round(rss_after / 1e6, 1)}


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="originals in the lightbox")
    parser.add_argument("--size-mb", type=float, default=4.0, help="size of each original, MB")
    parser.add_argument("--repeat", type=int, default=3, help="downloads (the best rate and the largest growth count)")
    options = parser.parse_args()
    figures = bench_zip(options.count, options.size_mb, options.repeat)
    print(f"{figures['count']} originals, {figures['originals_mb']} MB; zip {figures['zip_mb']} MB")
    print(f"zip download {figures['zip_mb_s']} MB/s (runs {figures['zip_mb_s_all']}); "
          f"cat-like read in this process {figures['cat_mb_s']} MB/s (runs {figures['cat_mb_s_all']}); "
          f"the zip written in this process, no HTTP: {figures['in_process_mb_s']} MB/s")
    print(f"server memory growth at peak {figures['rss_growth_mb']} MB (runs {figures['rss_growth_mb_all']}); "
          f"server RSS after {figures['server_rss_mb']} MB; cpus {os.cpu_count()}")


if __name__ == "__main__":
    main()
