"""XMP packets parsed with defusedxml into ``XmpPacket`` properties.

Properties are keyed ``prefix:name`` with the standard prefix of their namespace
(whatever prefix the file used); lang-alt keeps every language, bag/seq become tuples,
structures become ``XmpStruct``. Ill-formed XMP is repaired where a well-known
defect allows it, otherwise skipped with a warning: it never fails the file.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from catalog.metadata import LangAlt, XmpPacket, XmpStruct, XmpValue

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

NAMESPACE_PREFIXES = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "iptcCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "iptcExt",
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://cipa.jp/exif/1.0/": "exifEX",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://ns.adobe.com/xmp/note/": "xmpNote",
    "http://ns.useplus.org/ldf/xmp/1.0/": "plus",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://ns.adobe.com/camera-raw-settings/1.0/": "crs",
    "http://ns.adobe.com/lightroom/1.0/": "lr",
    "http://ns.microsoft.com/photo/1.0/": "MicrosoftPhoto",
}

_RDF_DESCRIPTION = f"{{{RDF}}}Description"
_RDF_ALT = f"{{{RDF}}}Alt"
_RDF_BAG = f"{{{RDF}}}Bag"
_RDF_SEQ = f"{{{RDF}}}Seq"
_RDF_LI = f"{{{RDF}}}li"
_RDF_RESOURCE = f"{{{RDF}}}resource"
_RDF_PARSE_TYPE = f"{{{RDF}}}parseType"
_RDF_VALUE = f"{{{RDF}}}value"
_RDF_ABOUT = f"{{{RDF}}}about"
_SKIPPED_ATTRIBUTES = {_RDF_ABOUT, f"{{{RDF}}}ID", f"{{{RDF}}}nodeID", XML_LANG, _RDF_PARSE_TYPE}


def parse_xmp(data: bytes, location: str, warnings: list[str]) -> XmpPacket | None:
    """One XMP packet's properties, or None (with a warning) when it cannot be read at all."""
    data = _as_utf8(data)
    if not data:
        return None
    root = _parse_xml(data)
    if root is None:
        repaired = _repair(data)
        root = _parse_xml(repaired)
        if root is None:
            packet = _salvage(repaired, location)
            if packet.properties:
                warnings.append(f"ill-formed XMP in {location} was read leniently; some values may be missing")
                return packet
            warnings.append(f"ill-formed XMP in {location} was skipped")
            return None
        warnings.append(f"ill-formed XMP in {location} was repaired to read it")
    packet = XmpPacket(location=location)
    for description in root.iter(_RDF_DESCRIPTION):
        _read_description(description, packet.properties)
    return packet


def merge_packets(main: XmpPacket, extension: XmpPacket) -> None:
    """Add ExtendedXMP properties to the standard packet (the standard packet's values win)."""
    for name, value in extension.properties.items():
        main.properties.setdefault(name, value)


def qualified_name(tag: str) -> str:
    """``{uri}name`` -> ``prefix:name`` for the namespaces Photodesk knows, else unchanged."""
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        prefix = NAMESPACE_PREFIXES.get(uri)
        if prefix:
            return f"{prefix}:{local}"
    return tag


def _as_utf8(data: bytes) -> bytes:
    # XMP may be UTF-16/32 (with or without a BOM); expat wants one declared encoding.
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(b"\x00<") or data.startswith(b"\x00\x00\xfe\xff"):
        text = data.decode("utf-16-be" if data[1:2] == b"<" else "utf-32", errors="replace")
    elif data.startswith(b"<\x00\x00\x00"):
        text = data.decode("utf-32-le", errors="replace")
    elif data.startswith(b"<\x00"):
        text = data.decode("utf-16-le", errors="replace")
    else:
        return data.strip(b"\x00 \t\r\n")
    text = re.sub(r"^<\?xml[^>]*\?>", "", text.strip("\x00 \t\r\n\ufeff"))
    return text.encode("utf-8")


def _parse_xml(data: bytes) -> Element | None:
    try:
        return SafeElementTree.fromstring(data)
    except (ParseError, DefusedXmlException, ValueError, UnicodeError):
        return None


_PACKET_OPENING = re.compile(rb"<(x:xmpmeta|rdf:RDF)\b")
_PACKET_CLOSING = re.compile(rb"</(x:xmpmeta|rdf:RDF)\s*>")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _repair(data: bytes) -> bytes:
    # Common defects: junk around the packet (padding, a second packet, a trailing
    # NUL), bytes that are not UTF-8, and control characters that XML forbids.
    found = _packet_span(data)
    if found:
        data = data[found[0]:found[1]]
    data = data.decode("utf-8", errors="replace").encode("utf-8")
    return _CONTROL.sub(b" ", data)


def _packet_span(data: bytes) -> tuple[int, int] | None:
    """The first x:xmpmeta (or rdf:RDF) element that is closed, up to its first closing tag.

    Found in one pass over the data: a lazy regular expression tried at every opening tag of
    a packet that never closes them took time growing with the square of its size.
    """
    closings: dict[bytes, list[tuple[int, int]]] = {}
    for closing in _PACKET_CLOSING.finditer(data):
        closings.setdefault(closing.group(1), []).append((closing.start(), closing.end()))
    for opening in _PACKET_OPENING.finditer(data):
        ends = closings.get(opening.group(1), [])
        at = bisect.bisect_left(ends, (opening.end(), 0))
        if at < len(ends):
            return opening.start(), ends[at][1]
    return None


def _read_description(description: Element, into: dict[str, XmpValue]) -> None:
    for attribute, value in description.attrib.items():
        if attribute in _SKIPPED_ATTRIBUTES or attribute.startswith(f"{{{RDF}}}") or attribute[0] != "{":
            continue
        into.setdefault(qualified_name(attribute), value)
    for child in description:
        value = _read_value(child)
        if value is not None:
            into.setdefault(qualified_name(child.tag), value)


def _read_value(element: Element) -> XmpValue | None:
    resource = element.get(_RDF_RESOURCE)
    if resource is not None:
        return resource
    if element.get(_RDF_PARSE_TYPE) == "Resource":
        return _read_struct(element)
    children = list(element)
    if not children:
        if element.attrib.keys() - _SKIPPED_ATTRIBUTES:  # a struct written as attributes
            return _read_struct(element)
        return element.text or ""
    container = children[0]
    if container.tag == _RDF_ALT:
        alternatives = LangAlt()
        for item in container.iter(_RDF_LI):
            alternatives.setdefault(item.get(XML_LANG, "x-default"), _item_text(item))
        if "x-default" in alternatives:  # keep x-default first, as exiftool shows it
            ordered = LangAlt(**{"x-default": alternatives.pop("x-default")})
            ordered.update(alternatives)
            return ordered
        return alternatives
    if container.tag in (_RDF_BAG, _RDF_SEQ):
        items = []
        for item in container.findall(_RDF_LI):
            value = _read_value(item)
            if value is not None:
                items.append(value)
        return tuple(items)
    if container.tag == _RDF_DESCRIPTION:
        return _read_struct(container)
    return _read_struct(element)


def _read_struct(element: Element) -> XmpStruct:
    fields = XmpStruct()
    _read_description(element, fields)
    if _RDF_VALUE in fields:
        fields.pop(_RDF_VALUE)
    return fields


def _item_text(item: Element) -> str:
    if len(item):  # qualified value: rdf:value inside
        value = item.find(_RDF_VALUE)
        return (value.text or "") if value is not None else ""
    return item.text or ""


_NAMESPACE_DECLARATION = re.compile(r'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']')
_ATTRIBUTE = re.compile(r'\s([\w.-]+):([\w.-]+)\s*=\s*"([^"]*)"')
# Every pattern of the salvage stops at the next "<" or ">": each is one pass over the text.
_TAG = re.compile(r"<(/?)([\w.-]+):([\w.-]+)(?:\s[^<>]*)?(/?)>")
_LIST_ITEM = re.compile(r"<rdf:li\b([^<>]*)>([^<]*)</rdf:li\s*>")
_LANGUAGE = re.compile(r"xml:lang\s*=\s*[\"']([^\"']*)[\"']")
_WRAPPERS = frozenset({("x", "xmpmeta"), ("rdf", "RDF"), ("rdf", "Description")})
_STRUCTURAL_PREFIXES = frozenset({"xmlns", "rdf", "x", "xml", "stRef", "stEvt"})


def _salvage(data: bytes, location: str) -> XmpPacket:
    """Last resort for XMP no XML parser accepts (e.g. a corrupted namespace): read what regexes can."""
    text = data.decode("utf-8", errors="replace")
    namespaces = dict(_NAMESPACE_DECLARATION.findall(text))
    packet = XmpPacket(location=location)

    def name_of(prefix: str, local: str) -> str | None:
        if prefix in _STRUCTURAL_PREFIXES or prefix not in namespaces:
            return None
        return qualified_name(f"{{{namespaces[prefix]}}}{local}")

    for prefix, local, value in _ATTRIBUTE.findall(text):
        name = name_of(prefix, local)
        if name:
            packet.properties.setdefault(name, html.unescape(value))
    for name, inner in _property_elements(text):
        name = name_of(*name)
        if not name:
            continue
        items = _LIST_ITEM.findall(inner)
        if "<rdf:Alt" in inner:
            packet.properties.setdefault(name, LangAlt(
                (_language(attributes) or "x-default", html.unescape(value)) for attributes, value in items))
        elif items:
            packet.properties.setdefault(name, tuple(html.unescape(value) for _, value in items))
        elif "<" not in inner:
            packet.properties.setdefault(name, html.unescape(inner))
    return packet


def _property_elements(text: str) -> Iterator[tuple[tuple[str, str], str]]:
    """Each element outside any other but the packet's wrappers (x:xmpmeta, rdf:RDF, rdf:Description):
    its (prefix, name) and its content, in one pass over the tags.

    An element closes at the first closing tag of its name; tags left open inside it are dropped.
    """
    stack: list[tuple[tuple[str, str], int]] = []  # open elements: name, where the content starts
    open_names: Counter[tuple[str, str]] = Counter()
    inside = 0  # open elements that are not wrappers
    for tag in _TAG.finditer(text):
        closing, prefix, local, self_closing = tag.groups()
        name = (prefix, local)
        if self_closing:
            continue
        if not closing:
            stack.append((name, tag.end()))
            open_names[name] += 1
            inside += name not in _WRAPPERS
            continue
        if not open_names[name]:
            continue  # closes nothing that is open
        while True:
            opened, start = stack.pop()
            open_names[opened] -= 1
            inside -= opened not in _WRAPPERS
            if opened == name:
                break
        if not inside and name not in _WRAPPERS:
            yield name, text[start:tag.start()]


def _language(attributes: str) -> str | None:
    found = _LANGUAGE.search(attributes)
    return found.group(1) if found else None
