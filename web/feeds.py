"""A saved search as an Atom feed (RFC 4287): its newest pictures with thumbnail, caption and credit.

Built with ElementTree, which escapes every value; text from files loses the characters
XML 1.0 cannot carry (C0 controls other than tab and newline, lone surrogates, U+FFFE/FFFF),
so a caption with an escape sequence still makes a feed every reader can parse.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from datetime import datetime, timezone

from catalog.asset import Asset
from catalog.saved_searches import SavedSearch

ATOM = "http://www.w3.org/2005/Atom"
MEDIA = "http://search.yahoo.com/mrss/"  # Media RSS: the thumbnail most feed readers show
ET.register_namespace("", ATOM)
ET.register_namespace("media", MEDIA)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def xml_text(value: object) -> str:
    """``value`` as text XML 1.0 can hold."""
    return _NOT_XML.sub("", str(value))


def atom_time(iso: str | None) -> str:
    """An ISO 8601 time as Atom's date-time (RFC 3339, UTC); a time without an offset is UTC (as the catalog
    writes them); the epoch when there is none."""
    moment = _EPOCH
    if iso:
        try:
            moment = datetime.fromisoformat(iso.strip())
        except ValueError:
            moment = _EPOCH
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def atom_feed(search: SavedSearch, assets: Iterable[Asset], *, feed_url: str, search_url: str,
              page_url: Callable[[Asset], str], thumb_url: Callable[[Asset], str]) -> bytes:
    """The Atom document of a saved search: one entry per picture, newest import first.

    ``feed_url`` is the feed's own address without any token: it is the feed's id.
    """
    entries = list(assets)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", feed_url)
    _add(feed, "title", f"Photodesk · {search.name}")
    _add(feed, "subtitle", search.describe())
    _add(feed, "updated", atom_time(max((asset.imported_at or "" for asset in entries), default="")
                                    or search.created_at))
    _link(feed, "self", feed_url, "application/atom+xml")
    _link(feed, "alternate", search_url, "text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _add(author, "name", "Photodesk")
    _add(feed, "generator", "Photodesk")
    for asset in entries:
        _entry(feed, asset, page_url(asset), thumb_url(asset))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(feed: ET.Element, asset: Asset, page: str, thumb: str) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _add(entry, "id", page)
    _add(entry, "title", asset.headline or asset.title or asset.filename)
    _add(entry, "updated", atom_time(asset.imported_at))
    credit = asset.credit_line or ", ".join(asset.creators) or asset.credit
    author = ET.SubElement(entry, f"{{{ATOM}}}author")
    _add(author, "name", credit or "Uncredited")
    _link(entry, "alternate", page, "text/html")
    _link(entry, "enclosure", thumb, "image/jpeg")
    if asset.caption:
        _add(entry, "summary", asset.caption)
    if asset.copyright:
        _add(entry, "rights", asset.copyright)
    # The content repeats thumbnail, caption and credit as HTML for readers that show only it;
    # ElementTree escapes it once more as the element's text (type="html").
    parts = [f'<p><a href="{_escape(page)}"><img src="{_escape(thumb)}" alt=""></a></p>']
    if asset.caption:
        parts.append(f"<p>{_escape(asset.caption)}</p>")
    if credit:
        parts.append(f"<p>Credit: {_escape(credit)}</p>")
    content = _add(entry, "content", "".join(parts))
    content.set("type", "html")
    ET.SubElement(entry, f"{{{MEDIA}}}thumbnail", {"url": thumb})


def _add(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = xml_text(text)
    return element


def _link(parent: ET.Element, rel: str, href: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"rel": rel, "href": href, "type": kind})


def _escape(text: str) -> str:
    return html.escape(xml_text(text), quote=True)
