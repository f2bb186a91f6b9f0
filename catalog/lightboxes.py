"""Lightboxes: a named, ordered set of pictures for one story, shared with the desk (docs/lightboxes.md).

A lightbox belongs to the account that made it (its ``owner``) and is shared with the whole
desk: everyone who may search sees it, editors and admins change it. Its pictures are in the
order the desk put them, each with an optional note ("lead picture", "crop left"). What a
lightbox yields for the page is made here, from the assets in that order: the credit lines
(one per picture) and the credit list as CSV rows.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from catalog.asset import Asset
from catalog.errors import ConfigurationError, PhotodeskError
from catalog.spreadsheets import cell_text

NAME_LIMIT = 120  # characters of a lightbox's name: a story's slug or headline
STORY_LIMIT = 2000  # characters of its story (a URL, a slug, a line of description)
NOTE_LIMIT = 2000  # characters of a note on one picture
MEMBER_LIMIT = 1000  # pictures added in one request: the forms carry their ids
# The credit list's columns (batch export from the search page, ``lightbox export --format csv``).
CREDIT_COLUMNS = ("position", "id", "filename", "headline", "credit_line", "agency", "photographers", "source",
                  "copyright", "usage_terms", "restrictions", "note")


class LightboxNameTakenError(ConfigurationError):
    """Another lightbox has this name already (names ignore case)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"a lightbox named {name!r} exists already")
        self.name = name


class UnknownLightboxError(PhotodeskError):
    """No lightbox has this name or id."""

    def __init__(self, wanted: str | int) -> None:
        super().__init__(f"no lightbox {wanted!r} (photodesk lightbox list shows them)")
        self.wanted = wanted


@dataclass(frozen=True, kw_only=True)
class Member:
    """One picture of a lightbox: its place (from 0), its note, who added it and when."""

    asset_id: str
    position: int
    note: str | None = None
    added_by: str | None = None
    added_at: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The member as JSON-ready values."""
        return {"asset_id": self.asset_id, "position": self.position, "note": self.note,
                "added_by": self.added_by, "added_at": self.added_at}


@dataclass(frozen=True, kw_only=True)
class Lightbox:
    """A named set of pictures for one story, in order, owned by one account and shared with the desk."""

    id: int
    name: str
    story: str | None = None
    owner: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    members: tuple[Member, ...] = ()

    @property
    def asset_ids(self) -> list[str]:
        """The pictures' ids in the lightbox's order."""
        return [member.asset_id for member in self.members]

    def note_of(self, asset_id: str) -> str | None:
        """The note on one picture, or None."""
        return next((member.note for member in self.members if member.asset_id == asset_id), None)

    def to_record(self) -> dict[str, Any]:
        """The lightbox as JSON-ready values (``lightbox show --json``, ``export --lightboxes``)."""
        return {"id": self.id, "name": self.name, "story": self.story, "owner": self.owner,
                "created_at": self.created_at, "updated_at": self.updated_at,
                "members": [member.to_record() for member in self.members]}


@dataclass(frozen=True, kw_only=True)
class LightboxSummary:
    """A line of the list of lightboxes: the lightbox without its members, how many it holds and its first few."""

    id: int
    name: str
    story: str | None
    owner: str | None
    created_at: str | None
    updated_at: str | None
    count: int
    first_ids: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """The summary as JSON-ready values (``lightbox list --json``)."""
        return {"id": self.id, "name": self.name, "story": self.story, "owner": self.owner,
                "created_at": self.created_at, "updated_at": self.updated_at, "count": self.count}


def check_name(name: str) -> str:
    """A lightbox name as kept: one line, spaces folded, 1 to ``NAME_LIMIT`` characters; ``ConfigurationError`` else."""
    text = " ".join(_without_controls(name, keep="\t\n").split())
    if not text:
        raise ConfigurationError("a lightbox needs a name (the story it is for)")
    if len(text) > NAME_LIMIT:
        raise ConfigurationError(f"a lightbox name has at most {NAME_LIMIT} characters ({len(text)} given)")
    if text.isdigit():  # ids are numbers: a name that is one would be ambiguous on the command line
        raise ConfigurationError(f"a lightbox name cannot be only digits ({text!r}): lightboxes are also found by id")
    return text


def check_text(text: str | None, *, limit: int, what: str) -> str | None:
    """A story or note as kept: stripped, ``\\r\\n`` as ``\\n``, control characters dropped; None when empty."""
    if text is None:
        return None
    kept = "\n".join(line.rstrip() for line in _without_controls(text, keep="\n").replace("\r\n", "\n").split("\n")).strip()
    if len(kept) > limit:
        raise ConfigurationError(f"a {what} has at most {limit} characters ({len(kept)} given)")
    return kept or None


def _without_controls(text: str, keep: str = "") -> str:
    return "".join(char for char in text.replace("\r\n", "\n")
                   if char in keep or unicodedata.category(char) not in ("Cc", "Cf") or char == "\u200d")


def credit_line_of(asset: Asset) -> str:
    """The line "Copy all credits" gives one picture: its credit line, or a flag naming the file that has none."""
    return asset.credit_line or f"[no credit: {asset.filename}]"


def credit_lines(assets: Iterable[Asset]) -> list[str]:
    """One credit line per picture, in the order given (the lightbox's or the selection's)."""
    return [credit_line_of(asset) for asset in assets]


def credit_rows(assets: Sequence[Asset], notes: dict[str, str | None] | None = None) -> list[dict[str, Any]]:
    """The credit list: one row per picture in the order given, the columns of ``CREDIT_COLUMNS``."""
    notes = notes or {}
    return [{
        "position": number,
        "id": asset.id,
        "filename": asset.filename,
        "headline": asset.headline or "",
        "credit_line": asset.credit_line or "",
        "agency": asset.agency or "",
        "photographers": "; ".join(asset.photographers),
        "source": asset.source or "",
        "copyright": asset.copyright or "",
        "usage_terms": asset.usage_terms or "",
        "restrictions": "; ".join(asset.restrictions),
        "note": notes.get(asset.id) or "",
    } for number, asset in enumerate(assets, 1)]


def credits_csv(assets: Sequence[Asset], notes: dict[str, str | None] | None = None) -> str:
    """The credit list as CSV text: a header row, then one row per picture; no cell starts a formula."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CREDIT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in credit_rows(assets, notes):
        writer.writerow({name: cell_text(str(value)) for name, value in row.items()})
    return out.getvalue()


def placed(order: Sequence[str], wanted: Sequence[str]) -> list[str]:
    """``order`` rearranged: the ids of ``wanted`` that are in it first, in that order, then the rest as they were.

    An id in ``wanted`` that is not in ``order`` is ignored, so a reorder posted from a page
    that missed a picture someone else added keeps that picture (at the end).
    """
    present = set(order)
    first = [asset_id for asset_id in dict.fromkeys(wanted) if asset_id in present]
    chosen = set(first)
    return first + [asset_id for asset_id in order if asset_id not in chosen]


def moved(order: Sequence[str], asset_id: str, to: int) -> list[str]:
    """``order`` with one id moved to place ``to`` (from 0; clamped to the ends). ``KeyError`` when it is not in it."""
    if asset_id not in order:
        raise KeyError(asset_id)
    rest = [other for other in order if other != asset_id]
    to = max(0, min(to, len(rest)))
    return rest[:to] + [asset_id] + rest[to:]
