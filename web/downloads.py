"""Downloads of many pictures at once (a lightbox, a selection of results): a streamed zip, the credit list.

The zip is written while it is sent (``media.archive.zip_stream``): the server holds one
chunk, never the archive or a temporary file of it. Its exact length is worked out first
(``media.archive.zip_length``: each JPEG's head is read, nothing else) and sent as
``Content-Length``, so the browser shows how much is left. Each picture carries its caption and
credit the way the single download embeds them (``media.embed``; the desk's corrections
included, as the record shows them). ``size=web`` sends the web-size JPEGs, which every
account may download; ``size=original`` the originals, editors only, each recorded in the
activity log as ``original_download``.

A picture forbidden now on the web and in print (killed, embargoed, no channel: the rule of
the single download, docs/rights.md) is left out unless the request says ``confirm=yes``;
the zip then holds ``left-out.txt`` naming each picture left out and why. A picture whose
file is missing or changed is left out and listed the same way.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence

from flask import Response, request
from werkzeug.exceptions import BadRequest

from catalog.accounts import EDITOR
from catalog.asset import Asset
from catalog.lightboxes import credits_csv
from media.archive import SIZES, picture_archive, sized, zip_length, zip_stream
from web.access import actor, require
from web.assets import attachment
from web.components import components


def asked_size() -> str:
    """The size the request asks for (``size``: web or original; default web); originals need an editor."""
    size = request.values.get("size", "web")
    if size not in SIZES:
        raise BadRequest(description=f"Unknown download size {size!r}: choose web or original.")
    if size == "original":
        require(EDITOR)
    return size


def zip_response(assets: Sequence[Asset], *, archive_name: str, size: str) -> Response:
    """The zip of ``assets`` in that order, streamed; pictures forbidden now left out unless ``confirm=yes``."""
    confirmed = request.values.get("confirm") == "yes"
    desk = components().desk
    archive = picture_archive(assets, desk.media, size=size, leave_out={} if confirmed else desk.forbidden_now(assets))
    if size == "original":
        desk.record_originals_sent(archive.sent, actor=actor(), details={"zip": archive_name, "confirmed": confirmed})
    entries = sized(archive.entries)
    response = Response(zip_stream(entries or archive.entries, modified=datetime.now(timezone.utc)),
                        mimetype="application/zip", direct_passthrough=True)
    if entries is not None:
        response.content_length = zip_length(entries)
    response.headers["Content-Disposition"] = attachment(archive_name)
    response.headers["X-Photodesk-Pictures"] = str(len(archive.sent))
    response.headers["X-Photodesk-Left-Out"] = str(len(archive.left_out))
    response.cache_control.private = True
    response.cache_control.no_store = True
    return response


def credits_csv_response(assets: Sequence[Asset], *, filename: str, notes: dict[str, str | None] | None = None) -> Response:
    """The credit list of ``assets`` in that order as a CSV attachment (columns ``catalog.lightboxes.CREDIT_COLUMNS``)."""
    response = Response("\ufeff" + credits_csv(assets, notes), mimetype="text/csv")  # the BOM: Excel reads UTF-8
    response.headers["Content-Disposition"] = attachment(filename)
    response.cache_control.private = True
    response.cache_control.no_store = True
    return response
