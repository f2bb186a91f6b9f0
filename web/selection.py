"""Batch actions on search results: the ticked pictures downloaded as a zip, their credit list, a lightbox, a link.

The search page's tiles are checkboxes of one form (they work without script; the page's
script adds click, shift-click and Space on a tile). The form posts the ids with the
session's CSRF token and the ``action``: to ``/selection/download`` for ``zip`` and
``credits``, reads everyone who may search may do (posted because a selection's ids make a
long list), and to ``/selection`` for ``lightbox`` and ``link``, editors only (checked on
the server, docs/accounts.md).
"""

from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, Response, abort, flash, redirect, request, url_for

from catalog.accounts import EDITOR, VIEWER
from catalog.asset import Asset
from web.access import requires
from web.components import components
from web.downloads import asked_size, credits_csv_response, zip_response
from web.lightboxes import add_to_chosen_lightbox, back_url, link_pictures, posted_ids

blueprint = Blueprint("selection", __name__)


@blueprint.post("/selection/download")
@requires(VIEWER)
def download_selection() -> Response:
    """The posted pictures (``id``) as a streamed zip (``action=zip``, ``size``) or their credit list (``credits``)."""
    action = _action(("zip", "credits"))
    ids = posted_ids(required=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M")
    if action == "zip":
        size = asked_size()
        return zip_response(selected_assets(ids), archive_name=f"photodesk-{len(ids)}-{size}-{stamp}.zip", size=size)
    return credits_csv_response(selected_assets(ids), filename=f"photodesk-credits-{stamp}.csv")


@blueprint.post("/selection")
@requires(EDITOR)
def change_selection() -> Response:
    """Add the posted pictures (``id``) to a lightbox (``action=lightbox``) or link them to an article (``link``)."""
    action = _action(("lightbox", "link"))
    ids = posted_ids(required=True)
    if action == "lightbox":
        return add_to_chosen_lightbox(ids)
    flash(*link_pictures([asset.id for asset in selected_assets(ids)], request.form.get("url", "")))
    return redirect(back_url() or url_for("search.search_page"), code=303)


def _action(allowed: tuple[str, ...]) -> str:
    action = request.form.get("action", "")
    if action not in allowed:
        abort(400, description="Choose what to do with the selected pictures.")
    return action


def selected_assets(ids: list[str]) -> list[Asset]:
    """The selected pictures that are in the catalog, in the order they were selected (the grid's order)."""
    assets = components().recent.get_many(ids)
    return [assets[asset_id] for asset_id in ids if asset_id in assets]
