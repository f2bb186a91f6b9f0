"""``photodesk article add``, ``list`` and ``show``, ``link`` and ``unlink``: which stories published which photos."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from catalog.settings import Settings
from scripts.options import EXIT_FAILED, data_option
from scripts.terminal import json_text, printable

if TYPE_CHECKING:  # imported when a command runs
    from catalog.articles.article import Article
    from catalog.articles.links import ArticlePhoto
    from catalog.articles.reading import ArticleReading
    from catalog.store import CatalogStore

_ARTICLE_ID = re.compile(r"[0-9a-f]{16}")


@click.group("article")
def article_group() -> None:
    """Articles: record a story and link the photos it publishes to the catalog."""


@article_group.command("add")
@click.argument("url")
@click.option("--file", "page_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the page (HTML, a copied text scrape, a tool's export: JSON, XML, CSV) from this file; "
                   "nothing is fetched. A file given instead of URL is read so, at the address it names.")
@click.option("--images", "images_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder holding the story's images by file name, for matching by picture.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching from private, loopback and link-local addresses (the local network).")
@click.option("--article-deadline", type=float, metavar="SECONDS",
              help="Time allowed for fetching the page and its images. Default: $PHOTODESK_ARTICLE_DEADLINE or 30.")
@click.option("--json", "as_json", is_flag=True, help="Print the article, its photos and their matches as JSON.")
@data_option
def article_add_command(
    settings: Settings, url: str, page_file: Path | None, images_dir: Path | None, allow_private: bool,
    article_deadline: float | None, as_json: bool,
) -> None:
    """Parse an article, record it, and link the photos it publishes (weak evidence is only suggested)."""
    from catalog.desk import Desk

    if page_file is None and not re.match(r"(?i)https?://", url) and Path(url).is_file():
        page_file, url = Path(url), _address_in(Path(url))

    settings = Settings.from_sources(settings.data_dir, article_deadline=article_deadline,
                                     catalog=settings.catalog_url, media=settings.media_root)
    with Desk.open(settings) as desk:
        reading = desk.read_article(url, page_file=page_file, images_dir=images_dir, allow_private=allow_private)
    if as_json:
        for photo_url, problem in reading.image_problems.items():
            click.echo(printable(f"photodesk: warning: {photo_url}: {problem}"), err=True)
        click.echo(json_text(article_record(reading), indent=2))
    else:
        _print_article(reading)  # image problems shown beside their photo


@article_group.command("list")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="How many articles, most recently added first.")
@click.option("--json", "as_json", is_flag=True, help="Print the articles as JSON.")
@data_option
def article_list_command(settings: Settings, limit: int, as_json: bool) -> None:
    """List the recorded articles, most recently added first, with how many of their photos are linked."""
    from catalog.articles.links import article_photos, is_read
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        store = desk.catalog
        rows = []
        for article in store.recent_articles(limit):
            items = article_photos(store, article.id)
            rows.append({**article_summary(article), "read": is_read(store, article),
                         "photo_count": sum(1 for item in items if item.photo is not None),
                         "linked_count": sum(1 for item in items if item.link is not None)})
    if as_json:
        click.echo(json_text({"articles": rows}, indent=2))
        return
    for row in rows:
        title = row["title"] or "(not read yet)"
        counts = f"{row['photo_count']} photos, {row['linked_count']} linked" if row["read"] else \
            f"{row['linked_count']} linked by hand"
        click.echo(printable(f"{row['id']}  {title} <{row['url']}>  · {counts}"))
    if not rows:
        click.echo("No articles yet: photodesk article add URL reads one.", err=True)


@article_group.command("show")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the article and its photos as JSON.")
@data_option
def article_show_command(settings: Settings, article: str, as_json: bool) -> None:
    """Show one recorded article (by URL, any spelling, or by id): its photos, links and credit checks."""
    from catalog.articles.links import article_photos, find_article, is_read
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        store = desk.catalog
        key = article.strip().lower()
        # An id is 16 hex digits; anything else is a URL (one that is not http(s) is a usage error).
        found = store.get_article(key) if _ARTICLE_ID.fullmatch(key) else find_article(store, article.strip())
        if found is None:
            click.echo(printable(f"photodesk: no article {article} in the catalog "
                                 "(photodesk article add URL reads one)"), err=True)
            sys.exit(EXIT_FAILED)
        items = article_photos(store, found.id)
        record = {**article_summary(found), "read": is_read(store, found), "aliases": store.article_aliases(found.id),
                  "photos": [_photo_record(store, item) for item in items]}
    if as_json:
        click.echo(json_text(record, indent=2))
    else:
        _print_recorded(record)


@click.command("link")
@click.argument("asset_id")
@click.argument("url")
@data_option
def link_command(settings: Settings, asset_id: str, url: str) -> None:
    """Link an asset to the article at URL by hand (the article is recorded by its URL when new)."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        try:
            article = desk.link(asset_id.lower(), url)
        except KeyError:
            click.echo(printable(f"photodesk: no asset with id {asset_id}"), err=True)
            sys.exit(EXIT_FAILED)
    click.echo(printable(f"{asset_id.lower()} linked to {article.title or article.url}"))
    if not article.title:
        click.echo(printable(f"  the article is not read yet: photodesk article add {article.url} reads it"))


@click.command("unlink")
@click.argument("asset_id")
@click.argument("url")
@data_option
def unlink_command(settings: Settings, asset_id: str, url: str) -> None:
    """Remove an asset's link to the article at URL."""
    from catalog.desk import Desk

    with Desk.open(settings) as desk:
        article = desk.unlink(asset_id.lower(), url)
    if article is None:
        click.echo(printable(f"photodesk: {asset_id} is not linked to {url}"), err=True)
        sys.exit(EXIT_FAILED)
    click.echo(printable(f"{asset_id.lower()} unlinked from {article.title or article.url}"))


# -- output -------------------------------------------------------------------------------


def _address_in(page_file: Path) -> str:
    """The story's address a saved page or export names (``photodesk article add FILE``); a usage error if none."""
    from catalog.articles.pages import story_address
    from catalog.errors import ConfigurationError

    address = story_address(page_file.read_bytes())
    if address is None:
        raise ConfigurationError(f"{page_file} names no address for its story: give it, "
                                 f"photodesk article add URL --file {page_file}")
    return address


def article_record(reading: ArticleReading) -> dict[str, Any]:
    """The ``article add --json`` object: the article as recorded, its photos with their matches."""
    article, problems = reading.article, reading.image_problems
    return {
        "id": article.id,
        "url": article.url,
        "read_at": reading.parsed.source_url,
        "title": article.title,
        "byline": article.byline_text,
        "bylines": list(article.byline),
        "publication": article.publication,
        "published": article.published,
        "claimed_url": article.claimed_url,
        "publication_source": article.publication_source,
        "photos": [
            {**match.to_record(), "image_problem": problems.get(match.photo.image_url)} for match in reading.matches
        ],
    }


def article_summary(article: Article) -> dict[str, Any]:
    """The article's own keys, named as in ``article add --json``."""
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "byline": article.byline_text,
        "bylines": list(article.byline),
        "publication": article.publication,
        "publication_source": article.publication_source,
        "published": article.published,
        "claimed_url": article.claimed_url,
        "added_at": article.added_at,
    }


def _photo_record(store: CatalogStore, item: ArticlePhoto) -> dict[str, Any]:
    """A photo's ``article add --json`` keys as it stands now, with the credit check of the linked asset."""
    record = item.to_record()
    asset = store.get(item.link.asset_id) if item.link else None
    check = item.credit_check(asset) if asset else None
    record["credit_check"] = {"status": check.status.value, "label": check.label, "printed": check.printed,
                              "expected": check.expected, "reason": check.reason} if check else None
    return record


def _print_recorded(record: dict[str, Any]) -> None:
    click.echo(printable(f"{record['title'] or '(not read yet)'} <{record['url']}>"))
    details = [record["byline"] and f"by {record['byline']}", record["publication"], record["published"]]
    if any(details):
        click.echo(printable("  " + " · ".join(part for part in details if part)))
    if not record["read"]:
        click.echo(printable(f"  not read yet: photodesk article add {record['url']} reads it"))
    for number, photo in enumerate(record["photos"], start=1):
        where = photo["url"] or "(no image recorded)"
        click.echo(printable(f"Photo {number}: {where}" + ("" if photo["position"] is not None else "  (linked by hand)")))
        if photo["caption"]:
            click.echo(printable(f"  caption: {photo['caption']}"))
        click.echo(printable(f"  credit:  {photo['credit_line'] or '(none printed)'}"))
        if photo["asset_id"]:
            click.echo(printable(f"  linked to {photo['asset_id']} ({photo['match']})"))
        else:
            click.echo(printable(f"  not linked{': ' + photo['note'] if photo['note'] else ''}"))
        check = photo["credit_check"]
        if check:
            click.echo(printable(f"  {check['label']}: {check['reason']}"))
        for suggestion in photo["suggestions"]:
            click.echo(printable(f"  suggested {suggestion['asset_id']} ({suggestion['match']}: "
                                 f"{'; '.join(suggestion['evidence'])})"))
        if photo["image_problem"]:
            click.echo(printable(f"  image: {photo['image_problem']}"))


def _print_article(reading: ArticleReading) -> None:
    article, matches, problems = reading.article, reading.matches, reading.image_problems
    click.echo(printable(f"{article.title or '(untitled)'} <{article.url}>"))
    if article.claimed_url:
        click.echo(printable(f"  names {article.claimed_url} as its canonical address; not trusted: another site"))
    details = [
        ", ".join(article.byline) and f"by {', '.join(article.byline)}",
        article.publication or "",
        article.published or "",
    ]
    if any(details):
        click.echo(printable("  " + " · ".join(part for part in details if part)))
    for number, match in enumerate(matches, start=1):
        photo = match.photo
        click.echo(printable(f"Photo {number}: {photo.image_url}"))
        if photo.caption:
            click.echo(printable(f"  caption: {photo.caption}"))
        click.echo(printable(f"  credit:  {photo.credit_line or '(none printed)'}"))
        if match.asset_id and match.method:
            click.echo(printable(f"  linked to {match.asset_id} ({match.method.value}: {'; '.join(match.evidence)})"))
        else:
            click.echo(printable(f"  not linked{': ' + match.note if match.note else ''}"))
        for suggestion in match.suggestions:
            click.echo(printable(f"  suggested {suggestion.asset_id} ({suggestion.method.value}: "
                                 f"{'; '.join(suggestion.evidence)}) — confirm: photodesk link {suggestion.asset_id} {article.url}"))
        if photo.image_url in problems:
            click.echo(printable(f"  image: {problems[photo.image_url]}"))
    linked = sum(1 for match in matches if match.asset_id)
    suggested = sum(1 for match in matches if not match.asset_id and match.suggestions)
    photos = f"{len(matches)} photo" + ("" if len(matches) == 1 else "s")
    click.echo(printable(f"{photos}: {linked} linked, {suggested} with suggestions to confirm"))


COMMANDS = (article_group, link_command, unlink_command)
