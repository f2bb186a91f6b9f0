"""Sidecar files next to an image: XMP (``name.xmp``, ``name.jpg.xmp``) and caption text (``name.txt``)."""

from __future__ import annotations

import os
from pathlib import Path

from catalog.charsets import decode_text_file
from catalog.metadata import RawImage
from media.xmp import parse_xmp

SIDECAR_SUFFIXES = frozenset({".xmp", ".txt"})
MAX_SIDECAR_BYTES = 4 * 1024 * 1024


def is_sidecar(path: Path) -> bool:
    """True for files that travel with an image rather than being one (skipped by discovery)."""
    return path.suffix.lower() in SIDECAR_SUFFIXES


def xmp_sidecar_candidates(path: Path) -> list[Path]:
    """Where an XMP sidecar for ``path`` may be: ``name.xmp`` (Lightroom, Bridge) then ``name.jpg.xmp`` (darktable)."""
    stem = path.with_suffix("")
    return [stem.with_name(stem.name + ".xmp"), stem.with_name(stem.name + ".XMP"),
            path.with_name(path.name + ".xmp"), path.with_name(path.name + ".XMP")]


def caption_sidecar_candidates(path: Path) -> list[Path]:
    """Where a caption text sidecar for ``path`` may be: ``name.txt``."""
    stem = path.with_suffix("")
    return [stem.with_name(stem.name + ".txt"), stem.with_name(stem.name + ".TXT")]


def add_sidecars(raw: RawImage, path: Path) -> None:
    """Read the XMP and caption sidecars of ``path``, when they exist, into ``raw``."""
    names = _sidecar_names(str(path.parent))
    if not names:
        return
    stem = path.stem.casefold()
    if stem not in names and path.name.casefold() not in names:
        return
    for candidate in xmp_sidecar_candidates(path):
        data = _read_small(candidate, raw)
        if data is not None:
            raw.xmp_sidecar = parse_xmp(data, f"sidecar {candidate.name}", raw.warnings)
            break
    for candidate in caption_sidecar_candidates(path):
        data = _read_small(candidate, raw)
        if data is not None:
            text = decode_text_file(data).strip()
            raw.caption_sidecar = text or None
            break


def _sidecar_names(directory: str) -> frozenset[str]:
    """The case-folded base names that have a sidecar in ``directory`` ("photo" for photo.xmp, "photo.jpg" for
    photo.jpg.xmp), listed once per directory change: a bulk import then costs one stat per file, not six."""
    try:
        stamp = os.stat(directory).st_mtime_ns
    except OSError:
        return frozenset()
    cached = _listing_cache.get(directory)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        names = frozenset(name[:-4].casefold() for name in os.listdir(directory)
                          if name[-4:].lower() in SIDECAR_SUFFIXES)
    except OSError:
        names = frozenset()
    if len(_listing_cache) > 32:
        _listing_cache.clear()
    _listing_cache[directory] = (stamp, names)
    return names


_listing_cache: dict[str, tuple[int, frozenset[str]]] = {}


def _read_small(candidate: Path, raw: RawImage) -> bytes | None:
    try:
        if not os.path.isfile(candidate):
            return None
        if os.path.getsize(candidate) > MAX_SIDECAR_BYTES:
            raw.warn(f"sidecar {candidate.name} is larger than 4 MB and was ignored")
            return None
        return candidate.read_bytes()
    except OSError as error:
        raw.warn(f"sidecar {candidate.name} could not be read ({error.strerror})")
        return None
