"""The JSON API, mirroring the pages: search, one asset, article lookup by URL, and its OpenAPI."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for
from werkzeug.exceptions import BadRequest, NotFound

from catalog.accounts import VIEWER
from catalog.articles import links as article_links
from catalog.asset import Asset
from catalog.errors import InvalidUrlError
from web.access import requires
from web.articles import ArticleView, PhotoView, article_view
from web.assets import asset_links, find_asset
from web.components import components
from web.openapi import openapi_document
from web.rights import decide_now, requested_time
from web.search import PAGE_SIZE, run_search
from web.security import hidden_record_fields
from web.state import FACET_OF_PARAM, FILTER_PARAMS, SearchState

blueprint = Blueprint("api", __name__, url_prefix="/api")

MAX_PAGE_SIZE = 100


def asset_detail(asset: Asset) -> dict[str, Any]:
    """An asset as the API shows it: the export record (fields this request may not see are null), credit line, URLs."""
    record = asset.to_record()
    record.update(dict.fromkeys(hidden_record_fields()))
    return {"asset": record, "credit_line": asset.credit_line, "links": asset_links(asset)}


@blueprint.get("/search")
@requires(VIEWER)
def search() -> Response:
    """One page of hits with facet counts; a query that cannot be parsed sets ``message``."""
    state = SearchState.from_args(request.args)
    page_size = _page_size(request.args.get("page_size"))
    results, tiles, elapsed = run_search(state, page_size=page_size)
    highlights = {hit.id: hit for hit in results.hits}
    message = " ".join(filter(None, (results.message, *state.problems))) or None
    return jsonify(
        query=state.query,
        filters={name: list(state.filter_values(name)) for name in FILTER_PARAMS if state.filter_values(name)},
        **{"from": state.date_from or None, "to": state.date_to or None},
        cleared=state.cleared_now,
        sort=results.sort,
        total=results.total,
        page=state.page,
        page_size=page_size,
        pages=results.pages,
        elapsed=round(elapsed, 4),
        message=message,
        suggestion=results.suggestion,
        hits=[
            {
                "id": tile.asset.id,
                "score": highlights[tile.asset.id].score,
                "highlight": str(tile.snippet),
                "killed": tile.killed,
                **asset_detail(tile.asset),
            }
            for tile in tiles
        ],
        facets={
            name: [
                {"value": value, "count": count, "active": state.has_filter(name, value)}
                for value, count in results.facets.get(FACET_OF_PARAM.get(name, name), ())
            ]
            for name in FILTER_PARAMS
        },
    )


@blueprint.get("/assets/<asset_id>")
@requires(VIEWER)
def asset(asset_id: str) -> Response:
    """One asset's full record."""
    return jsonify(asset_detail(find_asset(asset_id)))


@blueprint.get("/assets/<asset_id>/rights")
@requires(VIEWER)
def asset_rights(asset_id: str) -> Response:
    """The rights decision per channel now, or at ``at`` (ISO 8601; no offset: the desk's zone): docs/rights.md."""
    asset = find_asset(asset_id)
    return jsonify(decide_now(asset, requested_time()).to_record())


@blueprint.get("/articles")
@requires(VIEWER)
def article() -> Response:
    """A recorded article found by any spelling of its URL: the story, its photos, matches and credit checks."""
    url = request.args.get("url", "").strip()
    if not url:
        raise BadRequest(description="Give the article's address as ?url=…")
    try:
        found = article_links.find_article(components().catalog, url)
    except InvalidUrlError as error:
        raise BadRequest(description=f"That is not an article address: {error}.") from None
    if found is None:
        raise NotFound(description="There is no such article in the catalog: read it first on the /articles page "
                                   "or with `photodesk article add URL`.")
    return jsonify(article_detail(article_view(found)))


def article_detail(view: ArticleView) -> dict[str, Any]:
    """An article as the API shows it: the story, every photo with its match and credit check, the assets used."""
    story = view.article
    linked = {photo.asset.id: photo.asset for photo in view.photos if photo.asset}
    return {
        "article": {
            "id": story.id,
            "url": story.url,
            "title": story.title,
            "byline": story.byline_text,
            "bylines": list(story.byline),
            "publication": story.publication,
            "publication_source": story.publication_source,
            "published": story.published,
            "claimed_url": story.claimed_url,
            "added_at": story.added_at,
            "page": url_for("articles.article_page", identifier=story.id),
        },
        "photos": [_photo_detail(photo) for photo in view.photos],
        "assets": [asset_detail(asset) for asset in linked.values()],
    }


def _photo_detail(photo: PhotoView) -> dict[str, Any]:
    printed, link, check = photo.item.photo, photo.item.link, photo.credit
    return {
        "position": photo.item.position,
        "url": photo.image_url,
        "caption": printed.caption if printed else None,
        "credit_line": photo.item.credit_printed,
        "agency": printed.agency if printed else None,
        "photographers": list(printed.photographers) if printed else [],
        "asset_id": link.asset_id if link else None,
        "match": link.method.value if link else None,
        "evidence": list(photo.item.evidence),
        "note": photo.item.note,
        "image_problem": photo.item.image_problem,
        "credit_check": {
            "status": check.status.value,
            "label": check.label,
            "printed": check.printed,
            "expected": check.expected,
            "reason": check.reason,
        } if check else None,
        "asset": asset_detail(photo.asset) if photo.asset else None,
        "suggestions": [
            {**suggested.suggestion.to_record(), "asset": asset_detail(suggested.asset)} for suggested in photo.suggestions
        ],
    }


@blueprint.get("/openapi.json")
@requires(VIEWER)
def openapi_document_view() -> Response:
    """The OpenAPI 3.1 description of this API."""
    return jsonify(openapi_document(_version()))


def _page_size(text: str | None) -> int:
    if not text:
        return PAGE_SIZE
    try:
        size = int(text)
    except ValueError:
        raise BadRequest(description=f"page_size must be a number from 1 to {MAX_PAGE_SIZE}") from None
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise BadRequest(description=f"page_size must be a number from 1 to {MAX_PAGE_SIZE}")
    return size


def _version() -> str:
    try:
        return version("photodesk")
    except PackageNotFoundError:
        return "0"
