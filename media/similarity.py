"""Perceptual hashes: find a catalog original from a published rendition of it.

A story publishes a resized, recompressed, often slightly cropped copy of a picture. Its
bytes differ from the original's, but a hash of its coarse structure barely changes.

The hash is 192 bits: a 64-bit pHash (the signs of the 8×8 lowest DCT frequencies of a
32×32 grey rendition, against their median) followed by a 64-bit horizontal and a 64-bit
vertical dHash (brightness gradients of 9×8 and 8×9 grey renditions). The distance counts
differing pHash bits twice and dHash bits once (0…256).

Measured with ``python -m scripts.bench.bench_similarity`` on the 45 distinct, non-blank
pictures of the shared corpus (Pillow 13). Distance from the original's hash to the copy's:

======================================  ======  ===  ===
copy of the same picture                median  p95  max
======================================  ======  ===  ===
resized to a 1200 px long side          3       9    21
JPEG quality 70                         1       6    8
cropped 3 % on every edge               24      38   53
cropped 3 % off the top-left corner     24      38   92 (2 synthetic patterns over 64)
published: crop 3 %, 1200 px, q=70      24      36   47
cropped 5 % on every edge               39      58   66 (1 over 64)
======================================  ======  ===  ===

Different pictures (990 pairs): min 75, 1st percentile 96, median 125.

Each hash alone separated worse (first measurement, same pictures): pHash alone gave
published ≤ 16 vs different ≥ 20 (of 64); the two dHashes alone ≤ 26 vs ≥ 30 (of 128).
Weighted together the gap is 47 → 75, and ``SIMILAR_DISTANCE`` = 64 sits in it, leaning
towards the crops. The one-corner outliers are symmetric test patterns (a blue square, a
starburst), which a 3 % shift changes a lot; photos stayed ≤ 41. Hashing costs about
4 ms for a 400 px thumbnail, 9 ms for a 1600 px preview, 22 ms for a decoded
12-megapixel original.

A picture with almost no detail (a flat colour, a gradient, a blank placeholder) hashes to
nearly the same bits as every other such picture: a flat red picture is within
``SIMILAR_DISTANCE`` of 53 of the 171 decodable pictures of the shared corpus, so its hash is
no evidence. ``picture_detail`` is the mean absolute Laplacian of the 32×32 grey rendition the
pHash reads (0 for a flat colour or a linear gradient, whatever its contrast). Over those 171
pictures (a few kept in ``tests/media/test_similarity.py``): 62 measure under 5 — 54 blank
test files at 0.1 or less, then a nearly blank JPEG 0.9, a radial gradient 1.4, one grey
placeholder icon in three files 1.6, a black frame 2.5, white with a line of small text 4.5,
a tiny blue tag 4.8 — and the other 109, the real photos, 11.0 or more (median 42). Generated: a flat colour with one box drawn on it 8.9,
a radial gradient 1.9, a soft vertical gradient 1.2, a flat colour with noise 1.2.
``MIN_DETAIL`` = 6 sits in that gap.
"""

from __future__ import annotations

import math
from statistics import median

from PIL import Image, ImageOps

HASH_BITS = 192
SIMILAR_DISTANCE = 64  # at most this: the same picture (see the measurements above)
CERTAIN_DISTANCE = 48  # at most this: the same picture beyond doubt (a link without other evidence)
MIN_DETAIL = 6.0  # below this a picture's hash is no evidence (see the measurements above)

_DCT_SIZE = 32
_DCT_KEPT = 8
_WORKING_SIZE = 128  # px: shrink once to this box, then make the tiny renditions from it
_COSINES = [
    [math.cos((2 * x + 1) * u * math.pi / (2 * _DCT_SIZE)) for x in range(_DCT_SIZE)]
    for u in range(_DCT_KEPT)
]


def image_hash(image: Image.Image) -> int:
    """The 192-bit perceptual hash of a picture as displayed (its EXIF orientation applied).

    Pass a preview or a ``draft``-decoded image rather than a full-size original: the hash
    looks at 32×32 pixels, and decoding is the only real cost. The image is not modified.
    """
    grey = _small_grey(image)
    return (_phash(grey) << 128) | (_dhash(grey, horizontal=True) << 64) | _dhash(grey, horizontal=False)


def picture_detail(image: Image.Image) -> float:
    """How much detail the hash can see: the mean absolute Laplacian of the 32×32 grey rendition (0…1020)."""
    size = _DCT_SIZE
    pixels = list(_small_grey(image).resize((size, size), Image.Resampling.LANCZOS).tobytes())
    total = 0
    for y in range(1, size - 1):
        for x in range(1, size - 1):
            at = y * size + x
            total += abs(4 * pixels[at] - pixels[at - 1] - pixels[at + 1] - pixels[at - size] - pixels[at + size])
    return total / (size - 2) ** 2


def has_enough_detail(image: Image.Image) -> bool:
    """True when the picture has detail enough for its perceptual hash to tell it from others."""
    return picture_detail(image) >= MIN_DETAIL


def hash_distance(a: int, b: int) -> int:
    """How different two pictures look: 0 the same, at most ``SIMILAR_DISTANCE`` a copy, up to 256."""
    difference = a ^ b
    phash_bits = (difference >> 128).bit_count()
    dhash_bits = (difference & ((1 << 128) - 1)).bit_count()
    return 2 * phash_bits + dhash_bits


def is_similar(a: int, b: int) -> bool:
    """True when two hashes are close enough to be the same picture (resized, recompressed, cropped)."""
    return hash_distance(a, b) <= SIMILAR_DISTANCE


def format_hash(value: int) -> str:
    """The hash as 48 hex digits, for storage (SQLite integers hold only 64 bits)."""
    return f"{value:048x}"


def parse_hash(text: str) -> int:
    """A hash stored by ``format_hash``."""
    return int(text, 16)


def _small_grey(image: Image.Image) -> Image.Image:
    """A grey, upright copy no larger than the working box; transparency shows as white."""
    source = image
    if source.mode in ("1", "P"):  # Pillow resizes these without smoothing
        source = source.convert("RGBA" if "transparency" in source.info else "RGB")
    width, height = source.size
    scale = min(1.0, _WORKING_SIZE / max(width, height, 1))
    small = source.resize(
        (max(1, round(width * scale)), max(1, round(height * scale))),
        Image.Resampling.BOX,
        reducing_gap=2.0,
    )
    if small.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        white = Image.new("RGBA", small.size, (255, 255, 255, 255))
        small = Image.alpha_composite(white, small.convert("RGBA"))
    # The EXIF block travels with resize and convert, so the small copy is turned upright.
    return ImageOps.exif_transpose(small.convert("L"))


def _phash(grey: Image.Image) -> int:
    pixels = list(grey.resize((_DCT_SIZE, _DCT_SIZE), Image.Resampling.LANCZOS).tobytes())
    # A separable 2-D DCT-II, keeping only the lowest 8×8 frequencies.
    rows = [pixels[y * _DCT_SIZE : (y + 1) * _DCT_SIZE] for y in range(_DCT_SIZE)]
    row_frequencies = [[sum(c * p for c, p in zip(cosines, row)) for cosines in _COSINES] for row in rows]
    coefficients = [
        sum(_COSINES[v][y] * row_frequencies[y][u] for y in range(_DCT_SIZE))
        for v in range(_DCT_KEPT)
        for u in range(_DCT_KEPT)
    ]
    # The DC term is the mean brightness: it carries no structure and is left out of the median.
    middle = median(coefficients[1:])
    return _bits(value > middle for value in coefficients)


def _dhash(grey: Image.Image, *, horizontal: bool) -> int:
    width, height = (9, 8) if horizontal else (8, 9)
    pixels = list(grey.resize((width, height), Image.Resampling.LANCZOS).tobytes())
    if horizontal:
        pairs = ((pixels[y * 9 + x], pixels[y * 9 + x + 1]) for y in range(8) for x in range(8))
    else:
        pairs = ((pixels[y * 8 + x], pixels[(y + 1) * 8 + x]) for y in range(8) for x in range(8))
    return _bits(first < second for first, second in pairs)


def _bits(flags) -> int:
    value = 0
    for flag in flags:
        value = (value << 1) | bool(flag)
    return value
