"""Intake in the web (editors): upload pictures from the browser, and what came in lately (docs/intake.md).

With script, an upload is one file per request, its bytes the request body (``POST
/api/uploads?name=…``): the page's script sends each file on its own, so each shows its own
progress and result. Without script, the upload page's form posts its files together
(``POST /upload``, multipart/form-data), read part by part (``web.streamed_form``), and answers
with a redirect (303) to its results' own page, which a reload shows again without sending the
files again (``catalog.store.upload_results``). Either body
is refused before anything is read when its declared length is over the file-size limit, and
written to the data directory's uploads folder a chunk at a time otherwise (never whole in
memory); then it goes through the same import as any other file.
"""

from __future__ import annotations

import shutil
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    redirect,
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
from web.security import CSRF_FIELD, checks_csrf_itself, verify_csrf
from web.streamed_form import StreamedForm

blueprint = Blueprint("intake", __name__)
RECENT_FAILURES = 200  # failures listed on the status page, newest first
FORM_OVERHEAD = 64 * 1024  # a form's boundaries, part headers and token around its files' bytes
FORM_FILES = 500  # files one posted form may carry (a part each, besides the token)


def upload_body_limit(max_file_bytes: int) -> int:
    """The largest request body an upload may send: one file's limit, plus a form's own bytes."""
    return max_file_bytes + FORM_OVERHEAD


def _settings() -> Any:
    return current_app.config["PHOTODESK_SETTINGS"]


def _megabytes(size: int) -> str:
    return f"{size / 2**20:g} MB"


@blueprint.get("/upload")
@requires(EDITOR)
def upload_page() -> str:
    """The upload page: choose or drop many pictures; each is sent and imported on its own."""
    return render_template("upload.html")


@blueprint.post("/upload")
@requires(EDITOR)
@checks_csrf_itself
def upload_form() -> Response | tuple[str, int, dict[str, str]]:
    """The upload page's form, posted without script: its files received and imported together; on to their results.

    The files of one form share the file-size limit (with ``FORM_OVERHEAD`` for the form's
    own bytes), the limit of the server's request bodies. The CSRF token must be the form's
    first part: no file is kept before it is checked.
    """
    max_file_bytes = _settings().max_file_bytes
    limit = upload_body_limit(max_file_bytes)
    length = request.content_length
    if length is None and not request.environ.get("wsgi.input_terminated"):
        raise LengthRequired(description="Send the form with its length (Content-Length).")
    too_large = (f"{{}} larger than the {_megabytes(max_file_bytes)} limit of one upload (all its files together): "
                 "nothing was kept. Upload fewer files at once.")
    if length is not None and length > limit:  # refused from the declared length: not one byte of it is read
        return _upload_page(problem=too_large.format(f"{_megabytes(length)} is"), status=413)
    request.max_content_length = limit + 1  # Werkzeug lets one byte more through: our own count sees the overrun
    form = StreamedForm(request.stream, request.content_type, limit=limit, max_parts=FORM_FILES + 1)
    try:
        received = _receive_form_files(form, max_file_bytes)
    except RequestEntityTooLarge:
        return _upload_page(problem=too_large.format("The files are"), status=413)
    paths = [path for _, path in received if isinstance(path, Path)]
    if not received:
        return _upload_page(problem="Choose at least one picture to upload.", status=400)
    imported = components().desk.import_uploads(paths, actor=actor()) if paths else []
    outcomes = {outcome.path: outcome for outcome in imported}
    results = [upload_result(outcomes[str(found)], name) if isinstance(found, Path) else found
               for name, found in received]
    # Post/Redirect/Get: the results are kept and shown by a page of their own, which a reload asks
    # for again without sending the files again.
    result_id = components().catalog.save_upload_results(_uploader(), results, at=now())
    return redirect(url_for("intake.upload_results_page", result_id=result_id), 303)


@blueprint.get("/upload/results/<result_id>")
@requires(EDITOR)
def upload_results_page(result_id: str) -> tuple[str, int, dict[str, str]]:
    """The results of one upload form, as it was posted (for its uploader, for a day); the form for more below."""
    results = components().catalog.upload_results(result_id, _uploader(), at=now())
    if results is None:
        return _upload_page(problem="These upload results are not kept any more (they are for a day, and only for "
                                    "whoever uploaded). What came in is on the intake page.", status=404)
    return _upload_page(results=results, status=200)


def _uploader() -> str:
    """Whose upload results these are: the account's name, or '' when the catalog has no accounts."""
    return actor().name or ""


def _receive_form_files(form: StreamedForm, limit: int) -> list[tuple[str, Path | dict[str, Any]]]:
    """Each file of the form by name: the path it was written to, or its refusal; the token checked first.

    Whatever was received is removed when the form fails (forged, malformed, too large).
    """
    received: list[tuple[str, Path | dict[str, Any]]] = []
    checked = False
    try:
        for part in form.parts():
            if part.filename is None:
                if part.name == CSRF_FIELD and not checked:
                    verify_csrf(part.value())
                    checked = True
                continue
            if not checked:
                verify_csrf(None)  # a file before the token: refused before any of it is kept
                checked = True  # an API token needs none
            if not part.filename:
                continue  # the empty part a browser sends when no file was chosen
            name = upload_name(part.filename)
            try:
                received.append((name, receive_upload(part, name, _settings().uploads_dir, limit=limit)))
            except FileProblem as problem:
                received.append((name, refusal(name, problem.reason)))
        if not checked:
            verify_csrf(None)
    except BaseException:
        for _, found in received:
            if isinstance(found, Path):
                shutil.rmtree(found.parent, ignore_errors=True)
        raise
    return received


def _upload_page(*, results: list[dict[str, Any]] | None = None, problem: str | None = None,
                 status: int) -> tuple[str, int, dict[str, str]]:
    # A refused body may be unread: the connection cannot carry another request.
    headers = {"Connection": "close"} if status == 413 else {}
    return render_template("upload.html", results=results or [], problem=problem), status, headers


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
    response = jsonify(refusal(name, reason))
    response.headers["Connection"] = "close"  # the rest of the body is never read
    return response, status


def refusal(name: str, reason: str) -> dict[str, Any]:
    """What the uploader sees of a file refused before its import (too large): its name and why."""
    return {"file": name, "status": Status.FAILED.value, "reason": reason, "warnings": [], "missing": []}


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
