"""The IPTC/XMP writer, checked with exiftool as the reference reader."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from media.embed import EmbeddedMetadata, build_iim, save_jpeg

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="exiftool not installed")

META = EmbeddedMetadata(
    caption="Relatives bury Khadeer Hassan in Mosul, Iraq. (AP Photo/Felipe Dana) <b>&</b>",
    headline="Mosul burial",
    creators=("Felipe Dana", "Zofia Wiśniewska"),
    credit="AP",
    source="AP",
    copyright="© 2017 The Associated Press",
    usage_terms="Editorial use only",
    keywords=("Mosul", "Iraq", "conflict"),
    city="Mosul",
    country="Iraq",
    country_code="IRQ",
    date_created="2017-03-25T14:30:00.120+03:00",
    job_id="XAF101",
)


def read_with_exiftool(path: Path) -> dict:
    out = subprocess.run(
        [EXIFTOOL, "-json", "-G1", "-struct", str(path)], capture_output=True, check=True
    ).stdout
    return json.loads(out)[0]


@needs_exiftool
def test_exiftool_reads_back_iim_and_xmp_in_sync(tmp_path: Path) -> None:
    path = tmp_path / "out.jpg"
    save_jpeg(Image.new("RGB", (32, 24), "blue"), path, META)
    tags = read_with_exiftool(path)
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["IPTC:Caption-Abstract"] == META.caption
    assert tags["XMP-dc:Description"] == META.caption
    assert tags["IPTC:By-line"] == list(META.creators)
    assert tags["XMP-dc:Creator"] == list(META.creators)
    assert tags["IPTC:CopyrightNotice"] == tags["XMP-dc:Rights"] == META.copyright
    assert tags["XMP-photoshop:Credit"] == "AP"
    assert tags["IPTC:Keywords"] == list(META.keywords)
    assert tags["IPTC:DateCreated"] == "2017:03:25"
    assert tags["IPTC:TimeCreated"] == "14:30:00+03:00"
    assert tags["XMP-xmpRights:UsageTerms"] == "Editorial use only"
    assert tags["IPTC:OriginalTransmissionReference"] == "XAF101"
    # The digest lets MWG readers trust the XMP: it must match the IIM we wrote.
    assert tags["Photoshop:IPTCDigest"] == tags["File:CurrentIPTCDigest"]


def test_iim_values_are_cut_at_their_byte_limit_on_a_character_boundary() -> None:
    caption = "é" * 1500  # 3000 bytes of UTF-8, over the 2000-byte limit of 2:120
    iim = build_iim(EmbeddedMetadata(caption=caption))
    start = iim.index(b"\x1c\x02\x78") + 5
    length = int.from_bytes(iim[start - 2 : start], "big")
    assert length == 2000
    assert iim[start : start + length].decode("utf-8") == "é" * 1000
