"""Lightboxes in the JSON API: the list, one lightbox with its pictures, and editors' changes (docs/lightboxes.md).

The same lightboxes, roles and rules as the pages (``web/lightboxes.py``, docs/accounts.md):
every account reads them; editors and admins make and change them. Writes are JSON bodies,
authenticated like every other write of the API: an API token, or the session's CSRF token
in ``X-CSRF-Token`` (``web/security.py``). The records use the command line's field names
(``photodesk lightbox list --json``, ``show --json``; docs/contracts.md).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, jsonify, request, url_for
from werkzeug.exceptions import Conflict, NotFound

from catalog.accounts import EDITOR, VIEWER
from catalog.errors import ConfigurationError, InvalidUrlError, UnknownAssetError
from catalog.lightboxes import (
    MEMBER_LIMIT,
    NOTE_LIMIT,
    STORY_LIMIT,
    Lightbox,
    LightboxNameTakenError,
    LightboxSummary,
    UnknownLightboxError,
    check_text,
)
from web.access import actor, requires
from web.api import article_detail
from web.articles import article_view
from web.assets import ASSET_ID
from web.components import components
from web.errors import not_found
from web.lightboxes import change_lightbox, find_lightbox, may_delete

blueprint = Blueprint("lightbox_api", __name__, url_prefix="/api/lightboxes")


# -- reading ----------------------------------------------------------------------------------


@blueprint.get("")
@requires(VIEWER)
def list_lightboxes() -> Response:
    """Every lightbox, most recently changed first: ``lightbox list --json`` with each one's links."""
    return jsonify(lightboxes=[summary_detail(summary) for summary in components().catalog.lightboxes()])


@blueprint.get("/<int:lightbox_id>")
@requires(VIEWER)
def show_lightbox(lightbox_id: int) -> Response:
    """One lightbox with its pictures in order: each one's note, caption, credit line and links."""
    return jsonify(lightbox_detail(find_lightbox(lightbox_id)))


def summary_detail(summary: LightboxSummary) -> dict[str, Any]:
    """A line of the list as the API shows it: ``lightbox list --json``'s keys and ``links``."""
    return {**summary.to_record(), "links": _lightbox_links(summary.id)}


def lightbox_detail(lightbox: Lightbox) -> dict[str, Any]:
    """A lightbox as the API shows it: ``lightbox show --json``'s keys, each member with caption and links too."""
    assets = components().recent.get_many(lightbox.asset_ids)
    record = lightbox.to_record()
    for member in record["members"]:
        asset = assets.get(member["asset_id"])
        member.update(
            filename=asset.filename if asset else None,
            credit_line=asset.credit_line if asset else None,
            caption=asset.caption if asset else None,
            links={
                "asset": url_for("api.asset", asset_id=member["asset_id"]),
                "thumb": url_for("assets.asset_thumb", asset_id=member["asset_id"]),
                "page": url_for("assets.asset_page", asset_id=member["asset_id"]),
            },
        )
    record["count"] = len(lightbox.members)
    record["links"] = _lightbox_links(lightbox.id)
    return record


def _lightbox_links(lightbox_id: int) -> dict[str, str]:
    return {
        "api": url_for("lightbox_api.show_lightbox", lightbox_id=lightbox_id),
        "page": url_for("lightboxes.lightbox_page", lightbox_id=lightbox_id),
        "credits": url_for("lightboxes.lightbox_credits", lightbox_id=lightbox_id),
        "credit_list": url_for("lightboxes.lightbox_credits_csv", lightbox_id=lightbox_id),
        "zip": url_for("lightboxes.lightbox_zip", lightbox_id=lightbox_id, size="web"),
    }


# -- changing ---------------------------------------------------------------------------------


@blueprint.post("")
@requires(EDITOR)
def create_lightbox() -> tuple[Response, int, dict[str, str]]:
    """Make a lightbox: ``{"name", "story"?, "asset_ids"?}``; 201 with it, 409 when the name is taken."""
    body = _body(("name", "story", "asset_ids"))
    name = _text(body, "name", required=True)
    story = _checked(_text(body, "story"), limit=STORY_LIMIT, what="story")
    ids = _asset_ids(body, required=False)
    _check_in_catalog(ids)
    desk = components().desk
    try:
        lightbox = desk.create_lightbox(name, story=story, actor=actor())
    except LightboxNameTakenError as error:
        raise Conflict(description=_sentence(error)) from None
    except ConfigurationError as error:
        abort(400, description=_sentence(error))
    if ids:
        lightbox = _change(lightbox.id, add=ids)
    location = url_for("lightbox_api.show_lightbox", lightbox_id=lightbox.id)
    return jsonify(lightbox_detail(lightbox)), 201, {"Location": location}


@blueprint.patch("/<int:lightbox_id>")
@requires(EDITOR)
def patch_lightbox(lightbox_id: int) -> Response:
    """Rename it, set its story, reorder its pictures, set their notes (``{"name", "story", "order", "notes"}``)."""
    body = _body(("name", "story", "order", "notes"))
    name = _text(body, "name")
    story = _checked(_text(body, "story"), limit=STORY_LIMIT, what="story")
    order = _asset_ids(body, field="order", required=False) if "order" in body else None
    notes = _notes(body)
    if name is None and "story" not in body and order is None and notes is None:
        abort(400, description='Send at least one of "name", "story", "order" and "notes".')
    lightbox = find_lightbox(lightbox_id)
    absent = [asset_id for asset_id in notes or {} if asset_id not in lightbox.asset_ids]
    if absent:
        raise Conflict(description=f"Not in this lightbox (any more), so no note was saved: {', '.join(absent)}.")
    if name is not None or "story" in body:
        try:
            components().catalog.update_lightbox(lightbox_id, name=name, story=(story or "") if "story" in body else None)
        except LightboxNameTakenError as error:
            raise Conflict(description=_sentence(error)) from None
        except ConfigurationError as error:
            abort(400, description=_sentence(error))
        except UnknownLightboxError:
            raise not_found("lightbox") from None
    changes: dict[str, Any] = {}
    if order:
        changes["order"] = order
    if notes:
        changes["notes"] = notes
    return jsonify(lightbox_detail(_change(lightbox_id, **changes) if changes else find_lightbox(lightbox_id)))


@blueprint.post("/<int:lightbox_id>/items")
@requires(EDITOR)
def add_items(lightbox_id: int) -> Response:
    """Add pictures: ``{"asset_ids", "at"?, "note"?}`` (``at``: 1 is first; default the end); those in it stay put."""
    body = _body(("asset_ids", "at", "note"))
    ids = _asset_ids(body, required=True)
    at = body.get("at")
    if at is not None and (not isinstance(at, int) or isinstance(at, bool) or at < 1):
        abort(400, description='"at" is the place to add the pictures at: a whole number, 1 for first.')
    note = _checked(_text(body, "note"), limit=NOTE_LIMIT, what="note")
    find_lightbox(lightbox_id)
    _check_in_catalog(ids)
    lightbox = _change(lightbox_id, add=ids, add_at=None if at is None else at - 1,
                       notes=dict.fromkeys(ids, note) if note else None)
    return jsonify(lightbox_detail(lightbox))


@blueprint.delete("/<int:lightbox_id>/items")
@requires(EDITOR)
def remove_items(lightbox_id: int) -> Response:
    """Take pictures out: ``{"asset_ids"}``; one that is not in it is no change (they stay in the catalog)."""
    ids = _asset_ids(_body(("asset_ids",)), required=True)
    return jsonify(lightbox_detail(_change(lightbox_id, remove=ids)))


@blueprint.delete("/<int:lightbox_id>")
@requires(EDITOR)
def delete_lightbox(lightbox_id: int) -> tuple[str, int]:
    """Delete the lightbox (its owner or an admin, as on the page); 204, and its pictures stay in the catalog."""
    lightbox = find_lightbox(lightbox_id)
    if not may_delete(lightbox):
        abort(403, description=f"Only {lightbox.owner} (who made this lightbox) or an admin may delete it.")
    try:
        components().desk.delete_lightbox(lightbox_id, actor=actor())
    except UnknownLightboxError:  # deleted by someone else since it was read: the same end state
        pass
    return "", 204


@blueprint.post("/<int:lightbox_id>/links")
@requires(EDITOR)
def link_lightbox(lightbox_id: int) -> Response:
    """Link every picture to the article at ``{"url"}`` in one transaction: the article as ``/api/articles`` gives it."""
    url = _text(_body(("url",)), "url", required=True)
    lightbox = find_lightbox(lightbox_id)
    if not lightbox.asset_ids:
        raise Conflict(description="Nothing to link: the lightbox has no pictures.")
    try:
        article = components().desk.link_all(lightbox.asset_ids, url, actor=actor())
    except InvalidUrlError as error:
        abort(400, description=f"Not linked, that is not an article address: {error}.")
    except UnknownAssetError:
        raise Conflict(description="Not linked: a picture of the lightbox has left the catalog; "
                                   "read the lightbox again.") from None
    return jsonify(article_detail(article_view(article)))


# -- the request ------------------------------------------------------------------------------


def _body(fields: tuple[str, ...]) -> dict[str, Any]:
    """The request's JSON object; 400 for anything else, or a field this route does not take."""
    body = request.get_json(silent=True) if request.is_json else None
    if not isinstance(body, dict):
        abort(400, description=f"Send a JSON object (Content-Type: application/json) with {_listed(fields)}.")
    unknown = sorted(set(body) - set(fields))
    if unknown:
        abort(400, description=f"Unknown field {unknown[0]!r}: this takes {_listed(fields)}.")
    return body


def _text(body: dict[str, Any], field: str, *, required: bool = False) -> str | None:
    value = body.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        abort(400, description=f'"{field}" must be a string{" (not empty)" if required else " or null"}.')
    return value


def _checked(text: str | None, *, limit: int, what: str) -> str | None:
    try:
        return check_text(text, limit=limit, what=what)
    except ConfigurationError as error:
        abort(400, description=_sentence(error))


def _asset_ids(body: dict[str, Any], *, field: str = "asset_ids", required: bool) -> list[str]:
    """The picture ids of ``field``, a list of 16-hex-digit ids, in order, each once."""
    value = body.get(field, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        abort(400, description=f'"{field}" must be a list of picture ids.')
    ids = list(dict.fromkeys(item.strip().lower() for item in value))
    wrong = [asset_id for asset_id in ids if not ASSET_ID.fullmatch(asset_id)]
    if wrong:
        abort(400, description=f"Not a picture id (16 hexadecimal digits): {wrong[0][:40]!r}.")
    if required and not ids:
        abort(400, description=f'"{field}" names no picture.')
    if len(ids) > MEMBER_LIMIT:
        abort(400, description=f"Up to {MEMBER_LIMIT} pictures at a time.")
    return ids


def _notes(body: dict[str, Any]) -> dict[str, str | None] | None:
    """The ``notes`` object (picture id → note, null or "" clears), checked; None when not sent."""
    if "notes" not in body:
        return None
    value = body["notes"]
    if not isinstance(value, dict) or not value:
        abort(400, description='"notes" must be an object: {"picture id": "note", …} (null or "" clears a note).')
    notes: dict[str, str | None] = {}
    for asset_id, note in value.items():
        if not ASSET_ID.fullmatch(asset_id.lower()):
            abort(400, description=f"Not a picture id (16 hexadecimal digits): {asset_id[:40]!r}.")
        if note is not None and not isinstance(note, str):
            abort(400, description=f"The note on {asset_id} must be a string or null.")
        notes[asset_id.lower()] = _checked(note, limit=NOTE_LIMIT, what="note")
    return notes


def _check_in_catalog(ids: list[str]) -> None:
    """404 naming the ids that are no picture of the catalog (nothing is changed)."""
    known = components().recent.get_many(ids)
    missing = [asset_id for asset_id in ids if asset_id not in known]
    if missing:
        raise NotFound(description=f"No such picture in the catalog, so nothing was changed: {', '.join(missing)}.")


def _change(lightbox_id: int, **changes: Any) -> Lightbox:
    try:
        return change_lightbox(lightbox_id, **changes)
    except KeyError as missing:  # removed from the catalog since it was checked
        raise NotFound(description=f"No such picture in the catalog: {missing.args[0]}.") from None


def _sentence(error: Exception) -> str:
    text = str(error)
    return f"{text[:1].upper()}{text[1:]}."


def _listed(fields: tuple[str, ...]) -> str:
    return ", ".join(f'"{name}"' for name in fields)
