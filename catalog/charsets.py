"""Text decoding rules for IPTC-IIM and EXIF strings, which rarely say their charset.

IIM: honour 1:90 CodedCharacterSet (``ESC % G`` = UTF-8); without it, use UTF-8 when
the bytes are valid UTF-8, else cp1252. When 1:90 claims UTF-8 but the bytes are not,
fall back to cp1252. Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map
to the Latin-1 code points, so no byte is ever dropped. Every guess is reported so the
caller can add it to the asset's warnings.

One refinement over plain cp1252: old Mac tools wrote IIM in Mac Roman, which cp1252
turns into "JosŽ" and "TrŸbiger". ``choose_legacy_charset`` looks at a block's 8-bit
values and picks Mac Roman only when its letters fit the words around them clearly
better (a lowercase accented letter inside a word rather than "Ž" or a symbol).
"""

from __future__ import annotations

import unicodedata
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


def decode_iim(data: bytes, *, utf8_declared: bool, legacy: str = "cp1252") -> Decoded:
    """One IIM text value decoded by the rules above (``legacy``: the block's 8-bit charset)."""
    if data.isascii():
        return Decoded(data.decode("ascii"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        name = "Mac Roman" if legacy == "mac_roman" else "Windows-1252"
        note = f"IPTC text claims UTF-8 (1:90) but is not; read as {name}" if utf8_declared \
            else f"IPTC text has no character set (1:90) and is not UTF-8; read as {name}"
        decoded = data.decode("mac_roman") if legacy == "mac_roman" else decode_cp1252(data)
        return Decoded(decoded, note)
    if utf8_declared:
        return Decoded(text)
    return Decoded(text, "IPTC text has no character set (1:90); read as UTF-8 (valid UTF-8 bytes)")


def choose_legacy_charset(values: list[bytes]) -> str:
    """"mac_roman" when a block's non-UTF-8 values read clearly better as Mac Roman, else "cp1252"."""
    eight_bit = [v for v in values if not v.isascii() and not _is_utf8(v)]
    if not eight_bit:
        return "cp1252"
    windows = sum(_plausibility(decode_cp1252(v)) for v in eight_bit)
    mac = sum(_plausibility(v.decode("mac_roman")) for v in eight_bit)
    return "mac_roman" if mac > windows else "cp1252"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _plausibility(text: str) -> int:
    """+1 for each non-ASCII letter that sits naturally in a word, -1 for each that cannot."""
    score = 0
    for i, char in enumerate(text):
        if char.isascii():
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        in_word = before.isalpha() or after.isalpha()
        category = unicodedata.category(char)
        if category in ("Ll", "Lo"):
            score += 1 if in_word else 0
        elif category in ("Lu", "Lt"):
            score += -1 if before.islower() else (1 if in_word else 0)
        elif in_word:
            score -= 1  # a symbol or modifier glued to letters
    return score


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
