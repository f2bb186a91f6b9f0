"""XMP packets as cameras, Photoshop, Lightroom and broken tools write them, read into properties."""

from __future__ import annotations

import time

import pytest

from catalog.metadata import LangAlt, XmpPacket, XmpStruct
from media.xmp import merge_packets, parse_xmp, qualified_name

HEAD = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about=""')
TAIL = b"</rdf:Description></rdf:RDF></x:xmpmeta>"
NAMESPACES = (b' xmlns:dc="http://purl.org/dc/elements/1.1/"'
              b' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
              b' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"')


def packet(attributes: bytes = b"", body: bytes = b"") -> bytes:
    return HEAD + NAMESPACES + attributes + b">" + body + TAIL


def read(data: bytes) -> tuple[XmpPacket | None, list[str]]:
    warnings: list[str] = []
    return parse_xmp(data, "APP1", warnings), warnings


def test_every_value_shape_is_read_with_the_standard_prefix() -> None:
    body = (b'<dc:description><rdf:Alt><rdf:li xml:lang="de">Hochwasser</rdf:li>'
            b'<rdf:li xml:lang="x-default">Flood in M\xc3\xa1laga</rdf:li></rdf:Alt></dc:description>'
            b"<dc:subject><rdf:Bag><rdf:li>flood</rdf:li><rdf:li>river</rdf:li></rdf:Bag></dc:subject>"
            b"<dc:creator><rdf:Seq><rdf:li>Jon Nazca</rdf:li></rdf:Seq></dc:creator>"
            b'<Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiAdrCity="Madrid"/>'
            b'<Iptc4xmpCore:Location rdf:parseType="Resource"><Iptc4xmpCore:City>M\xc3\xa1laga</Iptc4xmpCore:City>'
            b"</Iptc4xmpCore:Location>")
    found, warnings = read(packet(b' photoshop:Credit="REUTERS"', body))
    assert warnings == [] and found.location == "APP1"
    assert found.properties == {
        "photoshop:Credit": "REUTERS",
        "dc:description": LangAlt({"x-default": "Flood in Málaga", "de": "Hochwasser"}),
        "dc:subject": ("flood", "river"),
        "dc:creator": ("Jon Nazca",),
        "iptcCore:CreatorContactInfo": XmpStruct({"iptcCore:CiAdrCity": "Madrid"}),
        "iptcCore:Location": XmpStruct({"iptcCore:City": "Málaga"}),
    }
    assert list(found.properties["dc:description"]) == ["x-default", "de"]  # x-default first, as exiftool shows


def test_a_file_own_prefix_for_a_known_namespace_becomes_the_standard_one() -> None:
    data = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            b'<rdf:Description xmlns:ps="http://ns.adobe.com/photoshop/1.0/" ps:Headline="Storm"/></rdf:RDF></x:xmpmeta>')
    found, _ = read(data)
    assert found.properties == {"photoshop:Headline": "Storm"}
    assert qualified_name("{http://ns.adobe.com/photoshop/1.0/}Headline") == "photoshop:Headline"
    assert qualified_name("{http://example.com/ns/}Thing") == "{http://example.com/ns/}Thing"


def test_utf16_packets_with_an_xml_declaration_are_read() -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?>' + packet(' photoshop:City="Kraków"'.encode()).decode("utf-8")
    for encoded in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be")):
        found, warnings = read(encoded)
        assert (found.properties, warnings) == ({"photoshop:City": "Kraków"}, [])


def test_junk_around_the_packet_and_control_characters_are_repaired_with_a_warning() -> None:
    data = b"\x00garbage before" + packet(b' photoshop:Credit="A\x01P"') + b"<x:xmpmeta>second"
    found, warnings = read(data)
    assert found.properties == {"photoshop:Credit": "A P"}
    assert warnings == ["ill-formed XMP in APP1 was repaired to read it"]


def test_a_packet_no_parser_accepts_is_salvaged_value_by_value() -> None:
    broken = packet(b' photoshop:Credit="AP &amp; Reuters"',
                    b'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Title</rdf:li></rdf:Alt></dc:title>'
                    b"<dc:subject><rdf:Bag><rdf:li>one</rdf:li><rdf:li>two</rdf:li></rdf:Bag></dc:subject>"
                    b"<photoshop:City>Mosul</photoshop:City><bad:tag>undeclared prefix</bad:tag>")
    found, warnings = read(broken)
    assert found.properties == {"photoshop:Credit": "AP & Reuters", "dc:title": LangAlt({"x-default": "Title"}),
                                "dc:subject": ("one", "two"), "photoshop:City": "Mosul"}
    assert warnings == ["ill-formed XMP in APP1 was read leniently; some values may be missing"]


def test_large_broken_packets_are_salvaged_in_one_pass() -> None:
    # Before: a lazy pattern tried at every unclosed tag took time growing with the square of
    # the size (320 KB: 30 s; the 4 MB a sidecar may hold: hours, in the web server's thread
    # for a story's picture). None of these is XML: rdf is never declared.
    head = b'<x:xmpmeta xmlns:x="adobe:ns:meta/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
    deep = head + b"<rdf:RDF><x:xmpmeta>" * 20_000 + b"<photoshop:City>Deep</photoshop:City>" + b"</x:xmpmeta></rdf:RDF>" * 20_000
    unclosed_tags = head + b"<photoshop:City>" * 50_000
    unclosed_packets = b"<x:xmpmeta>" * 50_000
    unclosed_items = head + b"<photoshop:Keywords><rdf:Bag>" + b"<rdf:li>flood" * 50_000
    started = time.perf_counter()
    results = [read(data) for data in (deep, unclosed_tags, unclosed_packets, unclosed_items)]
    assert time.perf_counter() - started < 10  # about a second here; the old way, hours
    assert results[0][0].properties == {"photoshop:City": "Deep"}  # wrappers are looked inside, however deep
    assert [found for found, _ in results[1:]] == [None, None, None]


@pytest.mark.parametrize("data", [
    b"",
    b"\x00\x00 \n",
    b"not xml at all",
    # "billion laughs": entities are refused, never expanded
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
     b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>'),
])
def test_what_cannot_be_read_at_all_gives_none(data: bytes) -> None:
    found, warnings = read(data)
    assert found is None
    assert warnings == ([] if not data.strip(b"\x00 \n") else ["ill-formed XMP in APP1 was skipped"])


def test_an_external_entity_is_never_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the server's secret", encoding="utf-8")
    data = (f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'.encode()
            + packet(b"", b"<photoshop:City>&e;</photoshop:City>"))
    found, _ = read(data)
    assert "the server's secret" not in repr(found)


def test_extended_xmp_adds_properties_and_the_main_packet_wins() -> None:
    main = XmpPacket(location="APP1", properties={"dc:title": LangAlt({"x-default": "Main"})})
    extension = XmpPacket(location="ExtendedXMP", properties={"dc:title": LangAlt({"x-default": "Other"}),
                                                              "photoshop:City": "Mosul"})
    merge_packets(main, extension)
    assert main.properties == {"dc:title": LangAlt({"x-default": "Main"}), "photoshop:City": "Mosul"}
