"""A recorded article's photos as they stand now: the verdicts kept from the last reading, merged with the links."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from catalog.articles.article import Article, LinkMethod
from catalog.articles.credit_check import CreditStatus
from catalog.articles.links import (
    article_photos,
    confirm_link,
    is_read,
    link_by_hand,
    record_article,
    unlink_by_url,
)
from catalog.articles.matching import PhotoMatch, Suggestion
from catalog.articles.photos import ParsedArticle, describe_photo
from catalog.articles.urls import article_id
from catalog.asset import Asset, asset_id
from catalog.store import CatalogStore

URL = "https://news.example/2017/03/25/mosul/"


def make_asset(seed: str) -> Asset:
    sha256 = hashlib.sha256(seed.encode()).hexdigest()
    return Asset(id=asset_id(sha256), sha256=sha256, file_size=1, filename=f"{seed}.jpg", source_path=f"/in/{seed}.jpg")


@pytest.fixture
def store(catalog_location: str | Path):
    with CatalogStore(catalog_location) as catalog:
        yield catalog


@pytest.fixture
def assets(store: CatalogStore) -> list[Asset]:
    return [store.upsert(make_asset(seed)) for seed in ("linked", "suggested", "other", "by-hand")]


def recorded(store: CatalogStore, assets: list[Asset]) -> Article:
    """An article of three photos: one linked by picture, one with a suggestion, one with nothing."""
    linked, suggested, _, _ = assets
    photos = (
        describe_photo("https://news.example/a.jpg", caption="Mourners in Mosul. (AP Photo/Felipe Dana)"),
        describe_photo("https://news.example/b.jpg", caption="Smoke over the old city.", credit="Reuters"),
        describe_photo("https://news.example/c.jpg"),
    )
    parsed = ParsedArticle(article=Article(id=article_id(URL), url=URL, title="Mosul"), photos=photos, source_url=URL)
    matches = (
        PhotoMatch(photo=photos[0], asset_id=linked.id, method=LinkMethod.BY_SIMILARITY,
                   evidence=("the published picture looks the same (distance 3)",)),
        PhotoMatch(photo=photos[1], note="only weak evidence: confirm a suggestion",
                   suggestions=(Suggestion(asset_id=suggested.id, method=LinkMethod.BY_CAPTION,
                                           evidence=("the caption matches 60% of the asset's; the credit agrees",)),)),
        PhotoMatch(photo=photos[2]),
    )
    return record_article(store, parsed, matches)


def test_every_photo_and_its_verdict_is_kept_with_the_article(store: CatalogStore, assets: list[Asset]) -> None:
    article = recorded(store, assets)
    kept = store.article_photos(article.id)
    assert [m.photo.image_url for m in kept] == ["https://news.example/a.jpg", "https://news.example/b.jpg",
                                                 "https://news.example/c.jpg"]
    assert kept[0].photo.credit_line == "AP Photo/Felipe Dana" and kept[0].photo.photographers == ("Felipe Dana",)
    assert kept[0].to_record() == PhotoMatch.from_record(kept[0].to_record()).to_record()
    assert kept[1].suggestions[0].method is LinkMethod.BY_CAPTION
    # read again with fewer photos: the old list is replaced, not added to
    parsed = ParsedArticle(article=article, photos=(kept[2].photo,), source_url=URL)
    record_article(store, parsed, (PhotoMatch(photo=kept[2].photo),))
    assert [m.photo.image_url for m in store.article_photos(article.id)] == ["https://news.example/c.jpg"]


def test_photos_show_the_links_as_they_are_now(store: CatalogStore, assets: list[Asset]) -> None:
    linked, suggested, other, by_hand = assets
    article = recorded(store, assets)
    first, second, third = article_photos(store, article.id)
    assert (first.position, first.link.asset_id, first.link.method) == (0, linked.id, LinkMethod.BY_SIMILARITY)
    assert first.evidence == ("the published picture looks the same (distance 3)",)
    assert first.credit_printed == "AP Photo/Felipe Dana"
    assert (second.link, [s.asset_id for s in second.suggestions]) == (None, [suggested.id])
    assert second.note == "only weak evidence: confirm a suggestion"
    assert (third.link, third.suggestions, third.credit_printed) == (None, (), None)

    # an editor confirms the suggestion: linked by hand, with the image and credit the story printed
    link = confirm_link(store, article.id, 1, suggested.id)
    assert (link.method, link.image_url, link.credit_printed) == (LinkMethod.BY_HAND, "https://news.example/b.jpg", "Reuters")
    second = article_photos(store, article.id)[1]
    assert (second.link.asset_id, second.suggestions, second.note) == (suggested.id, (), None)

    # the picture linked by the matcher is unlinked: it comes back as the first suggestion
    unlink_by_url(store, linked.id, URL)
    first = article_photos(store, article.id)[0]
    assert first.link is None
    assert [(s.asset_id, s.method) for s in first.suggestions] == [(linked.id, LinkMethod.BY_SIMILARITY)]

    # a link made by hand from an asset page, to no photo the page printed: listed after the photos
    link_by_hand(store, by_hand.id, URL)
    extra = article_photos(store, article.id)[-1]
    assert (extra.position, extra.photo, extra.link.asset_id, extra.credit_printed) == (None, None, by_hand.id, None)
    assert other.id not in {p.link.asset_id for p in article_photos(store, article.id) if p.link}


def test_confirming_needs_a_real_photo_and_asset(store: CatalogStore, assets: list[Asset]) -> None:
    article = recorded(store, assets)
    with pytest.raises(KeyError):
        confirm_link(store, article.id, 3, assets[1].id)
    with pytest.raises(KeyError):
        confirm_link(store, article.id, -1, assets[1].id)
    with pytest.raises(KeyError):
        confirm_link(store, article.id, 1, "0123456789abcdef")
    assert store.links_to(article.id)[0].asset_id == assets[0].id and len(store.links_to(article.id)) == 1


def test_a_link_by_hand_to_another_spelling_of_the_url_shows_the_title_once_the_article_is_read(
    store: CatalogStore, assets: list[Asset]
) -> None:
    """The bug: a link by hand to ``?p=123`` stayed an untitled story after the page (canonical ``/mosul/``) was read."""
    _, _, _, by_hand = assets
    short = "https://news.example/?p=123"
    stub = link_by_hand(store, by_hand.id, short)
    assert stub.title is None and not is_read(store, stub)
    (item,) = article_photos(store, stub.id)
    check = item.credit_check(by_hand)
    assert (check.status, check.reason) == (
        CreditStatus.UNCHECKED, "Linked by hand, not read from the page: the credit printed beside this photo is not known.")
    assert item.to_record()["match"] == "hand" and item.to_record()["position"] is None

    parsed = ParsedArticle(article=Article(id=article_id(URL), url=URL, title="Mosul"),
                           photos=(describe_photo("https://news.example/a.jpg"),), source_url=short)
    article = record_article(store, parsed, [PhotoMatch(photo=parsed.photos[0])], aliases=[short])
    assert is_read(store, article)
    assert store.get_article(stub.id) is None  # folded into the story the page is
    assert [(ref.url, ref.title) for ref in store.get(by_hand.id).articles] == [(URL, "Mosul")]
    assert store.find_article_by_url(short).id == article.id
    assert [link.method for link in store.links_to(article.id)] == [LinkMethod.BY_HAND]


def test_a_story_read_at_an_alias_does_not_swallow_the_story_the_alias_belonged_to(
    store: CatalogStore, assets: list[Asset]
) -> None:
    """Only a story recorded under the very URL read is folded in; an alias merely moves over."""
    linked = assets[0]
    other_url = "https://news.example/2017/03/20/earlier/"
    earlier = link_by_hand(store, linked.id, other_url)
    store.add_article_alias(earlier.id, "https://news.example/amp/x")
    parsed = ParsedArticle(article=Article(id=article_id(URL), url=URL, title="Mosul"), photos=(),
                           source_url="https://news.example/amp/x")
    record_article(store, parsed, [])
    assert store.get_article(earlier.id) is not None
    assert [a.url for a in store.articles_for(linked.id)] == [other_url]
