"""Reconciliation rules on raw metadata built in the test: MWG precedence, charsets, provenance, geometry."""

from __future__ import annotations

from catalog.metadata import IimBlock, LangAlt, RawImage, XmpPacket, XmpStruct, iim_md5
from catalog.reconcile import reconcile

SHA = "ab" * 32


def iim_block(*datasets: tuple[int, bytes]) -> IimBlock:
    """An IIM block with record-2 datasets, its MD5 computed over real IIM bytes."""
    data = b"".join(b"\x1c\x02" + bytes([number]) + len(value).to_bytes(2, "big") + value
                    for number, value in datasets)
    return IimBlock(location="APP13", datasets=[(2, n, v) for n, v in datasets], md5=iim_md5(data))


def raw_image(**fields: object) -> RawImage:
    raw = RawImage(format="JPEG", mime="image/jpeg", pixel_width=4000, pixel_height=3000)
    for name, value in fields.items():
        setattr(raw, name, value)
    return raw


def xmp(**properties: object) -> XmpPacket:
    return XmpPacket(location="APP1 XMP", properties={k.replace("__", ":"): v for k, v in properties.items()})


def asset_of(raw: RawImage, path: str = "/photos/2026/wire/AP123.jpg"):
    return reconcile(raw, sha256=SHA, file_size=1234, source_path=path, imported_at="2026-05-01T12:00:00+00:00")


def test_the_asset_keeps_the_file_identity_it_was_given() -> None:
    asset = asset_of(raw_image())
    assert asset.id == SHA[:16]
    assert asset.filename == "AP123.jpg"
    assert asset.source_path == "/photos/2026/wire/AP123.jpg"
    assert (asset.file_size, asset.format, asset.mime) == (1234, "JPEG", "image/jpeg")


def test_exif_description_wins_when_it_is_a_real_caption() -> None:
    raw = raw_image(exif={"ImageDescription": b"EXIF caption"},
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": "XMP caption"}))],
                    iptc_blocks=[iim_block((120, b"IIM caption"))])
    asset = asset_of(raw)
    assert asset.caption == "EXIF caption"
    assert asset.field_sources["caption"] == "EXIF:ImageDescription"
    conflict = next(c for c in asset.conflicts if c.field == "caption")
    assert conflict.chosen == "EXIF:ImageDescription"
    assert set(conflict.values) == {"EXIF:ImageDescription", "XMP-dc:Description", "IPTC:Caption-Abstract"}


def test_camera_boilerplate_is_not_a_caption() -> None:
    raw = raw_image(exif={"ImageDescription": b"OLYMPUS DIGITAL CAMERA         "},
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": "Players celebrate"}))])
    assert asset_of(raw).caption == "Players celebrate"


def test_xmp_wins_when_the_digest_matches() -> None:
    block = iim_block((120, b"IIM caption"), (105, b"IIM headline"))
    raw = raw_image(iptc_blocks=[block], iptc_digest=block.md5,
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": "XMP caption"}),
                                     photoshop__Headline="XMP headline")])
    asset = asset_of(raw)
    assert (asset.caption, asset.headline) == ("XMP caption", "XMP headline")
    assert not any("digest" in w for w in asset.warnings)


def test_xmp_wins_when_there_is_no_digest() -> None:
    raw = raw_image(iptc_blocks=[iim_block((120, b"IIM caption"))],
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": "XMP caption"}))])
    assert asset_of(raw).caption == "XMP caption"


def test_iim_wins_when_the_digest_does_not_match_and_other_fields_follow_it() -> None:
    raw = raw_image(iptc_blocks=[iim_block((120, b"edited IIM caption"), (110, b"IIM credit"))],
                    iptc_digest="0" * 32,
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": "stale XMP caption"}),
                                     photoshop__Credit="stale XMP credit", photoshop__Headline="XMP headline")])
    asset = asset_of(raw)
    assert asset.caption == "edited IIM caption"
    assert asset.credit == "IIM credit"  # same family as the caption
    assert asset.headline == "XMP headline"  # IIM has none: the other family fills in
    assert asset.field_sources["caption"] == "IPTC:Caption-Abstract"
    assert any("IPTC digest does not match" in w for w in asset.warnings)


def test_iim_cut_at_its_limit_loses_to_the_full_xmp_value() -> None:
    full = "A long caption " * 200  # 3000 characters
    cut = full.encode()[:2000]
    raw = raw_image(iptc_blocks=[iim_block((120, cut))], iptc_digest="0" * 32,
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": full}))])
    asset = asset_of(raw)
    assert asset.caption == full.strip()
    assert asset.field_sources["caption"] == "XMP-dc:Description"


def test_iim_that_merely_differs_is_not_treated_as_cut() -> None:
    raw = raw_image(iptc_blocks=[iim_block((120, b"Short"))], iptc_digest="0" * 32,
                    xmp_packets=[xmp(dc__description=LangAlt({"x-default": "Short but longer in XMP"}))])
    assert asset_of(raw).caption == "Short"


def test_truncated_by_line_items_are_recovered_one_by_one() -> None:
    long_name = "Maria Fernanda Gonzalez-Rodriguez de la Vega"
    raw = raw_image(iptc_blocks=[iim_block((80, long_name.encode()[:32]), (80, b"Ahmed Saad"))],
                    iptc_digest="0" * 32, xmp_packets=[xmp(dc__creator=(long_name, "Ahmed Saad"))])
    assert asset_of(raw).creators == (long_name, "Ahmed Saad")


def test_exif_artist_holds_several_creators_mwg_style() -> None:
    raw = raw_image(exif={"Artist": b'Jane Doe; "Smith; John"'})
    assert asset_of(raw).creators == ("Jane Doe", "Smith; John")


def test_lang_alt_takes_x_default_and_lists_stay_lists() -> None:
    raw = raw_image(xmp_packets=[xmp(dc__description=LangAlt({"x-default": "Default", "de": "Deutsch"}),
                                     dc__subject=("flood", "rescue"), dc__rights=LangAlt({"de": "© DPA"}))])
    asset = asset_of(raw)
    assert asset.caption == "Default"
    assert asset.keywords == ("flood", "rescue")
    assert asset.copyright == "© DPA"


def test_location_shown_is_preferred_as_mwg_does() -> None:
    shown = (XmpStruct({"iptcExt:City": "Kraków", "iptcExt:CountryName": "Poland"}),)
    raw = raw_image(xmp_packets=[xmp(photoshop__City="Warsaw", iptcExt__LocationShown=shown)])
    asset = asset_of(raw)
    assert (asset.city, asset.country) == ("Kraków", "Poland")


def test_iim_charset_decisions_become_warnings() -> None:
    raw = raw_image(iptc_blocks=[iim_block((90, "Zürich".encode()), (101, "Schweiz".encode()))])
    asset = asset_of(raw)
    assert asset.city == "Zürich"
    assert any("read as UTF-8" in w for w in asset.warnings)


def test_mac_roman_iim_is_read_as_mac_roman() -> None:
    raw = raw_image(iptc_blocks=[iim_block((120, b"Jos\x8e Mourinho"))])
    assert asset_of(raw).caption == "José Mourinho"


def test_orientation_5_to_8_swaps_the_displayed_size() -> None:
    assert (asset_of(raw_image(orientation=6)).width, asset_of(raw_image(orientation=6)).height) == (3000, 4000)
    assert (asset_of(raw_image(orientation=3)).width, asset_of(raw_image(orientation=3)).height) == (4000, 3000)
    assert asset_of(raw_image(orientation=8)).orientation == 8


def test_dates_keep_the_files_precision() -> None:
    exif_date = raw_image(exif={"DateTimeOriginal": b"2017:03:21 14:05:09", "SubSecTimeOriginal": b"25",
                                "OffsetTimeOriginal": b"+03:00"})
    assert asset_of(exif_date).date_created == "2017-03-21T14:05:09.25+03:00"
    xmp_day = raw_image(xmp_packets=[xmp(photoshop__DateCreated="2004-06-21")])
    assert asset_of(xmp_day).date_created == "2004-06-21"
    xmp_utc = raw_image(xmp_packets=[xmp(photoshop__DateCreated="2022-10-19T22:01:00Z")])
    assert asset_of(xmp_utc).date_created == "2022-10-19T22:01:00+00:00"
    iim = raw_image(iptc_blocks=[iim_block((55, b"20070419"), (60, b"110315-0600"))])
    assert asset_of(iim).date_created == "2007-04-19T11:03:15-06:00"
    zeros = raw_image(exif={"DateTimeOriginal": b"0000:00:00 00:00:00"})
    assert asset_of(zeros).date_created is None


def test_gps_is_signed_decimal_degrees() -> None:
    raw = raw_image(exif={"GPSLatitude": (23.0, 33.0, 0.0), "GPSLatitudeRef": b"S",
                          "GPSLongitude": (46.0, 37.8, 0.0), "GPSLongitudeRef": b"W"})
    asset = asset_of(raw)
    assert (asset.gps_lat, asset.gps_lon) == (-23.55, -46.63)
    from_xmp = asset_of(raw_image(xmp_packets=[xmp(exif__GPSLatitude="36,20.4N", exif__GPSLongitude="43,7.8E")]))
    assert (from_xmp.gps_lat, from_xmp.gps_lon) == (36.34, 43.13)


def test_camera_job_id_and_fields_outside_mwg() -> None:
    raw = raw_image(exif={"Make": b"Canon", "Model": b"Canon EOS R5"},
                    iptc_blocks=[iim_block((103, b"XNW00042"), (40, b"EDITORIAL USE ONLY"), (115, b"AP"),
                                           (100, b"IRQ"))])
    asset = asset_of(raw)
    assert (asset.camera_make, asset.camera_model) == ("Canon", "Canon EOS R5")
    assert asset.job_id == "XNW00042"
    assert asset.special_instructions == "EDITORIAL USE ONLY"
    assert (asset.source, asset.country_code) == ("AP", "IRQ")


def test_sidecar_xmp_overrides_embedded_xmp_and_txt_caption_fills_a_gap() -> None:
    raw = raw_image(xmp_packets=[xmp(photoshop__Headline="embedded")],
                    xmp_sidecar=xmp(photoshop__Headline="from the sidecar"),
                    caption_sidecar="Caption from the .txt file")
    asset = asset_of(raw)
    assert asset.headline == "from the sidecar"
    assert asset.caption == "Caption from the .txt file"
    assert asset.field_sources["caption"] == "Sidecar:Caption"


def test_reader_warnings_are_kept() -> None:
    raw = raw_image(warnings=["truncated JPEG (ends after 48 KB without an end marker)"])
    assert asset_of(raw).warnings[0].startswith("truncated JPEG")
