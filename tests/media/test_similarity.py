"""Perceptual hashes on real corpus photos and on pictures the tests make."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps

from media.similarity import (
    HASH_BITS,
    MIN_DETAIL,
    has_enough_detail,
    picture_detail,
    SIMILAR_DISTANCE,
    format_hash,
    hash_distance,
    image_hash,
    is_similar,
    parse_hash,
)
from scripts.bench.bench_similarity import cropped, jpeg, published, resized

# Real photos of different scenes (the Spitfire, exif_typeerror.jpg, was the hardest to match).
PHOTOS = (
    "exif-samples/45-gps_ifd.jpg",
    "exif-samples/DSCN0010.jpg",
    "exif-samples/ricoh-rdc5300.jpg",
    "exifr/IMG_5910.jpg",
    "exifr/issue-exifr-47.jpeg",
    "exiv2/DSC_3079.jpg",
    "frameright/IPTC-PhotometadataRef-Std2021.1.jpg",
    "frameright/frameright.jpg",
    "leok7v/metadata_test_file_IIM_XMP_EXIF.jpg",
    "pillow/exif_typeerror.jpg",
)


@pytest.fixture(scope="module")
def photos(corpus_images: Path) -> dict[str, Image.Image]:
    """The corpus photos, decoded and upright."""
    pictures = {}
    for name in PHOTOS:
        with Image.open(corpus_images / name) as opened:
            pictures[name] = ImageOps.exif_transpose(opened).convert("RGB")
    return pictures


@pytest.fixture(scope="module")
def hashes(photos: dict[str, Image.Image]) -> dict[str, int]:
    return {name: image_hash(picture) for name, picture in photos.items()}


@pytest.mark.parametrize("name", PHOTOS)
def test_published_copy_is_similar_to_its_original(
    name: str, photos: dict[str, Image.Image], hashes: dict[str, int]
) -> None:
    copy = published(photos[name])  # cropped 3 % on every edge, 1200 px, JPEG quality 70
    assert copy.size != photos[name].size
    distance = hash_distance(hashes[name], image_hash(copy))
    assert distance <= SIMILAR_DISTANCE, f"{name}: {distance}"


@pytest.mark.parametrize(
    "alter",
    [lambda p: resized(p, 1200), lambda p: jpeg(p, 70), lambda p: cropped(p, 0.03, every_edge=False)],
    ids=["resized", "recompressed", "corner-cropped"],
)
def test_each_alteration_alone_stays_similar(
    alter, photos: dict[str, Image.Image], hashes: dict[str, int]
) -> None:
    for name, picture in photos.items():
        assert is_similar(hashes[name], image_hash(alter(picture))), name


def test_different_photos_are_not_similar(hashes: dict[str, int]) -> None:
    for (a, first), (b, second) in itertools.combinations(hashes.items(), 2):
        assert hash_distance(first, second) > SIMILAR_DISTANCE, f"{a} ~ {b}"


def test_a_published_copy_is_nearer_its_original_than_any_other_photo(
    photos: dict[str, Image.Image], hashes: dict[str, int]
) -> None:
    for name, picture in photos.items():
        copy = image_hash(published(picture))
        nearest = min(hashes, key=lambda other: hash_distance(hashes[other], copy))
        assert nearest == name


def test_exif_orientation_is_applied(photos: dict[str, Image.Image], hashes: dict[str, int]) -> None:
    name = "exif-samples/45-gps_ifd.jpg"
    # Stored on its side with Orientation 6 ("rotate 90° clockwise to display"), as cameras do.
    stored = photos[name].transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    with Image.open(io.BytesIO(buffer.getvalue())) as opened:
        assert opened.size == stored.size
        assert hash_distance(image_hash(opened), hashes[name]) <= 8
        assert not is_similar(image_hash(stored), hashes[name])  # without the tag it is another picture


def test_hashing_leaves_the_image_as_it_was(corpus_images: Path) -> None:
    with Image.open(corpus_images / "exifr/IMG_5910.jpg") as opened:
        size, mode = opened.size, opened.mode
        first = image_hash(opened)
        assert (opened.size, opened.mode) == (size, mode)
        assert image_hash(opened) == first


def _drawing(mode: str, background: str | tuple) -> Image.Image:
    picture = Image.new(mode, (640, 420), background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((80, 60, 300, 300), fill="navy")
    draw.rectangle((360, 140, 600, 380), fill="darkred")
    draw.polygon([(40, 400), (320, 330), (620, 410)], fill="darkgreen")
    return picture


def test_transparency_shows_as_white_and_palette_images_hash_like_rgb() -> None:
    on_white = image_hash(_drawing("RGB", "white"))
    assert hash_distance(image_hash(_drawing("RGBA", (0, 0, 0, 0))), on_white) <= 4
    assert hash_distance(image_hash(_drawing("RGB", "white").convert("P")), on_white) <= 8
    assert image_hash(_drawing("RGB", "white").convert("L")) == image_hash(_drawing("L", "white"))


def test_hash_values_round_trip_and_distances_are_symmetric(hashes: dict[str, int]) -> None:
    values = list(hashes.values())
    for value in values:
        assert 0 <= value < 1 << HASH_BITS
        assert parse_hash(format_hash(value)) == value
        assert len(format_hash(value)) == 48
        assert hash_distance(value, value) == 0
    assert hash_distance(values[0], values[1]) == hash_distance(values[1], values[0])
    assert hash_distance(0, (1 << HASH_BITS) - 1) == 256
    assert hash_distance(0, 1 << 128) == 2  # a pHash bit counts twice
    assert hash_distance(0, 1) == 1


# -- detail: when a hash is no evidence -------------------------------------------------------

# Near-blank corpus files (a radial gradient, a grey placeholder icon, a black frame, white
# with a line of small text, a tiny tag) and what they measured when MIN_DETAIL was chosen.
NEAR_BLANK = (
    "pillow/app13.jpg",
    "pillow/exif-ifd-offset.jpg",
    "exiv2/exiv2-bug937.jpg",
    "exifr/tif-with-iptc-icc-xmp.tif",
    "exifr/issue-node-exif-58.jpg",
)


def plain_pictures() -> dict[str, Image.Image]:
    """Pictures with almost no detail, made here: a flat colour, gradients, noise on a flat colour."""
    flat = Image.new("RGB", (800, 600), (90, 110, 140))
    noise = Image.effect_noise((800, 600), 8).convert("RGB")
    return {
        "flat": flat,
        "flat, JPEG quality 40": Image.open(io.BytesIO(_jpeg_bytes(flat, 40))),
        "flat with noise": Image.blend(flat, noise, 0.2),
        "left-to-right gradient": Image.linear_gradient("L").rotate(90).resize((800, 600)).convert("RGB"),
        "top-to-bottom gradient": Image.linear_gradient("L").resize((800, 600)).convert("RGB"),
        "radial gradient": Image.radial_gradient("L").resize((800, 600)).convert("RGB"),
    }


def _jpeg_bytes(picture: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


@pytest.mark.parametrize("name", list(plain_pictures()))
def test_a_plain_picture_has_too_little_detail(name: str) -> None:
    picture = plain_pictures()[name]
    assert picture_detail(picture) < MIN_DETAIL
    assert not has_enough_detail(picture)


def test_plain_pictures_hash_alike_which_is_why_their_hash_is_no_evidence() -> None:
    """The bug: a flat colour "looked the same" as every other plain picture of the catalog."""
    flat = image_hash(Image.new("RGB", (640, 480), (200, 30, 30)))
    others = [image_hash(Image.new("RGB", (300, 500), colour)) for colour in ((0, 0, 0), (255, 255, 255), (20, 90, 200))]
    assert all(is_similar(flat, other) for other in others)


def test_every_corpus_photo_has_detail_enough_and_near_blank_files_do_not(
    photos: dict[str, Image.Image], corpus_images: Path
) -> None:
    details = {name: picture_detail(picture) for name, picture in photos.items()}
    assert min(details.values()) >= 2 * MIN_DETAIL, details  # photos measured 11 and more
    for name in NEAR_BLANK:
        with Image.open(corpus_images / name) as opened:
            opened.draft("RGB", (256, 256))
            assert picture_detail(ImageOps.exif_transpose(opened).convert("RGB")) < MIN_DETAIL, name


def test_a_made_photo_and_a_published_copy_of_it_have_detail(tmp_path: Path) -> None:
    from tests.helpers.photo_files import published_copy, write_photo

    with Image.open(write_photo(tmp_path / "scene.jpg", seed=7, size=(1600, 1067))) as original:
        copy = Image.open(io.BytesIO(published_copy(original)))
        assert has_enough_detail(original) and has_enough_detail(copy)
