"""Measure perceptual-hash distances on the shared corpus: published copies vs different pictures.

Run: ``python -m scripts.bench.bench_similarity [CORPUS_DIR]``. Prints, for each way a story
can alter a picture, the distance between the original's hash and the altered copy's, and
the distances between different pictures; ``media/similarity.py`` documents the result.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

from PIL import Image, ImageOps, ImageStat, UnidentifiedImageError

from media.derivatives import make_derivatives
from media.picture_hashes import hash_picture_bytes, hash_thumbnail
from media.similarity import (
    CERTAIN_DISTANCE,
    SIMILAR_DISTANCE,
    has_enough_detail,
    hash_distance,
    image_hash,
    parse_hash,
)

_SMALLEST_SIDE = 150  # px: icons and test stubs are not photos
_FLATTEST = 20.0  # grey standard deviation: below it a picture is near-uniform (blank test files)
_SAME_PICTURE = 16.0  # mean grey difference (0-255) of 32×32 renditions below which two files show one scene


def load_pictures(corpus: Path) -> dict[str, Image.Image]:
    """Every distinct, decodable, non-flat picture of the corpus, upright, by relative path."""
    pictures: dict[str, Image.Image] = {}
    stamps: list[list[int]] = []
    for path in sorted(p for p in (corpus / "images").rglob("*") if p.is_file()):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with Image.open(path) as opened:
                    picture = ImageOps.exif_transpose(opened).convert("RGB")
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
            continue
        if (min(picture.size) < _SMALLEST_SIDE or ImageStat.Stat(picture.convert("L")).stddev[0] < _FLATTEST
                or not has_enough_detail(picture)):  # a plain picture's hash is never compared
            continue
        stamp = list(picture.convert("L").resize((32, 32), Image.Resampling.BOX).tobytes())
        if any(sum(abs(a - b) for a, b in zip(stamp, seen)) / len(stamp) < _SAME_PICTURE for seen in stamps):
            continue
        stamps.append(stamp)
        pictures[str(path.relative_to(corpus))] = picture
    return pictures


def jpeg(picture: Image.Image, quality: int) -> Image.Image:
    """The picture after a JPEG round trip at ``quality``."""
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer)


def resized(picture: Image.Image, longest: int) -> Image.Image:
    """The picture scaled so that its long side is ``longest`` px."""
    scale = longest / max(picture.size)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    return picture.resize(size, Image.Resampling.LANCZOS)


def cropped(picture: Image.Image, fraction: float, *, every_edge: bool = True) -> Image.Image:
    """The picture with ``fraction`` of its width and height cut off each edge (or top-left only)."""
    dx, dy = round(picture.width * fraction), round(picture.height * fraction)
    right, bottom = (picture.width - dx, picture.height - dy) if every_edge else picture.size
    return picture.crop((dx, dy, right, bottom))


def published(picture: Image.Image) -> Image.Image:
    """A story's copy: cropped 3 % on every edge, 1200 px long side, JPEG quality 70."""
    return jpeg(resized(cropped(picture, 0.03), 1200), 70)


ALTERATIONS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "resized to 1200 px": lambda p: resized(p, 1200),
    "JPEG quality 70": lambda p: jpeg(p, 70),
    "cropped 3 % on every edge": lambda p: cropped(p, 0.03),
    "cropped 3 % off one corner": lambda p: cropped(p, 0.03, every_edge=False),
    "published (crop 3 %, 1200 px, q=70)": published,
    "cropped 5 % on every edge": lambda p: cropped(p, 0.05),
}


def measure_import_path(pictures: dict[str, Image.Image]) -> None:
    """Print distances as articles see them: the import thumbnail's hash vs a published copy's bytes.

    The catalog keeps the hash of the 400 px thumbnail made at import; a published image is
    hashed from its bytes behind the reader's guards. Prints the distance table for the same
    pictures, the different-picture distances, and the time each hash takes.
    """
    started = time.perf_counter()
    thumbs = {name: parse_hash(hash_thumbnail(make_derivatives(_jpeg_copy(p, 95)).images["thumb"]))
              for name, p in pictures.items()}
    per_thumb = (time.perf_counter() - started) / len(pictures)
    published_bytes = {name: _encoded(published(p), 70) for name, p in pictures.items()}
    started = time.perf_counter()
    copies = {name: hash_picture_bytes(data, name=name) for name, data in published_bytes.items()}
    per_copy = (time.perf_counter() - started) / len(pictures)
    same = sorted(hash_distance(thumbs[n], copies[n]) for n in pictures)
    names = list(pictures)
    different = sorted(hash_distance(thumbs[a], copies[b]) for a in names for b in names if a != b)
    print(
        f"  import thumbnail vs published bytes: median {statistics.median(same):5.1f}  "
        f"p95 {same[int(0.95 * (len(same) - 1))]:3d}  max {same[-1]:3d}  "
        f"over CERTAIN_DISTANCE {sum(d > CERTAIN_DISTANCE for d in same)}, "
        f"over SIMILAR_DISTANCE {sum(d > SIMILAR_DISTANCE for d in same)}"
    )
    print(
        f"  different pictures, thumbnail vs published ({len(different)} pairs): min {different[0]}, "
        f"1st percentile {different[len(different) // 100]}, within SIMILAR_DISTANCE "
        f"{sum(d <= SIMILAR_DISTANCE for d in different)}"
    )
    print(f"  hashing: {1000 * per_thumb:.1f} ms per import (derivatives included), "
          f"{1000 * per_copy:.1f} ms per published image (guard, decode, hash)")


def _encoded(picture: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _jpeg_copy(picture: Image.Image, quality: int) -> Image.Image:
    return Image.open(io.BytesIO(_encoded(picture, quality)))


def main(argv: list[str]) -> int:
    """Print the distance table for the corpus given (or the shared corpus)."""
    shared = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    corpus = Path(argv[0]) if argv else Path(os.environ.get("PHOTODESK_CORPUS") or shared)
    pictures = load_pictures(corpus)
    hashes = {name: image_hash(picture) for name, picture in pictures.items()}
    print(f"{len(pictures)} distinct pictures from {corpus}; SIMILAR_DISTANCE = {SIMILAR_DISTANCE}")
    for label, alter in ALTERATIONS.items():
        by_name = {n: hash_distance(hashes[n], image_hash(alter(p))) for n, p in pictures.items()}
        distances = sorted(by_name.values())
        missed = sorted(n for n, d in by_name.items() if d > SIMILAR_DISTANCE)
        print(
            f"  {label:38s} median {statistics.median(distances):5.1f}  "
            f"p95 {distances[int(0.95 * (len(distances) - 1))]:3d}  max {distances[-1]:3d}  "
            f"missed {len(missed)} {' '.join(missed)}"
        )
    measure_import_path(pictures)
    names = list(hashes)
    different = sorted(
        hash_distance(hashes[a], hashes[b]) for i, a in enumerate(names) for b in names[i + 1 :]
    )
    print(
        f"  different pictures ({len(different)} pairs): min {different[0]}, "
        f"1st percentile {different[len(different) // 100]}, median {statistics.median(different)}, "
        f"falsely similar {sum(d <= SIMILAR_DISTANCE for d in different)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
