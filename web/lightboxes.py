"""Lightboxes on the web: the list, one lightbox's page, and every change to it (docs/lightboxes.md).

Every account sees every lightbox (they are the desk's, shared); editors and admins change
them, whoever made them: each change route declares the editor role, checked on the server
(docs/accounts.md). Deleting a lightbox is for its owner or an admin. Each form works
without script and answers with a redirect (303); the page's script posts the same forms
with ``Accept: application/json`` to reorder without reloading and gets the new order back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, abort, flash, jsonify, redirect, render_template, request, url_for

from catalog.accounts import ADMIN, EDITOR, VIEWER
from catalog.asset import Asset
from catalog.errors import ConfigurationError, InvalidUrlError, UnknownAssetError
from catalog.lightboxes import (
    MEMBER_LIMIT,
    NOTE_LIMIT,
    STORY_LIMIT,
    Lightbox,
    Member,
    UnknownLightboxError,
    check_text,
    credit_line_of,
    credit_lines,
)
from web.access import actor, can, current_user, requires
from web.assets import ASSET_ID
from web.components import components
from web.downloads import asked_size, credits_csv_response, zip_response
from web.errors import not_found

blueprint = Blueprint("lightboxes", __name__)
NEW = "new"  # the lightbox chooser's value for "a new lightbox named …"


@dataclass(frozen=True)
class MemberView:
    """One picture of the lightbox page: its place, the asset, its note, its credit line and why it is forbidden now."""

    member: Member
    asset: Asset
    credit: str
    forbidden: str | None


# -- reading ----------------------------------------------------------------------------------


@blueprint.get("/lightboxes")
@requires(VIEWER)
def lightboxes_page() -> str:
    """Every lightbox of the desk, most recently changed first, with a form to start one."""
    summaries = components().catalog.lightboxes()
    return render_template("lightboxes.html", lightboxes=summaries, story_limit=STORY_LIMIT)


@blueprint.get("/lightboxes/<int:lightbox_id>")
@requires(VIEWER)
def lightbox_page(lightbox_id: int) -> str:
    """One lightbox: its pictures in order with notes, credits to copy, downloads, a link to an article."""
    lightbox = find_lightbox(lightbox_id)
    members = member_views(lightbox)
    return render_template("lightbox.html", lightbox=lightbox, members=members,
                           credits="\n".join(view.credit for view in members),
                           forbidden=sum(1 for view in members if view.forbidden),
                           may_delete=may_delete(lightbox), note_limit=NOTE_LIMIT, story_limit=STORY_LIMIT)


def member_views(lightbox: Lightbox) -> list[MemberView]:
    """The lightbox's pictures that are in the catalog, in order, with what the page shows of each."""
    assets = components().recent.get_many(lightbox.asset_ids)
    present = [assets[member.asset_id] for member in lightbox.members if member.asset_id in assets]
    forbidden = components().desk.forbidden_now(present)
    return [MemberView(member=member, asset=assets[member.asset_id], credit=credit_line_of(assets[member.asset_id]),
                       forbidden=forbidden.get(member.asset_id))
            for member in lightbox.members if member.asset_id in assets]


def lightbox_assets(lightbox: Lightbox) -> list[Asset]:
    """The lightbox's pictures in order (those still in the catalog)."""
    assets = components().recent.get_many(lightbox.asset_ids)
    return [assets[asset_id] for asset_id in lightbox.asset_ids if asset_id in assets]


@blueprint.get("/lightboxes/<int:lightbox_id>/credits.txt")
@requires(VIEWER)
def lightbox_credits(lightbox_id: int) -> Response:
    """The lightbox's credit lines as plain text: one line per picture, in the lightbox's order."""
    lines = credit_lines(lightbox_assets(find_lightbox(lightbox_id)))
    response = Response("".join(line + "\n" for line in lines), mimetype="text/plain")
    response.cache_control.no_store = True
    return response


@blueprint.get("/lightboxes/<int:lightbox_id>/credits.csv")
@requires(VIEWER)
def lightbox_credits_csv(lightbox_id: int) -> Response:
    """The lightbox's credit list as CSV, in its order, with each picture's note."""
    lightbox = find_lightbox(lightbox_id)
    notes = {member.asset_id: member.note for member in lightbox.members}
    return credits_csv_response(lightbox_assets(lightbox), filename=f"{file_stem(lightbox.name)}-credits.csv",
                                notes=notes)


@blueprint.get("/lightboxes/<int:lightbox_id>/download.zip")
@requires(VIEWER)
def lightbox_zip(lightbox_id: int) -> Response:
    """The lightbox as a streamed zip: ``size=web`` (anyone) or ``original`` (editors), metadata embedded."""
    size = asked_size()  # first: a viewer asking for originals is refused whether or not the lightbox exists
    lightbox = find_lightbox(lightbox_id)
    return zip_response(lightbox_assets(lightbox), archive_name=f"{file_stem(lightbox.name)}-{size}.zip", size=size)


# -- changing ---------------------------------------------------------------------------------


@blueprint.post("/lightboxes")
@requires(EDITOR)
def create_lightbox() -> Response:
    """Start a lightbox (``name``, ``story``), with the posted pictures (``id``) in it when there are any."""
    ids = posted_ids(required=False)
    try:
        lightbox = components().desk.create_lightbox(request.form.get("name", ""), story=_story(), actor=actor())
    except ConfigurationError as error:
        flash(f"No lightbox made: {error}.", "error")
        return redirect(url_for("lightboxes.lightboxes_page"), code=303)
    if ids:
        _change(lightbox.id, add=ids)
    flash(f"Lightbox “{lightbox.name}” made.", "ok")
    return redirect(url_for("lightboxes.lightbox_page", lightbox_id=lightbox.id), code=303)


@blueprint.post("/lightboxes/add")
@requires(EDITOR)
def add_pictures() -> Response:
    """Add the posted pictures (``id``) to the chosen lightbox (``lightbox``: its id, or ``new`` with a ``name``)."""
    return add_to_chosen_lightbox(posted_ids(required=True))


def add_to_chosen_lightbox(ids: list[str]) -> Response:
    """Add ``ids`` to the lightbox the form chose, made first when it is new; then to ``back`` or the lightbox."""
    choice = request.form.get("lightbox", "").strip()
    desk = components().desk
    try:
        if choice in ("", NEW):
            lightbox = desk.create_lightbox(request.form.get("name", ""), story=_story(), actor=actor())
        else:
            lightbox = find_lightbox(_number(choice))
        lightbox = _change(lightbox.id, add=ids)
    except ConfigurationError as error:
        flash(f"Not added: {error}.", "error")
        return redirect(back_url("back") or url_for("lightboxes.lightboxes_page"), code=303)
    count = sum(1 for asset_id in ids if asset_id in lightbox.asset_ids)
    flash(f"{count} {'picture' if count == 1 else 'pictures'} in “{lightbox.name}” "
          f"({len(lightbox.members)} in all).", "ok")
    return redirect(back_url("back") or url_for("lightboxes.lightbox_page", lightbox_id=lightbox.id), code=303)


@blueprint.post("/lightboxes/<int:lightbox_id>/remove")
@requires(EDITOR)
def remove_pictures(lightbox_id: int) -> Response:
    """Take the posted pictures (``id``) out of the lightbox (they stay in the catalog)."""
    ids = posted_ids(required=True)
    lightbox = _change(lightbox_id, remove=ids)
    return _answer(lightbox, f"Removed {len(ids)} {'picture' if len(ids) == 1 else 'pictures'} from the lightbox.")


@blueprint.post("/lightboxes/<int:lightbox_id>/move")
@requires(EDITOR)
def move_picture(lightbox_id: int) -> Response:
    """Move one picture (``id``): ``to`` a place (1 is first), or ``direction`` up, down, first or last."""
    lightbox = find_lightbox(lightbox_id)
    asset_id = _one_id()
    order = lightbox.asset_ids
    if asset_id not in order:
        abort(400, description="That picture is not in this lightbox (any more): reload the page.")
    place = order.index(asset_id)
    direction = request.form.get("direction", "")
    targets = {"up": place - 1, "down": place + 1, "first": 0, "last": len(order) - 1}
    if direction in targets:
        to = targets[direction]
    else:
        to = _number(request.form.get("to", "")) - 1
    lightbox = _change(lightbox_id, move=(asset_id, to))
    return _answer(lightbox, f"Moved to place {lightbox.asset_ids.index(asset_id) + 1} of {len(lightbox.members)}.")


@blueprint.post("/lightboxes/<int:lightbox_id>/order")
@requires(EDITOR)
def order_pictures(lightbox_id: int) -> Response:
    """Put the pictures in the posted order (``id``, all or the first few; the others follow as they were)."""
    lightbox = _change(lightbox_id, order=posted_ids(required=True))
    return _answer(lightbox, "Order saved.")


@blueprint.post("/lightboxes/<int:lightbox_id>/notes")
@requires(EDITOR)
def save_note(lightbox_id: int) -> Response:
    """Set the note on one picture of the lightbox (``id``, ``note``; empty clears it)."""
    asset_id = _one_id()
    if asset_id not in find_lightbox(lightbox_id).asset_ids:
        abort(400, description="That picture is not in this lightbox (any more): reload the page.")
    try:
        note = check_text(request.form.get("note", ""), limit=NOTE_LIMIT, what="note")
    except ConfigurationError as error:
        abort(400, description=f"Not saved: {error}.")
    lightbox = _change(lightbox_id, notes={asset_id: note})
    return _answer(lightbox, "Note saved." if note else "Note cleared.", anchor=f"picture-{asset_id}")


@blueprint.post("/lightboxes/<int:lightbox_id>/edit")
@requires(EDITOR)
def edit_lightbox(lightbox_id: int) -> Response:
    """Rename the lightbox or change its story."""
    find_lightbox(lightbox_id)
    try:
        lightbox = components().catalog.update_lightbox(lightbox_id, name=request.form.get("name"), story=_story() or "")
    except ConfigurationError as error:
        flash(f"Not changed: {error}.", "error")
        return redirect(url_for("lightboxes.lightbox_page", lightbox_id=lightbox_id), code=303)
    return _answer(lightbox, "Lightbox saved.")


@blueprint.post("/lightboxes/<int:lightbox_id>/delete")
@requires(EDITOR)
def delete_lightbox(lightbox_id: int) -> Response:
    """Delete the lightbox (its owner or an admin; the pictures stay in the catalog)."""
    lightbox = find_lightbox(lightbox_id)
    if not may_delete(lightbox):
        abort(403, description=f"Only {lightbox.owner} (who made this lightbox) or an admin may delete it.")
    components().desk.delete_lightbox(lightbox_id, actor=actor())
    flash(f"Lightbox “{lightbox.name}” deleted.", "ok")
    return redirect(url_for("lightboxes.lightboxes_page"), code=303)


@blueprint.post("/lightboxes/<int:lightbox_id>/links")
@requires(EDITOR)
def link_lightbox(lightbox_id: int) -> Response:
    """Link every picture of the lightbox to the article at the posted ``url``, in one step."""
    lightbox = find_lightbox(lightbox_id)
    flash(*link_pictures(lightbox.asset_ids, request.form.get("url", "")))
    return redirect(url_for("lightboxes.lightbox_page", lightbox_id=lightbox_id), code=303)


def link_pictures(asset_ids: list[str], url: str) -> tuple[str, str]:
    """Link the pictures to the article at ``url`` (``Desk.link_all``); the message to flash and its kind."""
    if not asset_ids:
        return "Nothing to link: no pictures.", "error"
    try:
        article = components().desk.link_all(asset_ids, url, actor=actor())
    except InvalidUrlError as error:
        return f"Not linked: {error}.", "error"
    except UnknownAssetError:
        return "Not linked: a picture is no longer in the catalog. Reload the page.", "error"
    count = len(asset_ids)
    return f"{count} {'picture' if count == 1 else 'pictures'} linked to {article.title or article.url}.", "ok"


# -- the form --------------------------------------------------------------------------------


def posted_ids(*, required: bool) -> list[str]:
    """The picture ids a form posted (``id``, repeated or space-separated), in order, each once."""
    ids = [text.strip().lower() for value in request.form.getlist("id") for text in value.split()]
    ids = list(dict.fromkeys(asset_id for asset_id in ids if ASSET_ID.fullmatch(asset_id)))
    if required and not ids:
        abort(400, description="Select pictures first (tick them in the search results).")
    if len(ids) > MEMBER_LIMIT:
        abort(400, description=f"Up to {MEMBER_LIMIT} pictures at a time.")
    return ids


def may_delete(lightbox: Lightbox) -> bool:
    """True when this request may delete the lightbox: its owner or an admin (anyone, with no accounts)."""
    user = current_user()
    return can(ADMIN) or (user is not None and lightbox.owner is not None and user.name.lower() == lightbox.owner.lower())


def file_stem(name: str) -> str:
    """A lightbox's name as the start of a file name: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-_")[:60] or "lightbox"


def find_lightbox(lightbox_id: int) -> Lightbox:
    """The lightbox with this id, or a 404 (pages and API alike)."""
    try:
        return components().catalog.get_lightbox(lightbox_id)
    except UnknownLightboxError:
        raise not_found("lightbox") from None


def change_lightbox(lightbox_id: int, **changes: Any) -> Lightbox:
    """``Desk.change_lightbox`` for this request's account; a 404 for an unknown lightbox, ``KeyError`` as it raises."""
    try:
        return components().desk.change_lightbox(lightbox_id, actor=actor(), **changes)
    except UnknownLightboxError:
        raise not_found("lightbox") from None


def _change(lightbox_id: int, **changes: Any) -> Lightbox:
    try:
        return change_lightbox(lightbox_id, **changes)
    except KeyError:
        abort(400, description="A picture is not in the catalog or not in this lightbox (any more): reload the page.")


def _one_id() -> str:
    asset_id = request.form.get("id", "").strip().lower()
    if not ASSET_ID.fullmatch(asset_id):
        abort(400, description="Which picture? The form sent no picture id.")
    return asset_id


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        abort(400, description=f"Not a number: {text[:20]!r}.")


def _story() -> str | None:
    try:
        return check_text(request.form.get("story"), limit=STORY_LIMIT, what="story")
    except ConfigurationError as error:
        abort(400, description=f"{str(error)[0].upper()}{str(error)[1:]}.")


def back_url(field: str = "next") -> str | None:
    """The page to go back to after a change, when the form named one of ours (a path, never another site)."""
    target = request.form.get(field, "")
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else None


def _answer(lightbox: Lightbox, message: str, *, anchor: str = "pictures") -> Response:
    """The lightbox after a change: JSON (its order and credits) for the page's script, else back to its page."""
    if request.accept_mimetypes.best == "application/json":
        assets = lightbox_assets(lightbox)
        return jsonify({"id": lightbox.id, "order": [asset.id for asset in assets], "message": message,
                        "credits": credit_lines(assets)})
    flash(message, "ok")
    return redirect(url_for("lightboxes.lightbox_page", lightbox_id=lightbox.id) + f"#{anchor}", code=303)


@blueprint.app_template_global("lightbox_choices")
def lightbox_choices() -> list[tuple[int, str]]:
    """The lightboxes an "Add to lightbox" chooser offers: id and name, most recently changed first."""
    return [(summary.id, summary.name) for summary in components().catalog.lightboxes()]


@blueprint.app_template_global("lightboxes_with")
def lightboxes_with(asset_id: str) -> list[tuple[int, str]]:
    """The lightboxes that hold a picture (the asset page names them)."""
    return [(summary.id, summary.name) for summary in components().catalog.lightboxes_with(asset_id)]
