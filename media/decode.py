"""Open a file's pixels for thumbnails and previews, lazily, as a Pillow image.

The image is returned unloaded so the caller can still ``draft()`` a JPEG to a reduced
DCT scale. Camera RAW files give their embedded JPEG preview (Pillow cannot develop
sensor data); HEIC/HEIF come through pillow-heif, which applies the file's own
rotation (irot/imir) and drops the EXIF orientation, so nothing is turned twice.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from catalog.errors import DamagedFileError, TooLargeError, UnsupportedFormatError
from catalog.metadata import RawImage

# Formats Pillow opens straight from the file (pillow-heif adds HEIC/HEIF)
_PILLOW_FORMATS = frozenset({"JPEG", "MPO", "PNG", "TIFF", "BigTIFF", "WEBP", "GIF", "PSD", "JP2", "J2C",
                             "HEIC", "HEIF", "AVIF", "BMP", "EPS", "ICO"})
_HEIF_FORMATS = frozenset({"HEIC", "HEIF"})
_heif_registered = False


def open_for_derivatives(path: Path, raw: RawImage) -> Image.Image:
    """A lazily opened Pillow image of the file's picture; ``UnsupportedFormatError`` when there is none."""
    if raw.embedded_preview is not None:
        return _open_preview(Path(path), raw)
    if raw.format not in _PILLOW_FORMATS:
        raise UnsupportedFormatError(
            f"unsupported format {raw.format}: no picture Photodesk can decode (metadata only)", path=str(path))
    if not raw.is_decodable:
        raise DamagedFileError(f"no picture data to decode in this {raw.format} file (metadata only)",
                               path=str(path))
    if raw.format in _HEIF_FORMATS:
        _register_heif()
    return _open(path, str(path), raw.format)


def _open_preview(path: Path, raw: RawImage) -> Image.Image:
    offset, length = raw.embedded_preview or (0, 0)
    with open(path, "rb") as handle:
        handle.seek(offset)
        data = handle.read(length)
    if len(data) < length or not data.startswith(b"\xff\xd8"):
        raise DamagedFileError(f"the embedded preview of this {raw.format} file is damaged", path=str(path))
    return _open(io.BytesIO(data), str(path), f"{raw.format} preview")


def _open(source: Path | io.BytesIO, shown_path: str, label: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # the reader's header check already enforced Photodesk's own pixel limit
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(source)
    except Image.DecompressionBombError as error:
        raise TooLargeError(f"{label} is too large to decode ({error})", path=shown_path) from error
    except UnidentifiedImageError as error:
        raise DamagedFileError(f"the {label} picture cannot be read: damaged, or a variant Pillow does not decode",
                               path=shown_path) from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise DamagedFileError(f"{label} picture cannot be opened ({error})", path=shown_path) from error


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _heif_registered = True
