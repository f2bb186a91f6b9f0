"""Articles: the lookup page (paste a story's URL, see its photos and check their credits), the article
page, the recent articles, and the asset page's link and unlink forms.

Reading a story fetches its page and pictures server-side (``catalog.desk.Desk.read_article``, the same
call as ``photodesk article add``), so it is a CSRF-protected POST; looking an article up
by URL (GET) only reads the catalog. Hosts on private, loopback and link-local addresses
are refused unless the app is configured with ``PHOTODESK_ALLOW_PRIVATE_FETCH``.

A reading holds its request thread until it ends (within ``Settings.article_deadline``),
so at most ``Settings.article_reads`` run at once per app: one more is answered at once
with a message, and the other threads keep serving searches.

With a folder of the stories' images (``photodesk serve --images DIR``, config
``PHOTODESK_ARTICLE_IMAGES``) readings compare the pictures found there by file name, and
the article page shows those copies (decoded and encoded again by us) instead of the
publisher's, as it shows the files a story was read from with ``article add --images``:
the page stays whole when the publisher's site cannot be reached.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, make_response, redirect, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from werkzeug.wrappers import Response

from catalog.accounts import EDITOR, VIEWER
from catalog.articles import links as article_links
from catalog.articles.article import Article, LinkMethod
from catalog.articles.links import ArticlePhoto, article_photos, is_read
from catalog.asset import Asset
from catalog.articles.credit_check import LABELS, CreditCheck, CreditStatus
from catalog.errors import FetchError, InvalidUrlError, PhotodeskError, PrivateAddressError
from catalog.articles.matching import PhotoMatch, Suggestion
from media.article_images import image_file_for, local_copy_jpeg
from web.access import actor, requires
from web.assets import ASSET_ID, NO_PREVIEW, find_asset
from web.components import components
from web.errors import not_found
from web.security import PUBLISHED_IMAGES_POLICY

blueprint = Blueprint("articles", __name__)

RECENT_ARTICLES = 50
METHOD_WORDS = {
    LinkMethod.BY_HAND: "by hand",
    LinkMethod.BY_URL: "by image URL",
    LinkMethod.BY_FILENAME: "by file name",
    LinkMethod.BY_CAPTION: "by caption and credit",
    LinkMethod.BY_SIMILARITY: "by picture",
}
# A refused private address names the CLI's flag; the web app's own switch is the server's.
_WEB_HINT = "this server fetches from the local network only when started with --allow-private-fetch"
BUSY = "Another article is being read; try again in a moment."
_READING_SLOTS = "photodesk.article_reads"  # app.extensions key: a semaphore per app


@dataclass(frozen=True)
class SuggestedAsset:
    """A suggestion with the asset it names."""

    suggestion: Suggestion
    asset: Asset


@dataclass(frozen=True)
class PhotoView:
    """One photo of a story as the page shows it: printed, matched, licensed and credit-checked."""

    number: int  # 1, 2, … in the order shown
    item: ArticlePhoto
    asset: Asset | None  # the linked asset
    credit: CreditCheck | None  # None when no asset is linked
    suggestions: tuple[SuggestedAsset, ...]
    local_copy: str | None = None  # our URL of the picture's local file, when there is one

    @property
    def image_url(self) -> str | None:
        """The picture as the story published it."""
        return self.item.photo.image_url if self.item.photo else (self.item.link.image_url if self.item.link else None)


@dataclass(frozen=True)
class ArticleView:
    """A recorded article with its photos as they stand now."""

    article: Article
    photos: tuple[PhotoView, ...]
    read: bool = True  # False for an article only linked by hand so far

    @property
    def linked(self) -> int:
        """How many photos are linked to an asset."""
        return sum(1 for photo in self.photos if photo.asset is not None)

    @property
    def to_confirm(self) -> int:
        """How many unlinked photos have suggestions waiting for an editor."""
        return sum(1 for photo in self.photos if photo.asset is None and photo.suggestions)

    @property
    def credit_counts(self) -> list[tuple[CreditStatus, int]]:
        """How many photos got each credit verdict, most alarming first."""
        counts = Counter(photo.credit.status for photo in self.photos if photo.credit)
        return [(status, counts[status]) for status in CreditStatus if counts[status]]


def article_view(article: Article) -> ArticleView:
    """The article's photos with their assets, suggestions and credit checks."""
    items = article_photos(components().catalog, article.id)
    wanted = [item.link.asset_id for item in items if item.link]
    wanted += [suggestion.asset_id for item in items for suggestion in item.suggestions]
    assets = components().recent.get_many(dict.fromkeys(wanted))
    folder = _images_folder()
    photos = []
    for number, item in enumerate(items, start=1):
        asset = assets.get(item.link.asset_id) if item.link else None
        has_copy = _copy_of(item, folder) is not None
        photos.append(
            PhotoView(
                number=number,
                item=item,
                asset=asset,
                credit=item.credit_check(asset) if asset else None,
                suggestions=tuple(
                    SuggestedAsset(suggestion, assets[suggestion.asset_id])
                    for suggestion in item.suggestions
                    if suggestion.asset_id in assets
                ),
                local_copy=url_for("articles.published_copy", identifier=article.id, number=number)
                if has_copy else None,
            )
        )
    return ArticleView(article=article, photos=tuple(photos), read=is_read(components().catalog, article))


@blueprint.record_once
def _open_reading_slots(state: BlueprintSetupState) -> None:
    settings = state.app.config["PHOTODESK_SETTINGS"]
    state.app.extensions[_READING_SLOTS] = threading.BoundedSemaphore(settings.article_reads)


# -- the lookup page and recent articles -----------------------------------------------------


@blueprint.get("/articles")
@requires(VIEWER)
def articles_page() -> Response | str:
    """Recent articles and the paste form; with ``?url=`` the recorded article, or the form filled in."""
    url = request.args.get("url", "").strip()
    if not url:
        return _lookup_page()
    try:
        article = article_links.find_article(components().catalog, url)
    except InvalidUrlError as error:
        return _lookup_page(url=url, problem=f"That is not an article address: {error}.")
    if article is None:
        return _lookup_page(url=url, unknown=True)
    return redirect(url_for("articles.article_page", identifier=article.id), code=303)


@blueprint.post("/articles")
@requires(EDITOR)
def read_article_page() -> Response | str:
    """Read the story at the posted URL (unless already recorded, or ``refresh``), then show it.

    When as many readings as allowed are running, the form comes back at once with a
    message and HTTP 503 (Retry-After): the editor resends it, a script sees it was busy.
    """
    url = request.form.get("url", "").strip()
    if not url:
        return _lookup_page(problem="Paste the address of an article.")
    parts = components()
    slots = current_app.extensions[_READING_SLOTS]
    try:
        known = None if request.form.get("refresh") else article_links.find_article(parts.catalog, url)
        if known is not None and is_read(parts.catalog, known):  # one linked by hand only is read now
            flash("Already in the catalog: shown as recorded. Refresh to read the page again.", "info")
            return redirect(url_for("articles.article_page", identifier=known.id), code=303)
        if not slots.acquire(blocking=False):
            busy = make_response(_lookup_page(url=url, problem=BUSY), 503)
            busy.headers["Retry-After"] = "5"
            return busy
        try:
            reading = parts.desk.read_article(
                url, allow_private=bool(current_app.config.get("PHOTODESK_ALLOW_PRIVATE_FETCH")),
                images_dir=_images_folder(), actor=actor(),
            )
        finally:
            slots.release()
    except InvalidUrlError as error:
        return _lookup_page(url=url, problem=f"That is not an article address: {error}.")
    except PrivateAddressError as error:
        return _lookup_page(url=url, problem=f"Could not read the article: {error.url}: {error.refusal}; {_WEB_HINT}.")
    except FetchError as error:
        return _lookup_page(url=url, problem=f"Could not read the article: {error}.")
    except PhotodeskError as error:
        return _lookup_page(url=url, problem=f"Could not read the article: {error}.")
    flash(_reading_summary(reading.matches), "ok")
    if reading.image_problems:
        first_url, first = next(iter(reading.image_problems.items()))
        more = len(reading.image_problems) - 1
        flash(f"Not compared by picture: {first_url} ({first})" + (f" and {more} more." if more else "."), "warn")
    return redirect(url_for("articles.article_page", identifier=reading.article.id), code=303)


def _lookup_page(*, url: str = "", problem: str | None = None, unknown: bool = False) -> str:
    catalog = components().catalog
    recent = [
        (article, article_photos(catalog, article.id)) for article in catalog.recent_articles(RECENT_ARTICLES)
    ]
    return render_template(
        "articles.html",
        url=url,
        problem=problem,
        unknown=unknown,
        recent=[(article, len(items), sum(1 for item in items if item.link)) for article, items in recent],
    )


def _reading_summary(matches: Sequence[PhotoMatch]) -> str:
    linked = sum(1 for match in matches if match.asset_id)
    waiting = sum(1 for match in matches if not match.asset_id and match.suggestions)
    photos = f"{len(matches)} photo" + ("" if len(matches) == 1 else "s")
    return f"Read the article: {photos}, {linked} linked, {waiting} with suggestions to confirm."


# -- one article ------------------------------------------------------------------------------


@blueprint.get("/articles/<identifier>")
@requires(VIEWER)
def article_page(identifier: str) -> Response:
    """One recorded article: the story, and each photo with its asset, licensing and credit check."""
    view = article_view(_article(identifier))
    response = make_response(
        render_template("article.html", view=view, article=view.article, method_words=METHOD_WORDS,
                        credit_labels=LABELS, host=urlsplit(view.article.url).hostname or "")
    )
    response.headers["Content-Security-Policy"] = PUBLISHED_IMAGES_POLICY
    return response


@blueprint.get("/articles/<identifier>/photos/<int:number>/copy")
@requires(VIEWER)
def published_copy(identifier: str, number: int) -> Response:
    """Photo ``number`` (from 1) from the server's images folder, or the file it was read from, as our own JPEG."""
    article = _article(identifier)
    items = article_photos(components().catalog, article.id)
    path = _copy_of(items[number - 1], _images_folder()) if 1 <= number <= len(items) else None
    if path is None:
        raise not_found("copy of this photo")
    stat = path.stat()
    etag = f"{stat.st_size:x}-{stat.st_mtime_ns:x}"
    if request.if_none_match.contains(etag):
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    try:
        data = local_copy_jpeg(path, current_app.config["PHOTODESK_SETTINGS"])
    except PhotodeskError:  # not a picture, too large, damaged: the placeholder, as for an asset
        return Response(NO_PREVIEW.read_bytes(), mimetype="image/svg+xml", headers={"Cache-Control": "no-cache"})
    response = Response(data, mimetype="image/jpeg", headers={"Cache-Control": "no-cache"})
    response.set_etag(etag)
    return response


def _copy_of(item: ArticlePhoto, folder: Path | None) -> Path | None:
    """The local file of a photo's picture: in the server's folder, else the one it was read from."""
    if item.photo is None:
        return None
    found = image_file_for(item.photo, folder) if folder is not None else None
    if found is None and item.image_file:
        # Written by the reading (``article add --images``), never taken from a request.
        found = Path(item.image_file) if Path(item.image_file).is_file() else None
    return found


def _images_folder() -> Path | None:
    folder = current_app.config.get("PHOTODESK_ARTICLE_IMAGES")
    return Path(folder) if folder else None


@blueprint.post("/articles/<identifier>/links")
@requires(EDITOR)
def confirm_suggestion(identifier: str) -> Response:
    """Link a suggested asset to one of the article's photos: an editor confirmed it."""
    article = _article(identifier)
    asset_id = request.form.get("asset_id", "")
    try:
        position = int(request.form.get("position", ""))
    except ValueError:
        position = -1
    if not ASSET_ID.fullmatch(asset_id):
        raise not_found()
    try:
        components().desk.confirm_suggestion(article.id, position, asset_id, actor=actor())
    except KeyError:
        flash("That photo or asset is no longer in the catalog: nothing was linked.", "error")
        return redirect(url_for("articles.article_page", identifier=article.id), code=303)
    flash(f"Photo {position + 1} linked to {find_asset(asset_id).filename}.", "ok")
    return redirect(url_for("articles.article_page", identifier=article.id) + f"#photo-{position + 1}", code=303)


def _article(identifier: str) -> Article:
    article = components().catalog.get_article(identifier) if len(identifier) == 16 else None
    if article is None:
        raise not_found("article")
    return article


# -- links from the asset page ----------------------------------------------------------------


@blueprint.post("/assets/<asset_id>/links")
@requires(EDITOR)
def link_article(asset_id: str) -> Response:
    """Link the asset to the article at the posted URL (recorded by its canonical URL)."""
    asset = find_asset(asset_id)
    try:
        article = components().desk.link(asset.id, request.form.get("url", ""), actor=actor())
    except InvalidUrlError as error:
        flash(f"Not linked: {error}.", "error")
        return _back_to(asset)
    flash(f"Linked to {article.title or article.url}.", "ok")
    return _back_to(asset)


@blueprint.post("/assets/<asset_id>/links/delete")
@requires(EDITOR)
def unlink_article(asset_id: str) -> Response:
    """Remove the asset's link to the article at the posted URL."""
    asset = find_asset(asset_id)
    try:
        article = components().desk.unlink(asset.id, request.form.get("url", ""), actor=actor())
    except InvalidUrlError:
        article = None
    if article is not None:
        flash(f"Unlinked from {article.title or article.url}.", "ok")
    else:
        flash("That article was not linked to this photo.", "error")
    return _back_to(asset)


def _back_to(asset: Asset) -> Response:
    # 303: the browser follows with a GET, so a reload never posts the form twice.
    return redirect(url_for("assets.asset_page", asset_id=asset.id) + "#where-used", code=303)
