"""Make the bundled demo photos in ``media/samples/``: generated scenes with wire-style metadata.

The pictures are drawn here (no third-party photo is shipped); captions, credits and
restrictions follow the forms wires really use, with fictional people, so the demo
shows credit parsing, restriction badges, facets and search. Deterministic: running it
again produces the same files.

    python -m scripts.dev.make_samples [--out media/samples]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from media.embed import EmbeddedMetadata, save_jpeg

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "media" / "samples"
DEMO_NOTE = "Photodesk demo sample: generated picture, fictional caption."


@dataclass(frozen=True)
class Sample:
    """One demo picture: its scene recipe and the metadata written into it."""

    filename: str
    size: tuple[int, int]
    palette: tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]
    skyline: bool
    meta: EmbeddedMetadata
    orientation: int = 1
    gps: tuple[float, float] | None = None
    camera: tuple[str, str] = ("Canon", "Canon EOS R5")


SAMPLES = (
    Sample(
        "harbor-storm-ap.jpg",
        (1200, 800),
        ((70, 80, 95), (40, 48, 60), (20, 30, 45)),
        True,
        EmbeddedMetadata(
            caption=(
                "Waves crash over the sea wall as Storm Elin reaches the harbor in Málaga, Spain, "
                "on Tuesday, Nov. 24, 2026. Port authorities closed the marina to small boats "
                "until Thursday. (AP Photo/Lucía Fernández)"
            ),
            headline="Storm Elin reaches southern Spain",
            creators=("Lucía Fernández",),
            credit="AP",
            source="AP",
            copyright="© 2026 Photodesk demo (generated image)",
            special_instructions=f"EDITORIAL USE ONLY. {DEMO_NOTE}",
            keywords=("weather", "storm", "Spain", "harbor"),
            city="Málaga",
            state="Andalusia",
            country="Spain",
            country_code="ESP",
            date_created="2026-11-24T16:42:10+01:00",
            job_id="SPMAL101",
        ),
        gps=(36.7152, -4.4186),
    ),
    Sample(
        "council-vote-staff.jpg",
        (1200, 800),
        ((210, 190, 160), (150, 120, 90), (90, 70, 55)),
        True,
        EmbeddedMetadata(
            caption=(
                "City council members vote on the riverfront housing plan at City Hall in "
                "Springfield on Monday, Nov. 23, 2026. The plan passed 7-2. "
                "(Photo by Daniel O'Connor/Staff Photographer)"
            ),
            headline="Council approves riverfront housing plan",
            creators=("Daniel O'Connor",),
            credit="Staff Photographer",
            source="Photodesk Daily",
            copyright="© 2026 Photodesk demo (generated image)",
            special_instructions=DEMO_NOTE,
            keywords=("politics", "housing", "city council"),
            city="Springfield",
            state="Illinois",
            country="United States",
            country_code="USA",
            date_created="2026-11-23T19:05:00-06:00",
        ),
    ),
    Sample(
        "marathon-reuters.jpg",
        (800, 1200),
        ((120, 170, 220), (90, 140, 80), (60, 60, 60)),
        False,
        EmbeddedMetadata(
            caption=(
                "Runners cross the Ponte 25 de Abril during the Lisbon Marathon in Lisbon, "
                "Portugal, November 22, 2026. REUTERS/João Matos"
            ),
            headline="Lisbon Marathon",
            creators=("João Matos",),
            credit="REUTERS",
            source="Reuters",
            copyright="© 2026 Photodesk demo (generated image)",
            special_instructions=f"MANDATORY CREDIT. NO RESALES. NO ARCHIVES. {DEMO_NOTE}",
            keywords=("sport", "athletics", "marathon", "Portugal"),
            city="Lisbon",
            country="Portugal",
            country_code="PRT",
            date_created="2026-11-22T09:31:44+00:00",
            job_id="LIS02",
        ),
        gps=(38.6916, -9.1775),
        camera=("NIKON CORPORATION", "NIKON Z 9"),
    ),
    Sample(
        "wildfire-afp.jpg",
        (1200, 800),
        ((230, 140, 60), (120, 60, 30), (40, 25, 20)),
        False,
        EmbeddedMetadata(
            caption=(
                "Firefighters battle a wildfire near Gouveia, central Portugal, on November 20, "
                "2026. (Photo by Inês Duarte / AFP)"
            ),
            headline="Late-season wildfire in central Portugal",
            creators=("Inês Duarte",),
            credit="AFP",
            source="AFP",
            copyright="© 2026 Photodesk demo (generated image)",
            special_instructions=f"RESTRICTED TO EDITORIAL USE. {DEMO_NOTE}",
            keywords=("wildfire", "disaster", "Portugal"),
            city="Gouveia",
            country="Portugal",
            country_code="PRT",
            date_created="2026-11-20",
        ),
        orientation=6,
        camera=("SONY", "ILCE-1"),
    ),
    Sample(
        "skyline-handout.jpg",
        (1200, 675),
        ((180, 200, 230), (100, 110, 140), (50, 55, 75)),
        True,
        EmbeddedMetadata(
            caption=(
                "The new Northgate Tower, seen in an undated handout picture released by Northgate "
                "Development on November 19, 2026. Northgate Development/Handout via REUTERS"
            ),
            headline="Northgate Tower opens",
            credit="Northgate Development/Handout via REUTERS",
            source="Reuters",
            copyright="© 2026 Photodesk demo (generated image)",
            special_instructions=(
                "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES. "
                f"{DEMO_NOTE}"
            ),
            keywords=("architecture", "business"),
            city="Toronto",
            state="Ontario",
            country="Canada",
            country_code="CAN",
            date_created="2026-11-19",
        ),
    ),
    Sample(
        "snow-getty.jpg",
        (1200, 800),
        ((225, 230, 240), (200, 205, 215), (110, 120, 135)),
        False,
        EmbeddedMetadata(
            caption=(
                "Commuters walk through heavy snow in Kraków, Poland, on November 18, 2026. "
                "Zofia Wiśniewska/Getty Images"
            ),
            headline="Early snow in southern Poland",
            creators=("Zofia Wiśniewska",),
            credit="Getty Images",
            source="Getty Images Europe",
            copyright="© 2026 Photodesk demo (generated image)",
            special_instructions=f"Embargoed until 2026-11-18T06:00:00Z. {DEMO_NOTE}",
            keywords=("weather", "snow", "Poland", "transport"),
            city="Kraków",
            country="Poland",
            country_code="POL",
            date_created="2026-11-18T07:12:00+01:00",
        ),
        gps=(50.0614, 19.9366),
    ),
)


def draw_scene(sample: Sample, seed: int) -> Image.Image:
    """A landscape-like picture: graded sky, textured hills, optional skyline, grain."""
    rng = random.Random(seed)
    width, height = sample.size
    sky, land, dark = sample.palette
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.5, 0.65))
    for y in range(horizon):
        t = y / horizon
        draw.line([(0, y), (width, y)], fill=_mix(_lighten(sky, 40), sky, t))
    for layer in range(3):
        base = horizon + layer * height // 12
        colour = _mix(land, dark, layer / 2)
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            points.append((x, base - rng.randint(0, height // 10)))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    if sample.skyline:
        x = rng.randint(0, 40)
        while x < width:
            w, h = rng.randint(30, 90), rng.randint(height // 10, height // 3)
            draw.rectangle([x, horizon - h, x + w, horizon + 10], fill=_mix(dark, sky, 0.2))
            for wy in range(horizon - h + 8, horizon, 14):
                for wx in range(x + 6, x + w - 6, 12):
                    if rng.random() < 0.35:
                        draw.rectangle([wx, wy, wx + 4, wy + 6], fill=(240, 220, 150))
            x += w + rng.randint(2, 20)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    grain = Image.effect_noise((width // 2, height // 2), 24).resize((width, height))
    return Image.blend(image, Image.merge("RGB", (grain, grain, grain)), 0.08)


def make_samples(out_dir: Path = SAMPLES_DIR) -> list[Path]:
    """Write every sample JPEG into ``out_dir`` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for number, sample in enumerate(SAMPLES):
        image = draw_scene(sample, seed=number)
        if sample.orientation == 6:
            # Stored as the camera saw it (sideways); EXIF orientation 6 says rotate 90° CW.
            image = image.transpose(Image.Transpose.ROTATE_90)
        path = out_dir / sample.filename
        save_jpeg(image, path, sample.meta, quality=82, exif=_exif(sample))
        written.append(path)
    return written


def _exif(sample: Sample) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = sample.camera  # Make, Model
    exif[0x0112] = sample.orientation
    if sample.meta.date_created and len(sample.meta.date_created) >= 19:
        stamp = sample.meta.date_created[:19].replace("-", ":").replace("T", " ")
        exif.get_ifd(0x8769)[0x9003] = stamp  # DateTimeOriginal
    if sample.gps:
        lat, lon = sample.gps
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2] = ("N" if lat >= 0 else "S"), _dms(abs(lat))
        gps[3], gps[4] = ("E" if lon >= 0 else "W"), _dms(abs(lon))
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return (float(degrees), float(minutes), seconds)


def _mix(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, ...]:
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b))


def _lighten(colour: tuple[int, ...], amount: int) -> tuple[int, ...]:
    return tuple(min(255, c + amount) for c in colour)


def main() -> None:
    """Command-line entry: write the samples."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SAMPLES_DIR)
    for path in make_samples(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
