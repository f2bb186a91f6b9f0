"""The JSON API, mirroring the pages: search, one asset, article lookup by URL, and its OpenAPI."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from flask import Blueprint, Response, jsonify, request
from werkzeug.exceptions import BadRequest

from catalog.asset import Asset
from web.articles import find_article
from web.assets import asset_links, find_asset
from web.components import components
from web.errors import not_found
from web.openapi import openapi_document
from web.search import PAGE_SIZE, run_search
from web.state import FACET_OF_PARAM, FILTER_PARAMS, SearchState

blueprint = Blueprint("api", __name__, url_prefix="/api")

MAX_PAGE_SIZE = 100


def asset_detail(asset: Asset) -> dict[str, Any]:
    """An asset as the API shows it: the export record, its printable credit line and its URLs."""
    return {"asset": asset.to_record(), "credit_line": asset.credit_line, "links": asset_links(asset)}


@blueprint.get("/search")
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
def asset(asset_id: str) -> Response:
    """One asset's full record."""
    return jsonify(asset_detail(find_asset(asset_id)))


@blueprint.get("/articles")
def article() -> Response:
    """An article found by any spelling of its URL, with the assets it uses."""
    url = request.args.get("url", "").strip()
    if not url:
        raise BadRequest(description="Give the article's address as ?url=…")
    found = find_article(url)
    if found is None:
        raise not_found("article")
    assets = components().catalog.assets_for(found.id)
    return jsonify(
        article={
            "id": found.id,
            "url": found.url,
            "title": found.title,
            "byline": list(found.byline),
            "publication": found.publication,
            "published": found.published,
        },
        assets=[asset_detail(linked) for linked in assets],
    )


@blueprint.get("/openapi.json")
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
