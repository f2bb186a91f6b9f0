"""The blind sets: article pages and scrapes written by someone who never saw the reader (issue 15).

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

``data/blind2/`` is a second such set (24 pages, 8 scrapes, 66 photos, 592 fields) by another
writer, with other publishers' shapes. Measured blind, on first sight (2026-12-06): 399/592 =
67.4 % before the first set's fixes (one crash, since fixed) and 435/592 = 73.5 % after them.
It too is development data from now on, with its own ``MISSES`` and ``MEASURED_RATE``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.catalog.articles.test_shapes import check_fields, library, print_misses, results

BLIND = Path(__file__).resolve().parent / "data" / "blind"
BLIND2 = Path(__file__).resolve().parent / "data" / "blind2"
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


# MISSES2-BEGIN
MISSES2: dict[str, str] = {
    'blind2/02-latimes-brightspot-figure-credit-webp-source:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/02-latimes-brightspot-figure-credit-webp-source:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/03-gannett-gnt-lead-originally-appeared-on:byline':
        'read wrong on first sight (issue 15)',
    'blind2/03-gannett-gnt-lead-originally-appeared-on:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/03-gannett-gnt-lead-originally-appeared-on:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/03-gannett-gnt-lead-originally-appeared-on:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/03-gannett-gnt-lead-originally-appeared-on:publication':
        'read wrong on first sight (issue 15)',
    'blind2/03-gannett-gnt-lead-originally-appeared-on:publication_source':
        'read wrong on first sight (issue 15)',
    'blind2/05-vox-chorus-e-image-cite-getty:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/05-vox-chorus-e-image-cite-getty:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/05-vox-chorus-e-image-cite-getty:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/05-vox-chorus-e-image-cite-getty:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/05-vox-chorus-e-image-cite-getty:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/05-vox-chorus-e-image-cite-getty:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/06-atlantic-lead-figure-attribution-empty-app-name:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/06-atlantic-lead-figure-attribution-empty-app-name:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/06-atlantic-lead-figure-attribution-empty-app-name:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/06-atlantic-lead-figure-attribution-empty-app-name:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/06-atlantic-lead-figure-attribution-empty-app-name:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/07-bloomberg-photographer-label-jsonld-imageobjects:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:byline':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo1.caption':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo1.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/08-aljazeera-bracket-credit-relative-resize:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/09-france24-m-figure-copyright-credit-par-et:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/09-france24-m-figure-copyright-credit-par-et:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/09-france24-m-figure-copyright-credit-par-et:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/09-france24-m-figure-copyright-credit-par-et:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/09-france24-m-figure-copyright-credit-par-et:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/09-france24-m-figure-copyright-credit-par-et:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/10-zeit-extensionless-noscript-von-logo-alt:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/10-zeit-extensionless-noscript-von-logo-alt:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/10-zeit-extensionless-noscript-von-logo-alt:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/10-zeit-extensionless-noscript-von-logo-alt:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/10-zeit-extensionless-noscript-von-logo-alt:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/11-sueddeutsche-foto-in-caption-von-und:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/11-sueddeutsche-foto-in-caption-von-und:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/11-sueddeutsche-foto-in-caption-von-und:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/11-sueddeutsche-foto-in-caption-von-und:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/11-sueddeutsche-foto-in-caption-von-und:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/11-sueddeutsche-foto-in-caption-von-und:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/12-corriere-jsonld-imageobject-di-e-lapresse:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/12-corriere-jsonld-imageobject-di-e-lapresse:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/12-corriere-jsonld-imageobject-di-e-lapresse:photo3':
        'read wrong on first sight (issue 15)',
    'blind2/13-clarin-data-srcset-foto-por-y-footer:byline':
        'read wrong on first sight (issue 15)',
    'blind2/13-clarin-data-srcset-foto-por-y-footer:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:byline':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo1.caption':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo1.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/14-folha-widget-image-credits-span-e:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/15-koreaherald-paren-yonhap-footer-copyright:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/15-koreaherald-paren-yonhap-footer-copyright:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/15-koreaherald-paren-yonhap-footer-copyright:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/15-koreaherald-paren-yonhap-footer-copyright:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/15-koreaherald-paren-yonhap-footer-copyright:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:byline':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo3.agency':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo3.caption':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo3.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/16-scmp-drupal-styles-itok-photo-label-ampersand:photo3.url':
        'read wrong on first sight (issue 15)',
    'blind2/17-abc-au-wcms-impolicy-cite-attribution-application-name:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/18-cbc-polopoly-derivatives-canadian-press-title-suffix:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/18-cbc-polopoly-derivatives-canadian-press-title-suffix:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/18-cbc-polopoly-derivatives-canadian-press-title-suffix:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/20-hs-iso-8859-1-kuva-teksti-logo-alt:byline':
        'read wrong on first sight (issue 15)',
    'blind2/20-hs-iso-8859-1-kuva-teksti-logo-alt:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo2.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:publication':
        'read wrong on first sight (issue 15)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:publication_source':
        'read wrong on first sight (issue 15)',
    'blind2/22-medium-miro-resize-fit-unsplash-avatars:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/22-medium-miro-resize-fit-unsplash-avatars:photo1.also_seen_as':
        'read wrong on first sight (issue 15)',
    'blind2/22-medium-miro-resize-fit-unsplash-avatars:photo1.caption':
        'read wrong on first sight (issue 15)',
    'blind2/22-medium-miro-resize-fit-unsplash-avatars:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/22-medium-miro-resize-fit-unsplash-avatars:photo1.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/22-medium-miro-resize-fit-unsplash-avatars:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/23-joomla-windows-1252-written-by-footer:publication':
        'read wrong on first sight (issue 15)',
    'blind2/23-joomla-windows-1252-written-by-footer:publication_source':
        'read wrong on first sight (issue 15)',
    'blind2/24-amp-web-story-amp-img-pages-credits:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/24-amp-web-story-amp-img-pages-credits:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/24-amp-web-story-amp-img-pages-credits:photo1.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/24-amp-web-story-amp-img-pages-credits:photo3.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo1.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo1.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:photo3':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:publication':
        'read wrong on first sight (issue 15)',
    'blind2/s01-markdown-clipper-frontmatter-ampersand-byline:publication_source':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo1.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo1.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo1.url':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo2.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo2.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo2.url':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo3.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo3.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo3.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo3.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo3.url':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo4.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo4.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo4.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo4.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s02-instapaper-text-photo-n-of-4-extensionless-photograph-label:photo4.url':
        'read wrong on first sight (issue 15)',
    'blind2/s03-german-print-view-cp1252-crlf-bild-n-von-3:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s03-german-print-view-cp1252-crlf-bild-n-von-3:photo2.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s04-newsletter-plaintext-view-in-browser-footer:photo2':
        'read wrong on first sight (issue 15)',
    'blind2/s04-newsletter-plaintext-view-in-browser-footer:photo3':
        'read wrong on first sight (issue 15)',
    'blind2/s05-portuguese-mobile-texto-lusa-dr-aspx:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s05-portuguese-mobile-texto-lusa-dr-aspx:publication':
        'read wrong on first sight (issue 15)',
    'blind2/s06-rss-reader-republished-first-appeared-on:photo2.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s06-rss-reader-republished-first-appeared-on:publication':
        'read wrong on first sight (issue 15)',
    'blind2/s06-rss-reader-republished-first-appeared-on:publication_source':
        'read wrong on first sight (issue 15)',
    'blind2/s07-italian-gallery-foto-n-di-4-imagekit-di:photo3.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s07-italian-gallery-foto-n-di-4-imagekit-di:photo3.photographers':
        'read wrong on first sight (issue 15)',
    'blind2/s08-japan-english-credit-own-line-staff-writer:byline':
        'read wrong on first sight (issue 15)',
    'blind2/s08-japan-english-credit-own-line-staff-writer:bylines':
        'read wrong on first sight (issue 15)',
    'blind2/s08-japan-english-credit-own-line-staff-writer:photo1.agency':
        'read wrong on first sight (issue 15)',
    'blind2/s08-japan-english-credit-own-line-staff-writer:photo1.caption':
        'read wrong on first sight (issue 15)',
    'blind2/s08-japan-english-credit-own-line-staff-writer:photo1.credit_line':
        'read wrong on first sight (issue 15)',
    'blind2/s08-japan-english-credit-own-line-staff-writer:title':
        'read wrong on first sight (issue 15)',
}
MEASURED_RATE2 = 0.734  # 435/592 fields; blind, on first sight: 435/592 (73.5 %)
# MISSES2-END

# folder -> (its misses, its measured rate, its number of files)
BLIND_SETS = {BLIND: (MISSES, MEASURED_RATE, 32), BLIND2: (MISSES2, MEASURED_RATE2, 32)}


@pytest.mark.parametrize("folder", BLIND_SETS, ids=lambda folder: folder.name)
def test_the_blind_set_is_read_right_field_by_field(folder: Path) -> None:
    misses, measured_rate, _ = BLIND_SETS[folder]
    check_fields(results(library(folder)), misses, measured_rate, bar=BAR)


@pytest.mark.parametrize("folder", BLIND_SETS, ids=lambda folder: folder.name)
def test_the_blind_set_is_all_there(folder: Path) -> None:
    assert len(library(folder)) == BLIND_SETS[folder][2]
    assert all(path.with_suffix(".json").exists() for path in library(folder))


if __name__ == "__main__":  # print the misses, to refresh MISSES, MISSES2 and their rates
    for blind_set in BLIND_SETS:
        print_misses(results(library(blind_set)))
