"""A story page made for a reader rule's test: a URL, a picture and a paragraph, and ``read`` to parse the page."""

from __future__ import annotations

from catalog.articles.pages import ParsedArticle, parse_article

URL = "https://valleyledger.example/2024/05/story"
IMAGE = "https://cdn.valleyledger.example/photos/harbour-storm-1600.jpg"
STORY = "<p>The storm reached the harbour on Sunday night and closed the ferry for two days.</p>"


def read(body: str, head: str = "") -> ParsedArticle:
    """The page with ``body`` and ``head`` as the reader parses it from ``URL``."""
    return parse_article(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", url=URL)
