"""Highlights leave the index as plain-text spans and are escaped where they are shown: the
page and ``/api/search`` with markupsafe, ``search --json`` as the contract's HTML, the
terminal in bold."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from tests.helpers.web_fixtures import MARKUP_CAPTION

from catalog.asset import Asset
from catalog.settings import Settings
from index import SearchIndex, Span
from scripts.cli import cli
from scripts.commands_search import highlight_html
from web.highlights import highlight_markup

CAPTION = 'A protest outside parliament in Kraków; <b>bold</b> & <script>alert(1)</script> "quoted" it\'s'


@pytest.fixture
def catalog_markup_asset(web_settings: Settings) -> Asset:
    """The sample catalog's picture whose caption holds markup (``web_fixtures.MARKUP_CAPTION``)."""
    from catalog.store import CatalogStore

    with CatalogStore(web_settings.catalog_path) as store:
        return next(asset for asset in store.iter_assets() if asset.filename == "markup-caption.jpg")


def an_asset(caption: str) -> Asset:
    sha256 = hashlib.sha256(caption.encode()).hexdigest()
    return Asset(id=sha256[:16], sha256=sha256, file_size=1, filename="a.jpg", source_path="/wire/a.jpg",
                 format="JPEG", mime="image/jpeg", caption=caption)


def test_the_index_gives_the_caption_as_it_is_the_renderers_escape_it(tmp_path: Path) -> None:
    with SearchIndex(Settings(data_dir=tmp_path).index_dir) as search_index:
        search_index.index([an_asset(CAPTION)])
        spans = search_index.search("parliament").hits[0].highlight
    assert "".join(span.text for span in spans) == CAPTION
    # The page: every character escaped, quotes too; only our <mark> is markup.
    page = str(highlight_markup(spans))
    assert page == ("A protest outside <mark>parliament</mark> in Kraków; &lt;b&gt;bold&lt;/b&gt; &amp; "
                    "&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; it&#39;s")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # search --json: the contract's HTML as the index wrote it before it gave spans (quotes bare).
    contract = ("A protest outside <mark>parliament</mark> in Kraków; &lt;b&gt;bold&lt;/b&gt; &amp; "
                "&lt;script&gt;alert(1)&lt;/script&gt; \"quoted\" it's")
    assert highlight_html(spans) == contract
    document = json.loads(CliRunner().invoke(cli, ["search", "--data", str(tmp_path), "--json", "parliament"]).output)
    assert document["hits"][0]["highlight"] == contract
    # The terminal: the caption's text as it is, the match bold.
    shown = CliRunner().invoke(cli, ["search", "--data", str(tmp_path), "parliament"], color=True).output
    assert "in Kraków; <b>bold</b> & <script>alert(1)</script>" in shown
    assert click.style("parliament", bold=True) in shown


def test_renderers_of_no_extract_and_of_a_marked_word_with_markup() -> None:
    assert str(highlight_markup(())) == "" and highlight_html(()) == ""
    spans = (Span("…AT&T "), Span("<up>", matched=True), Span(" & down…"))
    assert str(highlight_markup(spans)) == "…AT&amp;T <mark>&lt;up&gt;</mark> &amp; down…"
    assert highlight_html(spans) == "…AT&amp;T <mark>&lt;up&gt;</mark> &amp; down…"


def test_the_api_highlight_is_escaped_text_with_only_our_marks(client, catalog_markup_asset) -> None:
    data = client.get("/api/search?q=parliament+banners").get_json()
    highlight = next(hit["highlight"] for hit in data["hits"] if hit["id"] == catalog_markup_asset.id)
    assert "<mark>parliament</mark>" in highlight and "<mark>banners</mark>" in highlight
    assert "<" not in re.sub(r"</?mark>", "", highlight)  # the caption's tags arrive as &lt;…&gt;
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in highlight and "&amp; flags" in highlight
    unescaped = re.sub(r"</?mark>", "", highlight)
    for entity, character in (("&lt;", "<"), ("&gt;", ">"), ("&#34;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        unescaped = unescaped.replace(entity, character)
    assert unescaped == MARKUP_CAPTION


def test_the_page_marks_matches_in_escaped_text(client, catalog_markup_asset) -> None:
    html = client.get("/search?q=parliament").get_data(as_text=True)
    assert "<mark>parliament</mark> &lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
