"""Ingest benchmark: Photodesk against exiftool and vipsthumbnail on the same generated news JPEGs.

Generates N deterministic 4000×3000 JPEGs (≈4 MB each at quality 90) with photographic
texture — multi-scale smooth luminance, a sky, textured shapes with hard and soft edges,
sensor grain — and wire-style IPTC-IIM, XMP and EXIF (with a thumbnail) written by exiftool,
into a cache directory (made once). Then prints, side by side, from one run:

- metadata reading, files/s: Photodesk (``read_image`` + ``reconcile``) and ``exiftool -json -fast``;
- full import (fingerprint, read, reconcile, copy, preview and thumbnail, record, index),
  files/s and peak memory per worker, at ``--jobs 1`` and ``--jobs 2``;
- ``vipsthumbnail -s 1600`` files/s, the native reference.

    python -m scripts.bench.ingest [--count 200] [--size 4000x3000] [--cache DIR] [--repeat N]

Targets on a 2-core machine: metadata ≥ 5× exiftool; import at --jobs 2 ≥ 1.5×
vipsthumbnail; peak memory per worker < 150 MB.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import multiprocessing
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

import PIL
from PIL import Image, ImageChops, ImageDraw, ImageFilter

T = TypeVar("T")
RECIPE_VERSION = 1  # bump when the pictures or their metadata change (new cache folder)
JPEG_QUALITY = 90

AGENCIES = (
    ("AP", "AP", "AP Photo/{name}"),
    ("Reuters", "Reuters", "REUTERS/{name}"),
    ("AFP via Getty Images", "AFP", "{name}/AFP via Getty Images"),
    ("Getty Images", "Getty Images", "{name}/Getty Images"),
    ("EPA", "EPA-EFE", "EPA-EFE/{name}"),
)
PHOTOGRAPHERS = ("Felipe Dana", "Lucía Fernández", "Jürgen Weiß", "Marta Kowalczyk", "Ahmed Saad",
                 "Chloé Lefèvre", "Sipho Nkosi", "Yuki Tanaka", "Olga Ivanova", "Daniel O'Connor")
PLACES = (("Mosul", "Iraq", "IRQ", 36.34, 43.13), ("Zürich", "Switzerland", "CHE", 47.37, 8.54),
          ("São Paulo", "Brazil", "BRA", -23.55, -46.63), ("Kraków", "Poland", "POL", 50.06, 19.94),
          ("Málaga", "Spain", "ESP", 36.72, -4.42), ("Nairobi", "Kenya", "KEN", -1.29, 36.82),
          ("Osaka", "Japan", "JPN", 34.69, 135.50), ("Québec", "Canada", "CAN", 46.81, -71.21))
SUBJECTS = ("Residents clear debris after overnight flooding", "Supporters cheer as results come in",
            "Firefighters battle a blaze at a warehouse", "Commuters wait on a crowded platform",
            "Players celebrate a late goal", "Protesters march toward parliament",
            "Rescue workers search the rubble of a collapsed building", "Farmers inspect a damaged harvest")
KEYWORDS = ("news", "politics", "weather", "sport", "disaster", "protest", "economy", "transport",
            "election", "rescue", "flood", "fire", "football", "agriculture")


# -- the corpus ----------------------------------------------------------------------------------


def _noise(rng: random.Random, mode: str, size: tuple[int, int], cells_wide: int) -> Image.Image:
    width, height = size
    cells_high = max(2, round(cells_wide * height / width))
    small = Image.frombytes(mode, (cells_wide, cells_high), rng.randbytes(cells_wide * cells_high * len(mode)))
    return small.resize(size, Image.Resampling.BICUBIC)


def draw_picture(seed: int, size: tuple[int, int]) -> Image.Image:
    """One deterministic picture with photographic statistics (not flat noise)."""
    rng = random.Random(seed)
    width, height = size
    # Luminance over five octaves, roughly 1/f like natural scenes.
    detail = _noise(rng, "L", size, 8)
    for cells, weight in ((40, 0.5), (200, 0.4), (900, 0.35), (2000, 0.3)):
        detail = Image.blend(detail, _noise(rng, "L", size, cells), weight)
    tint = _noise(rng, "RGB", size, 5).point(lambda v: 110 + v // 2)
    ground = ImageChops.multiply(Image.merge("RGB", [detail] * 3), tint)
    horizon = rng.randrange(height // 4, height // 2)
    top = tuple(rng.randrange(60, 140) for _ in range(3))
    bottom = tuple(min(255, c + 90) for c in top)
    ramp = Image.linear_gradient("L").resize((width, horizon))
    sky = Image.composite(Image.new("RGB", (width, horizon), bottom), Image.new("RGB", (width, horizon), top), ramp)
    canvas = ground.copy()
    canvas.paste(Image.blend(sky, ground.crop((0, 0, width, horizon)), 0.15), (0, 0))
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for _ in range(rng.randrange(12, 25)):  # buildings and figures: edges a decoder must keep
        x, y = rng.randrange(width), rng.randrange(horizon // 2, height)
        w, h = rng.randrange(80, 700), rng.randrange(150, 1600)
        (draw.rectangle if rng.random() < 0.6 else draw.ellipse)((x, y - h, x + w, y), fill=255)
    shapes = ImageChops.multiply(
        Image.merge("RGB", [detail.transpose(Image.Transpose.ROTATE_180)] * 3), _noise(rng, "RGB", size, 9)
    )
    canvas.paste(shapes, (0, 0), mask.filter(ImageFilter.BoxBlur(2)))
    return Image.blend(canvas, Image.effect_noise(size, 40).convert("RGB"), 0.12)


def exiftool_arguments(index: int, path: Path, thumbnail: Path) -> list[str]:
    """The wire-style metadata of picture ``index``, as exiftool arguments."""
    rng = random.Random(10_000 + index)
    credit, source, line = rng.choice(AGENCIES)
    name = rng.choice(PHOTOGRAPHERS)
    city, country, code, lat, lon = rng.choice(PLACES)
    subject = rng.choice(SUBJECTS)
    day = f"2026:{rng.randrange(1, 13):02d}:{rng.randrange(1, 29):02d}"
    clock = f"{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    caption = f"{subject} in {city}, {country}, on {day.replace(':', '-')}. ({line.format(name=name)})"
    keywords = rng.sample(KEYWORDS, rng.randrange(3, 7)) + [city, country]
    orientation = rng.choice((1, 1, 1, 1, 1, 1, 6, 8))  # some portraits shot with the camera turned
    job = f"XNW{index:05d}"
    args = [
        "-q", "-q", "-overwrite_original", "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8",
        f"-IPTC:Caption-Abstract={caption}", f"-XMP-dc:Description={caption}",
        f"-IPTC:Headline={subject}", f"-XMP-photoshop:Headline={subject}",
        f"-IPTC:By-line={name}", f"-XMP-dc:Creator={name}",
        f"-IPTC:Credit={credit}", f"-XMP-photoshop:Credit={credit}",
        f"-IPTC:Source={source}", f"-XMP-photoshop:Source={source}",
        f"-IPTC:CopyrightNotice=© 2026 {source}", f"-XMP-dc:Rights=© 2026 {source}",
        "-XMP-xmpRights:UsageTerms=Editorial use only. No sales.",
        "-IPTC:SpecialInstructions=EDITORIAL USE ONLY. MANDATORY CREDIT.",
        "-XMP-photoshop:Instructions=EDITORIAL USE ONLY. MANDATORY CREDIT.",
        f"-IPTC:City={city}", f"-XMP-photoshop:City={city}",
        f"-IPTC:Country-PrimaryLocationName={country}", f"-XMP-photoshop:Country={country}",
        f"-IPTC:Country-PrimaryLocationCode={code}", f"-XMP-iptcCore:CountryCode={code}",
        f"-IPTC:DateCreated={day}", f"-IPTC:TimeCreated={clock}+00:00",
        f"-XMP-photoshop:DateCreated={day} {clock}+00:00",
        f"-IPTC:OriginalTransmissionReference={job}", f"-XMP-photoshop:TransmissionReference={job}",
        *(f"-IPTC:Keywords={k}" for k in keywords), *(f"-XMP-dc:Subject={k}" for k in keywords),
        "-EXIF:Make=Canon", "-EXIF:Model=Canon EOS R5", f"-EXIF:DateTimeOriginal={day} {clock}",
        f"-EXIF:Artist={name}", f"-EXIF:Copyright=© 2026 {source}", f"-EXIF:Orientation#={orientation}",
        f"-EXIF:GPSLatitude={abs(lat)}", f"-EXIF:GPSLatitudeRef={'N' if lat >= 0 else 'S'}",
        f"-EXIF:GPSLongitude={abs(lon)}", f"-EXIF:GPSLongitudeRef={'E' if lon >= 0 else 'W'}",
        f"-ThumbnailImage<={thumbnail}",
        str(path),
    ]
    return args


def _draw_one(job: tuple[int, str, tuple[int, int]]) -> None:
    index, target, size = job
    picture = draw_picture(index, size)
    picture.save(target, "JPEG", quality=JPEG_QUALITY)
    picture.thumbnail((160, 160))
    picture.save(target + ".thumb", "JPEG", quality=75)


def ensure_corpus(count: int, size: tuple[int, int], cache: Path) -> list[Path]:
    """The benchmark's files, generated into ``cache`` the first time (deterministic)."""
    folder = cache / f"news-v{RECIPE_VERSION}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"news-{index:04d}.jpg" for index in range(count)]
    missing = [index for index, path in enumerate(paths) if not path.exists()]
    if missing:
        print(f"generating {len(missing)} pictures into {folder} (once)…", file=sys.stderr)
        jobs = [(index, str(paths[index]) + ".partial", size) for index in missing]
        with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 1) as pool:
            pool.map(_draw_one, jobs, chunksize=1)
        argfile = folder / "exiftool.args"
        lines: list[str] = []
        for index in missing:
            partial = Path(str(paths[index]) + ".partial")
            lines += exiftool_arguments(index, partial, Path(str(partial) + ".thumb")) + ["-execute"]
        argfile.write_text("\n".join(lines) + "\n", encoding="utf-8")
        subprocess.run(["exiftool", "-q", "-q", "-@", str(argfile)], check=True)
        for index in missing:
            partial = Path(str(paths[index]) + ".partial")
            Path(str(partial) + ".thumb").unlink()
            partial.rename(paths[index])
        argfile.unlink()
    return paths


# -- the measurements ---------------------------------------------------------------------------


def _warm(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        total += len(path.read_bytes())
    return total


@dataclass(frozen=True)
class Figure:
    """One measurement: wall-clock throughput, and CPU time per file (robust to a busy machine)."""

    files_per_second: float
    cpu_ms_per_file: float

    def __str__(self) -> str:
        return f"{self.files_per_second:7.1f} files/s ({self.cpu_ms_per_file:5.1f} ms CPU/file)"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed_command(command: list[str], count: int) -> Figure:
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return Figure(count / seconds, (_children_cpu() - cpu) * 1000 / count)


def measure_photodesk_metadata(paths: list[Path]) -> Figure:
    """read_image + reconcile over every file, one process."""
    from catalog.reconcile import reconcile
    from media.reader import read_image

    cpu, started = time.process_time(), time.perf_counter()
    for path in paths:
        raw = read_image(path)
        reconcile(raw, sha256=hashlib.sha256(str(path).encode()).hexdigest(),
                  file_size=0, source_path=str(path), imported_at="2026-01-01T00:00:00+00:00")
    seconds = time.perf_counter() - started
    return Figure(len(paths) / seconds, (time.process_time() - cpu) * 1000 / len(paths))


def measure_exiftool(paths: list[Path]) -> Figure:
    """``exiftool -json -fast`` over every file, one process."""
    return _timed_command(["exiftool", "-json", "-fast", *map(str, paths)], len(paths))


def measure_vipsthumbnail(paths: list[Path]) -> Figure:
    """``vipsthumbnail -s 1600`` over every file, one process."""
    with tempfile.TemporaryDirectory() as out:
        return _timed_command(["vipsthumbnail", "-s", "1600", "-o", f"{out}/%s.jpg", *map(str, paths)], len(paths))


def measure_import(folder: Path, count: int, jobs: int) -> tuple[Figure, dict]:
    """A full import in a fresh process and data directory: throughput and peak memory."""
    cpu = _children_cpu()
    with tempfile.TemporaryDirectory() as data:
        done = subprocess.run(
            [sys.executable, "-m", "scripts.bench.ingest", "--import-once", str(folder), data, str(jobs), str(count)],
            check=True, capture_output=True, text=True,
        )
    result = json.loads(done.stdout)
    if result["imported"] != count:
        raise SystemExit(f"import bench: expected {count} imported, got {result}")
    return Figure(count / result["seconds"], (_children_cpu() - cpu) * 1000 / count), result


def import_once(folder: Path, data: Path, jobs: int, count: int) -> dict:
    """Import the first ``count`` pictures of ``folder`` into ``data``; figures as a dict."""
    from catalog.desk import Desk
    from catalog.ingest import Status
    from catalog.settings import Settings

    settings = Settings(data_dir=data)
    counts = {status: 0 for status in Status}
    started = time.perf_counter()
    with Desk.open(settings) as desk:
        pictures = sorted(folder.glob("news-*.jpg"))[:count]
        for outcome in desk.import_files(pictures, jobs=jobs):
            counts[outcome.status] += 1
    seconds = time.perf_counter() - started
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN holds the largest worker (all have exited).
    return {
        "seconds": seconds,
        "imported": counts[Status.IMPORTED],
        "failed": counts[Status.FAILED],
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "writer_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _fastest(times: int, measure: Callable[[], T]) -> T:
    """The fastest of ``times`` runs of one measurement."""
    runs = [measure() for _ in range(max(1, times))]
    return max(runs, key=lambda run: (run[0] if isinstance(run, tuple) else run).files_per_second)


def credits_line() -> str | None:
    """The credit-parsing benchmark's line, when that benchmark exists."""
    try:
        from scripts.bench.credits import bench_credits  # type: ignore[import-not-found]
    except ImportError:
        return None
    return str(bench_credits())


def main(argv: list[str] | None = None) -> None:
    """Generate the corpus (once) and print every figure side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="pictures (default 200)")
    parser.add_argument("--size", default="4000x3000", help="width x height (default 4000x3000)")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "photodesk-bench")
    parser.add_argument("--jobs", default="1,2", help="worker counts for the full import (default 1,2)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement N times and keep the fastest (a busy machine's noise)")
    parser.add_argument("--import-once", nargs=4, metavar=("FOLDER", "DATA", "JOBS", "COUNT"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.import_once:
        folder, data, jobs, count = options.import_once
        print(json.dumps(import_once(Path(folder), Path(data), int(jobs), int(count))))
        return

    size = tuple(int(side) for side in options.size.lower().split("x"))
    paths = ensure_corpus(options.count, size, options.cache)  # type: ignore[arg-type]
    total = _warm(paths)
    print(f"Photodesk ingest benchmark: {len(paths)} JPEGs {size[0]}×{size[1]}, "
          f"{total / len(paths) / 1e6:.1f} MB mean, in {paths[0].parent}")
    print(f"{os.cpu_count()} CPUs, Python {platform.python_version()}, Pillow {PIL.__version__}, "
          f"exiftool {subprocess.run(['exiftool', '-ver'], capture_output=True, text=True).stdout.strip()}, "
          f"{subprocess.run(['vipsthumbnail', '--vips-version'], capture_output=True, text=True).stdout.strip()}")
    best = functools.partial(_fastest, options.repeat)
    ours = best(lambda: measure_photodesk_metadata(paths))
    theirs = best(lambda: measure_exiftool(paths))
    print(f"metadata        Photodesk read+reconcile {ours} | exiftool -json -fast {theirs}"
          f" | {ours.files_per_second / theirs.files_per_second:.1f}× (target ≥ 5×)")
    vips = best(lambda: measure_vipsthumbnail(paths))
    for jobs in (int(j) for j in options.jobs.split(",")):
        figure, details = best(lambda: measure_import(paths[0].parent, len(paths), jobs))
        print(f"full import     --jobs {jobs} {figure} | {figure.files_per_second / vips.files_per_second:.2f}× vipsthumbnail"
              f" | peak memory per worker {details['worker_peak_mb']:.0f} MB (target < 150), writer {details['writer_peak_mb']:.0f} MB")
    print(f"reference       vipsthumbnail -s 1600 {vips} (target: import --jobs 2 ≥ 1.5× this)")
    line = credits_line()
    if line:
        print(line)


if __name__ == "__main__":
    main()
