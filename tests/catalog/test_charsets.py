"""IIM and EXIF text decoding: 1:90 honoured, UTF-8 sniffed, cp1252 and Mac Roman fallbacks, nothing dropped."""

from __future__ import annotations

from catalog.charsets import (
    choose_legacy_charset,
    decode_cp1252,
    decode_exif,
    decode_iim,
    decode_text_file,
    decode_ucs2,
    is_utf8_declared,
)


def test_ascii_needs_no_guess() -> None:
    assert decode_iim(b"Mosul, Iraq", utf8_declared=False).text == "Mosul, Iraq"
    assert decode_iim(b"Mosul, Iraq", utf8_declared=False).note is None


def test_declared_utf8_is_honoured_silently() -> None:
    decoded = decode_iim("Óscar Cañas".encode(), utf8_declared=True)
    assert decoded.text == "Óscar Cañas"
    assert decoded.note is None


def test_undeclared_valid_utf8_is_read_as_utf8_and_said() -> None:
    decoded = decode_iim("Île de France".encode(), utf8_declared=False)
    assert decoded.text == "Île de France"
    assert "read as UTF-8" in decoded.note


def test_undeclared_8_bit_text_is_cp1252_and_said() -> None:
    decoded = decode_iim("Szabó, kerület, ©".encode("cp1252"), utf8_declared=False)
    assert decoded.text == "Szabó, kerület, ©"
    assert "Windows-1252" in decoded.note


def test_false_utf8_claim_falls_back_to_cp1252() -> None:
    decoded = decode_iim("Göteborg".encode("latin-1"), utf8_declared=True)
    assert decoded.text == "Göteborg"
    assert "claims UTF-8" in decoded.note


def test_no_byte_is_dropped_even_where_cp1252_has_holes() -> None:
    data = bytes([0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80])
    text = decode_cp1252(data)
    assert len(text) == len(data)
    assert text == "A\x81\x8d\x8f\x90\x9d€"


def test_only_the_iim_utf8_escape_declares_utf8() -> None:
    assert is_utf8_declared(b"\x1b%G")
    assert not is_utf8_declared(b"\x1b-A")
    assert not is_utf8_declared(None)


def test_mac_roman_is_chosen_only_when_letters_fit_words() -> None:
    assert choose_legacy_charset([b"Jos\x8e Mourinho"]) == "mac_roman"  # José, not JosŽ
    assert choose_legacy_charset([b"Jens Tr\x9fbiger"]) == "mac_roman"  # Trübiger, not TrŸbiger
    assert choose_legacy_charset(["Szabó kerület Göteborg".encode("cp1252")]) == "cp1252"
    assert choose_legacy_charset(["Žižek, Škoda".encode("cp1252")]) == "cp1252"
    assert choose_legacy_charset(["Île de France".encode()]) == "cp1252"  # valid UTF-8: not its business
    decoded = decode_iim(b"Jos\x8e", utf8_declared=False, legacy="mac_roman")
    assert decoded.text == "José"
    assert "Mac Roman" in decoded.note


def test_exif_text_prefers_utf8_then_cp1252() -> None:
    assert decode_exif("Kraków".encode()).text == "Kraków"
    decoded = decode_exif("Málaga".encode("cp1252"))
    assert decoded.text == "Málaga"
    assert decoded.note


def test_windows_xp_tags_are_ucs2() -> None:
    assert decode_ucs2("עברית (Hebrew)".encode("utf-16-le") + b"\x00\x00") == "עברית (Hebrew)"


def test_caption_sidecar_text_handles_bom_and_line_ends() -> None:
    assert decode_text_file(b"\xef\xbb\xbfLine one\r\nLine two\r\n") == "Line one\nLine two\n"
    assert decode_text_file("Zürich\r\n".encode("utf-16")) == "Zürich\n"
    assert decode_text_file("Zürich".encode("cp1252")) == "Zürich"
