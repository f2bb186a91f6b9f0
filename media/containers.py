"""Metadata from non-JPEG containers: PNG, TIFF family, WebP, GIF, PSD, JPEG 2000, ISOBMFF, JXL, EPS, PGF, BMP."""

from __future__ import annotations

from typing import BinaryIO

from catalog.metadata import RawImage


def _not_yet(handle: BinaryIO, head: bytes, raw: RawImage, file_size: int) -> None:
    raw.is_decodable = True


read_png = read_tiff = read_webp = read_gif = read_psd = read_jp2 = read_j2c = _not_yet
read_isobmff = read_jxl = read_eps = read_pgf = read_bmp = _not_yet
