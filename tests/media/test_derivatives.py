"""Thumbnails and previews from real image files: one reduced decode, upright, sRGB."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from catalog.errors import DamagedFileError
from media.derivatives import EXIF_ORIENTATION, fit_box, make_derivatives


def jpeg_file(path: Path, size: tuple[int, int], *, colour=(30, 120, 200), orientation: int | None = None,
              icc_profile: bytes | None = None, mode: str = "RGB") -> Path:
    image = Image.new(mode, size, colour)
    image.paste((250, 20, 20) if mode == "RGB" else colour, (0, 0, size[0] // 4, size[1] // 4))  # a mark top-left
    options: dict = {"quality": 90}
    if orientation is not None:
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = orientation
        options["exif"] = exif
    if icc_profile is not None:
        options["icc_profile"] = icc_profile
    image.save(path, "JPEG", **options)
    return path


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_large_jpeg_is_decoded_once_at_half_scale_for_either_aspect(tmp_path: Path) -> None:
    # draft() picks its scale from min(W // w, H // h): a square 1600 box would decode 4000×2000
    # at full size; the aspect-correct box (1600×800) lets it decode at 1/2.
    for size, drafted in (((4000, 3000), (2000, 1500)), ((4000, 2000), (2000, 1000)), ((2000, 4000), (1000, 2000))):
        with Image.open(jpeg_file(tmp_path / "big.jpg", size)) as image:
            made = make_derivatives(image)
            assert image.size == drafted
        assert decoded(made.images["preview"]).size == fit_box(size, 1600)
        assert decoded(made.images["thumb"]).size == fit_box(size, 400)
        assert made.warnings == ()


def test_a_small_picture_is_not_enlarged(tmp_path: Path) -> None:
    with Image.open(jpeg_file(tmp_path / "small.jpg", (300, 200))) as image:
        made = make_derivatives(image)
    assert decoded(made.images["preview"]).size == (300, 200)
    assert decoded(made.images["thumb"]).size == (300, 200)


@pytest.mark.parametrize(("orientation", "size", "mark_corner"), [
    (1, (400, 300), (0, 0)), (3, (400, 300), (1, 1)), (6, (300, 400), (1, 0)), (8, (300, 400), (0, 1)),
])
def test_orientation_is_applied_once_after_resizing(tmp_path: Path, orientation: int, size: tuple[int, int],
                                                    mark_corner: tuple[int, int]) -> None:
    with Image.open(jpeg_file(tmp_path / "o.jpg", (1600, 1200), orientation=orientation)) as image:
        thumb = decoded(make_derivatives(image).images["thumb"])
    assert thumb.size == size
    x = 10 if mark_corner[0] == 0 else size[0] - 10
    y = 10 if mark_corner[1] == 0 else size[1] - 10
    red, green, blue = thumb.getpixel((x, y))
    assert red > 200 and green < 80  # the red mark drawn top-left ended up where the camera meant


def test_the_fallback_orientation_is_used_only_when_the_picture_has_no_exif(tmp_path: Path) -> None:
    with Image.open(jpeg_file(tmp_path / "plain.jpg", (800, 600))) as image:
        assert decoded(make_derivatives(image, orientation=6).images["thumb"]).size == (300, 400)
    with Image.open(jpeg_file(tmp_path / "tagged.jpg", (800, 600), orientation=1)) as image:
        assert decoded(make_derivatives(image, orientation=6).images["thumb"]).size == (400, 300)


def test_colours_are_converted_to_srgb_from_the_embedded_profile(tmp_path: Path, corpus_images: Path) -> None:
    with Image.open(corpus_images / "exifr" / "BonTonARTSTORplusIPTC.jpg") as source:
        adobe_rgb = source.info["icc_profile"]  # "Adobe RGB (1998)", per exiftool
    colour = (200, 60, 40)
    with Image.open(jpeg_file(tmp_path / "adobe.jpg", (800, 600), colour=colour, icc_profile=adobe_rgb)) as image:
        converted = decoded(make_derivatives(image).images["thumb"]).getpixel((300, 250))
    with Image.open(jpeg_file(tmp_path / "plain.jpg", (800, 600), colour=colour)) as image:
        unconverted = decoded(make_derivatives(image).images["thumb"]).getpixel((300, 250))
    assert max(abs(a - b) for a, b in zip(unconverted, colour)) <= 3
    assert converted[0] > colour[0] + 20  # Adobe RGB's red is more saturated: sRGB needs more of it


def test_cmyk_sixteen_bit_and_transparent_pictures_become_plain_rgb(tmp_path: Path) -> None:
    Image.new("CMYK", (500, 400), (0, 0, 0, 0)).save(tmp_path / "cmyk.jpg", quality=90)
    Image.new("I;16", (500, 400), 32768).save(tmp_path / "grey16.png")
    clear = Image.new("RGBA", (500, 400), (0, 0, 0, 0))
    clear.save(tmp_path / "clear.png")
    for name, expected in (("cmyk.jpg", (255, 255, 255)), ("grey16.png", (128, 128, 128)), ("clear.png", (255, 255, 255))):
        with Image.open(tmp_path / name) as image:
            thumb = decoded(make_derivatives(image).images["thumb"])
        assert thumb.mode == "RGB", name
        pixel = thumb.convert("RGB").getpixel((200, 150))
        assert max(abs(a - b) for a, b in zip(pixel, expected)) <= 3, name


def test_a_truncated_jpeg_gives_a_partial_preview_with_a_warning(tmp_path: Path) -> None:
    whole = jpeg_file(tmp_path / "whole.jpg", (1600, 1200)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    with Image.open(tmp_path / "cut.jpg") as image:
        made = make_derivatives(image)
    assert decoded(made.images["preview"]).size == (1600, 1200)
    assert made.warnings == ("the picture data ends early: the preview shows only the part that was there",)


def test_pixels_that_cannot_be_decoded_raise_our_error(tmp_path: Path) -> None:
    Image.new("RGB", (300, 200), (1, 2, 3)).save(tmp_path / "whole.png")
    data = bytearray((tmp_path / "whole.png").read_bytes())
    start = data.index(b"IDAT") + 8
    data[start : start + 20] = bytes(20)  # the compressed pixel stream no longer inflates
    (tmp_path / "garbled.png").write_bytes(bytes(data))
    with Image.open(tmp_path / "garbled.png") as image:
        with pytest.raises(DamagedFileError, match="the picture cannot be decoded"):
            make_derivatives(image)
