"""Articles where a photo was used: the link and unlink forms, and the article page.

Until article pages are parsed in the web app, an article linked by hand is recorded by
its canonical URL alone (``catalog.urls``), so any spelling of the URL finds it again.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from catalog import article_links
from catalog.article import Article
from catalog.asset import Asset
from catalog.errors import InvalidUrlError
from web.assets import find_asset
from web.components import components
from web.errors import not_found

blueprint = Blueprint("articles", __name__)


def find_article(url: str) -> Article | None:
    """The recorded article for any spelling of ``url`` (None when unknown or not a URL)."""
    try:
        return article_links.find_article(components().catalog, url)
    except InvalidUrlError:
        return None


def reindex(asset_ids: list[str]) -> None:
    """Refresh these assets' index documents after their links changed (the index is derived)."""
    catalog = components().catalog
    assets = [asset for asset in (catalog.get(asset_id) for asset_id in asset_ids) if asset is not None]
    if assets:
        components().index.index(assets)


@blueprint.post("/assets/<asset_id>/links")
def link_article(asset_id: str) -> Response:
    """Link the asset to the article at the posted URL (recorded by its canonical URL)."""
    asset = find_asset(asset_id)
    try:
        article = article_links.link_by_hand(components().catalog, asset.id, request.form.get("url", ""))
    except InvalidUrlError as error:
        flash(f"Not linked: {error}.", "error")
        return _back_to(asset)
    reindex([asset.id])
    flash(f"Linked to {article.title or article.url}.", "ok")
    return _back_to(asset)


@blueprint.post("/assets/<asset_id>/links/delete")
def unlink_article(asset_id: str) -> Response:
    """Remove the asset's link to the article at the posted URL."""
    asset = find_asset(asset_id)
    try:
        article = article_links.unlink_by_url(components().catalog, asset.id, request.form.get("url", ""))
    except InvalidUrlError:
        article = None
    if article is not None:
        reindex([asset.id])
        flash(f"Unlinked from {article.title or article.url}.", "ok")
    else:
        flash("That article was not linked to this photo.", "error")
    return _back_to(asset)


@blueprint.get("/articles")
def article_lookup() -> Response:
    """Find an article by any spelling of its URL and go to its page."""
    article = find_article(request.args.get("url", ""))
    if article is None:
        raise not_found("article")
    return redirect(url_for("articles.article_page", identifier=article.id), code=303)


@blueprint.get("/articles/<identifier>")
def article_page(identifier: str) -> str:
    """One article and the photos it uses."""
    catalog = components().catalog
    article = catalog.get_article(identifier) if len(identifier) == 16 else None
    if article is None:
        raise not_found("article")
    return render_template("article.html", article=article, assets=catalog.assets_for(article.id))


def _back_to(asset: Asset) -> Response:
    # 303: the browser follows with a GET, so a reload never posts the form twice.
    return redirect(url_for("assets.asset_page", asset_id=asset.id) + "#where-used", code=303)
