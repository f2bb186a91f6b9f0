"""Editing on the web: the asset page's edit form with its preview and history, and batch edits from a search.

Every route here writes (or previews a write) and is for editors only: each declares the
editor role, which ``web.access`` checks on the server before anything runs (docs/accounts.md).
A save carries the version the editor saw: a picture saved by someone else since is not
overwritten, the page says who changed it and when, and shows the values now
(docs/editing.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from catalog.accounts import EDITOR
from catalog.asset import Asset
from catalog.editing import (
    EDITABLE_FIELDS,
    LIST_FIELDS,
    LIST_SEPARATOR,
    EditConflictError,
    EditPlan,
    HistoryEntry,
    Operation,
    check_user,
)
from catalog.errors import ConfigurationError
from web.access import actor, can, current_user, requires
from web.api import asset_detail
from web.assets import ASSET_ID, asset_page_context, find_asset
from web.components import components

blueprint = Blueprint("editing", __name__)

BATCH_LIMIT = 1000  # pictures per batch edit: the form carries each one's id and version
LABELS = {
    "caption": "Caption", "headline": "Headline", "credit": "Credit", "creators": "Creators",
    "keywords": "Keywords", "city": "City", "state": "State / province", "country": "Country",
    "special_instructions": "Special instructions", "usage_terms": "Usage terms", "copyright": "Copyright",
}
LONG_FIELDS = frozenset({"caption", "special_instructions", "usage_terms"})
EDITOR_FIELD = "editor"


@dataclass
class EditView:
    """The asset page's edit panel: the form's values, the version they are based on, a preview, history."""

    values: dict[str, str]
    version: int
    history: list[HistoryEntry]
    preview: EditPlan | None = None
    conflict: str | None = None
    editor: str = ""
    fields: tuple[str, ...] = EDITABLE_FIELDS
    labels: Mapping[str, str] = field(default_factory=lambda: LABELS)
    long_fields: frozenset[str] = LONG_FIELDS
    list_fields: frozenset[str] = LIST_FIELDS


@blueprint.app_template_global("may_edit")
def may_edit() -> bool:
    """True when this request may change metadata (an editor or admin; anyone when there are no accounts)."""
    return can(EDITOR)


def field_text(asset: Asset, name: str) -> str:
    """A field's value as the form shows it: lists as items separated by '; '."""
    value = getattr(asset, name)
    if name in LIST_FIELDS:
        return f"{LIST_SEPARATOR} ".join(value)
    return value or ""


@blueprint.app_template_global("edit_view")
def edit_view(asset: Asset) -> EditView | None:
    """The edit panel of an asset page for an editor; None for anyone else."""
    if not may_edit():
        return None
    catalog = components().catalog
    return EditView(values={name: field_text(asset, name) for name in EDITABLE_FIELDS},
                    version=catalog.edit_version(asset.id)[0], history=catalog.history(asset.id))


@blueprint.post("/assets/<asset_id>/edit")
@requires(EDITOR)
def save_edit(asset_id: str) -> Response | tuple[str, int]:
    """Save the edit form (``action=save``), or show the page with its preview (``action=preview``)."""
    asset = find_asset(asset_id)
    values, version = _form_values(), _form_version()
    desk = components().desk
    editor = _editor_name(required=request.form.get("action") == "save")
    plan = desk.plan_edits([asset.id], _set_operations(values), user=editor or "?")[0]
    if request.form.get("action") != "save":
        return _page(asset, values, version, preview=plan, editor=editor)
    if not plan.changes:
        flash("Nothing changed: the picture already shows these values.", "info")
        return _back_to_asset(asset.id)
    try:
        saved = desk.edit({asset.id: plan.changes}, user=editor, base_versions={asset.id: version}, actor=actor())[0]
    except EditConflictError as conflict:
        return _page(find_asset(asset.id), values, conflict.version, preview=plan, editor=editor,
                     conflict=str(conflict), status=409)
    flash(f"Saved: {', '.join(LABELS[change.field].lower() for change in saved.changes)} "
          f"(version {saved.version}).", "ok")
    return _back_to_asset(asset.id)


@blueprint.post("/assets/<asset_id>/edit/preview")
@requires(EDITOR)
def preview_edit(asset_id: str) -> Response:
    """The edit form's values as they would be saved, as JSON: each change and the credit derived again."""
    asset = find_asset(asset_id)
    plan = components().desk.plan_edits([asset.id], _set_operations(_form_values()), user="?")[0]
    return jsonify({**plan.to_record(), "version": components().catalog.edit_version(asset.id)[0]})


@blueprint.post("/assets/<asset_id>/revert")
@requires(EDITOR)
def revert_edit(asset_id: str) -> Response | tuple[str, int]:
    """Bring the picture's values back to how they were after one save of its history (0: the file's)."""
    asset = find_asset(asset_id)
    editor = _editor_name(required=True)
    try:
        target = int(request.form.get("to", ""))
    except ValueError:
        abort(400, description="Which version to go back to is missing.")
    desk = components().desk
    version = desk.catalog.edit_version(asset.id)[0]
    if _form_version() != version:
        flash(str(EditConflictError(asset.id, version=version, user=desk.catalog.edit_version(asset.id)[1],
                                    at=desk.catalog.edit_version(asset.id)[2])), "error")
        return _back_to_asset(asset.id)
    try:
        saved = desk.revert(asset.id, target, user=editor, actor=actor())
    except ConfigurationError as error:
        abort(400, description=str(error))
    flash(f"Back to {'the file' if target == 0 else f'version {target}'}"
          + (f" (saved as version {saved.version})." if saved.changes else ": nothing to change."), "ok")
    return _back_to_asset(asset.id)


# -- the JSON API, for scripts with an editor's API token -----------------------------------------


@blueprint.post("/api/assets/<asset_id>/edits")
@requires(EDITOR)
def api_save_edit(asset_id: str) -> Response:
    """Save ``{"version": N, "changes": {field: value}}`` (lists as JSON lists, null clears): 409 if saved since."""
    asset = find_asset(asset_id)
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("changes"), dict) or not isinstance(body.get("version"), int):
        abort(400, description='Send JSON: {"version": the version you read, "changes": {"field": value, …}}.')
    try:
        operations = [Operation(kind="set", field=name, value=value) for name, value in body["changes"].items()]
    except ConfigurationError as error:
        abort(400, description=str(error))
    user = current_user()
    editor = user.name if user is not None else _editor_name(required=True)
    desk = components().desk
    plan = desk.plan_edits([asset.id], operations, user=editor)[0]
    try:
        saved = desk.edit({asset.id: plan.changes}, user=editor, base_versions={asset.id: body["version"]},
                          actor=actor())[0]
    except EditConflictError as conflict:
        abort(409, description=str(conflict))
    return jsonify({"id": asset.id, "version": saved.version,
                    "changes": [change.to_record() for change in saved.changes], **asset_detail(saved.asset)})


@blueprint.get("/api/assets/<asset_id>/history")
@requires(EDITOR)
def api_history(asset_id: str) -> Response:
    """The picture's corrections, oldest first, as ``photodesk history --json`` prints them, and its version."""
    asset = find_asset(asset_id)
    catalog = components().catalog
    return jsonify({"id": asset.id, "version": catalog.edit_version(asset.id)[0],
                    "history": [entry.to_record() for entry in catalog.history(asset.id)]})


# -- batch edits from a selection of search results -------------------------------------------


@blueprint.route("/edit/batch", methods=["GET", "POST"])
@requires(EDITOR)
def batch_edit() -> Response | str | tuple[str, int]:
    """Set, append to or find-and-replace in a field of the selected pictures: previewed, then applied."""
    ids = _selected_ids()
    operations, problem = _batch_operations()
    action = request.form.get("action", "") if request.method == "POST" else ""
    plans: list[EditPlan] = []
    editor = _editor_name(required=action == "apply")
    if action in ("preview", "apply") and operations and not problem:
        plans = components().desk.plan_edits(ids, operations, user=editor or "?")
    if action == "apply" and plans:
        versions = _form_versions()
        changed = {plan.asset_id: plan.changes for plan in plans if plan.changes}
        try:  # every selected picture, changed or not now: one saved since the preview makes it stale
            components().desk.edit({plan.asset_id: plan.changes for plan in plans}, user=editor, base_versions={
                plan.asset_id: versions.get(plan.asset_id, -1) for plan in plans}, actor=actor())
        except EditConflictError as conflict:
            problem = f"Nothing was saved: {conflict}. The preview below shows the values now."
        else:
            flash(f"{len(changed)} {'picture' if len(changed) == 1 else 'pictures'} changed.", "ok")
            return redirect(url_for("editing.batch_edit", id=ids) if len(ids) <= 100
                            else url_for("search.search_page"), code=303)
    if action in ("preview", "apply") and not operations and not problem:
        problem = "Choose what to change: set a field, append to it, or find and replace in it."
    assets = components().recent.get_many(ids[:48])
    page = render_template("batch_edit.html", ids=ids, shown=[assets[i] for i in ids[:48] if i in assets],
                           plans=plans, changed=[plan for plan in plans if plan.changes], problem=problem,
                           form=request.form if request.method == "POST" else {}, editor=editor,
                           fields=EDITABLE_FIELDS, labels=LABELS)
    return (page, 409) if problem and action == "apply" else page


# -- the form ------------------------------------------------------------------------------------


def _form_values() -> dict[str, str]:
    return {name: request.form[name] for name in EDITABLE_FIELDS if name in request.form}


def _form_version() -> int:
    try:
        return int(request.form.get("version", ""))
    except ValueError:
        abort(400, description="This form does not say which version of the picture it edits. Reload the page.")


def _form_versions() -> dict[str, int]:
    """``versions``: "id:version id:version …", what the batch preview was based on."""
    found = {}
    for item in request.form.get("versions", "").split():
        asset_id, _, version = item.partition(":")
        if ASSET_ID.fullmatch(asset_id) and version.isdigit():
            found[asset_id] = int(version)
    return found


def _set_operations(values: Mapping[str, str]) -> list[Operation]:
    return [Operation(kind="set", field=name, value=text) for name, text in values.items()]


def _editor_name(*, required: bool) -> str:
    """Who is editing: the logged-in account, else (no accounts: a loopback server) the name typed in the form
    (or the JSON body's ``editor``)."""
    user = current_user()
    if user is not None:
        return user.name
    body = request.get_json(silent=True) if request.is_json else None
    name = body.get(EDITOR_FIELD, "") if isinstance(body, dict) else request.form.get(EDITOR_FIELD, "")
    if not required:
        return name.strip()
    try:
        return check_user(name)
    except ConfigurationError:
        abort(400, description="Give your name (the form's or the JSON's \"editor\"): every correction records who made it.")


def _selected_ids() -> list[str]:
    source = request.form if request.method == "POST" else request.args
    ids = [text.strip().lower() for value in source.getlist("id") for text in value.split()]
    query = source.get("q")
    if query is not None and not ids:
        ids = [hit for _, hit in zip(range(BATCH_LIMIT + 1), components().desk.index.search_ids(query))]
    ids = list(dict.fromkeys(asset_id for asset_id in ids if ASSET_ID.fullmatch(asset_id)))
    if not ids:
        abort(400, description="Select the pictures to edit first (tick them in the search results).")
    if len(ids) > BATCH_LIMIT:
        abort(400, description=f"A batch edit takes up to {BATCH_LIMIT} pictures: narrow the search.")
    return ids


def _batch_operations() -> tuple[list[Operation], str | None]:
    """The operations the batch form asks for, in order set, append, replace; or a problem to show."""
    form = request.form
    asked: list[dict[str, Any]] = []
    if form.get("set_field"):
        asked.append({"kind": "set", "field": form["set_field"], "value": form.get("set_value", "")})
    if form.get("append_field") and form.get("append_value", "").strip():
        asked.append({"kind": "append", "field": form["append_field"], "value": form["append_value"]})
    if form.get("replace_field") and form.get("replace_old", ""):
        asked.append({"kind": "replace", "field": form["replace_field"], "old": form["replace_old"],
                      "new": form.get("replace_new", "")})
    try:
        return [Operation(**item) for item in asked], None
    except ConfigurationError as error:
        return [], str(error)


def _page(asset: Asset, values: Mapping[str, str], version: int, *, preview: EditPlan | None, editor: str,
          conflict: str | None = None, status: int = 200) -> tuple[str, int]:
    shown = {name: field_text(asset, name) for name in EDITABLE_FIELDS}
    shown.update(values)
    view = EditView(values=shown, version=version, history=components().catalog.history(asset.id), preview=preview,
                    conflict=conflict, editor=editor)
    return render_template("asset.html", **asset_page_context(asset), edit=view), status


def _back_to_asset(asset_id: str) -> Response:
    # 303: the browser follows with a GET, so a reload never posts the form twice.
    return redirect(url_for("assets.asset_page", asset_id=asset_id) + "#edit", code=303)


@blueprint.app_context_processor
def _batch_limit() -> dict[str, int]:
    return {"batch_limit": BATCH_LIMIT}
