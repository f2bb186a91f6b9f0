"""IPTC-IIM datasets and the Photoshop image resources (IRB, "8BIM") that carry them."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from catalog.metadata import IimBlock, iim_md5

IRB_IPTC = 0x0404  # IPTC-NAA record
IRB_DIGEST = 0x0425  # MD5 of the IIM block when XMP was last synchronised
IRB_XMP = 0x0424
IRB_SIGNATURES = (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa")


@dataclass
class IrbContents:
    """What a Photoshop image-resource block holds that Photodesk reads."""

    iptc_blocks: list[IimBlock] = field(default_factory=list)
    digest: str | None = None
    xmp: list[bytes] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_irb(data: bytes, location: str) -> IrbContents:
    """Walk Photoshop image resources: IIM blocks (0x0404), IPTC digest (0x0425), XMP (0x0424)."""
    contents = IrbContents()
    pos, end = 0, len(data)
    while pos + 12 <= end:
        if data[pos:pos + 4] not in IRB_SIGNATURES:
            if data[pos:end].strip(b"\x00"):
                contents.problems.append(f"unknown bytes in the Photoshop resources ({location})")
            break
        resource_id = struct.unpack_from(">H", data, pos + 4)[0]
        name_length = data[pos + 6]
        pos += 6 + ((name_length + 2) & ~1)  # Pascal name padded to an even length
        if pos + 4 > end:
            contents.problems.append(f"truncated Photoshop resource ({location})")
            break
        size = struct.unpack_from(">I", data, pos)[0]
        pos += 4
        if size > end - pos:
            contents.problems.append(
                f"bad Photoshop resource size {size} ({location}); read what fits")
            size = end - pos
        body = data[pos:pos + size]
        pos += size + (size & 1)
        if resource_id == IRB_IPTC:
            block, problems = parse_iim(body, location)
            contents.iptc_blocks.append(block)
            contents.problems.extend(problems)
        elif resource_id == IRB_DIGEST and len(body) == 16:
            contents.digest = body.hex()
        elif resource_id == IRB_XMP:
            contents.xmp.append(body)
    return contents


def parse_iim(data: bytes, location: str) -> tuple[IimBlock, list[str]]:
    """The datasets of one IIM block, and its problems; stops at a byte that is not a tag marker."""
    datasets: list[tuple[int, int, bytes]] = []
    found: list[str] = []
    pos, end = 0, len(data)
    while pos + 5 <= end:
        marker = data[pos]
        if marker != 0x1C:
            if data[pos:end].strip(b"\x00"):
                found.append(f"bad IPTC data tag (marker 0x{marker:02x}) in {location}; "
                             "the rest of the block was skipped")
            break
        record, dataset = data[pos + 1], data[pos + 2]
        length = struct.unpack_from(">H", data, pos + 3)[0]
        pos += 5
        if length & 0x8000:  # extended dataset: the length's own length follows
            size_of_length = length & 0x7FFF
            if size_of_length > 4 or pos + size_of_length > end:
                found.append(f"bad IPTC extended length in {location}")
                break
            length = int.from_bytes(data[pos:pos + size_of_length], "big")
            pos += size_of_length
        if pos + length > end:
            # its declared length runs past the block: the value is cut or the length is corrupt
            found.append(f"IPTC dataset {record}:{dataset:02d} in {location} claims {length} bytes but only "
                         f"{end - pos} remain; it was not read")
            break
        datasets.append((record, dataset, data[pos:pos + length]))
        pos += length
    return IimBlock(location=location, datasets=datasets, md5=iim_md5(data)), found
