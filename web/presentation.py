"""How values look on the page: Jinja filters for dates, sizes, restriction badges and boxes.

Presentation only: derived values (credit line, agency, restrictions) come from the
``Asset`` as reconciled; nothing here recomputes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from flask import Flask, g, request

from catalog.asset import Asset
from media.derivatives import RENDITION_SIZES, fit_box

_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$")
THUMB_BOX = RENDITION_SIZES["thumb"]
PREVIEW_BOX = RENDITION_SIZES["preview"]

# Restriction flag (catalog.restrictions.FLAGS) -> (badge text, what it means for the editor).
RESTRICTIONS: Mapping[str, tuple[str, str]] = {
    "editorial-only": ("Editorial only", "News and editorial use only: no advertising or promotion."),
    "mandatory-credit": ("Mandatory credit", "The credit line must be printed with the picture."),
    "embargoed": ("Embargoed", "Do not publish before the embargo ends."),
    "no-sales": ("No sales", "May not be sold or licensed on."),
    "no-archive": ("No archive", "Do not keep in archives after use."),
    "no-magazines": ("No magazines", "Not for use in magazines."),
    "no-newspapers": ("No newspapers", "Not for use in newspapers."),
    "no-tv": ("No TV", "Not for television use."),
    "no-internet": ("No internet", "Not for use online."),
    "no-social": ("No social media", "Not for use on social media."),
    "territory-restricted": ("Territory restricted", "Not for use in some countries: read the special instructions."),
    "handout-limited": ("Handout, limited", "Handout picture for a limited purpose or time: read the special instructions."),
}


def restriction_label(flag: str) -> str:
    """The badge text for a restriction flag (unknown flags are shown as written)."""
    known = RESTRICTIONS.get(flag)
    return known[0] if known else flag.replace("-", " ").capitalize()


def restriction_help(flag: str) -> str:
    """A one-line explanation of a restriction flag for the badge's tooltip."""
    known = RESTRICTIONS.get(flag)
    return known[1] if known else "Restriction noted in the file."


def display_date(iso: str | None) -> str:
    """An ISO 8601 date or date-time as an editor reads it, keeping the file's precision."""
    if not iso:
        return ""
    found = _DATE_TIME.match(iso.strip())
    if not found:
        return iso.strip()  # "2017", "2017-03", "2017-03-21" or something odd: shown as written
    day, clock, seconds, zone = found.groups()
    shown = f"{day} {clock}:{seconds}" if seconds and seconds != "00" else f"{day} {clock}"
    if zone in ("Z", "+00:00", "+0000", "-00:00"):
        return shown + " UTC"
    if zone:
        return f"{shown} {zone[:3]}:{zone[-2:]}"
    return shown


def filesize(size: int | None) -> str:
    """A byte count as KB/MB with one decimal."""
    if size is None:
        return "—"
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def fitted(asset: Asset, longest: int) -> tuple[int, int]:
    """The displayed size of an asset's rendition whose longest side is ``longest``."""
    if not asset.width or not asset.height:
        return longest, longest * 3 // 4
    return fit_box((asset.width, asset.height), longest)


def display_value(value: Any) -> str:
    """A record value as text: lists joined, mappings as ``key: value``, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(display_value(item) for item in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {display_value(item)}" for key, item in value.items())
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def asset_url(asset_id: str, part: str = "") -> str:
    """``/assets/<id>`` or ``/assets/<id>/<part>``: built by hand because a search page
    needs ~150 of them and ``url_for`` was a third of its rendering time."""
    return f"{request.script_root}/assets/{asset_id}/{part}" if part else f"{request.script_root}/assets/{asset_id}"


def embargo_lifted(asset: Any) -> bool:
    """True when the picture's embargo names its end and that end has passed (an embargo that lifted is history)."""
    if not asset.embargo_until:
        return False
    from catalog.rights.times import instant, now
    from web.components import components

    zone = getattr(g, "desk_zone", None)
    if zone is None:
        zone = g.desk_zone = components().desk.catalog.desk_rules().zone
    lifts = instant(asset.embargo_until, zone)
    return lifts is not None and lifts <= now()


def install_presentation(app: Flask) -> None:
    """Register the filters and constants the templates use."""
    app.jinja_env.filters.update(
        restriction_label=restriction_label,
        restriction_help=restriction_help,
        display_date=display_date,
        filesize=filesize,
        fitted=fitted,
        display_value=display_value,
    )
    app.jinja_env.globals.update(
        asset_url=asset_url,
        embargo_lifted=embargo_lifted,
        THUMB_BOX=THUMB_BOX,
        PREVIEW_BOX=PREVIEW_BOX,
        KNOWN_RESTRICTIONS=frozenset(RESTRICTIONS),
    )
