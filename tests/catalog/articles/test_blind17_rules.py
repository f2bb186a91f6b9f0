"""Rules found working on blind17's reader misses (regional and world publishers), each with cases of its own.

The set itself is ``data/blind17`` (test_blind_shapes, its misses classified in ``data/blind17/MISSES.md``); these
cases hold each rule apart from it, in other words, other builders and other languages.
"""

from __future__ import annotations

import pytest

from tests.catalog.articles.test_blind9_rules import STORY, _page

UPLOADS = "https://paper.example/wp-content/uploads/2026/11"


# -- page builders' blocks ------------------------------------------------------------------------------------


def _elementor_widget(kind: str, inner: str) -> str:
    return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


_FIGURE = (f'<figure class="wp-caption"><img src="{UPLOADS}/station-1024x683.jpg" width="1024" height="683" '
           f'srcset="{UPLOADS}/station-1024x683.jpg 1024w, {UPLOADS}/station.jpg 1600w">'
           '<figcaption class="widget-image-caption wp-caption-text">The station at dawn. Photo: Cy Doe/Coast Daily'
           '</figcaption></figure>')


@pytest.mark.parametrize("kind", ["theme-post-featured-image elementor-widget-image", "theme-post-content", "image"])
def test_an_elementor_widget_holding_the_storys_picture_is_no_chrome(kind: str) -> None:
    # blind17 17: every block of an Elementor Pro single-post template sits in 'elementor-widget …' and
    # 'elementor-widget-container'; the featured image and the in-story figure were dropped as sidebar widgets
    record = _page('<div data-elementor-type="single-post" class="elementor elementor-88 elementor-location-single">'
                   + _elementor_widget("theme-post-content", STORY) + _elementor_widget(kind, _FIGURE) + "</div>")
    [photo] = record["photos"]
    assert (photo["url"], photo["caption"], photo["agency"]) == (f"{UPLOADS}/station.jpg", "The station at dawn.",
                                                                 "Coast Daily")


def test_a_siteorigin_panel_holding_the_storys_picture_is_no_chrome() -> None:
    # SiteOrigin Page Builder names every panel 'so-panel widget widget_<kind>'
    record = _page(f'<article>{STORY}<div class="so-panel widget widget_sow-image panel-first-child" id="panel-4-0-0-1">'
                   f'<div class="panel-widget-style"><div class="siteorigin-widget-tinymce">{_FIGURE}</div></div></div>'
                   "</article>")
    assert [photo["url"] for photo in record["photos"]] == [f"{UPLOADS}/station.jpg"]


@pytest.mark.parametrize("kind", ["sidebar", "share-buttons", "wp-widget-recent-posts"])
def test_an_elementor_widget_of_a_chrome_kind_is_still_chrome(kind: str) -> None:
    record = _page(_elementor_widget("theme-post-content", STORY) + _elementor_widget(kind, _FIGURE))
    assert record["photos"] == []


@pytest.mark.parametrize("widget", ['<div class="widget PopularPosts">', '<div class="widget widget_media_image">',
                                    '<div class="so-widget-area widget">'])
def test_a_sidebar_widget_is_still_chrome(widget: str) -> None:
    record = _page(f"<article>{STORY}</article>{widget}{_FIGURE}</div>")
    assert record["photos"] == []


@pytest.mark.parametrize("location", ["header", "footer", "popup"])
def test_an_elementor_theme_builder_location_of_the_sites_frame_is_chrome(location: str) -> None:
    record = _page(f'<div data-elementor-type="single-post">{_elementor_widget("theme-post-content", STORY)}</div>'
                   f'<div data-elementor-type="{location}" class="elementor elementor-location-{location}">'
                   + _elementor_widget("image", _FIGURE) + "</div>")
    assert record["photos"] == []
