"""What the CLI prints of text that came from files and pages, made safe for a terminal.

A caption, a file name or a story's title can carry terminal escape sequences: an OSC
sequence (``ESC ] 0 ; … BEL``) retitles the window, OSC 52 writes the clipboard, others
move the cursor or hide text. Such text is printed without its control characters (C0,
DEL and C1; newline and tab stay), and file names that are not UTF-8 are shown with
U+FFFD (``catalog.paths``). JSON output escapes every control character and such bytes
instead, so it stays lossless.
"""

from __future__ import annotations

import json
import re
from typing import Any

from catalog.paths import readable_path

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# json.dumps escapes C0 itself, but not DEL, C1 or the lone surrogates of a file name that is
# not UTF-8 (escaped, they survive: json.loads gives back the exact name).
_JSON_CONTROLS = re.compile("[\x7f-\x9f\ud800-\udfff]")


def printable(text: object) -> str:
    """``text`` without control characters other than newline and tab, and as valid Unicode."""
    return _CONTROLS.sub("", readable_path(str(text)))


def json_text(value: Any, **options: Any) -> str:
    """``json.dumps`` for the terminal: non-ASCII kept readable, every control character escaped."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _JSON_CONTROLS.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)
