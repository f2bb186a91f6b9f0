"""Page builders' block wrappers: which of a builder's elements hold the story and which are the site's chrome.

WordPress's page builders wrap every block of a page, the story's text and pictures too, in elements named with
the builder's own words: Elementor's ``elementor-widget elementor-widget-theme-post-content`` and its
``elementor-widget-container``, SiteOrigin's ``so-panel widget widget_sow-editor`` and ``panel-widget-style``.
There "widget" is the builder's word for any block, not a sidebar's; what the block is, the kind after the prefix
says ("-theme-post-content", "-sidebar", "-share-buttons"). Elementor Pro's theme builder puts the site's header,
footer and popups in locations of their own (``data-elementor-type="header"``), chrome like ``<header>``.
Divi (``et_pb_``), WPBakery (``vc_``, ``wpb_``), Beaver Builder (``fl-``) and block themes (``wp-block-``) name
their blocks "module", "column" or "block", no noise word: they need nothing here.
"""

from __future__ import annotations

import re

from bs4 import Tag

# A class naming a builder's block by the word "widget": Elementor's "elementor-widget", "elementor-widget-<kind>"
# and "elementor-widget-container"; SiteOrigin's "widget" beside "so-panel", "panel-widget-style",
# "siteorigin-widget-<kind>", "widget_sow-<kind>"
# ("elementor-widget-wp-widget-recent-posts", a WordPress widget placed in the builder, is one of the sidebar's)
_BUILDER_WIDGET_CLASS = re.compile(r"(?:elementor-widget|siteorigin-widget)(?:-(?!.*widget)|$)|panel-widget-style$|widget_sow-")
_BUILDER_PANEL_CLASSES = frozenset({"so-panel"})  # beside which a bare "widget" is the panel's block
# Elementor Pro's theme-builder locations that are the site's frame, not the story
_CHROME_LOCATIONS = frozenset({"header", "footer", "popup"})


def is_builder_block(tag: Tag) -> bool:
    """True when every class of ``tag`` that says "widget" is a page builder's name for a block of any kind."""
    classes = [str(name).lower() for name in tag.get("class") or ()]
    widget_classes = [name for name in classes if "widget" in name]
    if not widget_classes:
        return False
    panel = any(name in _BUILDER_PANEL_CLASSES for name in classes)
    return all(_BUILDER_WIDGET_CLASS.match(name) or panel and name == "widget" for name in widget_classes)


def is_builder_chrome(tag: Tag) -> bool:
    """True for a theme builder's header, footer or popup location (Elementor Pro's ``data-elementor-type``)."""
    return str(tag.get("data-elementor-type") or "").lower() in _CHROME_LOCATIONS
