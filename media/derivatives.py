"""Thumbnails and previews: one reduced decode, the smaller renditions made from it.

Measured (docs/performance.md#previews-and-thumbnails): decoding is the cost, so a JPEG is decoded once, at the
smallest DCT scale that still covers the preview (Pillow ``draft`` with the aspect-correct
box; a square box silently costs a 2–4× slower decode), the preview is resized from that, and
the thumbnail from the preview. EXIF orientation is applied to the small images after
resizing, and colours are converted to sRGB from the embedded ICC profile.
"""

from __future__ import annotations

import io
import logging
import struct
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Mapping

from PIL import Image, ImageCms, ImageFile

from catalog.errors import DamagedFileError

log = logging.getLogger(__name__)

# Rendition name -> longest side in pixels, largest first (each is made from the previous one).
RENDITION_SIZES: Mapping[str, int] = {"preview": 1600, "thumb": 400}
JPEG_QUALITY: Mapping[str, int] = {"preview": 85, "thumb": 80}

EXIF_ORIENTATION = 0x0112
# EXIF orientation -> the transpose that makes the picture upright (EXIF 2.32, tag 274).
UPRIGHT: Mapping[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SRGB = ImageCms.createProfile("sRGB")
# What Pillow's EXIF parser raises on damaged bytes ("not a TIFF file" is a SyntaxError).
_EXIF_ERRORS = (SyntaxError, ValueError, OSError, EOFError, struct.error, KeyError, IndexError, TypeError)


@dataclass(frozen=True)
class Derivatives:
    """Encoded renditions (name -> JPEG bytes) and what was odd while making them."""

    images: Mapping[str, bytes]
    warnings: tuple[str, ...] = ()


def fit_box(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """The aspect-correct size whose longest side is ``longest`` (never larger than ``size``)."""
    width, height = size
    scale = min(1.0, longest / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def make_derivatives(
    image: Image.Image,
    *,
    orientation: int | None = None,
    sizes: Mapping[str, int] = RENDITION_SIZES,
) -> Derivatives:
    """Every rendition in ``sizes`` from one lazily opened image, upright and in sRGB.

    ``orientation`` is used only when the decoded image carries no EXIF of its own (a RAW
    file's embedded preview): decoders such as pillow-heif apply the orientation themselves
    and drop the tag, so the image's own EXIF is the one that tells whether to rotate.
    Raises ``DamagedFileError`` when no pixels can be decoded at all.
    """
    notes: list[str] = []
    with warnings.catch_warnings():
        # Pillow warns about damaged metadata (the reader reports that) and about pictures
        # past its own pixel limit (the reader's guard already enforced ours).
        warnings.simplefilter("ignore")
        images = dict(_renditions(image, orientation, sizes, notes))
    return Derivatives(images=images, warnings=tuple(notes))


def _renditions(
    image: Image.Image, orientation: int | None, sizes: Mapping[str, int], notes: list[str]
) -> Iterator[tuple[str, bytes]]:
    ordered = sorted(sizes.items(), key=lambda item: -item[1])
    # draft() must come before anything touches the pixels; it is a no-op for non-JPEG.
    image.draft("RGB", fit_box(image.size, ordered[0][1]))
    _load(image, notes)
    upright = _upright_transpose(image, orientation)
    profile = image.info.get("icc_profile")
    current = _to_resizable_mode(image)
    for position, (name, longest) in enumerate(ordered):
        current = _resized(current, fit_box(current.size, longest))
        if position == 0:
            current = _to_srgb(current, profile, notes)
        shown = current.transpose(upright) if upright is not None else current
        yield name, _jpeg_bytes(shown, JPEG_QUALITY.get(name, 82))


def _load(image: Image.Image, notes: list[str]) -> None:
    """Decode the pixels; a truncated file is decoded as far as it goes, with a warning."""
    try:
        image.load()
        return
    except Exception as error:  # decoders raise OSError, EOFError, SyntaxError, ValueError…
        if not isinstance(error, OSError) or "truncated" not in str(error):
            raise DamagedFileError(f"the picture cannot be decoded ({error})") from error
    try:
        with _tolerating_truncation():
            image.load()
    except Exception as error:
        raise DamagedFileError(f"the picture cannot be decoded ({error})") from error
    notes.append("the picture data ends early: the preview shows only the part that was there")


@contextmanager
def _tolerating_truncation() -> Iterator[None]:
    # Pillow reads this module flag at load time; workers are single-threaded, and the flag
    # is restored at once so that no other decode in this process is silently lenient.
    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


def _upright_transpose(image: Image.Image, fallback: int | None) -> Image.Transpose | None:
    try:
        exif = image.getexif()
    except _EXIF_ERRORS:  # Pillow parses EXIF it meets (a PNG's eXIf) and raises on damage:
        exif = Image.Exif()  # the reader already warned about it, so the picture goes on without
    value = exif.get(EXIF_ORIENTATION) if len(exif) else fallback
    return UPRIGHT.get(value) if isinstance(value, int) else None


def _to_resizable_mode(image: Image.Image) -> Image.Image:
    """RGB, L or CMYK (kept for the ICC transform); alpha is flattened onto white."""
    mode = image.mode
    if mode in ("RGB", "L", "CMYK"):
        return image
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit and float greys: scale into 8 bits instead of clipping at 255.
        wide = image.convert("I") if mode.startswith("I;16") else image
        top = 65535 if mode.startswith("I;16") else max(1, wide.getextrema()[1] or 1)
        return wide.point(lambda value: value * (255.0 / top)).convert("L")
    if mode in ("PA", "LA", "La", "RGBA", "RGBa") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def _resized(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    if image.size == size:
        return image
    if image.width < 2 * size[0]:
        # The step left after a draft decode (2000 -> 1600 px): area averaging looks the same
        # as Lanczos at under 2x and costs far less (22 ms vs Hamming 31, Lanczos 75 measured).
        return image.resize(size, Image.Resampling.BOX)
    # Larger reductions (the thumbnail): average whole blocks with reduce(), then Lanczos over
    # what is left, as libvips does; 4 ms where Pillow's default reducing_gap=2.0 took 16.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=1.0)


def _to_srgb(image: Image.Image, profile: bytes | None, notes: list[str]) -> Image.Image:
    """The image in sRGB, through its embedded ICC profile when it has a usable one."""
    if profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        except (ImageCms.PyCMSError, OSError, ValueError) as error:
            log.debug("ICC profile not readable: %s", error)
            notes.append("the embedded colour profile is unreadable: colours converted without it")
            source = None
        if source is not None and _needs_transform(source, image.mode):
            try:
                return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB") or image
            except (ImageCms.PyCMSError, OSError, ValueError) as error:
                log.debug("ICC transform failed: %s", error)
                notes.append("the embedded colour profile is unusable: colours converted without it")
    return image if image.mode == "RGB" else image.convert("RGB")


def _needs_transform(profile: ImageCms.ImageCmsProfile, mode: str) -> bool:
    """False for an sRGB profile (nothing to do) or one whose colour space is not the image's."""
    space = profile.profile.xcolor_space.strip()
    if {"RGB": "RGB", "CMYK": "CMYK", "GRAY": "L"}.get(space) != mode:
        return False
    return not (profile.profile.profile_description or "").startswith("sRGB")


def _jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
