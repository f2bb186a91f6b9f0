"""The blind set: article pages and scrapes written by someone who never saw the reader (issue 15).

``data/blind/`` holds 24 pages and 8 scrapes in real publishers' shapes, each with its
expected ``NAME.json``; its README says where the shapes came from and the judgment calls
made, and ``gen/`` rebuilds and validates the files. They are compared field by field as
the shape library is (``test_shapes``), against the issue's bar for pages the reader was
not built on: 95 %.

Measured blind, on first sight (2026-12-06, before any change): 400/499 fields = 80.2 %,
and one page (09) crashed the reader. The reader has since been fixed on the causes of
those misses, so from now on this is development data too and no longer a blind measure.
``MISSES`` lists the fields still read wrong with the reason; "expectation differs" marks
a field where the set disagrees with the project's conventions (docs/credit-tables.md, the
shape library) and the reader follows the conventions.
"""

from __future__ import annotations

from pathlib import Path

from tests.catalog.articles.test_shapes import check_fields, library, print_misses, results

BLIND = Path(__file__).resolve().parent / "data" / "blind"
BAR = 0.95

# field id -> why the reader gets it wrong (generated list: MISSES-BEGIN ... MISSES-END)
# MISSES-BEGIN
MISSES: dict[str, str] = {
    "blind/09-spiegel-style-lazy-foto-credit-von:title":
        "expectation differs: the kicker over the headline is left out of the title (html._without_kicker; "
        "shape library page 09 gives 'Zehntausende Haushalte ohne Strom' without 'Stromausfall in Leipzig')",
    "blind/14-drupal-lazysizes-noscript-swedish-av:photo1.agency":
        "expectation differs: 'TT' is read as the canonical 'TT News Agency' (catalog/credits/agencies.py)",
    "blind/22-substack-captioned-image-fetch-renditions:photo1.url":
        "expectation differs: the shape library (page 23-substack-fetch) reports the w_1456 rendition shown, "
        "with the image link's unsized fetch URL among also_seen_as; the set takes the unsized URL as largest",
    "blind/22-substack-captioned-image-fetch-renditions:photo1.also_seen_as":
        "expectation differs: follows from photo1.url (the same renditions, the other one reported)",
    "blind/23-gannett-gallery-embed-1-of-4:photo1.agency":
        "expectation differs: 'USA TODAY NETWORK' is read as the canonical 'USA TODAY Sports' (agencies.py)",
    "blind/23-gannett-gallery-embed-1-of-4:photo2.agency":
        "expectation differs: 'USA TODAY NETWORK' is read as the canonical 'USA TODAY Sports' (agencies.py)",
    "blind/06-wp-gallery-block-jetpack-photon:photo3.agency":
        "expectation differs: 'Courtesy of the Pinecrest Historical Society' gives the society as agency, as "
        "the credit tables do ('Photo courtesy of the Smith family' -> 'the Smith family'; shape library page 15)",
    "blind/23-gannett-gallery-embed-1-of-4:photo4.agency":
        "expectation differs: 'Courtesy of the Hollis County Fair Association' gives the association as agency, "
        "as the credit tables do for 'courtesy of' an organisation",
    "blind/s04-syndicated-seed-shape-glued-url:publication_source":
        "expectation differs: the paper named on the line after a scrape's byline is source 'byline' "
        "(docs/contracts.md; the seed scrape gives it so)",
}
MEASURED_RATE = 0.981  # 489/498 fields; blind, before any change: 400/499 (80.2 %) and page 09 crashed
# MISSES-END


def test_the_blind_set_is_read_right_field_by_field() -> None:
    check_fields(results(library(BLIND)), MISSES, MEASURED_RATE, bar=BAR)


def test_the_blind_set_is_all_there() -> None:
    assert len(library(BLIND)) == 32
    assert all(path.with_suffix(".json").exists() for path in library(BLIND))


if __name__ == "__main__":  # print the misses, to refresh MISSES and MEASURED_RATE
    print_misses(results(library(BLIND)))
