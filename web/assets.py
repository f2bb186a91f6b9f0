"""The asset page (``/assets/<id>``) and its images: thumbnail, preview, original, web-size JPEG.

Images are found only by asset id: the id is looked up in the catalog and the file named
by the asset's sha256 in the media store. Nothing from the URL reaches a file path.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from flask import Blueprint, Response, render_template, request, send_file, url_for
from werkzeug.exceptions import Conflict as ConflictError
from werkzeug.http import dump_options_header

from catalog import activity
from catalog.accounts import EDITOR, VIEWER
from catalog.asset import ASSET_FIELDS, Asset, Conflict
from catalog.errors import ChangedOriginalError
from catalog.paths import safe_download_name
from media.embed import EmbeddedMetadata, embed_in_jpeg
from web.access import actor, has_accounts, require, requires
from web.components import components
from web.errors import is_api_request, not_found
from web.paging import paging_for, search_context
from web.presentation import display_value
from web.rights import decide_now, forbidden_reason, rights_view
from web.security import hidden_record_fields
from web.state import PAGE_SIZE

log = logging.getLogger(__name__)
blueprint = Blueprint("assets", __name__)

NO_PREVIEW = Path(__file__).parent / "static" / "no-preview.svg"
ASSET_ID = re.compile(r"[0-9a-f]{16}")
DERIVED_MAX_AGE = 365 * 24 * 3600  # content-addressed: the bytes behind a URL never change
# Shown elsewhere on the page or internal: left out of the full metadata table.
_TABLE_SKIPS = frozenset({"field_sources", "conflicts", "articles", "warnings"})
_MIMES = {"thumb": "image/jpeg", "preview": "image/jpeg"}
# Values computed at reconcile time rather than read from one field: the table says so.
_DERIVED_FROM = {
    "caption_credit": "derived: caption",
    "agency": "derived: credit line",
    "photographers": "derived: credit line",
    "distributor": "derived: credit line",
    "credit_qualifiers": "derived: credit line",
    "restrictions": "derived: instructions, usage terms",
    "embargo_until": "derived: instructions",
}
_FILE_FIELDS = frozenset({"id", "sha256", "file_size", "filename", "source_path", "format", "mime", "imported_at"})


@dataclass(frozen=True)
class MetadataRow:
    """One line of the full metadata table: the field, its value, its source and any conflict."""

    name: str
    value: str
    source: str | None
    conflict: Conflict | None


def find_asset(asset_id: str) -> Asset:
    """The catalogued asset with this id, or a 404."""
    if not ASSET_ID.fullmatch(asset_id):
        raise not_found()
    asset = components().recent.get_many([asset_id]).get(asset_id)
    if asset is None:
        raise not_found()
    return asset


def metadata_rows(asset: Asset) -> list[MetadataRow]:
    """Every record field with its value, the metadata field it came from and its conflict."""
    conflicts = {conflict.field: conflict for conflict in asset.conflicts}
    skipped = _TABLE_SKIPS | hidden_record_fields()
    rows = []
    for name in ASSET_FIELDS:
        if name in skipped:
            continue
        value = getattr(asset, name)
        if value in (None, (), "") and name not in conflicts:
            continue
        rows.append(
            MetadataRow(
                name=name,
                value=display_value(value),
                source=asset.field_sources.get(name) or _DERIVED_FROM.get(name) or ("file" if name in _FILE_FIELDS else None),
                conflict=conflicts.get(name),
            )
        )
    return rows


def keyword_url(keyword: str) -> str:
    """The search for one keyword (a quoted field query, so multi-word keywords stay whole)."""
    quoted = keyword.replace('"', " ").strip()
    return url_for("search.search_page") + "?" + urlencode({"q": f'keyword:"{quoted}"'})


def web_statement_link(asset: Asset) -> str | None:
    """The web statement as a link target, only when it is an http(s) URL."""
    if not asset.web_statement:
        return None
    parts = urlsplit(asset.web_statement.strip())
    return asset.web_statement.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def place_of(asset: Asset) -> str:
    """Sublocation, city, state and country as one line."""
    parts = [asset.sublocation, asset.city, asset.state, asset.country]
    return ", ".join(part for part in parts if part)


def camera_of(asset: Asset) -> str:
    """Make and model, without repeating the make when the model already starts with it."""
    make, model = asset.camera_make or "", asset.camera_model or ""
    if make and model.lower().startswith(make.split()[0].lower()):
        return model
    return " ".join(part for part in (make, model) if part)


@blueprint.get("/assets/<asset_id>")
@requires(VIEWER)
def asset_page(asset_id: str) -> str:
    """The asset page: preview, caption, licensing panel, details, where used, metadata."""
    return render_template("asset.html", **asset_page_context(find_asset(asset_id)))


def asset_page_context(asset: Asset) -> dict[str, Any]:
    """What ``asset.html`` shows of an asset (the edit form's answers show the page again)."""
    back = request.referrer or ""
    carried = search_context(request.args)
    paging = paging_for(asset.id, *carried, page_size=PAGE_SIZE) if carried else None
    if paging is not None:
        back_url = paging.back_url
    else:
        back_url = back if _is_our_search(back) else url_for("search.search_page")
    return {
        "asset": asset,
        "metadata_rows": metadata_rows(asset),
        "keyword_url": keyword_url,
        "web_statement_url": web_statement_link(asset),
        "place": place_of(asset),
        "camera": camera_of(asset),
        "back_url": back_url,
        "paging": paging,
        "has_preview": components().media.path_for(asset.sha256, "preview").exists(),
        "rights": rights_view(asset),
    }


@blueprint.get("/assets/<asset_id>/thumb", defaults={"rendition": "thumb"}, endpoint="asset_thumb")
@blueprint.get("/assets/<asset_id>/preview", defaults={"rendition": "preview"}, endpoint="asset_preview")
@requires(VIEWER)
def asset_image(asset_id: str, rendition: str) -> Response:
    """One rendition of an asset, with an ETag and long-lived cache headers."""
    asset = find_asset(asset_id)
    path = components().media.path_for(asset.sha256, rendition)
    try:
        stat = path.stat()
    except OSError:
        return _no_preview()
    etag = f"{asset.sha256}-{rendition}-{stat.st_size:x}-{stat.st_mtime_ns:x}"
    if request.if_none_match.contains(etag):
        return _cached_for_ever(_not_modified(etag))
    response = send_file(path, mimetype=_MIMES[rendition], download_name=f"{asset.id}-{rendition}.jpg",
                         conditional=True, etag=etag)
    return _cached_for_ever(response)


@blueprint.get("/assets/<asset_id>/original")
@requires(EDITOR)
def asset_original(asset_id: str) -> Response:
    """The original file (editors: viewers download web sizes only), recorded in the activity log when sent."""
    require(EDITOR)  # again: the download route sends originals through here too
    asset = find_asset(asset_id)
    response = _confirmed(asset) or _original(asset)
    if response.status_code in (200, 206):
        who = actor()
        components().catalog.record_activity(
            who.name, activity.ORIGINAL_DOWNLOAD, asset.id,
            {"filename": asset.filename, "confirmed": request.args.get("confirm") == "yes"}, address=who.address)
    return response


def _confirmed(asset: Asset) -> Response | None:
    """None when the picture may be downloaded; else the 409 that asks to confirm, naming why it is forbidden now.

    A picture forbidden now on the web and in print (killed, embargoed, no channel, …) is
    sent only with ``confirm=yes``: the editor has read the reason (docs/rights.md).
    """
    reason = forbidden_reason(decide_now(asset))
    if reason is None or request.args.get("confirm") == "yes":
        return None
    message = f"This picture may not be published now on the web or in print: {reason}."
    if is_api_request():
        raise ConflictError(description=message)
    page = render_template("download_confirm.html", asset=asset, message=message,
                           confirm_url=request.base_url + "?" + urlencode({**request.args.to_dict(), "confirm": "yes"}))
    response = Response(page, status=409, mimetype="text/html")
    response.cache_control.no_store = True
    return response


def _original(asset: Asset) -> Response:
    """The original file, sent from the very descriptor the media store checked (never re-opened by path).

    A linked original whose file no longer holds the picture is refused (409) with a plain
    reason: its file may now be anything the server can read. The answer depends on the
    picture's rights now, so it is ``private, no-cache``: revalidated (304) at every download.
    """
    etag = f"{asset.sha256}-original"  # content-addressed: no other bytes are ever sent under it
    if request.if_none_match.contains(etag):
        return _revalidated(_not_modified(etag))
    try:
        original = components().media.open_original(asset.sha256, file_size=asset.file_size)
    except ChangedOriginalError as changed:
        log.warning("asset %s: %s", asset.id, changed.reason)
        raise ConflictError(description=f"{changed.reason[0].upper()}{changed.reason[1:]}, so it is not sent. "
                                        "Ask whoever imported it to put the original file back.") from None
    except OSError:
        raise not_found("original file for this photo") from None
    status = os.fstat(original.fileno())
    response = send_file(original, mimetype=asset.mime or "application/octet-stream", as_attachment=True,
                         download_name=download_name(asset), conditional=False, etag=etag, last_modified=status.st_mtime)
    response.content_length = status.st_size
    try:  # what send_file does for a path: answer If-Modified-Since and Range requests
        response.make_conditional(request.environ, accept_ranges=True, complete_length=status.st_size)
    except Exception:
        response.close()
        raise
    return _revalidated(response)


def _not_modified(etag: str) -> Response:
    """A 304, answered without opening the file: the browser already holds these bytes."""
    response = Response(status=304)
    response.set_etag(etag)
    return response


def _cached_for_ever(response: Response) -> Response:
    response.cache_control.max_age = DERIVED_MAX_AGE
    # With accounts, only the browser that logged in may keep a copy, never a shared cache.
    if has_accounts():
        response.cache_control.private = True
    else:
        response.cache_control.public = True
    response.cache_control.immutable = True
    return response


def _revalidated(response: Response) -> Response:
    # Rights change with time (an embargo, a kill): every download is asked again.
    response.cache_control.public = False
    response.cache_control.max_age = None
    response.cache_control.private = True
    response.cache_control.no_cache = True
    return response


def _no_preview() -> Response:
    """The placeholder for a picture without derivatives (a format we cannot decode)."""
    response = send_file(NO_PREVIEW, mimetype="image/svg+xml", conditional=False, etag=False)
    response.cache_control.no_cache = True  # a repair may make the real one later
    response.cache_control.max_age = None
    return response


@blueprint.get("/assets/<asset_id>/download")
@requires(VIEWER)
def asset_download(asset_id: str) -> Response:
    """A download: ``size=web`` is a JPEG carrying caption, credit and copyright; else the original."""
    size = request.args.get("size", "web")
    if size == "original":
        return asset_original(asset_id)
    if size != "web":
        raise not_found("download size")
    asset = find_asset(asset_id)
    return _confirmed(asset) or _web_jpeg(asset)


def _web_jpeg(asset: Asset) -> Response:
    media = components().media
    try:
        preview = media.path_for(asset.sha256, "preview").read_bytes()
    except OSError:
        raise not_found("web-size picture for this photo") from None
    data = embed_in_jpeg(preview, EmbeddedMetadata.from_asset(asset))
    response = Response(data, mimetype="image/jpeg")
    response.headers["Content-Disposition"] = attachment(download_name(asset, "-web.jpg"))
    response.cache_control.private = True
    response.cache_control.max_age = 0
    return response


def download_name(asset: Asset, ending: str = "") -> str:
    """The name a download of ``asset`` is saved under (``catalog.paths.download_name``)."""
    return safe_download_name(asset.filename, f"photo-{asset.id}", ending)


def attachment(name: str) -> str:
    """A Content-Disposition header saving the answer under ``name`` (an ASCII fallback and the UTF-8 name)."""
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_")
    return dump_options_header("attachment", {"filename": ascii_name, "filename*": f"UTF-8''{quote(name)}"})


def _is_our_search(url: str) -> bool:
    parts = urlsplit(url)
    return parts.netloc == request.host and parts.path in ("/", "/search")


def asset_links(asset: Asset) -> dict[str, Any]:
    """The URLs of an asset's page and images (for the JSON API)."""
    return {
        "page": url_for("assets.asset_page", asset_id=asset.id),
        "thumb": url_for("assets.asset_thumb", asset_id=asset.id),
        "preview": url_for("assets.asset_preview", asset_id=asset.id),
        "original": url_for("assets.asset_original", asset_id=asset.id),
        "web_download": url_for("assets.asset_download", asset_id=asset.id, size="web"),
    }
