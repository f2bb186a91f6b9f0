"""The index's codec: W3's file layout with posting blocks pickled in protocol 4, read back the same."""

from __future__ import annotations

import pickle
import random
import struct
import zlib
from pathlib import Path

from whoosh import fields, index
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec

from index.postings_codec import BLOCK_PROTOCOL, CODEC, PhotodeskCodec

WORDS = ["flood", "river", "police", "fire", "mayor", "city", "bridge", "crowd", "storm", "harbor"]


def captions(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(3, 40))) for _ in range(count)]


def build(folder: Path, texts: list[str], codec, **options: object) -> index.Index:
    folder.mkdir()
    ix = index.create_in(folder, fields.Schema(id=fields.ID(stored=True), text=fields.TEXT(phrase=True)))
    with ix.writer(codec=codec, **options) as writer:
        for number, text in enumerate(texts):
            writer.add_document(id=str(number), text=text)
    return ix


def postings(ix: index.Index) -> dict[str, list[tuple[int, float, bytes]]]:
    """Every word's postings: document, weight and the encoded positions."""
    found = {}
    with ix.reader() as reader:
        for word in WORDS:
            matcher = reader.postings("text", word)
            rows = []
            while matcher.is_active():
                rows.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            found[word] = rows
    return found


def test_the_index_writes_with_this_codec() -> None:
    assert isinstance(CODEC, PhotodeskCodec) and BLOCK_PROTOCOL == 4


def test_postings_read_back_exactly_as_w3_wrote_them(tmp_path: Path) -> None:
    texts = captions(600, seed=1)  # common words: several 128-posting blocks each
    ours, theirs = build(tmp_path / "ours", texts, CODEC), build(tmp_path / "w3", texts, W3Codec())
    assert postings(ours) == postings(theirs)
    assert max(len(rows) for rows in postings(ours).values()) > 128


def block_protocols(postings_file: Path) -> list[int]:
    """The pickle protocol of every posting block's data in a W3-layout postings file."""
    data, protocols, start = postings_file.read_bytes(), [], 0
    while (header := data.find(WHOOSH3_HEADER_MAGIC, start)) >= 0:  # one term's blocks follow
        position = header + len(WHOOSH3_HEADER_MAGIC)
        while True:
            length = struct.unpack("!i", data[position:position + 4])[0]  # negative: the term's last block
            block = data[position + 4:position + 4 + abs(length)]
            position += 4 + abs(length)
            info = pickle.loads(block)  # the block header: count, last id, max weight, compression, lengths
            body = block[len(pickle.dumps(info, 2)):]
            protocols.append((zlib.decompress(body) if info[3] else body)[1])  # b"\x80", protocol
            if length < 0:
                break
        start = position
    return protocols


def test_blocks_are_pickled_in_protocol_4_their_headers_as_w3s_and_the_file_is_smaller(tmp_path: Path) -> None:
    texts = captions(600, seed=2)
    sizes, protocols = {}, {}
    for name, codec in (("ours", CODEC), ("w3", W3Codec())):
        ix = build(tmp_path / name, texts, codec, compound=False)  # the postings in a file of their own
        (postings_file,) = (tmp_path / name).glob("*.pst")
        sizes[name], protocols[name] = postings_file.stat().st_size, block_protocols(postings_file)
        ix.close()
    assert set(protocols["ours"]) == {4} and set(protocols["w3"]) == {2}
    assert len(protocols["ours"]) == len(protocols["w3"]) > len(WORDS)  # several blocks a word
    assert sizes["ours"] < sizes["w3"]


def test_segments_of_both_codecs_are_searched_together_and_merge_into_this_one(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    old_texts, new_texts = captions(150, seed=3), captions(150, seed=4)
    ix = build(folder, old_texts, W3Codec())
    with ix.writer(codec=CODEC) as writer:
        writer.merge = False
        for number, text in enumerate(new_texts):
            writer.add_document(id=f"new-{number}", text=text)
    with ix.reader() as reader:
        assert {type(leaf.segment().codec()).__name__ for leaf, _ in reader.leaf_readers()} == {"W3Codec", "PhotodeskCodec"}
        expected = sum(text.split().count("flood") > 0 for text in old_texts + new_texts)
        assert reader.doc_frequency("text", "flood") == expected
    with ix.writer(codec=CODEC) as writer:
        writer.optimize = True  # merge everything into one segment
    with ix.reader() as reader:
        (leaf, _), = reader.leaf_readers()
        assert type(leaf.segment().codec()).__name__ == "PhotodeskCodec"
        assert reader.doc_frequency("text", "flood") == expected
