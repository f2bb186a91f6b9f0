"""Identify a file's real format from its first bytes, never from its extension."""

from __future__ import annotations

from dataclasses import dataclass

SNIFF_BYTES = 64  # enough for every signature below

# ISOBMFF brands (the 'ftyp' box) -> (format, mime)
_ISOBMFF_BRANDS = {
    b"avif": ("AVIF", "image/avif"),
    b"avis": ("AVIF", "image/avif"),
    b"heic": ("HEIC", "image/heic"),
    b"heix": ("HEIC", "image/heic"),
    b"heim": ("HEIC", "image/heic"),
    b"heis": ("HEIC", "image/heic"),
    b"hevc": ("HEIC", "image/heic-sequence"),
    b"hevx": ("HEIC", "image/heic-sequence"),
    b"mif1": ("HEIF", "image/heif"),
    b"msf1": ("HEIF", "image/heif-sequence"),
    b"crx ": ("CR3", "image/x-canon-cr3"),
    b"jxl ": ("JXL", "image/jxl"),
}

RAW_FORMATS = frozenset({"CR2", "CR3", "NEF", "NRW", "DNG", "ARW", "SR2", "PEF", "ORF", "RW2",
                         "RAF", "SRW", "ERF", "3FR", "IIQ", "MRW", "X3F", "CRW"})


@dataclass(frozen=True)
class FileFormat:
    """A sniffed format: a short name, its MIME type, and whether Photodesk catalogs it."""

    name: str
    mime: str
    is_image: bool = True
    reason: str | None = None  # for non-images: why, in a photo editor's words


def sniff_format(head: bytes) -> FileFormat:
    """The format the first bytes (at least ``SNIFF_BYTES`` when the file has them) reveal."""
    if not head:
        return FileFormat("empty", "application/x-empty", False, "empty file (0 bytes)")
    if head.startswith(b"\xff\xd8\xff"):
        return FileFormat("JPEG", "image/jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileFormat("PNG", "image/png")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _sniff_tiff(head)
    if head[:4] in (b"II+\x00", b"MM\x00+"):
        return FileFormat("BigTIFF", "image/x-tiff-big")
    if head[:4] == b"IIRO":
        return FileFormat("ORF", "image/x-olympus-orf")
    if head[:4] == b"IIRS":
        return FileFormat("ORF", "image/x-olympus-orf")
    if head[:4] == b"IIU\x00":
        return FileFormat("RW2", "image/x-panasonic-rw2")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileFormat("WEBP", "image/webp")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return FileFormat("GIF", "image/gif")
    if head[:4] == b"8BPS":
        return FileFormat("PSD", "application/vnd.adobe.photoshop")
    if head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n":
        return FileFormat("JP2", "image/jp2")
    if head[:4] == b"\xff\x4f\xff\x51":
        return FileFormat("J2C", "image/x-j2c")
    if head[:2] == b"\xff\x0a":
        return FileFormat("JXL", "image/jxl")
    if head[:12] == b"\x00\x00\x00\x0cJXL \r\n\x87\n":
        return FileFormat("JXL", "image/jxl")
    if head[4:8] == b"ftyp":
        found = _sniff_isobmff(head)
        if found:
            return found
    if head[:15] == b"FUJIFILMCCD-RAW":
        return FileFormat("RAF", "image/x-fujifilm-raf")
    if head[:4] == b"\x00MRM":
        return FileFormat("MRW", "image/x-minolta-mrw")
    if head[:4] == b"FOVb":
        return FileFormat("X3F", "image/x-sigma-x3f")
    if head[:3] == b"PGF":
        return FileFormat("PGF", "image/pgf")
    if head[:2] == b"BM" and len(head) >= 26:
        return FileFormat("BMP", "image/bmp")
    if head[:4] == b"\xc5\xd0\xd3\xc6" or head.startswith(b"%!PS-Adobe"):
        return FileFormat("EPS", "application/postscript")
    if head[:4] in (b"\x00\x00\x01\x00",) and len(head) > 6:
        return FileFormat("ICO", "image/vnd.microsoft.icon")
    return _sniff_non_image(head)


def _sniff_tiff(head: bytes) -> FileFormat:
    # TIFF-based camera RAW announce themselves right after the header.
    if head[8:10] == b"CR" and head[10] == 2:
        return FileFormat("CR2", "image/x-canon-cr2")
    return FileFormat("TIFF", "image/tiff")


def _sniff_isobmff(head: bytes) -> FileFormat | None:
    box_size = int.from_bytes(head[0:4], "big")
    brands = [head[8:12]]
    end = min(box_size, len(head))
    brands += [head[i:i + 4] for i in range(16, end - 3, 4)]
    for brand in brands:  # major brand first, then compatible brands in order
        if brand in _ISOBMFF_BRANDS:
            name, mime = _ISOBMFF_BRANDS[brand]
            return FileFormat(name, mime)
    return None


def _sniff_non_image(head: bytes) -> FileFormat:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or b"<html" in text:
        return FileFormat("HTML", "text/html", False, "not an image: looks like HTML (a web page)")
    if text.startswith(b"<?xml") or text.startswith(b"<x:xmpmeta"):
        return FileFormat("XML", "application/xml", False, "not an image: looks like XML text")
    if text.startswith((b"{", b"[")):
        return FileFormat("JSON", "application/json", False, "not an image: looks like JSON text")
    if head.startswith(b"%PDF"):
        return FileFormat("PDF", "application/pdf", False, "not an image: a PDF document")
    if head.startswith(b"PK\x03\x04"):
        return FileFormat("ZIP", "application/zip", False, "not an image: a ZIP archive")
    if head[4:8] in (b"ftyp", b"moov", b"mdat"):
        return FileFormat("video", "video/mp4", False, "not an image: looks like a video (MP4/QuickTime)")
    if not head.strip(b"\x00"):
        return FileFormat("zeros", "application/octet-stream", False,
                          "not an image: the file is all zero bytes")
    if _is_text(head):
        return FileFormat("text", "text/plain", False, "not an image: looks like plain text")
    # The reason never quotes the file's bytes: they may be anything the importing user can
    # read (a key, a password file reached through a link), and reasons are shown and logged.
    return FileFormat("unknown", "application/octet-stream", False,
                      "not an image: unrecognised file type (no picture format starts like this)")


def _is_text(head: bytes) -> bool:
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        # a multi-byte character cut at the end of the sniffed bytes is still text
        try:
            decoded = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(ch.isprintable() or ch in "\r\n\t\f" for ch in decoded)
