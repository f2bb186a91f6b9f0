"""Reading an article: the page got, parsed, its pictures compared with the catalog's, the verdicts recorded.

``read_article`` receives its collaborators; here they are the real ones the desk passes
(``media.fetch.fetch`` and ``media.article_images.published_picture_hashes`` against a story on
127.0.0.1, the catalog's perceptual hashes), wrapped only to count their calls.
"""

from __future__ import annotations

import functools

import pytest

from catalog.articles.article import LinkMethod
from catalog.articles.reading import read_article
from catalog.errors import FetchError, InvalidUrlError
from catalog.store import CatalogStore
from media.article_images import published_picture_hashes
from media.fetch import fetch
from media.picture_hashes import PictureHashes
from tests.helpers.article_stories import (
    BYLINE,
    PUBLICATION,
    WireCatalog,
    serve_story,
)
from tests.helpers.local_http import LocalServer


class Collaborators:
    """The real page source, picture hasher and catalog lookup, with the calls they were given."""

    def __init__(self, wire: WireCatalog, store: CatalogStore) -> None:
        self.pages: list[str] = []
        self.hashed: list[list[str]] = []
        self.lookups = 0
        self._store = store
        self._hash = functools.partial(published_picture_hashes, settings=wire.settings, allow_private=True)

    def get_page(self, url: str):
        self.pages.append(url)
        return fetch(url, allow_private=True)

    def hash_pictures(self, photos):
        self.hashed.append([photo.image_url for photo in photos])
        return self._hash(photos)

    def catalog_pictures(self) -> PictureHashes:
        self.lookups += 1
        return PictureHashes(self._store.perceptual_hashes())

    def read(self, url: str):
        return read_article(self._store, url, get_page=self.get_page, hash_pictures=self.hash_pictures,
                            catalog_pictures=self.catalog_pictures)


def test_a_story_is_recorded_with_its_photos_linked_by_picture(wire: WireCatalog, newsroom_site: LocalServer) -> None:
    url = serve_story(newsroom_site, wire.folder, "mosul")
    with CatalogStore(wire.settings.catalog_path) as store:
        reading = Collaborators(wire, store).read(url)
        recorded = store.get_article(reading.article.id)
        linked = {link.asset_id: link.method for link in store.links_to(reading.article.id)}
    assert (recorded.url, recorded.byline, recorded.publication) == (url, (BYLINE,), PUBLICATION)
    by_stem = wire.ids
    assert reading.linked_asset_ids == [by_stem["burial"], by_stem["checkpoint"], by_stem["market"]]
    assert linked == {by_stem[stem]: LinkMethod.BY_SIMILARITY for stem in ("burial", "checkpoint", "market")}
    stranger = reading.matches[3]
    assert stranger.asset_id is None and "stranger" in stranger.photo.image_url
    assert reading.image_problems == {}


def test_a_story_read_at_another_address_is_recorded_under_its_canonical_url(
    wire: WireCatalog, newsroom_site: LocalServer
) -> None:
    canonical = serve_story(newsroom_site, wire.folder, "harbor")
    amp = serve_story(newsroom_site, wire.folder, "harbor-amp", canonical=canonical)
    with CatalogStore(wire.settings.catalog_path) as store:
        reading = Collaborators(wire, store).read(amp)
        assert reading.article.url == canonical
        assert store.article_aliases(reading.article.id) == [amp]
        assert store.find_article_by_url(amp).id == reading.article.id


def test_the_catalog_is_asked_once_and_only_when_some_picture_was_hashed(wire: WireCatalog,
                                                                          newsroom_site: LocalServer) -> None:
    url = serve_story(newsroom_site, wire.folder, "counted")
    newsroom_site.add("/no-pictures/", "<html><head><title>Council meets</title></head><body><article>"
                     "<h1>Council meets</h1><figure><img src='/gone/AP17084512345678.jpg'></figure>"
                     "</article></body></html>")
    with CatalogStore(wire.settings.catalog_path) as store:
        pictures = Collaborators(wire, store)
        pictures.read(url)
        assert pictures.lookups == 1 and len(pictures.hashed[0]) == 4
        missing = Collaborators(wire, store)
        reading = missing.read(newsroom_site.url("/no-pictures/"))
    assert missing.lookups == 0  # nothing could be hashed: the catalog's hashes are not read
    (problem,) = reading.image_problems.values()
    assert problem.startswith("no picture to compare: ") and "404" in problem
    assert reading.linked_asset_ids == [] and reading.matches[0].asset_id is None


def test_a_url_that_is_not_http_is_refused_before_anything_is_fetched(wire: WireCatalog) -> None:
    with CatalogStore(wire.settings.catalog_path) as store:
        collaborators = Collaborators(wire, store)
        before = store.recent_articles(100)
        with pytest.raises(InvalidUrlError):
            collaborators.read("ftp://news.example/story")
        assert collaborators.pages == [] and store.recent_articles(100) == before


def test_a_page_that_cannot_be_fetched_records_nothing(wire: WireCatalog, newsroom_site: LocalServer) -> None:
    with CatalogStore(wire.settings.catalog_path) as store:
        before = store.recent_articles(100)
        with pytest.raises(FetchError, match="404"):
            Collaborators(wire, store).read(newsroom_site.url("/no-such-story/"))
        assert store.recent_articles(100) == before
