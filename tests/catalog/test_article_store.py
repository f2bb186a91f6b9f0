"""The catalog store's article-matching additions: schema 2 over an older catalog, look-ups by name and alias."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from catalog.articles.article import Article, LinkMethod
from catalog.articles.urls import article_id
from catalog.asset import Asset, asset_id
from catalog.store import MIGRATIONS, SCHEMA_VERSION, CatalogStore


def make_asset(seed: str, **fields: object) -> Asset:
    sha256 = hashlib.sha256(seed.encode()).hexdigest()
    values: dict = dict(id=asset_id(sha256), sha256=sha256, file_size=10, filename=f"{seed}.jpg",
                        source_path=f"/in/{seed}.jpg", imported_at="2026-01-01T00:00:00+00:00")
    values.update(fields)
    return Asset(**values)


def test_a_version_1_catalog_gains_rendition_keys_for_its_links(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    asset = make_asset("old")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    MIGRATIONS[0](db)
    db.execute("INSERT INTO assets (id, sha256, source_path, filename, stamp, record) VALUES (?, ?, ?, ?, '', ?)",
               (asset.id, asset.sha256, asset.source_path, asset.filename, json.dumps(asset.to_record())))
    db.execute("INSERT INTO articles (id, url) VALUES ('a1', 'https://news.example/a')")
    db.execute("INSERT INTO links (asset_id, article_id, method, linked_at, image_url) VALUES (?, 'a1', 'hand', "
               "'2026-01-01T00:00:00+00:00', 'https://news.example/uploads/AP17084512345678-1024x683.jpg')",
               (asset.id,))
    db.execute("PRAGMA user_version = 1")
    db.execute("COMMIT")
    db.close()
    with CatalogStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION  # the count of migrations: test_store_connection.py
        old = store.get_article("a1")
        assert old.claimed_url is None  # read before claims were kept: none
        assert (old.byline_printed, old.publication_source) == (None, None)  # nor the printed byline and its evidence
        (link,) = store.links_by_rendition_key("ap17084512345678")
        assert (link.asset_id, link.method) == (asset.id, LinkMethod.BY_HAND)
        assert store.lacking_perceptual_hash() == []  # no derivatives recorded: nothing to hash


def test_assets_are_found_by_job_id_or_file_name_without_extension(catalog_location: str | Path) -> None:
    with CatalogStore(catalog_location) as store:
        wire = store.upsert(make_asset("a", filename="115722618.JPG", job_id="NYET402"))
        longer = store.upsert(make_asset("b", filename="115722618.part2.jpg"))
        bare = store.upsert(make_asset("c", filename="scan-0042"))
        assert [a.id for a in store.assets_named(["115722618"])] == [wire.id]
        assert [a.id for a in store.assets_named(["nyet402"])] == [wire.id]
        assert [a.id for a in store.assets_named(["115722618.part2"])] == [longer.id]
        assert [a.id for a in store.assets_named(["SCAN-0042", ""])] == [bare.id]
        assert store.assets_named(["1157226"]) == []


def test_an_article_is_found_under_each_url_it_was_read_at(catalog_location: str | Path) -> None:
    url = "https://news.example/2017/03/25/story/"
    with CatalogStore(catalog_location) as store:
        article = store.upsert_article(Article(id=article_id(url), url=url, title="Story"))
        store.add_article_alias(article.id, "https://news.example/2017/03/25/story/amp/")
        store.add_article_alias(article.id, url)  # its own URL is not an alias
        assert store.article_aliases(article.id) == ["https://news.example/2017/03/25/story/amp/"]
        assert store.find_article_by_url("https://news.example/2017/03/25/story/amp/") == article
        assert store.find_article_by_url("https://news.example/other") is None


def test_the_printed_byline_and_the_publication_evidence_are_kept_until_a_reading_gives_new_ones(
        catalog_location: str | Path) -> None:
    url = "https://news.example/2024/03/12/flood/"
    read = Article(id=article_id(url), url=url, title="Flood", byline=("Ann Lee", "Bo Park"),
                   byline_printed="Ann Lee & Bo Park", publication="The Ledger", publication_source="title suffix")
    with CatalogStore(catalog_location) as store:
        assert store.upsert_article(read) == store.get_article(read.id)
        assert store.get_article(read.id).byline_text == "Ann Lee & Bo Park"
        # a reading that finds no byline and no publication (the page changed, a scrape) keeps what was read
        store.upsert_article(Article(id=read.id, url=url, title="Flood"))
        kept = store.get_article(read.id)
        assert (kept.byline_text, kept.publication, kept.publication_source) == \
            ("Ann Lee & Bo Park", "The Ledger", "title suffix")
        # a new reading replaces both together, never one without its evidence
        store.upsert_article(Article(id=read.id, url=url, byline=("Ann Lee",), publication="Ledger",
                                     publication_source="og:site_name"))
        now = store.get_article(read.id)
        assert (now.byline_text, now.publication, now.publication_source) == ("Ann Lee", "Ledger", "og:site_name")


def test_a_byline_reads_as_printed() -> None:
    def byline(*names: str) -> str | None:
        return Article(id="a", url="https://news.example/a", byline=names).byline_text

    assert byline() is None
    assert byline("Missy Ryan") == "Missy Ryan"
    assert byline("Ann Lee", "Bo Park") == "Ann Lee and Bo Park"
    assert byline("Ann Lee", "Bo Park", "Zoë Ávila") == "Ann Lee, Bo Park and Zoë Ávila"
