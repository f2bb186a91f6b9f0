"""``photodesk article add``, ``link`` and ``unlink``: which stories published which photos."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import unquote, urlsplit

import click

from catalog.article import Article
from catalog.article_links import CaptionSearch, StoreLookup, link_by_hand, record_article, unlink_by_url
from catalog.article_pages import parse_article
from catalog.errors import FetchError, FileProblem, InvalidUrlError
from catalog.matching import PhotoMatch, match_article
from catalog.protocols import Indexer
from catalog.published import ParsedArticle, PublishedPhoto
from catalog.settings import Settings
from catalog.store import CatalogStore
from catalog.urls import canonicalize_url
from media.fetch import IMAGE_BYTES, IMAGE_TYPES, fetch
from media.picture_hashes import PictureHashes, hash_picture_bytes, hash_picture_file
from media.store import MediaStore
from scripts.cli import EXIT_FAILED, cli, data_option
from scripts.commands_ingest import open_indexer

MAX_FETCHED_IMAGES = 60  # a long gallery; beyond this the page is not a story
_FETCHING_THREADS = 4  # images are fetched a few at a time: network-bound, kind to the server


@cli.group("article")
def article_group() -> None:
    """Articles: record a story and link the photos it publishes to the catalog."""


@article_group.command("add")
@click.argument("url")
@click.option("--file", "page_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the page (HTML or a copied text scrape) from this file; nothing is fetched.")
@click.option("--images", "images_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder holding the story's images by file name, for matching by picture.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching from private, loopback and link-local addresses (the local network).")
@click.option("--json", "as_json", is_flag=True, help="Print the article, its photos and their matches as JSON.")
@data_option
def article_add_command(
    settings: Settings, url: str, page_file: Path | None, images_dir: Path | None, allow_private: bool, as_json: bool
) -> None:
    """Parse an article, record it, and link the photos it publishes (weak evidence is only suggested)."""
    given = canonicalize_url(url)  # a URL that is not http(s) is a usage error, before anything else
    if page_file is not None:
        parsed = parse_article(page_file.read_bytes(), url=url)
    else:
        page = fetch(url, allow_private=allow_private)
        parsed = parse_article(page.content, url=page.url, content_type=page.content_type)
    hashes, problems = published_picture_hashes(
        parsed.photos, settings, images_dir=images_dir, fetch_images=page_file is None, allow_private=allow_private
    )
    with CatalogStore(settings.catalog_path) as store, open_indexer(settings) as indexer:
        pictures = catalog_pictures(store, MediaStore(settings.media_dir)) if hashes else None
        lookup = StoreLookup(store, search=_caption_search(indexer))
        matches = match_article(parsed, lookup, picture_hashes=hashes, pictures=pictures)
        article = record_article(store, parsed, matches, aliases=[given])
        _reindex(store, indexer, [m.asset_id for m in matches if m.asset_id])
    if as_json:
        for photo_url, problem in problems.items():
            click.echo(f"photodesk: warning: {photo_url}: {problem}", err=True)
        click.echo(json.dumps(article_record(article, parsed, matches, problems), ensure_ascii=False, indent=2))
    else:
        _print_article(article, matches, problems)  # image problems shown beside their photo


@cli.command("link")
@click.argument("asset_id")
@click.argument("url")
@data_option
def link_command(settings: Settings, asset_id: str, url: str) -> None:
    """Link an asset to the article at URL by hand (the article is recorded by its URL when new)."""
    with CatalogStore(settings.catalog_path) as store, open_indexer(settings) as indexer:
        try:
            article = link_by_hand(store, asset_id.lower(), url)
        except KeyError:
            click.echo(f"photodesk: no asset with id {asset_id}", err=True)
            sys.exit(EXIT_FAILED)
        _reindex(store, indexer, [asset_id.lower()])
    click.echo(f"{asset_id.lower()} linked to {article.title or article.url}")


@cli.command("unlink")
@click.argument("asset_id")
@click.argument("url")
@data_option
def unlink_command(settings: Settings, asset_id: str, url: str) -> None:
    """Remove an asset's link to the article at URL."""
    with CatalogStore(settings.catalog_path) as store, open_indexer(settings) as indexer:
        article = unlink_by_url(store, asset_id.lower(), url)
        if article is None:
            click.echo(f"photodesk: {asset_id} is not linked to {url}", err=True)
            sys.exit(EXIT_FAILED)
        _reindex(store, indexer, [asset_id.lower()])
    click.echo(f"{asset_id.lower()} unlinked from {article.title or article.url}")


# -- the published pictures ---------------------------------------------------------------


def published_picture_hashes(
    photos: Sequence[PublishedPhoto],
    settings: Settings,
    *,
    images_dir: Path | None,
    fetch_images: bool,
    allow_private: bool,
) -> tuple[dict[str, int], dict[str, str]]:
    """Perceptual hashes of the story's images by image URL, and why some could not be had.

    Images come from ``images_dir`` by file name, else (``fetch_images``) from their URLs;
    either way they pass the reader's guards before they are decoded.
    """
    urls = list(dict.fromkeys(photo.image_url for photo in photos))
    hashes: dict[str, int] = {}
    problems: dict[str, str] = {}
    if images_dir is not None:
        for photo in photos:
            path = image_file_for(photo, images_dir)
            if path is None:
                continue
            try:
                hashes[photo.image_url] = hash_picture_file(
                    path, max_pixels=settings.max_pixels, max_file_bytes=settings.max_file_bytes
                )
            except FileProblem as problem:
                problems[photo.image_url] = str(problem)
    elif fetch_images:
        for url in urls[MAX_FETCHED_IMAGES:]:
            problems[url] = f"not fetched: the page has more than {MAX_FETCHED_IMAGES} images"

        def fetch_one(url: str) -> tuple[str, int | None, str | None]:
            try:
                fetched = fetch(url, max_bytes=IMAGE_BYTES, accept=IMAGE_TYPES, allow_private=allow_private)
                value = hash_picture_bytes(fetched.content, name=url, max_pixels=settings.max_pixels,
                                           max_file_bytes=settings.max_file_bytes)
                return url, value, None
            except FileProblem as problem:
                return url, None, problem.reason
            except (FetchError, InvalidUrlError) as error:
                return url, None, str(error).removeprefix(f"{url}: ")

        with ThreadPoolExecutor(max_workers=_FETCHING_THREADS) as pool:
            for url, value, problem in pool.map(fetch_one, urls[:MAX_FETCHED_IMAGES]):
                if value is not None:
                    hashes[url] = value
                else:
                    problems[url] = f"no picture to compare: {problem}"
    return hashes, problems


def image_file_for(photo: PublishedPhoto, folder: Path) -> Path | None:
    """The file in ``folder`` named like the photo's image: the URL's last segment, else the uploaded name."""
    files = {path.name.lower(): path for path in folder.iterdir() if path.is_file()}
    last_segment = unquote(urlsplit(photo.image_url).path.rstrip("/").rsplit("/", 1)[-1])
    for name in (last_segment, photo.file_name):
        if name and name.lower() in files:
            return files[name.lower()]
    return None


def catalog_pictures(store: CatalogStore, media: MediaStore) -> PictureHashes:
    """The catalog's perceptual hashes, first filling those of assets imported before hashes were kept."""
    for sha256 in store.lacking_perceptual_hash():
        value = media.perceptual_hash(sha256)
        if value:
            store.set_perceptual_hash(sha256, value)
    return PictureHashes(store.perceptual_hashes())


# -- wiring and output --------------------------------------------------------------------


def _caption_search(indexer: Indexer | None) -> CaptionSearch | None:
    search = getattr(indexer, "search", None)  # SearchIndex.search (the query language of DESIGN.md)
    if search is None:
        return None
    return lambda query, limit: [hit.id for hit in search(query, page_size=limit).hits]


def _reindex(store: CatalogStore, indexer: Indexer | None, asset_ids: Iterable[str]) -> None:
    # Links are part of the asset's record: its index document is stale until refreshed.
    if indexer is None:
        return
    assets = [asset for asset in map(store.get, dict.fromkeys(asset_ids)) if asset is not None]
    if assets:
        indexer.index(assets)


def article_record(
    article: Article, parsed: ParsedArticle, matches: Sequence[PhotoMatch], problems: dict[str, str]
) -> dict[str, Any]:
    """The ``article add --json`` object: the article as recorded, its photos with their matches."""
    return {
        "id": article.id,
        "url": article.url,
        "read_at": parsed.source_url,
        "title": article.title,
        "byline": list(article.byline),
        "publication": article.publication,
        "published": article.published,
        "photos": [
            {**match.to_record(), "image_problem": problems.get(match.photo.image_url)} for match in matches
        ],
    }


def _print_article(article: Article, matches: Sequence[PhotoMatch], problems: dict[str, str]) -> None:
    click.echo(f"{article.title or '(untitled)'} <{article.url}>")
    details = [
        ", ".join(article.byline) and f"by {', '.join(article.byline)}",
        article.publication or "",
        article.published or "",
    ]
    if any(details):
        click.echo("  " + " · ".join(part for part in details if part))
    for number, match in enumerate(matches, start=1):
        photo = match.photo
        click.echo(f"Photo {number}: {photo.image_url}")
        if photo.caption:
            click.echo(f"  caption: {photo.caption}")
        click.echo(f"  credit:  {photo.credit_line or '(none printed)'}")
        if match.asset_id and match.method:
            click.echo(f"  linked to {match.asset_id} ({match.method.value}: {'; '.join(match.evidence)})")
        else:
            click.echo(f"  not linked{': ' + match.note if match.note else ''}")
        for suggestion in match.suggestions:
            click.echo(f"  suggested {suggestion.asset_id} ({suggestion.method.value}: "
                       f"{'; '.join(suggestion.evidence)}) — confirm: photodesk link {suggestion.asset_id} {article.url}")
        if photo.image_url in problems:
            click.echo(f"  image: {problems[photo.image_url]}")
    linked = sum(1 for match in matches if match.asset_id)
    suggested = sum(1 for match in matches if not match.asset_id and match.suggestions)
    photos = f"{len(matches)} photo" + ("" if len(matches) == 1 else "s")
    click.echo(f"{photos}: {linked} linked, {suggested} with suggestions to confirm")
