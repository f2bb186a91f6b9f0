"""Rules found auditing the reader on real saved news pages (issue 15, scripts/dev/article_audit.py).

The pages themselves stay outside the repository (other projects' test fixtures); each rule here is
held by small pages of our own in the structure the real ones showed.
"""

from __future__ import annotations

import json

import pytest

from catalog.articles.pages import parse_article
from catalog.articles.publication import without_section, without_site_tail

URL = "https://www.valleyledger.example/news/2024/05/03/harbour-closed/"


def _head_only(*tags: str, body: str = "") -> bytes:
    """A page whose story is drawn by script: its settings in the head, nothing of the story in the body."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>" + "".join(tags)
            + f"</head><body>{body}</body></html>").encode()


def _meta(prop: str, content: str) -> str:
    return f'<meta property="{prop}" content="{content}">'


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- og:title and the JSON-LD headline carry the site's name after a separator ---

@pytest.mark.parametrize("og_title, site_tags", [
    ("Harbour closed as storm sweeps the coast - BBC News", [_meta("og:site_name", "BBC News")]),
    ("Harbour closed as storm sweeps the coast | Valley Ledger", [_meta("og:site_name", "The Valley Ledger")]),
    ("Harbour closed as storm sweeps the coast – Breitbart", ['<meta name="application-name" content="Breitbart">']),
    ("Harbour closed as storm sweeps the coast | Aktuálně.cz",
     [_ld({"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "Organization",
                                                                                  "name": "Aktuálně.cz"}})]),
    # the site's settings print the name with its slogan: the name counts
    ("Harbour closed as storm sweeps the coast | Aktuálně.cz", [_meta("og:site_name", "Aktuálně.cz - Víte, co se právě děje")]),
])
def test_og_title_loses_the_sites_name_printed_after_the_headline(og_title: str, site_tags: list[str]) -> None:
    page = _head_only(_meta("og:title", og_title), *site_tags)
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_the_json_ld_headline_loses_the_publishers_name_after_it() -> None:
    page = _head_only(_ld({"@context": "https://schema.org", "@type": "NewsArticle",
                           "headline": "Harbour closed as storm sweeps the coast · El Diario del Puerto",
                           "publisher": {"@type": "Organization", "name": "El Diario del Puerto"}}))
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


@pytest.mark.parametrize("title", [
    "Ukraine war: Kyiv - live",  # the tail is part of the headline, no site's name
    "Storm diary - Part 2",
    "BBC News",  # the title is the name alone: nothing before it to keep
])
def test_a_title_whose_tail_names_no_site_is_kept_whole(title: str) -> None:
    assert without_site_tail(title, ["BBC News", None]) == title


# --- og:site_name prints the site's slogan beside its name ---

@pytest.mark.parametrize("site_name, name", [
    ("Aktuálně.cz - Víte, co se právě děje", "Aktuálně.cz"),
    ("Valley Ledger | Breaking news you can trust", "Valley Ledger"),
    ("Noticias de hoy, al minuto | El Diario del Puerto", "El Diario del Puerto"),
    ("Kieler Bote – Nachrichten aus der Region, jeden Tag", "Kieler Bote"),
])
def test_a_site_name_printed_with_its_slogan_is_the_name(site_name: str, name: str) -> None:
    assert without_section(site_name) == name
    page = _head_only(_meta("og:title", "Harbour closed"), _meta("og:site_name", site_name))
    record = parse_article(page, url=URL).to_record()
    assert (record["publication"], record["publication_source"]) == (name, "og:site_name")


@pytest.mark.parametrize("site_name", [
    "The Valley Ledger",
    "Stadt und Land | Kieler Bote",  # two names: nothing says which is a slogan
    "Ouest-France",
])
def test_a_site_name_without_a_slogan_is_kept(site_name: str) -> None:
    assert without_section(site_name) == site_name


# --- the site's banner heads the page, not the story ---

@pytest.mark.parametrize("banner", [
    '<header id="header" itemscope itemtype="http://schema.org/WPHeader">',
    '<header role="banner">',
    '<header class="site-header">',
])
def test_the_site_banners_h2_is_no_headline(banner: str) -> None:
    body = (f'{banner}<a class="logo" href="/">Valley Ledger</a><h2><a href="/topics/storms">Storm season</a></h2>'
            '</header><div class="story"><p>The harbour closed at dawn as the storm came in.</p></div>')
    page = _head_only(_meta("og:title", "Harbour closed as storm sweeps the coast"), body=body)
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"


def test_a_storys_own_header_h2_is_still_its_headline() -> None:
    body = ('<header role="banner"><a href="/">Valley Ledger</a></header><article><header class="header">'
            '<h2>Harbour closed as storm sweeps the coast</h2></header><p>The harbour closed at dawn.</p></article>')
    page = _head_only(_meta("og:title", "Harbour closed"), body=body)
    assert parse_article(page, url=URL).to_record()["title"] == "Harbour closed as storm sweeps the coast"
