"""A page a document partitioner split into typed elements, read as the text it holds.

Partitioners that feed search and language tools (Unstructured's ``partition_html`` saved with
``elements_to_json``, and tools writing the same shape) give a page as a list of elements, each
``{"type", "text", "metadata"}``: ``Title``, ``NarrativeText``, ``ListItem``, ``Image`` (its
address in ``metadata.image_url``), ``FigureCaption``, ``Footer``… in the page's order, navigation
and notices included. That is a text scrape of the page with its pictures in place, so it is
written out as one (an element a paragraph, a picture its address on its own line) and read as
any scrape: the headline among the titles, the byline, each picture with the caption after it.
"""

from __future__ import annotations

from typing import Any

# The element types of a partitioned document (Unstructured's ``ElementType``), in lower case
_ELEMENT_TYPES = frozenset({
    "title", "narrativetext", "listitem", "image", "figurecaption", "footer", "header", "table", "text",
    "uncategorizedtext", "address", "emailaddress", "pagebreak", "pagenumber", "formula", "codesnippet",
    "pageheader", "pagefooter", "headline", "subheadline", "abstract", "caption", "picture", "figure", "list",
    "paragraph", "compositeelement",
})
_PICTURE_TYPES = frozenset({"image", "picture", "figure"})
_PICTURE_ADDRESS_KEYS = ("image_url", "url", "src")
_FEWEST_ELEMENTS = 3


def elements_text(data: Any) -> str | None:
    """The text scrape a partitioned document's element list stands for, or None for data of another shape."""
    elements = data.get("elements") if isinstance(data, dict) else data
    if not isinstance(elements, list) or len(elements) < _FEWEST_ELEMENTS or not all(_is_element(e) for e in elements):
        return None
    paragraphs = [_element_text(element) for element in elements]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph) or None


def _is_element(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("type"), str) \
        and value["type"].lower() in _ELEMENT_TYPES and isinstance(value.get("text", ""), str)


def _element_text(element: dict) -> str:
    """A paragraph's text, or a picture's address (its text, the alt text, is no caption)."""
    if element["type"].lower() not in _PICTURE_TYPES:
        return " ".join(element.get("text", "").split())
    metadata = element.get("metadata") if isinstance(element.get("metadata"), dict) else {}
    return next((metadata[key].strip() for key in _PICTURE_ADDRESS_KEYS
                 if isinstance(metadata.get(key), str) and metadata[key].startswith(("http://", "https://"))), "")
