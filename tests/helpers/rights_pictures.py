"""Pictures for the rights tests: drawn with Pillow, their IPTC and XMP written by exiftool, imported for real."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path
from typing import Iterable

from PIL import Image, ImageDraw

# our name -> the exiftool tags that carry it (IPTC-IIM and XMP, as the wires send both)
_TAGS = {
    "caption": ("IPTC:Caption-Abstract", "XMP-dc:Description"),
    "credit": ("IPTC:Credit", "XMP-photoshop:Credit"),
    "source": ("IPTC:Source", "XMP-photoshop:Source"),
    "creator": ("IPTC:By-line", "XMP-dc:Creator"),
    "special_instructions": ("IPTC:SpecialInstructions", "XMP-photoshop:Instructions"),
    "usage_terms": ("XMP-xmpRights:UsageTerms",),
    "date_created": ("XMP-photoshop:DateCreated",),
}


def make_picture(path: Path, *, seed: int, **fields: str) -> Path:
    """A small JPEG whose metadata (``caption``, ``credit``, ``source``, ``creator``, ``special_instructions``,
    ``usage_terms``, ``date_created``) exiftool writes; ``seed`` makes its pixels, and so its id, differ."""
    rng = random.Random(seed)
    image = Image.new("RGB", (320, 240), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(320), rng.randrange(240)
        draw.rectangle((x, y, x + 60, y + 40), fill=tuple(rng.randrange(256) for _ in range(3)))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=85)
    arguments = ["exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8"]
    for name, value in fields.items():
        arguments += [f"-{tag}={value}" for tag in _TAGS[name]]
    subprocess.run([*arguments, str(path)], check=True, capture_output=True)
    return path


def import_pictures(settings: object, paths: Iterable[Path]) -> dict[str, str]:
    """Import the files with the real desk; each file's stem -> its asset id."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:  # type: ignore[arg-type]
        outcomes = list(desk.import_files(list(paths), jobs=1))
    failed = [str(outcome) for outcome in outcomes if outcome.status.value == "failed"]
    assert not failed, failed
    return {Path(outcome.path).stem: outcome.asset_id for outcome in outcomes}
