"""``photodesk article add``, ``link`` and ``unlink``: which stories published which photos."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from catalog.settings import Settings
from scripts.options import EXIT_FAILED, data_option
from scripts.terminal import json_text, printable

if TYPE_CHECKING:  # imported when a command runs
    from catalog.articles.reading import ArticleReading


@click.group("article")
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

    settings = Settings.from_sources(settings.data_dir, article_deadline=article_deadline)
    with Desk.open(settings) as desk:
        reading = desk.read_article(url, page_file=page_file, images_dir=images_dir, allow_private=allow_private)
    if as_json:
        for photo_url, problem in reading.image_problems.items():
            click.echo(printable(f"photodesk: warning: {photo_url}: {problem}"), err=True)
        click.echo(json_text(article_record(reading), indent=2))
    else:
        _print_article(reading)  # image problems shown beside their photo


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


def article_record(reading: ArticleReading) -> dict[str, Any]:
    """The ``article add --json`` object: the article as recorded, its photos with their matches."""
    article, problems, parsed = reading.article, reading.image_problems, reading.parsed.article
    # The printed byline and the publication's evidence are the page's, not stored: take them from this reading.
    byline = parsed.byline_text if parsed.byline == article.byline else article.byline_text
    return {
        "id": article.id,
        "url": article.url,
        "read_at": reading.parsed.source_url,
        "title": article.title,
        "byline": byline,
        "bylines": list(article.byline),
        "publication": article.publication,
        "published": article.published,
        "claimed_url": article.claimed_url,
        "publication_source": parsed.publication_source if parsed.publication == article.publication else None,
        "photos": [
            {**match.to_record(), "image_problem": problems.get(match.photo.image_url)} for match in reading.matches
        ],
    }


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
