"""A story page made for a reader rule's test: a URL, a picture and a paragraph, ``read`` to parse the page and
``scrape`` to parse a text scrape."""

from __future__ import annotations

from catalog.articles.pages import ParsedArticle, parse_article

URL = "https://valleyledger.example/2024/05/story"
IMAGE = "https://cdn.valleyledger.example/photos/harbour-storm-1600.jpg"
STORY = "<p>The storm reached the harbour on Sunday night and closed the ferry for two days.</p>"


def read(body: str, head: str = "") -> ParsedArticle:
    """The page with ``body`` and ``head`` as the reader parses it from ``URL``."""
    return parse_article(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", url=URL)


def scrape(text: str, url: str = "https://valleyledger.example/2024/06/ferry-strike") -> dict:
    """The record of a text scrape (UTF-8 bytes) as the reader parses it from ``url``."""
    return parse_article(text.encode("utf-8"), url=url).to_record()
