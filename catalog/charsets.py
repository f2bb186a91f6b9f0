"""Text decoding rules for IPTC-IIM and EXIF strings, which rarely say their charset.

IIM: honour 1:90 CodedCharacterSet (``ESC % G`` = UTF-8); without it, use UTF-8 when
the bytes are valid UTF-8, else cp1252. When 1:90 claims UTF-8 but the bytes are not,
fall back to cp1252. Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map
to the Latin-1 code points, so no byte is ever dropped. Every guess is reported so the
caller can add it to the asset's warnings.
"""

from __future__ import annotations

from dataclasses import dataclass

UTF8_MARKERS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")  # ISO 2022 escapes for UTF-8 in 1:90

# cp1252 leaves five bytes undefined; take their Latin-1 (C1 control) meaning instead.
_CP1252_HOLES = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}


@dataclass(frozen=True)
class Decoded:
    """Decoded text and, when the charset was guessed or wrong, a note saying so."""

    text: str
    note: str | None = None


def is_utf8_declared(coded_character_set: bytes | None) -> bool:
    """True when IIM 1:90 declares UTF-8."""
    return bool(coded_character_set) and any(m in coded_character_set for m in UTF8_MARKERS)


def decode_cp1252(data: bytes) -> str:
    """cp1252 text, with its five undefined bytes kept as Latin-1 so nothing is lost."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(_CP1252_HOLES.get(b) or bytes([b]).decode("cp1252") for b in data)


def decode_iim(data: bytes, *, utf8_declared: bool) -> Decoded:
    """One IIM text value decoded by the rules above."""
    if data.isascii():
        return Decoded(data.decode("ascii"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        note = "IPTC text claims UTF-8 (1:90) but is not; read as Windows-1252" if utf8_declared \
            else "IPTC text has no character set (1:90) and is not UTF-8; read as Windows-1252"
        return Decoded(decode_cp1252(data), note)
    if utf8_declared:
        return Decoded(text)
    return Decoded(text, "IPTC text has no character set (1:90); read as UTF-8 (valid UTF-8 bytes)")


def decode_exif(data: bytes) -> Decoded:
    """An EXIF ASCII value: UTF-8 when valid (as MWG recommends), else cp1252."""
    if data.isascii():
        return Decoded(data.decode("ascii"))
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        return Decoded(decode_cp1252(data), "EXIF text is not UTF-8; read as Windows-1252")


def decode_ucs2(data: bytes) -> str:
    """A Windows XP tag (XPKeywords, XPTitle...): UCS-2 little-endian, NUL-terminated."""
    return data.decode("utf-16-le", errors="replace").split("\x00", 1)[0]


def decode_text_file(data: bytes) -> str:
    """A caption sidecar's text: BOM honoured (UTF-8/UTF-16), else UTF-8, else cp1252; CRLF -> LF."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_cp1252(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")
