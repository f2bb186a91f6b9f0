"""Intake in the web (editors): upload pictures from the browser, and what came in lately (docs/intake.md).

An upload is one file per request, its bytes the request body (``POST /api/uploads?name=…``):
the page's script sends each file on its own, so each shows its own progress and result.
The body is refused before anything is read when its declared length is over the file-size
limit, and written to the data directory's uploads folder a chunk at a time otherwise (never
whole in memory); then it goes through the same import as any other file.
"""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    render_template,
    request,
    url_for,
)
from werkzeug.exceptions import HTTPException, LengthRequired, RequestEntityTooLarge

from catalog.accounts import ADMIN, EDITOR
from catalog.errors import FileProblem
from catalog.ingest import Outcome, Status
from catalog.intake import receive_upload, upload_name
from web.access import actor, can, has_accounts, now, requires
from web.components import components

blueprint = Blueprint("intake", __name__)
RECENT_FAILURES = 200  # failures listed on the status page, newest first


def _settings() -> Any:
    return current_app.config["PHOTODESK_SETTINGS"]


def _megabytes(size: int) -> str:
    return f"{size / 2**20:g} MB"


@blueprint.get("/upload")
@requires(EDITOR)
def upload_page() -> str:
    """The upload page: choose or drop many pictures; each is sent and imported on its own."""
    return render_template("upload.html")


@blueprint.post("/api/uploads")
@requires(EDITOR)
def upload_file() -> tuple[Response, int]:
    """Receive one picture (the request body; ``name`` its file name) and import it; its result as JSON."""
    limit = _settings().max_file_bytes
    name = upload_name(request.args.get("name"))
    length = request.content_length
    if length is None and not request.environ.get("wsgi.input_terminated"):
        raise LengthRequired(description="Send the file with its length (Content-Length).")
    if length is not None and length > limit:
        # Refused from the declared length: not one byte of the body is read.
        return _refused(name, f"{_megabytes(length)} is larger than the {_megabytes(limit)} file-size limit", 413)
    # One byte more than the limit gets through Werkzeug, so that our own count sees the body run over.
    request.max_content_length = limit + 1
    try:
        path = receive_upload(request.stream, name, _settings().uploads_dir, limit=limit)
    except FileProblem as problem:
        return _refused(name, problem.reason, 413)
    except HTTPException as error:  # the body ended early or ran past the limit Werkzeug enforces
        if isinstance(error, RequestEntityTooLarge):
            return _refused(name, f"larger than the {_megabytes(limit)} file-size limit", 413)
        raise
    [outcome] = components().desk.import_uploads([path], actor=actor())
    result = upload_result(outcome, name)
    return jsonify(result), 200 if outcome.status is not Status.FAILED else 422


def _refused(name: str, reason: str, status: int) -> tuple[Response, int]:
    response = jsonify(file=name, status=Status.FAILED.value, reason=reason, warnings=[], missing=[])
    response.headers["Connection"] = "close"  # the rest of the body is never read
    return response, status


def upload_result(outcome: Outcome, name: str) -> dict[str, Any]:
    """What the uploader sees of one file: its status, link, warnings, and what it lacks (credit, caption)."""
    result: dict[str, Any] = {"file": name, "status": outcome.status.value, "reason": outcome.reason,
                              "warnings": list(outcome.warnings), "missing": []}
    if outcome.asset_id is None or outcome.status is Status.FAILED:
        return result
    asset = components().catalog.get(outcome.asset_id)
    result.update(asset_id=outcome.asset_id, url=url_for("assets.asset_page", asset_id=outcome.asset_id))
    if asset is not None:
        result["missing"] = [label for label, value in (("credit", asset.credit_line), ("caption", asset.caption))
                             if not value]
        if result["missing"]:
            result["edit_url"] = url_for("assets.asset_page", asset_id=outcome.asset_id, _anchor="edit")
    return result


@blueprint.get("/intake")
@requires(EDITOR)
def intake_page() -> str:
    """What came in during the last hour and day, per watched folder and uploader, and what failed and why."""
    catalog = components().catalog
    moment = now().astimezone(timezone.utc).replace(microsecond=0)
    # As the intake table writes its times (catalog.store.now_iso), so that they compare as text.
    hour, day = (moment - timedelta(hours=1)).isoformat(), (moment - timedelta(days=1)).isoformat()
    counts = {"hour": {c.origin: c for c in catalog.intake_counts(hour)},
              "day": {c.origin: c for c in catalog.intake_counts(day)}}
    origins = sorted(counts["day"])
    failures = catalog.intake_entries(since=day, status=Status.FAILED.value, limit=RECENT_FAILURES)
    recent = catalog.intake_entries(since=day, status=Status.IMPORTED.value, limit=50)
    return render_template("intake.html", origins=origins, counts=counts, failures=failures, recent=recent,
                           show_paths=has_accounts() and can(ADMIN), origin_label=origin_label, file_name=file_name)


def origin_label(origin: str, full: bool) -> str:
    """A watched folder or an uploader as the page names it: the folder's last part unless ``full`` (admins)."""
    kind, _, value = origin.partition(":")
    if kind == "upload":
        return f"upload by {value}"
    return f"folder {value if full else (Path(value).name or value)}"


def file_name(path: str) -> str:
    """The file's own name, without the server's folders (admins with accounts see whole paths)."""
    return Path(path).name
