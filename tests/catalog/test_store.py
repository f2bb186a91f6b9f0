"""The catalog store: real SQLite in a temp dir, records in and out, articles and links."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from catalog.articles.article import Article, LinkMethod
from catalog.asset import ArticleRef, Asset, Conflict, asset_id, record_stamp
from catalog.errors import ConfigurationError
from catalog.store import SCHEMA_VERSION, CatalogStore


def make_asset(seed: str, **changes: object) -> Asset:
    sha256 = hashlib.sha256(seed.encode()).hexdigest()
    asset = Asset(
        id=asset_id(sha256),
        sha256=sha256,
        file_size=4_200_000,
        filename=f"{seed}.jpg",
        source_path=f"/wire/{seed}.jpg",
        format="JPEG",
        mime="image/jpeg",
        width=4000,
        height=3000,
        orientation=1,
        caption="Relatives bury the body of Khadeer Hassan in Mosul. (AP Photo/Felipe Dana)",
        headline="Mosul burial",
        creators=("Felipe Dana",),
        credit="AP",
        keywords=("Iraq", "Mosul", "Zürich"),
        city="Mosul",
        country="Iraq",
        country_code="IQ",
        date_created="2017-03-26T10:15:00+03:00",
        gps_lat=36.34,
        gps_lon=43.13,
        imported_at="2026-01-02T03:04:05+00:00",
        warnings=("IPTC charset guessed: cp1252",),
        field_sources={"caption": "XMP-dc:Description", "credit": "IPTC:Credit"},
        conflicts=(
            Conflict(field="caption", values={"XMP-dc:Description": "a", "IPTC:Caption-Abstract": "b"}, chosen="XMP-dc:Description"),
        ),
    )
    return dataclasses.replace(asset, **changes)


def make_article(number: int, **changes: object) -> Article:
    url = f"https://news.example/story-{number}"
    article = Article(
        id=hashlib.sha256(url.encode()).hexdigest()[:16],
        url=url,
        title=f"Story {number}",
        byline=("Missy Ryan",),
        publication="The Washington Post",
        published="2017-03-27",
        added_at=f"2026-01-0{number}T00:00:00+00:00",
    )
    return dataclasses.replace(article, **changes)


@pytest.fixture
def store(catalog_location: str | Path):
    """A new catalog, on SQLite and on PostgreSQL (tests/helpers/postgres.py)."""
    with CatalogStore(catalog_location) as opened:
        yield opened


def test_a_new_catalog_is_at_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    with CatalogStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_a_catalog_from_a_newer_photodesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    CatalogStore(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(ConfigurationError, match="newer Photodesk"):
        CatalogStore(path)


def test_a_file_that_is_not_a_catalog_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    path.write_text("<html>not a database</html>" * 100)
    with pytest.raises(ConfigurationError, match="not a Photodesk catalog"):
        CatalogStore(path)


def test_an_asset_reads_back_exactly_as_it_was_written(store: CatalogStore) -> None:
    asset = make_asset("mosul")
    store.upsert(asset, renditions=("preview", "thumb"))
    assert store.get(asset.id) == asset
    assert store.get_by_sha256(asset.sha256) == asset
    assert store.renditions(asset.sha256) == ("preview", "thumb")
    assert store.stamp(asset.sha256) == (asset.id, record_stamp(asset))
    assert store.get("0" * 16) is None
    assert store.renditions("0" * 64) is None


def test_upserting_the_same_content_replaces_instead_of_adding(store: CatalogStore) -> None:
    store.upsert(make_asset("mosul"))
    newer = make_asset("mosul", caption="Corrected caption", source_path="/other/copy.jpg")
    store.upsert(newer)
    assert store.count() == 1
    assert store.get(newer.id) == newer


def test_a_field_missing_from_an_old_row_gets_its_default(store: CatalogStore) -> None:
    asset = make_asset("mosul")
    store.upsert(asset)
    record = json.loads(store._db.execute("SELECT record FROM assets").fetchone()[0])
    del record["keywords"], record["headline"]
    record["a_field_since_removed"] = 1
    store._db.execute("UPDATE assets SET record = ?", (json.dumps(record),))
    assert store.get(asset.id) == dataclasses.replace(asset, keywords=(), headline=None)


def test_a_failed_transaction_writes_nothing(store: CatalogStore) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.upsert(make_asset("one"))
            store.upsert(make_asset("two"))
            raise RuntimeError("interrupted mid-batch")
    assert store.count() == 0


def test_iterating_lists_every_asset_with_its_articles(store: CatalogStore) -> None:
    assets = [make_asset(f"photo{n}", imported_at=f"2026-01-0{n}T00:00:00+00:00") for n in range(1, 4)]
    for asset in assets:
        store.upsert(asset)
    article = store.upsert_article(make_article(1))
    store.link(assets[1].id, article.id, LinkMethod.BY_HAND)
    listed = list(store.iter_assets())
    assert [a.id for a in listed] == [a.id for a in assets]
    assert listed[1].articles == (ArticleRef(url=article.url, title="Story 1"),)
    assert listed[0].articles == ()
    assert store.count() == 3
    assert [(sha, names, size) for sha, names, size in store.iter_media()] == sorted(
        ((a.sha256, (), a.file_size) for a in assets), key=lambda item: asset_id(item[0])
    )


def test_iterating_reads_pages_oldest_first_each_asset_once_with_its_articles(store: CatalogStore) -> None:
    """Pages of two over seven assets, three imported in the same second (the id breaks the tie), links on
    assets of different pages; one imported while the iteration runs comes last, once."""
    times = ["2026-01-03", "2026-01-01", "2026-01-02", "2026-01-02", "2026-01-02", "2026-01-05", "2026-01-04"]
    assets = [make_asset(f"paged{n}", imported_at=f"{day}T00:00:00+00:00") for n, day in enumerate(times)]
    for asset in assets:
        store.upsert(asset)
    linked = {assets[0].id: store.upsert_article(make_article(1)), assets[4].id: store.upsert_article(make_article(2))}
    for asset_id_, article in linked.items():
        store.link(asset_id_, article.id, LinkMethod.BY_HAND)
    expected = [a.id for a in sorted(assets, key=lambda a: (a.imported_at, a.id))]
    listed = []
    late = make_asset("paged-late", imported_at="2026-02-01T00:00:00+00:00")
    for asset in store.iter_assets(page_size=2):
        listed.append(asset)
        if len(listed) == 3:
            store.upsert(late)
    assert [a.id for a in listed] == expected + [late.id]
    by_id = {a.id: a for a in listed}
    for asset_id_, article in linked.items():
        assert by_id[asset_id_].articles == (ArticleRef(url=article.url, title=article.title),)
    assert sum(len(a.articles) for a in listed) == 2


def test_articles_keep_known_values_and_are_found_by_url(store: CatalogStore) -> None:
    first = store.upsert_article(make_article(1))
    again = store.upsert_article(make_article(1, title=None, byline=(), added_at="2030-01-01T00:00:00+00:00"))
    assert again == first  # a later, poorer reading does not erase the title or the first added_at
    assert store.find_article_by_url(first.url) == first
    assert store.find_article_by_url("https://news.example/unknown") is None
    store.upsert_article(make_article(3))
    store.upsert_article(make_article(2))
    assert [a.title for a in store.recent_articles(limit=2)] == ["Story 3", "Story 2"]


def test_links_go_both_ways_and_fill_the_asset_record(store: CatalogStore) -> None:
    photo, other = make_asset("photo"), make_asset("other")
    store.upsert(photo)
    store.upsert(other)
    story = store.upsert_article(make_article(1))
    link = store.link(photo.id, story.id, LinkMethod.BY_URL, image_url="https://cdn.example/p.jpg",
                      credit_printed="AP Photo/Felipe Dana", linked_at="2026-02-01T00:00:00+00:00")
    assert link.method is LinkMethod.BY_URL
    assert store.articles_for(photo.id) == [story]
    assert store.assets_for(story.id) == [store.get(photo.id)]
    assert store.get(photo.id).articles == (ArticleRef(url=story.url, title=story.title),)
    assert [l.asset_id for l in store.links_by_image_url("https://cdn.example/p.jpg")] == [photo.id]
    assert store.links_to(story.id) == [link]
    assert store.links_for(photo.id) == [link]
    assert store.unlink(photo.id, story.id) is True
    assert store.unlink(photo.id, story.id) is False
    assert store.get(photo.id).articles == ()
    assert store.assets_for(story.id) == []


def test_a_weaker_method_does_not_downgrade_a_link_made_by_hand(store: CatalogStore) -> None:
    photo = make_asset("photo")
    store.upsert(photo)
    story = store.upsert_article(make_article(1))
    store.link(photo.id, story.id, LinkMethod.BY_HAND)
    relinked = store.link(photo.id, story.id, LinkMethod.BY_CAPTION, image_url="https://cdn.example/p.jpg")
    assert relinked.method is LinkMethod.BY_HAND
    assert relinked.image_url == "https://cdn.example/p.jpg"
    assert store.link(photo.id, story.id, LinkMethod.BY_HAND).method is LinkMethod.BY_HAND


def test_linking_an_unknown_asset_or_article_is_refused(store: CatalogStore) -> None:
    photo = make_asset("photo")
    store.upsert(photo)
    story = store.upsert_article(make_article(1))
    with pytest.raises(KeyError):
        store.link("0" * 16, story.id, LinkMethod.BY_HAND)
    with pytest.raises(KeyError):
        store.link(photo.id, "0" * 16, LinkMethod.BY_HAND)


def test_stamps_change_when_links_or_article_titles_change(store: CatalogStore) -> None:
    photo = make_asset("photo")
    store.upsert(photo)
    before = store.stamps()[photo.id]
    assert before == record_stamp(photo)
    story = store.upsert_article(make_article(1))
    store.link(photo.id, story.id, LinkMethod.BY_HAND)
    linked = store.stamps()[photo.id]
    assert linked != before
    assert linked == record_stamp(store.get(photo.id))
    store.upsert_article(make_article(1, title="Story 1, updated"))
    assert store.stamps()[photo.id] == record_stamp(store.get(photo.id)) != linked


def test_deleting_an_asset_removes_its_links(store: CatalogStore) -> None:
    photo = make_asset("photo")
    store.upsert(photo)
    story = store.upsert_article(make_article(1))
    store.link(photo.id, story.id, LinkMethod.BY_HAND)
    assert store.delete(photo.id) is True
    assert store.links_to(story.id) == []
    assert store.delete(photo.id) is False


def test_threads_each_use_their_own_connection(store: CatalogStore) -> None:
    photo = make_asset("photo")
    store.upsert(photo)
    seen: list[Asset | None] = []
    readers = [threading.Thread(target=lambda: seen.append(store.get(photo.id))) for _ in range(4)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert seen == [photo] * 4
