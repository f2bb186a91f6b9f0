"""Format sniffing from the first bytes: real images made with Pillow, the corpus, and things that are not images."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from media.formats import SNIFF_BYTES, sniff_format

# exiftool's FileType -> Photodesk's format name, for the corpus comparison
EXIFTOOL_TYPES = {"Extended WEBP": "WEBP", "BTF": "BigTIFF", "HEIF": "HEIF"}


def encoded(format_name: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 12), (200, 30, 40)).save(buffer, format_name, **options)
    return buffer.getvalue()


@pytest.mark.parametrize(("pillow_format", "name", "mime"), [
    ("JPEG", "JPEG", "image/jpeg"), ("PNG", "PNG", "image/png"), ("TIFF", "TIFF", "image/tiff"),
    ("WEBP", "WEBP", "image/webp"), ("GIF", "GIF", "image/gif"), ("BMP", "BMP", "image/bmp"),
    ("JPEG2000", "JP2", "image/jp2"), ("AVIF", "AVIF", "image/avif"),
])
def test_images_are_known_by_their_bytes(pillow_format: str, name: str, mime: str) -> None:
    options = {"no_jp2": False} if pillow_format == "JPEG2000" else {}
    found = sniff_format(encoded(pillow_format, **options)[:SNIFF_BYTES])
    assert (found.name, found.mime, found.is_image) == (name, mime, True)


def test_heic_is_known_by_its_brand() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    found = sniff_format(encoded("HEIF")[:SNIFF_BYTES])  # pillow-heif writes HEVC: the "heic" brand
    assert (found.name, found.mime, found.is_image) == ("HEIC", "image/heic", True)


@pytest.mark.parametrize(("head", "reason"), [
    (b"", "empty file (0 bytes)"),
    (b"<!DOCTYPE html><html><head><title>Photo</title>", "not an image: looks like HTML (a web page)"),
    (b"\n  <html lang='en'>", "not an image: looks like HTML (a web page)"),
    (b"%PDF-1.7\n%\xe2\xe3", "not an image: a PDF document"),
    (b"Caption: Players celebrate a late goal.\r\n", "not an image: looks like plain text"),
    (b"\x00" * 64, "not an image: the file is all zero bytes"),
    (b"PK\x03\x04\x14\x00\x00\x00", "not an image: a ZIP archive"),
    (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", "not an image: looks like a video (MP4/QuickTime)"),
])
def test_non_images_get_a_reason_an_editor_understands(head: bytes, reason: str) -> None:
    found = sniff_format(head)
    assert not found.is_image
    assert found.reason == reason


def test_unknown_bytes_are_never_quoted_in_the_reason() -> None:
    # Issue 12: a link to a secret file made the reason print its first 8 bytes.
    secret = b"\xc8\xc9SECRET-KEY-0123456789"
    found = sniff_format(secret)
    assert not found.is_image
    assert found.reason == "not an image: unrecognised file type (no picture format starts like this)"
    assert "c8" not in found.reason and "SECRET" not in found.reason


def test_every_corpus_image_is_sniffed_as_exiftool_names_it(corpus_images: Path, expected: dict) -> None:
    mismatches = {}
    for key, record in expected.items():
        exiftool_type = record["file_type"]
        if exiftool_type is None:
            continue
        head = (corpus_images.parent / key).read_bytes()[:SNIFF_BYTES * 16]
        found = sniff_format(head)
        wanted = EXIFTOOL_TYPES.get(exiftool_type, exiftool_type)
        # TIFF-based RAW (DNG, NEF) and MPO share their magic with TIFF and JPEG: the reader refines them
        acceptable = {wanted, {"DNG": "TIFF", "NEF": "TIFF", "MPO": "JPEG"}.get(wanted)}
        if found.name not in acceptable:
            mismatches[key] = (exiftool_type, found.name)
    assert mismatches == {}
