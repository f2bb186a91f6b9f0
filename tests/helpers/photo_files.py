"""Real JPEG files for ingest tests: drawn with Pillow, metadata written by ``media.embed``."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from media.embed import EmbeddedMetadata, save_jpeg

EXIF_ORIENTATION = 0x0112


def write_photo(
    path: Path,
    *,
    seed: int = 0,
    size: tuple[int, int] = (800, 600),
    orientation: int | None = None,
    caption: str | None = None,
    credit: str = "AP",
    metadata: EmbeddedMetadata | None = None,
) -> Path:
    """A small news photo with caption and credit (or all of ``metadata``); ``seed`` makes the pixels (and sha256) differ."""
    rng = random.Random(seed)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(20, 200), y + rng.randrange(20, 200)), fill=colour)
    exif = None
    if orientation is not None:
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = orientation
    meta = metadata or EmbeddedMetadata(
        caption=caption or f"Photo number {seed} of the test batch. (AP Photo/Ana Núñez)",
        creators=("Ana Núñez",),
        credit=credit,
        keywords=("test", f"batch-{seed % 7}"),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    save_jpeg(image, str(path), meta, quality=80, exif=exif)
    return path


def write_photos(folder: Path, count: int, *, size: tuple[int, int] = (640, 480), start: int = 0) -> list[Path]:
    """``count`` different photos named ``photo-0000.jpg``… in ``folder``."""
    return [write_photo(folder / f"photo-{n:04d}.jpg", seed=n, size=size) for n in range(start, start + count)]


def published_copy(picture: Image.Image) -> bytes:
    """What a story prints: cropped 3 % on every edge, 1200 px on the long side, JPEG quality 70."""
    upright = ImageOps.exif_transpose(picture).convert("RGB")
    dx, dy = round(upright.width * 0.03), round(upright.height * 0.03)
    cropped = upright.crop((dx, dy, upright.width - dx, upright.height - dy))
    scale = 1200 / max(cropped.size)
    resized = cropped.resize((round(cropped.width * scale), round(cropped.height * scale)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    resized.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()
