"""Text for CSV cells that a spreadsheet shows as text and never runs as a formula."""

from __future__ import annotations

import re

from catalog.paths import readable_path

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_text(text: str) -> str:
    """``text`` without control characters, with a leading ``'`` when it would start a formula.

    OWASP's "CSV Injection": text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return gets a leading single quote, which Excel, LibreOffice and Google Sheets
    read as "this is text".
    """
    text = _CONTROLS.sub("", readable_path(str(text)))
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
