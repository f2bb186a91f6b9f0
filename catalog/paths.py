"""File system paths as the catalog keeps them: readable text, and the exact name when they differ.

On Linux a file name is bytes. Memory cards and zips made on Windows or old Macs give names
in Latin-1, cp1252 or Shift-JIS that are not UTF-8; Python hands such bytes over as lone
surrogates (``"caf\\udce9.jpg"``, PEP 383), which no UTF-8 catalog, JSON answer or web page can
hold. The catalog therefore keeps two forms: the readable one, each undecodable byte shown as
U+FFFD (``"caf�.jpg"``), and, only when it differs, the exact one with those bytes written
``%XX`` and ``%`` itself as ``%25`` (``"caf%E9.jpg"``), from which the real path comes back.
"""

from __future__ import annotations

import re
import unicodedata

_SURROGATE = re.compile("[\udc80-\udcff]")
_ESCAPE = re.compile("%(25|[89A-F][0-9A-F])")
# In a saved file's name: CR and LF would end the header, C0/C1 controls and bidi overrides
# ("photo\u202egpj.exe") disguise it, separators and quotes change where and how it is saved.
_UNSAFE_IN_NAMES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def readable_path(path: str) -> str:
    """The path as valid Unicode: bytes that are not UTF-8 become U+FFFD."""
    if not _SURROGATE.search(path):
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def exact_path(path: str) -> str | None:
    """The path's exact bytes as text (``%XX`` for bytes that are not UTF-8); None when readable already."""
    if not _SURROGATE.search(path):
        return None
    escaped = path.replace("%", "%25")
    return _SURROGATE.sub(lambda match: f"%{ord(match.group(0)) - 0xDC00:02X}", escaped)


def os_path(readable: str, exact: str | None) -> str:
    """The path to open: from its exact form when there is one, else the readable form itself."""
    if exact is None:
        return readable
    return _ESCAPE.sub(lambda match: "%" if match.group(1) == "25" else chr(0xDC00 + int(match.group(1), 16)), exact)


def safe_download_name(filename: str, fallback: str, ending: str = "") -> str:
    """The name a download (or a zip's file) is saved under: ``filename`` with its extension replaced by ``ending``.

    Control and format characters (CR, LF, TAB, C1, bidi overrides), path separators and
    double quotes become "_"; spaces and dots at either end go, so no name climbs out of a
    folder ("../x" is "_x"); a name left empty is ``fallback`` + ``ending``.
    """
    name = filename
    if ending:
        name = (name.rsplit(".", 1)[0] if "." in name else name) + ending
    safe = "".join("_" if char in '/\\"' or unicodedata.category(char) in _UNSAFE_IN_NAMES else char for char in name)
    return safe.strip(" .") or f"{fallback}{ending}"
