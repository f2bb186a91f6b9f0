"""TIFF-structured files: TIFF, BigTIFF and the camera RAW formats built on TIFF (DNG, CR2, NEF, ARW...)."""

from __future__ import annotations

from typing import BinaryIO

from catalog.metadata import RawImage
from media.blocks import add_tiff_data
from media.ifd import Ifd, TiffData, file_reader, parse_tiff

# TIFF-based RAW formats told apart by the camera maker (the magic bytes are plain TIFF)
_RAW_BY_MAKER = (("NIKON", "NEF", "image/x-nikon-nef"), ("SONY", "ARW", "image/x-sony-arw"),
                 ("PENTAX", "PEF", "image/x-pentax-pef"), ("RICOH", "PEF", "image/x-pentax-pef"),
                 ("SAMSUNG", "SRW", "image/x-samsung-srw"), ("SEIKO EPSON", "ERF", "image/x-epson-erf"),
                 ("HASSELBLAD", "3FR", "image/x-hasselblad-3fr"), ("PHASE ONE", "IIQ", "image/x-phaseone-iiq"),
                 ("LEAF", "MOS", "image/x-leaf-mos"), ("KODAK", "DCR", "image/x-kodak-dcr"),
                 ("MAMIYA", "MEF", "image/x-mamiya-mef"), ("CANON", "CR2", "image/x-canon-cr2"))
_CFA = 32803  # PhotometricInterpretation of raw sensor data
_LINEAR_RAW = 34892
_JPEG_COMPRESSIONS = (6, 7, 99)
_PREVIEW_PHOTOMETRICS = (None, 2, 6)  # RGB or YCbCr pictures (not sensor data or depth/semantic masks)


def read_tiff(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    """Fill ``raw`` from a TIFF-structured file, reading its IFDs by seeking."""
    tiff = parse_tiff(file_reader(handle), total_size=file_size, sub_ifds=True)
    if tiff.is_big:
        raw.format, raw.mime = "BigTIFF", "image/x-tiff-big"
    _classify(raw, tiff)
    add_tiff_data(raw, tiff, raw.format, embedded=False)
    _set_size(raw, tiff)
    if raw.format in ("TIFF", "BigTIFF"):
        raw.is_decodable = raw.pixel_width is not None
    else:
        raw.embedded_preview = _largest_jpeg(tiff, file_size)
        raw.is_decodable = raw.embedded_preview is not None
        if not raw.is_decodable:
            raw.warn(f"{raw.format} camera RAW without an embedded JPEG preview: metadata only")


def _classify(raw: RawImage, tiff: TiffData) -> None:
    ifd0 = tiff.ifd0.values
    if "DNGVersion" in ifd0:
        raw.format, raw.mime = "DNG", "image/x-adobe-dng"
        return
    if raw.format != "TIFF":
        return  # already told apart by its magic bytes (CR2, ORF, RW2)
    make = ifd0.get("Make")
    is_raw = any(_photometric(ifd) in (_CFA, _LINEAR_RAW) for ifd in [tiff.ifd0, *tiff.sub_ifds])
    if isinstance(make, bytes) and is_raw:
        maker = make.decode("latin-1").upper()
        for prefix, name, mime in _RAW_BY_MAKER:
            if maker.startswith(prefix):
                raw.format, raw.mime = name, mime
                return
        raw.format, raw.mime = "RAW", "image/x-raw"


def _set_size(raw: RawImage, tiff: TiffData) -> None:
    """The main image's size: as exiftool reports it (CR2: Exif size; DNG/NEF: the largest image)."""
    exif = tiff.exif.values
    width, height = exif.get("ExifImageWidth"), exif.get("ExifImageHeight")
    if raw.format == "CR2" and isinstance(width, int) and isinstance(height, int):
        # both checked: a damaged entry holds several values (a tuple), not a size
        raw.pixel_width, raw.pixel_height = width, height
        return
    candidates = [tiff.ifd0] + (tiff.sub_ifds if raw.format not in ("TIFF", "BigTIFF") else [])
    best = None
    for ifd in candidates:
        width, height = ifd.values.get("ImageWidth"), ifd.values.get("ImageHeight")
        if isinstance(width, int) and isinstance(height, int):
            if best is None or width * height > best[0] * best[1]:
                best = (width, height)
    if best:
        raw.pixel_width, raw.pixel_height = best
    if raw.pixel_width == 0 or raw.pixel_height == 0:
        raw.warn(f"{raw.format} declares an image of {raw.pixel_width}×{raw.pixel_height} px")
        raw.pixel_width = raw.pixel_height = None


def _photometric(ifd: Ifd) -> object:
    return ifd.values.get("PhotometricInterpretation")


def _largest_jpeg(tiff: TiffData, file_size: int) -> tuple[int, int] | None:
    """The biggest JPEG preview a RAW file embeds (IFD0, SubIFDs or IFD1), as (offset, length)."""
    found: list[tuple[int, int]] = []
    for ifd in [tiff.ifd0, *tiff.sub_ifds, tiff.ifd1]:
        values = ifd.values
        start, length = values.get("JpgFromRawStart"), values.get("JpgFromRawLength")
        if isinstance(start, int) and isinstance(length, int):
            found.append((start, length))
        elif values.get("Compression") in _JPEG_COMPRESSIONS and _photometric(ifd) in _PREVIEW_PHOTOMETRICS:
            offsets, counts = values.get("StripOffsets"), values.get("StripByteCounts")
            if isinstance(offsets, int) and isinstance(counts, int):
                found.append((offsets, counts))
    usable = [(o, n) for o, n in found if n > 0 and o + n <= file_size]
    return max(usable, key=lambda item: item[1]) if usable else None
