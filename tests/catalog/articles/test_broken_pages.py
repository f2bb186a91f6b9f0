"""No page crashes the reader: every library and blind-set file (all five sets), cut short or with parts removed, still reads.

A page fetched half-way, or with a block the CMS left out, is read as far as it goes: an
article with fewer fields or photos, never an exception (blind page 09 once crashed it on
an empty value).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from catalog.articles.pages import parse_article
from tests.catalog.articles.test_blind_shapes import BLIND_SETS
from tests.catalog.articles.test_shapes import expected_of, library

FILES = library() + [path for folder in BLIND_SETS for path in library(folder)]
CUTS = (0.1, 0.3, 0.5, 0.7, 0.9)
# Elements whose absence the reader leans on: each removed in turn, with all its content.
REMOVED = ("title", "h1", "h2", "meta", "figcaption", "img", "script", "header", "footer", "figure", "span", "a", "p")
# Attributes emptied in turn: an empty value is what crashed blind page 09.
EMPTIED = ("content", "src", "srcset", "data-src", "href", "alt", "class", "width")


def _emptied(page: bytes, attribute: str) -> bytes:
    """``page`` with every value of ``attribute`` made empty."""
    return re.sub(rb"\b" + attribute.encode() + rb"\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)", attribute.encode() + b'=""', page)


def _without(page: bytes, tag: str) -> bytes:
    """``page`` without any ``<tag>`` element: paired ones with their content, then lone start tags."""
    name = tag.encode()
    page = re.sub(rb"<" + name + rb"\b[^>]*>.*?</" + name + rb"\s*>", b"", page, flags=re.IGNORECASE | re.DOTALL)
    return re.sub(rb"<" + name + rb"\b[^>]*>", b"", page, flags=re.IGNORECASE)


@pytest.mark.fuzz
@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_page_cut_short_or_missing_parts_is_read_without_an_error(path: Path) -> None:
    page, url = path.read_bytes(), expected_of(path)["read_at"]
    variants = [page[: int(len(page) * cut)] for cut in CUTS]
    if path.suffix == ".html":
        variants += [_without(page, tag) for tag in REMOVED] + [_emptied(page, name) for name in EMPTIED]
    else:  # a scrape: every other line, or its first and last lines, gone
        lines = page.splitlines(keepends=True)
        variants += [b"".join(lines[::2]), b"".join(lines[1::2]), b"".join(lines[3:-3])]
    for variant in variants:
        parse_article(variant, url=url).to_record()
