"""File names that are not UTF-8: a readable form for people, an exact form that opens the file again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalog.paths import exact_path, os_path, readable_path

LATIN1 = os.fsdecode(b"Caf\xe9.jpg")  # "Caf\udce9.jpg": the é of a Latin-1 name Python could not decode
SHIFT_JIS = os.fsdecode("写真.jpg".encode("shift_jis"))


def test_a_utf8_name_is_its_own_readable_form_and_has_no_exact_form() -> None:
    assert readable_path("/wire/Málaga 100%.jpg") == "/wire/Málaga 100%.jpg"
    assert exact_path("/wire/Málaga 100%.jpg") is None
    assert os_path("/wire/Málaga 100%.jpg", None) == "/wire/Málaga 100%.jpg"


def test_undecodable_bytes_read_as_replacement_characters_and_are_kept_as_percent_escapes() -> None:
    assert readable_path(LATIN1) == "Caf\ufffd.jpg"
    assert exact_path(LATIN1) == "Caf%E9.jpg"
    assert exact_path(os.fsdecode(b"100% \xff.jpg")) == "100%25 %FF.jpg"  # a real % is escaped too


@pytest.mark.parametrize("name", [LATIN1, SHIFT_JIS, os.fsdecode(b"50% off \x80\xfe.tif"), os.fsdecode(bytes(range(0x80, 0x100)))])
def test_the_exact_form_gives_back_the_very_name(name: str) -> None:
    exact = exact_path(name)
    assert exact is not None and not any(0xDC80 <= ord(char) <= 0xDCFF for char in exact)  # storable as UTF-8
    assert os_path(readable_path(name), exact) == name
    assert "\ufffd" in readable_path(name)
    readable_path(name).encode("utf-8")  # raises if a lone surrogate were left


def test_a_file_with_such_a_name_opens_from_its_catalogued_forms(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/Caf\xe9 100%.jpg"
    with open(raw, "wb") as file:
        file.write(b"picture")
    name = os.fsdecode(raw)
    readable, exact = readable_path(name), exact_path(name)
    assert not Path(readable).exists()  # the readable form names no file
    assert Path(os_path(readable, exact)).read_bytes() == b"picture"
