"""The analysers: accent and case folding, stemming for prose and not for names, field prefixes."""

from __future__ import annotations

from index import SearchIndex
from index.schema import NAME_ANALYZER, PROSE_ANALYZER, TEXT_ANALYZER, fold
from tests.helpers.sample_assets import ALL, hits, make_asset


def test_folding_strips_accents_and_case() -> None:
    assert fold("São Paulo") == "sao paulo"
    assert fold("MÁLAGA") == "malaga"
    assert fold("Łódź Æsir Straße İstanbul") == "lodz aesir strasse istanbul"


def test_prose_is_stemmed_and_folded_names_only_folded() -> None:
    assert [t.text for t in PROSE_ANALYZER("Protesters celebrated in Málaga")] == [
        "protest", "celebrat", "in", "malaga",
    ]
    assert [t.text for t in NAME_ANALYZER("José Jones")] == ["jose", "jones"]


def test_field_words_are_indexed_again_with_their_prefix() -> None:
    document = "\x1e".join(["Jones sings", "", "", "Protests", "Tom Jones"])
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER(document, positions=True)]
    assert tokens == [
        ("jone", 0), ("sing", 1),  # caption: prose, stemmed, no prefix
        ("protest", 300_000), ("keyword:protest", 300_000),  # keywords: prose, so stemmed
        ("tom", 400_000), ("by:tom", 400_000), ("jone", 400_001), ("by:jones", 400_001),  # names: not
    ]


def test_one_pass_indexing_matches_the_analysers() -> None:
    # The text and tags fields index in one pass for speed; queries and highlights use
    # the analyser chains. Both must produce the same words at the same positions.
    from whoosh import fields

    from index.documents import asset_document
    from index.schema import TAG_ANALYZER, CompactPositions, build_schema, decode_positions

    schema = build_schema()
    reference_text = fields.TEXT(analyzer=TEXT_ANALYZER)
    reference_text.format = CompactPositions()
    reference_tags = fields.KEYWORD(analyzer=TAG_ANALYZER, scorable=True)
    tricky = make_asset(99, caption="U.S. troops, 3.5 km from Zürich's Œuvre; São Paulo" + " word" * 10,
                        keywords=("tear gas", "Tear Gas"), creators=("José Núñez", "O'Brien"), city="İstanbul")
    for asset in (*ALL, tricky):
        document = asset_document(asset)
        for name, reference in (("text", reference_text), ("tags", reference_tags)):
            assert sorted(schema[name].index(document[name])) == sorted(fields.FieldType.index(reference, document[name]))
    assert list(decode_positions(CompactPositions().encode([0, 7, 400_001]))) == [0, 7, 400_001]


def test_accent_folding_finds_places_both_ways(index: SearchIndex) -> None:
    assert hits(index, "Malaga") == {"malaga"}
    assert hits(index, "Sao Paulo") == {"sao_paulo"}
    assert hits(index, '"sao paulo"') == {"sao_paulo"}
    assert hits(index, 'city:"Sao Paulo"') == {"sao_paulo"}
    assert hits(index, "Krakow") == {"uncredited"}
    assert hits(index, "by:Jose") == {"uncredited"}
    assert hits(index, "São") == {"sao_paulo"}
    assert hits(index, "by:NÚÑEZ") == {"uncredited"}


def test_stemming_applies_to_prose_not_to_names(index: SearchIndex) -> None:
    assert hits(index, "protest") == {"sao_paulo", "uncredited"}  # "Protesters", "protest"
    assert hits(index, "advancing") == {"mosul"}
    assert hits(index, "by:jones") == {"no_caption"}  # not Jon Jone
    assert hits(index, "by:jone") == {"jone"}
    assert hits(index, "Jones") == {"no_caption", "jone"}  # free words are stemmed everywhere
