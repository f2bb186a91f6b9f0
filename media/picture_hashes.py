"""Perceptual hashes of pictures: catalog thumbnails at import, published images behind the same guards.

A published image (fetched, or from ``--images DIR``) is untrusted: it goes through the
reader's guard (sniffed format, byte-size and header pixel limits) before a reduced decode.
``PictureHashes`` holds the catalog's hashes and answers the article matcher's
``catalog.articles.matching.PictureLookup``.
"""

from __future__ import annotations

import io
import tempfile
import warnings
from pathlib import Path
from typing import Mapping

from PIL import Image

from catalog.errors import DamagedFileError, FileProblem, LowDetailError
from media.derivatives import fit_box
from media.reader import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_PIXELS, read_image
from media.similarity import (
    CERTAIN_DISTANCE,
    SIMILAR_DISTANCE,
    format_hash,
    has_enough_detail,
    hash_distance,
    image_hash,
    parse_hash,
)

LOW_DETAIL = "too little detail to compare (a flat colour, a gradient or nearly so): the picture is no evidence"
_DECODE_BOX = 256  # px: the hash looks at 128 px; a JPEG decoded at 1/8 scale still covers it


def hash_thumbnail(data: bytes) -> str:
    """The perceptual hash (``format_hash`` text) of a thumbnail the media store made itself."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", fit_box(image.size, _DECODE_BOX))
        return format_hash(image_hash(image))


def hash_picture_file(
    path: Path, *, max_pixels: int = DEFAULT_MAX_PIXELS, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> int:
    """The perceptual hash of an untrusted picture file, after the reader's guards.

    Raises ``FileProblem`` (not an image, too large, damaged, undecodable format) with the path,
    and ``LowDetailError`` for a picture whose hash would look like every other plain picture's.
    """
    from media.decode import open_for_derivatives  # pulls in the HEIF plugin: only when needed

    raw = read_image(Path(path), max_pixels=max_pixels, max_file_bytes=max_file_bytes)
    with open_for_derivatives(Path(path), raw) as image:
        image.draft("RGB", fit_box(image.size, _DECODE_BOX))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # damaged metadata: the reader reports that
                image.load()
        except Exception as error:  # decoders raise OSError, EOFError, SyntaxError, ValueError…
            raise DamagedFileError(f"the picture cannot be decoded ({error})", path=str(path)) from error
        if not has_enough_detail(image):
            raise LowDetailError(LOW_DETAIL, path=str(path))
        return image_hash(image)


def hash_picture_bytes(
    data: bytes, *, name: str, max_pixels: int = DEFAULT_MAX_PIXELS, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> int:
    """The perceptual hash of untrusted image bytes (a fetched image); ``name`` appears in problems."""
    if len(data) > max_file_bytes:
        raise FileProblem(f"{len(data):,} bytes exceeds the {max_file_bytes:,}-byte limit", path=name)
    # The reader guards files: give it one, alone in a private folder (no sidecars beside it).
    with tempfile.TemporaryDirectory(prefix="photodesk-image-") as folder:
        path = Path(folder) / "published-image"
        path.write_bytes(data)
        try:
            return hash_picture_file(path, max_pixels=max_pixels, max_file_bytes=max_file_bytes)
        except FileProblem as problem:
            raise problem.with_path(name) from None


class PictureHashes:
    """The catalog's perceptual hashes by asset id, for ``catalog.articles.matching`` (``PictureLookup``)."""

    certain_distance: int
    similar_distance: int

    def __init__(
        self,
        hashes: Mapping[str, str | int],
        *,
        certain_distance: int = CERTAIN_DISTANCE,
        similar_distance: int = SIMILAR_DISTANCE,
    ) -> None:
        self._hashes = {
            asset_id: value if isinstance(value, int) else parse_hash(value) for asset_id, value in hashes.items()
        }
        self.certain_distance = certain_distance
        self.similar_distance = similar_distance

    def __len__(self) -> int:
        return len(self._hashes)

    def nearest(self, picture_hash: int) -> list[tuple[str, int]]:
        """``(asset id, distance)`` of the pictures within ``similar_distance``, closest first."""
        found = [
            (asset_id, distance)
            for asset_id, value in self._hashes.items()
            if (distance := hash_distance(picture_hash, value)) <= self.similar_distance
        ]
        return sorted(found, key=lambda item: (item[1], item[0]))

    def distance(self, picture_hash: int, asset_id: str) -> int | None:
        """How far the asset's picture is from this hash; None when the asset has no hash."""
        value = self._hashes.get(asset_id)
        return None if value is None else hash_distance(picture_hash, value)
