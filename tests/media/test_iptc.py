"""IPTC-IIM datasets and the Photoshop image resources that carry them, from bytes built here."""

from __future__ import annotations

import hashlib
import struct

from media.iptc import IRB_DIGEST, IRB_IPTC, IRB_XMP, parse_iim, parse_irb


def dataset(record: int, number: int, value: bytes) -> bytes:
    """One IIM dataset: tag marker, record, dataset, 2-byte length, value."""
    return bytes((0x1C, record, number)) + struct.pack(">H", len(value)) + value


def extended_dataset(record: int, number: int, value: bytes) -> bytes:
    """A dataset whose length is given in 4 more bytes (the high bit of the length field set)."""
    return bytes((0x1C, record, number)) + struct.pack(">H", 0x8004) + struct.pack(">I", len(value)) + value


def resource(resource_id: int, body: bytes, *, name: bytes = b"", signature: bytes = b"8BIM") -> bytes:
    """One Photoshop image resource: signature, id, Pascal name padded to even, size, body padded to even."""
    pascal = bytes((len(name),)) + name
    if len(pascal) % 2:
        pascal += b"\x00"
    return signature + struct.pack(">H", resource_id) + pascal + struct.pack(">I", len(body)) + body + b"\x00" * (len(body) % 2)


IIM = dataset(1, 90, b"\x1b%G") + dataset(2, 120, "Flood in Málaga".encode()) + dataset(2, 25, b"flood") + dataset(2, 25, b"river")


def test_datasets_are_read_in_file_order_with_their_raw_bytes_and_the_block_digest() -> None:
    block, problems = parse_iim(IIM, "APP13")
    assert problems == []
    assert block.datasets == [(1, 90, b"\x1b%G"), (2, 120, "Flood in Málaga".encode()), (2, 25, b"flood"), (2, 25, b"river")]
    assert block.values(2, 25) == [b"flood", b"river"] and block.first(2, 120) == "Flood in Málaga".encode()
    assert block.md5 == hashlib.md5(IIM).hexdigest() and block.location == "APP13"


def test_an_extended_length_dataset_is_read_whole() -> None:
    long_caption = b"x" * 70_000  # longer than a 2-byte length can say
    block, problems = parse_iim(extended_dataset(2, 120, long_caption) + dataset(2, 5, b"Title"), "TIFF tag 33723")
    assert problems == [] and block.first(2, 120) == long_caption and block.first(2, 5) == b"Title"


def test_a_dataset_longer_than_the_block_is_reported_and_not_read() -> None:
    cut = dataset(2, 5, b"Title") + bytes((0x1C, 2, 120)) + struct.pack(">H", 500) + b"only a few bytes"
    block, problems = parse_iim(cut, "APP13")
    assert block.datasets == [(2, 5, b"Title")]
    assert problems == ["IPTC dataset 2:120 in APP13 claims 500 bytes but only 16 remain; it was not read"]


def test_a_byte_that_is_no_tag_marker_ends_the_block_and_trailing_zeros_are_padding() -> None:
    block, problems = parse_iim(dataset(2, 5, b"Title") + b"\x00\x00\x00\x00\x00\x00", "APP13")
    assert (block.datasets, problems) == ([(2, 5, b"Title")], [])
    block, problems = parse_iim(dataset(2, 5, b"Title") + b"garbage here", "APP13")
    assert block.datasets == [(2, 5, b"Title")]
    assert problems == ["bad IPTC data tag (marker 0x67) in APP13; the rest of the block was skipped"]


def test_a_bad_extended_length_is_reported() -> None:
    bad = bytes((0x1C, 2, 120)) + struct.pack(">H", 0x8009) + b"\x00" * 9
    block, problems = parse_iim(bad, "APP13")
    assert (block.datasets, problems) == ([], ["bad IPTC extended length in APP13"])


def test_photoshop_resources_give_the_iim_block_its_digest_and_xmp() -> None:
    digest = hashlib.md5(IIM).digest()
    data = (resource(0x03ED, b"resolution info") + resource(IRB_IPTC, IIM, name=b"IPTC")
            + resource(IRB_DIGEST, digest) + resource(IRB_XMP, b"<x:xmpmeta/>", signature=b"PHUT"))
    contents = parse_irb(data, "APP13")
    assert contents.problems == []
    assert [block.datasets for block in contents.iptc_blocks] == [parse_iim(IIM, "APP13")[0].datasets]
    assert contents.digest == digest.hex() == contents.iptc_blocks[0].md5
    assert contents.xmp == [b"<x:xmpmeta/>"]


def test_a_digest_of_the_wrong_length_is_ignored() -> None:
    assert parse_irb(resource(IRB_DIGEST, b"short"), "APP13").digest is None


def test_a_resource_larger_than_the_data_is_read_as_far_as_it_goes() -> None:
    whole = resource(IRB_IPTC, IIM)
    contents = parse_irb(whole[:-10], "APP13")
    assert contents.problems[0] == f"bad Photoshop resource size {len(IIM)} (APP13); read what fits"
    assert contents.iptc_blocks[0].datasets[:3] == parse_iim(IIM, "APP13")[0].datasets[:3]


def test_unknown_bytes_after_the_resources_are_reported_and_zero_padding_is_not() -> None:
    assert parse_irb(resource(IRB_IPTC, IIM) + b"\x00" * 16, "APP13").problems == []
    assert parse_irb(resource(IRB_IPTC, IIM) + b"JUNK" * 4, "APP13").problems == [
        "unknown bytes in the Photoshop resources (APP13)"]
