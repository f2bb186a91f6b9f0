"""Sidecars next to a picture: XMP from Lightroom or darktable, a caption in a text file."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.metadata import RawImage
from media.sidecars import (
    MAX_SIDECAR_BYTES,
    add_sidecars,
    caption_sidecar_candidates,
    is_sidecar,
    xmp_sidecar_candidates,
)

XMP = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>
<rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>"""


def raw_image() -> RawImage:
    return RawImage(format="JPEG", mime="image/jpeg")


def title_of(raw: RawImage) -> str | None:
    return raw.xmp_sidecar.get("dc:title").default() if raw.xmp_sidecar else None


@pytest.mark.parametrize(("name", "sidecar"), [("photo.xmp", True), ("photo.XMP", True), ("notes.txt", True),
                                              ("photo.jpg", False), ("photo.xmp.jpg", False), ("xmp", False)])
def test_xmp_and_text_files_are_sidecars_not_pictures(name: str, sidecar: bool) -> None:
    assert is_sidecar(Path(name)) is sidecar


def test_the_places_a_sidecar_may_be_lightroom_first_then_darktable() -> None:
    photo = Path("/wire/DSC_0042.JPG")
    assert xmp_sidecar_candidates(photo) == [Path("/wire/DSC_0042.xmp"), Path("/wire/DSC_0042.XMP"),
                                             Path("/wire/DSC_0042.JPG.xmp"), Path("/wire/DSC_0042.JPG.XMP")]
    assert caption_sidecar_candidates(photo) == [Path("/wire/DSC_0042.txt"), Path("/wire/DSC_0042.TXT")]


def test_both_sidecars_are_read_and_name_xmp_wins_over_name_jpg_xmp(tmp_path: Path) -> None:
    photo = tmp_path / "storm.jpg"
    photo.write_bytes(b"not read here")
    (tmp_path / "storm.xmp").write_bytes(XMP % b"From Lightroom")
    (tmp_path / "storm.jpg.xmp").write_bytes(XMP % b"From darktable")
    (tmp_path / "storm.txt").write_bytes("  Waves break over the harbour wall in Malmö.\n".encode())
    raw = raw_image()
    add_sidecars(raw, photo)
    assert title_of(raw) == "From Lightroom"
    assert raw.xmp_sidecar.location == "sidecar storm.xmp"
    assert raw.caption_sidecar == "Waves break over the harbour wall in Malmö."
    assert raw.warnings == []


def test_a_darktable_sidecar_alone_is_read(tmp_path: Path) -> None:
    photo = tmp_path / "storm.jpg"
    (tmp_path / "storm.jpg.xmp").write_bytes(XMP % b"From darktable")
    raw = raw_image()
    add_sidecars(raw, photo)
    assert title_of(raw) == "From darktable" and raw.caption_sidecar is None


def test_a_caption_in_cp1252_and_an_empty_caption_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Café “Zur Post”".encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(b"  \n")
    first, second = raw_image(), raw_image()
    add_sidecars(first, tmp_path / "a.jpg")
    add_sidecars(second, tmp_path / "b.jpg")
    assert first.caption_sidecar == "Café “Zur Post”"
    assert second.caption_sidecar is None


def test_a_sidecar_over_4_mb_is_ignored_with_a_warning(tmp_path: Path) -> None:
    with open(tmp_path / "big.xmp", "wb") as big:
        big.truncate(MAX_SIDECAR_BYTES + 1)
    raw = raw_image()
    add_sidecars(raw, tmp_path / "big.jpg")
    assert raw.xmp_sidecar is None
    assert raw.warnings == ["sidecar big.xmp is larger than 4 MB and was ignored"]


def test_pictures_without_sidecars_and_folders_that_cannot_be_listed_get_none(tmp_path: Path) -> None:
    (tmp_path / "other.xmp").write_bytes(XMP % b"Another picture's")
    raw = raw_image()
    add_sidecars(raw, tmp_path / "lonely.jpg")
    add_sidecars(raw, tmp_path / "missing-folder" / "photo.jpg")
    assert (raw.xmp_sidecar, raw.caption_sidecar, raw.warnings) == (None, None, [])


def test_a_sidecar_written_after_the_folder_was_read_is_found(tmp_path: Path) -> None:
    photo = tmp_path / "late.jpg"
    first = raw_image()
    add_sidecars(first, photo)  # the folder's sidecar names are now cached
    (tmp_path / "late.xmp").write_bytes(XMP % b"Added later")
    second = raw_image()
    add_sidecars(second, photo)
    assert first.xmp_sidecar is None and title_of(second) == "Added later"
