"""Read one image file's raw metadata: guard (format, bytes, pixels), then every metadata block.

``read_image`` raises a ``FileProblem`` subclass, with a reason written for a photo
editor, when the file cannot be catalogued at all:

- ``NotAnImageError``: empty, HTML, text, or bytes no image format starts with;
- ``TooLargeError``: over the byte-size limit, or over the pixel limit read from the
  header (checked before anything is decoded);
- ``DamagedFileError``: a known format whose structure yields nothing at all.

A damaged file whose metadata is readable returns a ``RawImage`` with a warning. A
format Photodesk cannot decode (JPEG XL, PGF, EPS without a preview...) still has its
metadata read, ``is_decodable`` False and the warning "unsupported format ...:
metadata only"; ``UnsupportedFormatError`` is left to ``media.decode``, where pixels
are asked for.
"""

from __future__ import annotations

import functools
import logging
import os
import struct
from pathlib import Path
from typing import Callable

from catalog.errors import DamagedFileError, FileProblem, NotAnImageError, TooLargeError
from catalog.metadata import RawImage
from catalog.settings import Settings
from media import boxes, containers
from media.formats import SNIFF_BYTES, sniff_format
from media.jpeg import HEAD_BYTES, read_jpeg
from media.sidecars import add_sidecars
from media.tiff_formats import read_tiff

log = logging.getLogger(__name__)

DEFAULT_MAX_PIXELS = 200_000_000
DEFAULT_MAX_FILE_BYTES = 2 * 1024 ** 3

_READERS = {
    "PNG": containers.read_png,
    "TIFF": read_tiff,
    "BigTIFF": read_tiff,
    "CR2": read_tiff,
    "ORF": read_tiff,
    "RW2": read_tiff,
    "WEBP": containers.read_webp,
    "GIF": containers.read_gif,
    "PSD": containers.read_psd,
    "JP2": boxes.read_jp2,
    "J2C": boxes.read_j2c,
    "HEIC": boxes.read_isobmff,
    "HEIF": boxes.read_isobmff,
    "AVIF": boxes.read_isobmff,
    "CR3": boxes.read_isobmff,
    "JXL": boxes.read_jxl,
    "EPS": containers.read_eps,
    "PGF": containers.read_pgf,
    "BMP": containers.read_bmp,
}

# Formats Pillow (with pillow-heif) cannot turn into pixels; camera RAW uses its embedded JPEG.
_UNDECODABLE = {"JXL": "JPEG XL", "PGF": "PGF (Progressive Graphics File)",
                "ORF": "Olympus RAW", "RW2": "Panasonic RAW", "RAF": "Fujifilm RAW", "MRW": "Minolta RAW",
                "X3F": "Sigma RAW", "ICO": "Windows icon"}
_METADATA_ERRORS = (struct.error, ValueError, IndexError, KeyError, OverflowError, EOFError, UnicodeError)


def reader_for(settings: Settings) -> Callable[[Path], RawImage]:
    """``read_image`` with this data directory's limits (picklable, for worker processes)."""
    return functools.partial(read_image, max_pixels=settings.max_pixels, max_file_bytes=settings.max_file_bytes)


def read_image(path: Path, *, max_pixels: int = DEFAULT_MAX_PIXELS,
               max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> RawImage:
    """Every metadata block of the image at ``path``, undecided; raises ``FileProblem`` subclasses."""
    path = Path(path)
    try:
        raw = _read(path, max_file_bytes)
    except FileProblem as problem:
        raise problem.with_path(str(path))
    except OSError as error:
        raise FileProblem(f"cannot read the file ({error.strerror or error})", path=str(path)) from error
    _guard_pixels(raw, max_pixels, path)
    add_sidecars(raw, path)
    return raw


def _read(path: Path, max_file_bytes: int) -> RawImage:
    with open(path, "rb") as handle:
        file_size = os.fstat(handle.fileno()).st_size
        if file_size == 0:
            raise NotAnImageError("empty file (0 bytes)")
        if file_size > max_file_bytes:
            raise TooLargeError(f"{_megabytes(file_size)} exceeds the {_megabytes(max_file_bytes)} file-size limit")
        head = handle.read(HEAD_BYTES)
        found = sniff_format(head[:SNIFF_BYTES * 16])
        if not found.is_image:
            raise NotAnImageError(found.reason or "not an image")
        raw = RawImage(format=found.name, mime=found.mime)
        try:
            if found.name == "JPEG":
                read_jpeg(handle, head, raw, file_size)
            else:
                reader = _READERS.get(found.name)
                if reader is None:
                    raw.is_decodable = False
                else:
                    reader(handle, head, raw, file_size)
        except _METADATA_ERRORS as error:
            log.debug("metadata of %s stopped early", path, exc_info=True)
            if _is_empty(raw):
                raise DamagedFileError(f"damaged {found.name} file: its structure cannot be read ({error})") from error
            raw.warn(f"damaged {found.name} file: metadata read only in part ({error})")
    if _is_empty(raw) and not raw.pixel_width:
        reason = raw.warnings[0] if raw.warnings else "no image size and no metadata"
        raise DamagedFileError(f"damaged {found.name} file, nothing readable: {reason}")
    if found.name in _UNDECODABLE or not raw.is_decodable:
        raw.is_decodable = False
        label = _UNDECODABLE.get(raw.format, raw.format)
        if found.name in _UNDECODABLE:
            raw.warn(f"unsupported format {label}: metadata only, no preview")
    return raw


def _guard_pixels(raw: RawImage, max_pixels: int, path: Path) -> None:
    width, height = raw.pixel_width, raw.pixel_height
    if width and height and width * height > max_pixels:
        raise TooLargeError(f"{width}×{height} px exceeds the {max_pixels // 1_000_000}-megapixel limit",
                            path=str(path))


def _is_empty(raw: RawImage) -> bool:
    return not (raw.exif or raw.iptc_blocks or raw.xmp_packets or raw.pixel_width or raw.text_chunks)


def _megabytes(size: int) -> str:
    return f"{size / 1024 ** 2:,.0f} MB" if size >= 1024 ** 2 else f"{size:,} bytes"
