"""Credit lines as wires and newspapers print them, read into agency, photographers and distributor.

The table ``data/credits.tsv`` holds one credit per line: real forms (the column
``source`` names the public page or corpus file it was taken from; the caption
sentence around a real credit is ours) and constructed ones. Every line must be read
exactly. Corpus files are then imported for real (reader + reconcile) and must carry
the agency and photographers their caption or credit fields name, and nothing else.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalog.asset import Asset
from catalog.credits import (
    QUALIFIERS,
    Credit,
    attribute,
    parse_credit_line,
    split_caption_credit,
)
from catalog.credits.attribution import attribute_asset
from catalog.errors import FileProblem
from catalog.reconcile import reconcile
from media.reader import read_image
from tests.helpers.corpus_location import corpus_location

TABLE = Path(__file__).resolve().parent / "data" / "credits.tsv"


@dataclass(frozen=True)
class Row:
    """One line of the table: what is read, and what it must give."""

    line: int
    kind: str  # "caption": found in a caption; "credit": a bare credit string
    text: str
    credit_line: str  # "-": no credit at all; "~": a credit without a printed line
    agency: str | None
    photographers: tuple[str, ...]
    distributor: str | None
    qualifiers: tuple[str, ...]
    source: str

    def expected(self) -> Credit | None:
        if self.credit_line == "-":
            return None
        return Credit(credit_line=None if self.credit_line == "~" else self.credit_line, agency=self.agency,
                      photographers=self.photographers, distributor=self.distributor,
                      qualifiers=self.qualifiers)

    @property
    def is_real(self) -> bool:
        return self.source.startswith(("form:", "shared corpus"))


def _load() -> list[Row]:
    rows = []
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, text, credit_line, agency, people, distributor, qualifiers, source = line.split("\t")
        rows.append(Row(
            line=number, kind=kind, text=text.replace("\\n", "\n"), credit_line=credit_line,
            agency=agency or None, photographers=tuple(p for p in people.split(";") if p),
            distributor=distributor or None, qualifiers=tuple(q for q in qualifiers.split(";") if q),
            source=source,
        ))
    return rows


ROWS = _load()


@pytest.mark.parametrize("row", ROWS, ids=[f"line{row.line}" for row in ROWS])
def test_credit_is_read_exactly(row: Row) -> None:
    if row.kind == "caption":
        found = split_caption_credit(row.text)[1]
    else:
        found = parse_credit_line(row.text)
    assert found == row.expected(), f"{TABLE.name}:{row.line} ({row.source})"


@pytest.mark.parametrize("row", [r for r in ROWS if r.kind == "caption"],
                         ids=[f"line{r.line}" for r in ROWS if r.kind == "caption"])
def test_caption_without_credit_keeps_the_caption_text(row: Row) -> None:
    rest, found = split_caption_credit(row.text)
    if found is None:
        assert rest == row.text  # nothing taken from a caption without a credit
        return
    if not rest:  # a caption that is nothing but its credit
        assert row.text.strip("()[]{} ") == found.credit_line
        return
    assert rest.strip() and rest in row.text.replace("epa08364041 ", "")
    if found.credit_line:
        assert not rest.endswith(found.credit_line) and not rest.startswith(found.credit_line)
    assert len(rest) < len(row.text)


@pytest.mark.parametrize(("caption", "rest", "credit_line"), [
    ("Volunteers fill sandbags outside the fire station (center) on Wednesday. (Marcus Lee/For The Valley Ledger)",
     "Volunteers fill sandbags outside the fire station (center) on Wednesday.", "Marcus Lee/For The Valley Ledger"),
    ("Volunteers fill sandbags (center) on Wednesday. (Marcus Lee/The Valley Ledger)",
     "Volunteers fill sandbags (center) on Wednesday.", "Marcus Lee/The Valley Ledger"),
    ("(Marcus Lee/For The Valley Ledger)", "", "Marcus Lee/For The Valley Ledger"),
    ("Volunteers fill sandbags (center) on Wednesday. Photo by Marcus Lee",
     "Volunteers fill sandbags (center) on Wednesday.", "Marcus Lee"),
    ("Volunteers fill sandbags on Wednesday. Photo by Marcus Lee for The Valley Ledger",
     "Volunteers fill sandbags on Wednesday.", "Marcus Lee for The Valley Ledger"),
])
def test_caption_and_credit_are_cut_apart(caption: str, rest: str, credit_line: str) -> None:
    found = split_caption_credit(caption)
    assert found[0] == rest
    assert found[1] is not None and found[1].credit_line == credit_line
    assert found[1].agency is None or found[1].agency not in caption[: len(rest)]  # never the caption as agency


def test_table_meets_the_issue_bar() -> None:
    credits = [row for row in ROWS if row.credit_line != "-"]
    organisations = {row.agency for row in credits} | {row.distributor for row in credits}
    non_ascii = {name for row in credits for name in row.photographers if not name.isascii()}
    assert len(credits) >= 150
    assert len(organisations - {None}) >= 15
    assert len(non_ascii) >= 20
    assert sum(row.is_real for row in credits) >= 100
    assert sum(1 for row in ROWS if row.credit_line == "-") >= 10
    assert {q for row in credits for q in row.qualifiers} == set(QUALIFIERS)


def test_seed_article_caption_parses_to_ap_and_felipe_dana(corpus_dir: Path) -> None:
    lines = (corpus_dir / "articles" / "mosul-airstrike-scrape.txt").read_text(encoding="utf-8").splitlines()
    caption = next(line for line in lines if line.startswith("Relatives and friends"))
    rest, found = split_caption_credit(caption)
    assert found == Credit(credit_line="AP Photo/Felipe Dana", agency="AP", photographers=("Felipe Dana",))
    assert rest.endswith("on Saturday.")


def test_caption_credit_wins_over_the_fields() -> None:
    found = attribute(caption="A fire rages at a tire dump. REUTERS/Sergio Perez", credit="AFP",
                      source="Getty Images", creators=["Someone Else"])
    assert found == Credit(credit_line="REUTERS/Sergio Perez", agency="Reuters", photographers=("Sergio Perez",))


def test_caption_credit_without_organisation_takes_the_credit_field() -> None:
    found = attribute(caption="A lonely street. (Max Kandhola)", credit="The Washington Post", source=None,
                      creators=())
    assert found == Credit(credit_line="Max Kandhola", agency="The Washington Post",
                           photographers=("Max Kandhola",))


def test_printed_credit_without_photographer_is_respected() -> None:
    # "(AP Photo)" names nobody on purpose; the By-line does not overrule the printed credit
    found = attribute(caption="A woman holds a cat. (AP Photo)", credit="AP", source="AP", creators=["STR"])
    assert found == Credit(credit_line="AP Photo", agency="AP")


def test_without_caption_credit_the_fields_speak() -> None:
    found = attribute(caption="Leeks are planted by hand.", credit="Big Newspaper",
                      source="John Doe / Big Newspaper", creators=["John Doe"])
    assert found == Credit(credit_line=None, agency="Big Newspaper", photographers=("John Doe",))


def test_source_names_the_agency_when_credit_names_a_person() -> None:
    found = attribute(caption=None, credit="Ian Britton", source="FreeFoto.com", creators=["Ian Britton"])
    assert found == Credit(credit_line=None, agency="FreeFoto.com", photographers=("Ian Britton",))


def test_creator_that_is_an_agency_is_the_agency() -> None:
    found = attribute(caption=None, credit=None, source=None, creators=["Corbis"])
    assert found == Credit(credit_line=None, agency="Corbis")


def test_creator_with_agency_is_split() -> None:
    found = attribute(caption=None, credit=None, source=None, creators=["David Gadd/Allstar"])
    assert found == Credit(credit_line=None, agency="Allstar", photographers=("David Gadd",))


def test_placeholders_name_no_one() -> None:
    assert attribute(caption="Caption", credit="Credit", source="Source", creators=["Photographer"]) is None
    assert attribute(caption="A witty caption", credit="My Credit", source="I'm the source",
                     creators=["unknown"]) is None
    assert attribute(caption=None, credit="This is a credit", source=None, creators=["This is a by-line"]) is None


def test_source_code_is_not_an_agency() -> None:
    # Reuters fills Source with an internal code such as "X00227"; it names no organisation
    assert attribute(caption=None, credit=None, source="X00227", creators=()) is None


def test_epa_picture_number_gives_agency_without_a_printed_line() -> None:
    found = attribute(caption="epa08364041 A healthcare worker takes a break.", credit=None, source=None,
                      creators=["JUSTIN LANE"])
    assert found == Credit(credit_line=None, agency="EPA", photographers=("JUSTIN LANE",))


@pytest.mark.parametrize(("caption", "agency"), [
    # a service printed without its country is the U.S. one only where the caption says so
    ("Soldiers train at the U.S. Army's range in Germany. Army photo by Pvt. Randy Wren", "U.S. Army"),
    ("Soldiers of the Royal Welsh train on Salisbury Plain. (Army photo by Cpl Jane Roe)", "Army"),
    ("British troops train beside U.S. Marines in Norway. (Army photo by Cpl Jane Roe)", "Army"),
    ("The destroyer sails. (Official Marine Corps Photo by Dustin Senger)", "Marine Corps"),
])
def test_a_bare_service_is_not_taken_for_the_us_one(caption: str, agency: str) -> None:
    _, credit = split_caption_credit(caption)
    assert credit is not None and credit.agency == agency


@pytest.mark.parametrize(("caption", "credit_line", "photographers"), [
    # the caption's last words run into the name: the caption names them again
    ("Pope Francis waves. Pope Francis Andrew Medichini/AP", "Andrew Medichini/AP", ("Andrew Medichini",)),
    # several photographers, the caption run into the first, whose name is as long as the others'
    ("Clockwise from top left: Hillary Clinton, Ted Cruz and Bernie Sanders Jane Roe; John Doe; Mary Major/Getty Images",
     "Jane Roe; John Doe; Mary Major/Getty Images", ("Jane Roe", "John Doe", "Mary Major")),
    # a three-word name whose words the caption does not repeat stays whole
    ("Pope Francis waves in Rome. Jose Luis Magana/AP", "Jose Luis Magana/AP", ("Jose Luis Magana",)),
])
def test_a_subject_run_into_the_credit_is_left_to_the_caption(caption: str, credit_line: str,
                                                              photographers: tuple[str, ...]) -> None:
    _, credit = split_caption_credit(caption)
    assert credit is not None and (credit.credit_line, credit.photographers) == (credit_line, photographers)


@pytest.mark.parametrize(("line", "agency", "photographers"), [
    ("NASA/JPL/Cornell", "NASA", ()),  # a lone word after two organisations is a third
    ("picture alliance / dpa / Kappeler", "dpa", ("Kappeler",)),  # a wire prints its photographer after itself
    ("AFP PHOTO / YURI KADOBNOV, retirada aqui", "AFP", ("YURI KADOBNOV",)),  # a note in lower case names no one
    ("DISNEY+ / VIA REUTERS", "DISNEY+", ()),  # a brand ending in "+"
    ("FOTO ANTARA/Jimmy Ayal/ss/Spt/14", "Antara", ("Jimmy Ayal",)),  # an editor's code and the year
    ("NASA/ESA/Hubble Heritage Team (STScI/AURA) via AP Photo", "NASA", ()),  # a slash inside brackets
    ("Reuters, 18. децембар 2013", "Reuters", ()),  # a date after the credit names no one
    ("Jane Roe/AP, May 13, 2016", "AP", ("Jane Roe",)),
    ("IMAGO / Fotoarena / Sandro Pereira", "Fotoarena", ("Sandro Pereira",)),  # a picture agency's brand
    ("picture alliance / Fotostand", "Fotostand", ()),
    ("NELSON ANTOINE FRAMEPHOTO/ESTADÃO CONTEÚDO", "FRAMEPHOTO", ("NELSON ANTOINE",)),
    ("IMAGO / Fotopoulos", "IMAGO", ("Fotopoulos",)),  # a Greek surname is no brand
    ("KARINE VIANA PALÁCIO PIRATINI", "PALÁCIO PIRATINI", ("KARINE VIANA",)),  # an organisation named head first
    ("Johannes Eisele/AFP via Getty Images Johannes Eise", "AFP", ("Johannes Eisele",)),  # printed again, cut off
    ("Foto: Jane Roe (CC BY-SA 4.0 cropped)", None, ("Jane Roe",)),  # a licence after the name names no one
    ("AP Photo/Jane Roe, via Alamy, https://www.alamy.com/image540086783", "AP", ("Jane Roe",)),  # a link
    ("CPT TANNER — No 2 Army Film and /AFP/Getty Images", "AFP", ("CPT TANNER",)),  # a name cut off
    ("AFP PHOTO / Solar Impulse 2 / Jean Revillard", "Solar Impulse 2", ("Jean Revillard",)),  # a handout's maker
    ("Foto/Quelle: dts", "dts", ()),  # one short word under a label is the party
    ("Photos: Getty Images (editorial) & Wikimedia Commons", None, ()),  # two sources, no agency they share
])
def test_chains_of_organisations_and_codes(line: str, agency: str | None, photographers: tuple[str, ...]) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and (credit.agency, credit.photographers) == (agency, photographers)


@pytest.mark.parametrize(("caption", "credit_line"), [
    ("He sang “the home of the brave” Library of Congress photograph", "Library of Congress photograph"),
    ("He said “yes” City Hall", None),  # an organisation's name alone after a quote is no credit
    ("The film ‘Jaws’ Steven Spielberg", None),
])
def test_a_credit_after_a_closing_quote(caption: str, credit_line: str | None) -> None:
    _, credit = split_caption_credit(caption)
    assert (credit.credit_line if credit else None) == credit_line


def test_styling_credits_stay_in_the_printed_line() -> None:
    caption = "Fish curry. Photograph: Jane Roe for the Guardian. Food styling: Emily Kydd. Prop styling: Jennifer Kay."
    rest, credit = split_caption_credit(caption)
    assert credit is not None and rest == "Fish curry."
    assert credit.credit_line == "Jane Roe for the Guardian. Food styling: Emily Kydd. Prop styling: Jennifer Kay"
    assert (credit.agency, credit.photographers) == ("The Guardian", ("Jane Roe",))


@pytest.mark.parametrize(("caption", "credit_line"), [
    ("Bread dough photo courtesy of Jane Roe on Unsplash.", "photo courtesy of Jane Roe on Unsplash"),
    ("Stone photo by Jane Roe on Unsplash.", "Jane Roe on Unsplash"),
    ("The cat was found by Jane Roe on Flickr", None),  # a sentence, not a site's credit form
])
def test_a_photo_sites_credit_closing_the_text(caption: str, credit_line: str | None) -> None:
    _, credit = split_caption_credit(caption)
    assert (credit.credit_line if credit else None) == credit_line


def test_empty_inputs_give_no_credit() -> None:
    assert split_caption_credit("") == ("", None)
    assert split_caption_credit("   ") == ("   ", None)
    assert parse_credit_line("") is None
    assert parse_credit_line("()") is None
    assert attribute(caption=None, credit=None, source=None) is None


def test_attribute_asset_fills_the_record_and_keeps_the_caption_whole() -> None:
    caption = "Smoke rises over the city. REUTERS/Stringer NO RESALES. NO ARCHIVES"
    asset = Asset(id="0" * 16, sha256="0" * 64, file_size=1, filename="x.jpg", source_path="/x.jpg",
                  caption=caption, credit="REUTERS", special_instructions="EMBARGOED UNTIL 05:00 GMT, 3 May 2024")
    done = attribute_asset(asset)
    assert done.caption == caption
    assert (done.caption_credit, done.agency, done.photographers) == ("REUTERS/Stringer", "Reuters", ())
    assert done.restrictions == ("no-sales", "no-archive", "embargoed")
    assert done.embargo_until == "2024-05-03T05:00:00Z"
    assert done.credit_line == "REUTERS/Stringer"
    assert done.field_sources == dict.fromkeys(
        ("caption_credit", "agency", "photographers", "distributor", "credit_qualifiers"),
        "derived: credit found at the end of the caption")
    assert dataclasses.replace(done, caption_credit=None, agency=None, restrictions=(), embargo_until=None,
                               field_sources={}) == dataclasses.replace(asset)


def test_attribute_asset_says_where_the_credit_was_found_and_keeps_other_sources() -> None:
    asset = Asset(id="0" * 16, sha256="0" * 64, file_size=1, filename="x.jpg", source_path="/x.jpg",
                  caption="Fans cheer in Rome. Photo: Jane Roe/dpa – the team won the cup on Sunday.",
                  field_sources={"caption": "XMP-dc:Description", "agency": "stale"})
    done = attribute_asset(asset)
    assert (done.caption_credit, done.agency, done.photographers) == ("Jane Roe/dpa", "dpa", ("Jane Roe",))
    assert done.field_sources["caption"] == "XMP-dc:Description"
    assert done.field_sources["caption_credit"] == done.field_sources["agency"] \
        == "derived: credit found mid-caption after 'Photo:'"


def test_attribute_asset_names_the_field_an_agency_came_from() -> None:
    asset = Asset(id="0" * 16, sha256="0" * 64, file_size=1, filename="x.jpg", source_path="/x.jpg",
                  caption="A lonely street. (Max Kandhola)", credit="The Washington Post")
    done = attribute_asset(asset)
    assert (done.agency, done.photographers) == ("The Washington Post", ("Max Kandhola",))
    assert done.field_sources["agency"] == "derived: Credit field"
    assert done.field_sources["photographers"] == "derived: credit found in brackets at the end of the caption"


def test_attribute_asset_without_credit_clears_derived_fields() -> None:
    asset = Asset(id="0" * 16, sha256="0" * 64, file_size=1, filename="x.jpg", source_path="/x.jpg",
                  caption="Squirrel at berkely", agency="stale", photographers=("stale",), restrictions=("stale",))
    done = attribute_asset(asset)
    assert (done.caption_credit, done.agency, done.photographers, done.distributor, done.credit_qualifiers,
            done.restrictions, done.embargo_until) == (None, None, (), None, (), (), None)
    assert done.field_sources == {}


# --- the corpus, imported for real ---------------------------------------------------------

# path under images/ -> (caption_credit, agency, photographers, distributor, qualifiers, restrictions).
# Every corpus file whose caption, Credit, Source or By-line names someone; all others name no one.
CORPUS_ATTRIBUTION = {
    "exif-samples/32-lens_data.jpeg": (None, None, ("Ilya Kurikhin",), None, (), ()),
    "exif-samples/Crémieux11.tiff": (None, None, ("Jean Cornillon",), None, (), ()),
    "exif-samples/DudleyLeavittUtah.tiff": (None, None, ("Russell Leavitt",), None, (), ()),
    "exif-samples/Pentax_K10D.jpg": (None, None, ("Laitche",), None, (), ()),
    "exif-samples/long_description.jpg": ("U.S. Army photo by Staff Sgt. Kyle Davis", "U.S. Army",
                                          ("Staff Sgt. Kyle Davis",), None, (), ()),
    "exifr/BonTonARTSTORplusIPTC.jpg": (None, "Minneapolis College of Art & Design Visual Resource Collection",
                                        ("Allan Kohl",), None, (), ()),
    "exifr/Bush-dog.jpg": ("AP Photo/Duane A. Laverty", "AP", ("Duane A. Laverty",), None, (), ()),
    "exifr/Bush-dog.tif": ("AP Photo/Duane A. Laverty", "AP", ("Duane A. Laverty",), None, (), ()),
    "exifr/IMG_5910.jpg": (None, None, ("Patrik",), None, (), ()),
    "exifr/RESULT-OK_0008.jp2": (None, None, ("Jason P. Odell",), None, (), ()),
    "exifr/RangeError_Invalid_typed_array_length.jpg": ("Óscar Cañas/EUROPA PRESS/dpa", "Europa Press",
                                                        ("Óscar Cañas",), "dpa", (), ("territory-restricted",)),
    "exifr/RangeError_Offset_outside_bounds.jpg": ("REUTERS/Wolfgang Rattay/File Photo", "Reuters",
                                                   ("Wolfgang Rattay",), None, ("file",), ("no-archive",)),
    "exifr/broken1.jpg": (None, "Eric", (), None, (), ()),
    "exifr/iptc-agency-photographer-example.jpg": (None, "Mugwum Press", ("Julie Doe",), None, (),
                                                   ("no-magazines", "handout-limited")),
    "exifr/iptc-independent-photographer-example.jpg": (None, "www.riecks.com", ("David Riecks",), None, (),
                                                        ("no-sales",)),
    "exifr/iptc-staff-photographer-example.jpg": (None, "Big Newspaper", ("John Doe",), None, (),
                                                  ("no-newspapers",)),
    "exifr/issue-exifr-59.jpg": (None, None, ("Patrik",), None, (), ()),
    "exiftool/ExifTool.jpg": (None, None, ("Phil Harvey",), None, (), ()),
    "exiftool/ExifTool.tif": (None, None, ("Phil Harvey",), None, (), ()),
    "exiftool/GPS.jpg": (None, "FreeFoto.com", ("Ian Britton",), None, (), ()),
    "exiftool/IPTC.jpg": (None, None, ("Phil Harvey",), None, (), ()),
    "exiftool/MWG.jpg": (None, None, ("RIGHT1of2-EXIF-Creator", "RIGHT2of2-EXIF-Creator"), None, (), ()),
    "exiftool/PNG.png": (None, None, ("Phil Harvey",), None, (), ()),
    "exiftool/Photoshop.psd": (None, None, ("Phil Harvey",), None, (), ()),
    "exiftool/PostScript.eps": (None, None, ("Phil Harvey",), None, (), ()),
    "exiftool/XMP.jpg": (None, None, ("Phil Harvey",), None, (), ()),
    "exiv2/exiv2-bug1199.webp": (None, None, ("Robin Mills",), None, (), ()),
    "exiv2/exiv2-bug426.jpg": (None, None, ("Julie V. Early",), None, (), ()),
    "exiv2/exiv2-bug440.jpg": ("AP Photo/Paul Sancya", "AP", ("Paul Sancya",), None, (), ()),
    "exiv2/exiv2-bug460.jpg": (None, None, ("Українська (Russian?)",), None, (), ()),
    "exiv2/exiv2-bug501.jpg": (None, None, ("Elsa Nordh",), None, (), ()),
    "exiv2/exiv2-bug540.jpg": (None, None, ("Ian Britton",), None, (), ()),
    "exiv2/exiv2-bug922.png": (None, "Spielberg", (), None, (), ()),
    "exiv2/exiv2-bug937.jpg": (None, "Corbis", (), None, (), ()),
    "exiv2/imagemagick.pgf": (None, "Spielberg", (), None, (), ()),
    "exiv2/imagemagick.png": (None, "Spielberg", (), None, (), ()),
    "exiv2/iptc-psAPP13s-wIPTCs-psAPP13s-wIPTCs.jpg": (None, None, ("Jens Trübiger",), None, (), ()),
    "exiv2/issue_ghsa_8949_hhfh_j7rj_poc.jp2": (None, "U.S. Navy", (), None, (), ("mandatory-credit",)),
    "exiv2/smiley2.jpg": (None, None, ("Brad",), None, (), ()),
    "frameright/exif.JPG": ("Daniel Chesterton/phcimages.com", "phcimages.com", ("Daniel Chesterton",), None, (),
                            ("editorial-only",)),
    "frameright/exif.webp": ("Daniel Chesterton/phcimages.com", "phcimages.com", ("Daniel Chesterton",), None,
                             (), ("editorial-only",)),
    "frameright/meta.webp": (None, "example.com", (), None, (), ()),
    "frameright/metaphotoshop.psd": (None, "example.com", (), None, (), ()),
    "frameright/metapm.jpg": (None, "example.com", (), None, (), ()),
    "leok7v/metadata_test_file_IIM_XMP_EXIF.jpg": (None, None, ("Carl Seibert (Exif)",), None, (), ()),
    "pillow/broken_exif_dpi.jpg": (None, None, ("Ross_Pushinaitis",), None, (), ()),
    "pillow/invalid-exif-without-x-resolution.jpg": (None, None, ("JOE STEMMER PHOTO",), None, (), ()),
}
_REAGAN = ("U.S. Navy photo by Photographerís Mate 3rd Class (AW) Elizabeth Thompson", "U.S. Navy",
           ("Photographerís Mate 3rd Class (AW) Elizabeth Thompson",), None, (), ("mandatory-credit",))
for _name in ("Reagan.jp2", "Reagan.jpg", "Reagan.jxl", "Reagan.tiff", "ReaganSmallPng.png",
              "issue_ghsa_583f_w9pm_99r2_poc.jp2"):
    CORPUS_ATTRIBUTION[f"exiv2/{_name}"] = _REAGAN


def _corpus_keys() -> list[str]:
    path = corpus_location() / "expected.json"
    return sorted(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else []


@pytest.mark.parametrize("key", _corpus_keys())
def test_corpus_import_names_agency_and_photographers(key: str, corpus_dir: Path) -> None:
    path = corpus_dir / key
    try:
        raw = read_image(path)
    except FileProblem:
        pytest.skip("not importable (covered by the broken-input tests)")
    asset = reconcile(raw, sha256="0" * 64, file_size=path.stat().st_size, source_path=str(path),
                      imported_at="2024-01-01T00:00:00+00:00")
    got = (asset.caption_credit, asset.agency, asset.photographers, asset.distributor, asset.credit_qualifiers,
           asset.restrictions)
    assert got == CORPUS_ATTRIBUTION.get(key.removeprefix("images/"), (None, None, (), None, (), ()))


def test_corpus_expectations_name_real_files(expected: dict) -> None:
    assert {f"images/{key}" for key in CORPUS_ATTRIBUTION} <= set(expected)


@pytest.mark.parametrize("text", [
    "TOKYO (Reuters) – Japan's manufacturing activity contracted in March for the first time in a year.",
    "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.",
    "MOSUL, Iraq (AP) — Iraqi forces advanced on Saturday.",
    "SÃO PAULO (Reuters) - Brazil's central bank held its rate.",
])
def test_a_wire_stories_dateline_is_no_picture_credit(text: str) -> None:
    assert split_caption_credit(text) == (text, None)


def test_a_credit_opening_a_caption_before_a_dash_is_still_read() -> None:
    found = split_caption_credit("AP Photo/Jane Roe – Children play in the fountain on Saturday.")[1]
    assert found is not None and (found.agency, found.photographers) == ("AP", ("Jane Roe",))


@pytest.mark.parametrize(("caption", "credit_line", "agency"), [
    ("Casas danificadas Foto: ARIS MESSINIS / AFPInterior de um centro esportivo destruído.",
     "ARIS MESSINIS / AFP", "AFP"),
    ("Pessoas saem de casa Foto: JANE ROE / REUTERSPessoas atravessam uma ponte destruída.",
     "JANE ROE / REUTERS", "Reuters"),
])
def test_a_wire_run_into_the_next_captions_first_word_is_read_apart(caption: str, credit_line: str,
                                                                     agency: str) -> None:
    found = split_caption_credit(caption)[1]
    assert found is not None and (found.credit_line, found.agency) == (credit_line, agency)


@pytest.mark.parametrize(("caption", "credit_line", "agency", "photographers"), [
    ("Dust and rain storm at Parkes, Australia\nJason Davies/Severe Weather Australia",
     "Jason Davies/Severe Weather Australia", "Severe Weather Australia", ("Jason Davies",)),
    ("Kirk Hargreaves/Christchurch city council\nThe prime minister after the shooting",
     "Kirk Hargreaves/Christchurch city council", "Christchurch city council", ("Kirk Hargreaves",)),
    ("Routes on the new map\nParis/London/Berlin", None, None, ()),  # no person's name before the slash
    ("The mayor arrives.\nShe met residents in the east and the west/north of the city", None, None, ()),  # prose
])
def test_a_name_and_an_organisation_on_a_line_of_their_own_are_a_credit(
        caption: str, credit_line: str | None, agency: str | None, photographers: tuple[str, ...]) -> None:
    found = split_caption_credit(caption)[1]
    read = (found.credit_line, found.agency, found.photographers) if found else (None, None, ())
    assert read == (credit_line, agency, photographers)
