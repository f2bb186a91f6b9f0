"""Matching published photos to assets: each kind of evidence, and weak or ambiguous evidence → suggestions.

The catalog side is real (SQLite in a temp dir through ``StoreLookup``); the caption search
returns every asset, so the caption rules alone decide. Picture hashes are built to sit at
exact distances: dHash bits (the low 128) count once each.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from catalog.articles.article import Article, LinkMethod
from catalog.articles.credit_check import check_credit
from catalog.articles.links import StoreLookup, caption_query, record_article
from catalog.articles.matching import (
    caption_likeness,
    match_article,
    match_photo,
)
from catalog.articles.photos import ParsedArticle, PublishedPhoto, describe_photo
from catalog.articles.urls import article_id
from catalog.asset import Asset, asset_id
from catalog.store import CatalogStore
from media.picture_hashes import PictureHashes
from media.similarity import CERTAIN_DISTANCE, SIMILAR_DISTANCE, format_hash

WIRE_CAPTION = (
    "Relatives and friends bury the body of Khadeer Hassan, who was killed during fighting between "
    "Iraqi security forces and Islamic State militants on the western side of Mosul, Iraq, on Saturday, "
    "March 25, 2017. (AP Photo/Felipe Dana)"
)
PRINTED_CAPTION = (
    "Relatives and friends bury the body of Khadeer Hassan, who was killed during fighting between "
    "Iraqi security forces and Islamic State militants on the western side of Mosul, Iraq, on Saturday."
)
IMAGE_URL = "https://news.example/wp-content/uploads/2017/03/mosul-burial-1024x683.jpg"


def make_asset(seed: str, **fields: object) -> Asset:
    sha256 = hashlib.sha256(seed.encode()).hexdigest()
    base = Asset(id=asset_id(sha256), sha256=sha256, file_size=1000, filename=f"{seed}.jpg",
                 source_path=f"/wire/{seed}.jpg", imported_at="2026-01-01T00:00:00+00:00")
    return dataclasses.replace(base, **fields)


def away(distance: int) -> int:
    """A hash ``distance`` from the all-zero hash (dHash bits only)."""
    return (1 << distance) - 1


@pytest.fixture
def store(tmp_path: Path):
    with CatalogStore(tmp_path / "catalog.sqlite") as catalog:
        yield catalog


def lookup(store: CatalogStore) -> StoreLookup:
    everything = lambda query, limit: [asset.id for asset in store.iter_assets()]  # noqa: E731
    return StoreLookup(store, search=everything)


def add(store: CatalogStore, *assets: Asset, hashes: dict[str, int] | None = None) -> list[Asset]:
    for asset in assets:
        store.upsert(asset, renditions=("preview", "thumb"))
    for asset in assets:
        if hashes and asset.id in hashes:
            store.set_perceptual_hash(asset.sha256, format_hash(hashes[asset.id]))
    return list(assets)


def pictures(store: CatalogStore) -> PictureHashes:
    return PictureHashes(store.perceptual_hashes())


def photo(url: str = IMAGE_URL, caption: str | None = PRINTED_CAPTION, credit: str | None = "AP Photo/Felipe Dana") -> PublishedPhoto:
    return describe_photo(url, caption=caption, credit=credit)


def link_earlier(store: CatalogStore, asset: Asset, image_url: str) -> None:
    url = "https://other.example/earlier-story"
    store.upsert_article(Article(id=article_id(url), url=url))
    store.link(asset.id, article_id(url), LinkMethod.BY_CAPTION, image_url=image_url)


# -- by URL -----------------------------------------------------------------------------------


def test_an_image_url_already_linked_is_decisive(store: CatalogStore) -> None:
    known, other = add(store, make_asset("known"), make_asset("other", caption=WIRE_CAPTION, credit="AP"))
    link_earlier(store, known, IMAGE_URL)
    found = match_photo(photo(), lookup(store))
    assert (found.asset_id, found.method) == (known.id, LinkMethod.BY_URL)
    assert found.evidence[0] == "this image URL is already linked to the asset"
    # The other asset's caption also matches: it stays a suggestion, never a second link.
    assert [s.asset_id for s in found.suggestions] == [other.id]


def test_another_rendition_of_the_same_upload_is_found_by_its_key(store: CatalogStore) -> None:
    (known,) = add(store, make_asset("known"))
    link_earlier(store, known, "https://news.example/wp-content/uploads/2017/03/AP17084512345678-1024x683.jpg")
    found = match_photo(photo("https://news.example/wp-content/uploads/2017/03/AP17084512345678.jpg", None, None),
                        lookup(store))
    assert (found.asset_id, found.method) == (known.id, LinkMethod.BY_URL)
    assert "another rendition of the same upload (ap17084512345678)" in found.evidence[0]


def test_a_camera_file_number_shared_by_renditions_is_only_a_suggestion(store: CatalogStore) -> None:
    (known,) = add(store, make_asset("known"))
    link_earlier(store, known, "https://news.example/uploads/DSC_4411-1024x683.jpg")
    found = match_photo(photo("https://blog.example/uploads/DSC_4411.jpg", None, None), lookup(store))
    assert found.asset_id is None
    assert [s.asset_id for s in found.suggestions] == [known.id]
    assert found.note == "only weak evidence: confirm a suggestion"


# -- by file name or job id -------------------------------------------------------------------


def test_the_wire_id_in_the_url_is_the_asset_file_name(store: CatalogStore) -> None:
    asset, _ = add(store, make_asset("a", filename="115722618.jpg"), make_asset("b", filename="115722619.jpg"))
    url = "https://www.timesleader.com/wp-content/uploads/2017/03/web1_115722618-befd0972b7a8415e9f5e2248a085d5a1.jpg.optimal.jpg"
    found = match_photo(photo(url, None, None), lookup(store))
    assert (found.asset_id, found.method) == (asset.id, LinkMethod.BY_FILENAME)
    assert found.evidence == ("the image URL carries the asset's file name 115722618.jpg",)
    assert found.suggestions == ()


def test_the_job_id_in_the_url_links_the_asset(store: CatalogStore) -> None:
    (asset,) = add(store, make_asset("a", filename="IMG_0001.JPG", job_id="NYET402"))
    found = match_photo(photo("https://news.example/2017/03/nyet402-1024x683.jpg", None, None), lookup(store))
    assert (found.asset_id, found.method) == (asset.id, LinkMethod.BY_FILENAME)
    assert found.evidence == ("the image URL carries the asset's job id NYET402",)


def test_a_camera_file_name_alone_is_only_a_suggestion(store: CatalogStore) -> None:
    (asset,) = add(store, make_asset("a", filename="DSC_4411.JPG"))
    found = match_photo(photo("https://news.example/uploads/DSC_4411-1024x683.jpg", None, None), lookup(store))
    assert found.asset_id is None
    assert found.suggestions[0].asset_id == asset.id
    assert found.suggestions[0].method is LinkMethod.BY_FILENAME
    assert "a camera's file number" in found.suggestions[0].evidence[0]


def test_two_assets_with_the_same_file_name_are_both_suggested(store: CatalogStore) -> None:
    first, second = add(store, make_asset("a", filename="115722618.jpg", source_path="/wire/a/115722618.jpg"),
                        make_asset("b", filename="115722618.JPG", source_path="/wire/b/115722618.JPG"))
    found = match_photo(photo("https://news.example/uploads/115722618.jpg", None, None), lookup(store))
    assert found.asset_id is None
    assert found.note == "2 assets match equally well (by file name): confirm one"
    assert {s.asset_id for s in found.suggestions} == {first.id, second.id}


# -- by caption and credit --------------------------------------------------------------------


def test_caption_and_credit_together_link_the_asset(store: CatalogStore) -> None:
    asset, _ = add(store, make_asset("a", caption=WIRE_CAPTION, credit="AP", agency="AP", photographers=("Felipe Dana",)),
                   make_asset("b", caption="Smoke rises over the old city of Mosul during an airstrike on Sunday.",
                              agency="AP", photographers=("Felipe Dana",)))
    found = match_photo(photo(), lookup(store))
    assert (found.asset_id, found.method) == (asset.id, LinkMethod.BY_CAPTION)
    assert found.evidence == ("the caption matches 100% of the asset's; the credit agrees (Credit OK)",)
    assert found.suggestions == ()


def test_a_caption_without_a_credit_to_back_it_is_only_a_suggestion(store: CatalogStore) -> None:
    (asset,) = add(store, make_asset("a", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",)))
    found = match_photo(photo(credit=None), lookup(store))
    assert found.asset_id is None
    assert found.suggestions[0].asset_id == asset.id
    assert found.suggestions[0].evidence == (
        "the caption matches 100% of the asset's; no credit printed to compare (Missing credit)",)


def test_the_same_caption_from_another_photographer_is_not_evidence(store: CatalogStore) -> None:
    add(store, make_asset("a", caption=WIRE_CAPTION, agency="AP", photographers=("Maya Alleruzzo",)))
    found = match_photo(photo(), lookup(store))
    assert (found.asset_id, found.suggestions) == (None, ())


def test_two_frames_with_one_caption_are_both_suggested(store: CatalogStore) -> None:
    frames = add(store, *(make_asset(f"frame{n}", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",))
                          for n in range(2)))
    found = match_photo(photo(), lookup(store))
    assert found.asset_id is None
    assert found.note == "2 assets match equally well (by caption and credit): confirm one"
    assert {s.asset_id for s in found.suggestions} == {frame.id for frame in frames}


def test_caption_likeness_reads_edited_captions_and_ignores_short_ones() -> None:
    assert caption_likeness(PRINTED_CAPTION, WIRE_CAPTION) == 1.0
    assert caption_likeness("Relatives bury Khadeer Hassan in west Mosul", WIRE_CAPTION) == pytest.approx(5 / 6)
    assert caption_likeness("Smoke rises.", "Smoke rises.") == 0.0  # too few words to tell pictures apart
    assert caption_likeness("Fans cheer as the home team scores in the second half", WIRE_CAPTION) == 0.0


@pytest.mark.parametrize(("printed", "words", "label"), [
    ("AP Photo/Felipe Dana", "the credit agrees (Credit OK)", "Credit OK"),
    ("AP", "the credit agrees in part (Incomplete credit)", "Incomplete credit"),
    # the photographer agrees but the agency does not: a wrong credit, so the caption is no evidence
    ("Reuters/Felipe Dana", None, "Wrong credit"),
    ("AP Photo/Hadi Mizban", None, "Wrong credit"),
    (None, "no credit printed to compare (Missing credit)", "Missing credit"),
])
def test_the_caption_evidence_and_the_credit_check_give_one_verdict(
    store: CatalogStore, printed: str | None, words: str | None, label: str
) -> None:
    """The bug: "the credit agrees" beside "Wrong credit" for the same photo (two comparisons that differed)."""
    (asset,) = add(store, make_asset("a", caption=WIRE_CAPTION, credit="AP", agency="AP",
                                     photographers=("Felipe Dana",)))
    published = photo(credit=printed)
    assert check_credit(published, asset).label == label
    assert check_credit(published.credit_line, asset).label == label  # the line alone, read again: the same
    found = match_photo(published, lookup(store))
    evidence = [line for s in found.suggestions for line in s.evidence] + list(found.evidence)
    if words is None:
        assert (found.asset_id, found.suggestions) == (None, ())
    else:
        assert evidence == [f"the caption matches 100% of the asset's; {words}"]


def test_the_caption_search_asks_for_the_longest_words() -> None:
    query = caption_query(PRINTED_CAPTION)
    assert query.split(" OR ")[:4] == ["militants", "relatives", "fighting", "saturday"]
    assert len(query.split(" OR ")) == 12
    assert caption_query("On the.") == ""


# -- by picture -------------------------------------------------------------------------------


def test_a_close_picture_links_the_asset(store: CatalogStore) -> None:
    near, far = make_asset("near"), make_asset("far")
    add(store, near, far, hashes={near.id: 0, far.id: away(120)})
    found = match_photo(photo(caption=None, credit=None), lookup(store),
                        picture_hash=away(CERTAIN_DISTANCE), pictures=pictures(store))
    assert (found.asset_id, found.method) == (near.id, LinkMethod.BY_SIMILARITY)
    assert found.evidence == (f"the published picture looks the same (distance {CERTAIN_DISTANCE})",)
    assert found.suggestions == ()


def test_a_picture_near_the_threshold_is_only_a_suggestion(store: CatalogStore) -> None:
    asset = make_asset("a")
    add(store, asset, hashes={asset.id: 0})
    for distance in (CERTAIN_DISTANCE + 1, SIMILAR_DISTANCE):
        found = match_photo(photo(caption=None, credit=None), lookup(store),
                            picture_hash=away(distance), pictures=pictures(store))
        assert found.asset_id is None
        assert found.suggestions[0].asset_id == asset.id
        assert f"near the limit of {SIMILAR_DISTANCE}" in found.suggestions[0].evidence[0]
    beyond = match_photo(photo(caption=None, credit=None), lookup(store),
                         picture_hash=away(SIMILAR_DISTANCE + 1), pictures=pictures(store))
    assert (beyond.asset_id, beyond.suggestions) == (None, ())


def test_two_copies_of_one_picture_in_the_catalog_are_both_suggested(store: CatalogStore) -> None:
    first, second = make_asset("jpeg"), make_asset("webp")
    add(store, first, second, hashes={first.id: 0, second.id: away(3)})
    found = match_photo(photo(caption=None, credit=None), lookup(store), picture_hash=away(10), pictures=pictures(store))
    assert found.asset_id is None
    assert found.note == "2 assets match almost equally well (by picture): confirm one"
    assert [s.asset_id for s in found.suggestions] == [second.id, first.id]  # distance 7, then 10


def test_a_different_picture_with_the_same_caption_and_credit_is_not_linked(store: CatalogStore) -> None:
    asset = make_asset("a", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",))
    add(store, asset, hashes={asset.id: 0})
    found = match_photo(photo(), lookup(store), picture_hash=away(110), pictures=pictures(store))
    assert found.asset_id is None
    assert found.note == "the published picture looks different from the assets its name or caption points to"
    assert found.suggestions[0].asset_id == asset.id
    assert found.suggestions[0].evidence[-1] == "but the published picture looks different (distance 110)"


def test_the_picture_overrules_a_file_name_and_its_own_match_wins(store: CatalogStore) -> None:
    named, pictured = make_asset("named", filename="115722618.jpg"), make_asset("pictured")
    add(store, named, pictured, hashes={named.id: away(120), pictured.id: 0})
    found = match_photo(photo("https://news.example/uploads/115722618.jpg", None, None), lookup(store),
                        picture_hash=away(20), pictures=pictures(store))
    assert (found.asset_id, found.method) == (pictured.id, LinkMethod.BY_SIMILARITY)
    assert [s.asset_id for s in found.suggestions] == [named.id]


def test_two_weak_clues_of_different_kinds_make_a_link(store: CatalogStore) -> None:
    asset = make_asset("a", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",))
    add(store, asset, hashes={asset.id: 0})
    found = match_photo(photo(credit=None), lookup(store), picture_hash=away(CERTAIN_DISTANCE + 8),
                        pictures=pictures(store))
    assert (found.asset_id, found.method) == (asset.id, LinkMethod.BY_CAPTION)
    assert len(found.evidence) == 2


def test_a_known_image_url_is_not_overruled_by_the_picture(store: CatalogStore) -> None:
    asset = make_asset("a")
    add(store, asset, hashes={asset.id: 0})
    link_earlier(store, asset, IMAGE_URL)  # an editor linked this rendition (a tight crop)
    found = match_photo(photo(caption=None, credit=None), lookup(store), picture_hash=away(100), pictures=pictures(store))
    assert (found.asset_id, found.method) == (asset.id, LinkMethod.BY_URL)


def test_no_evidence_no_link_no_suggestion(store: CatalogStore) -> None:
    add(store, make_asset("a", caption="Fans cheer as the home team scores in the second half.", agency="Reuters"))
    found = match_photo(photo(), lookup(store))
    assert (found.asset_id, found.method, found.suggestions, found.note) == (None, None, (), None)


# -- recording --------------------------------------------------------------------------------


def test_a_matched_article_is_recorded_with_its_links_both_ways(store: CatalogStore) -> None:
    asset, _ = add(store, make_asset("a", filename="115722618.jpg"), make_asset("b"))
    url = "https://news.example/2017/03/25/mosul-airstrike/"
    parsed = ParsedArticle(
        article=Article(id=article_id(url), url=url, title="Mosul airstrike", byline=("Missy Ryan",)),
        photos=(photo("https://news.example/uploads/115722618.jpg"), photo("https://news.example/uploads/unknown.jpg")),
        source_url="https://news.example/2017/03/25/mosul-airstrike/amp/",
    )
    matches = match_article(parsed, lookup(store))
    article = record_article(store, parsed, matches, aliases=["https://news.example/?p=1234"])
    assert [a.id for a in store.assets_for(article.id)] == [asset.id]
    assert [a.url for a in store.articles_for(asset.id)] == [url]
    (link,) = store.links_for(asset.id)
    assert (link.method, link.image_url, link.credit_printed) == (
        LinkMethod.BY_FILENAME, "https://news.example/uploads/115722618.jpg", "AP Photo/Felipe Dana")
    assert store.get(asset.id).articles[0].title == "Mosul airstrike"
    # The AMP page it was read at, and the short link, find the same article.
    assert store.find_article_by_url("https://news.example/2017/03/25/mosul-airstrike/amp/").id == article.id
    assert store.find_article_by_url("https://news.example/?p=1234").id == article.id
    # Read again: the image URL is now known, and the link is not doubled.
    again = match_article(parsed, lookup(store))
    assert again[0].method is LinkMethod.BY_URL
    record_article(store, parsed, again)
    assert len(store.links_for(asset.id)) == 1
    assert store.links_for(asset.id)[0].method is LinkMethod.BY_URL
