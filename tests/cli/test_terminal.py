"""Text from files and pages made safe for a terminal, and JSON that keeps it exactly."""

from __future__ import annotations

import json
import os

import pytest

from scripts.terminal import json_text, printable

NOT_UTF8 = os.fsdecode(b"/wire/Caf\xe9.jpg")  # a Latin-1 name: "\udce9" for the é


@pytest.mark.parametrize(("text", "shown"), [
    ("Storm\x1b]0;pwned\x07 hits the coast", "Storm]0;pwned hits the coast"),  # a window title (OSC)
    ("\x1b]52;c;cHduZWQ=\x07Caption", "]52;c;cHduZWQ=Caption"),  # a clipboard write (OSC 52)
    ("Red\x1b[31m text\x1b[0m", "Red[31m text[0m"),
    ("C1 \x9b31m and DEL \x7f gone", "C1 31m and DEL  gone"),
    ("Line one\nline\ttwo", "Line one\nline\ttwo"),  # newline and tab stay
    ("Málaga — 東京", "Málaga — 東京"),
    (NOT_UTF8, "/wire/Caf\ufffd.jpg"),
    (42, "42"),
])
def test_printable_text_keeps_words_and_drops_every_control_character(text: object, shown: str) -> None:
    assert printable(text) == shown


def test_json_escapes_controls_and_undecodable_bytes_so_the_exact_text_comes_back() -> None:
    record = {"caption": "Storm\x1b]0;x\x07 \x7f\x9b Málaga", "source_path": NOT_UTF8}
    text = json_text(record)
    assert "\x1b" not in text and "\x7f" not in text and "\x9b" not in text and "\udce9" not in text
    assert "Málaga" in text  # non-ASCII stays readable
    assert "\\u001b" in text and "\\u007f" in text and "\\u009b" in text and "\\udce9" in text
    assert json.loads(text) == record
    text.encode("utf-8")  # printable on any UTF-8 terminal: no lone surrogate left


def test_json_options_pass_through() -> None:
    assert json_text({"b": 1, "a": [1, 2]}, indent=2, sort_keys=True) == '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 1\n}'
