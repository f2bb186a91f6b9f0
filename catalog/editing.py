"""The desk's edits: corrected captions and credits laid over the file's metadata (docs/editing.md).

An edit never changes the file. The catalog keeps the file's own record and the desk's
values for the editable fields; the asset everyone sees is the file's record with the
desk's values on top, its credit line, agency, photographers and restrictions derived
again from them by the import's own rules (``attribute_asset``). Each save of one asset
is one numbered version: a save made on an older version is refused (``EditConflictError``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from catalog.asset import Asset
from catalog.credits.attribution import attribute_asset
from catalog.errors import ConfigurationError, PhotodeskError

# The fields an editor may correct (issue 17), in the order a form shows them.
EDITABLE_FIELDS: tuple[str, ...] = (
    "caption", "headline", "credit", "creators", "keywords", "city", "state", "country",
    "special_instructions", "usage_terms", "copyright",
)
LIST_FIELDS = frozenset({"creators", "keywords"})
# A list typed as one line (CLI, batch form): items separated by ";", as IPTC tools print them.
LIST_SEPARATOR = ";"

Value = str | tuple[str, ...] | None


class EditConflictError(PhotodeskError):
    """A save based on an older version of the asset: someone else saved since (review, then save again)."""

    def __init__(self, asset_id: str, *, version: int, user: str | None, at: str | None) -> None:
        self.asset_id, self.version, self.user, self.at = asset_id, version, user, at
        super().__init__(f"{asset_id} was changed by {user or 'someone'} at {at or 'an unknown time'} "
                         f"(now version {version}); review the changes and save again")


@dataclass(frozen=True, kw_only=True)
class DeskValue:
    """One field's value as the desk set it, with who set it."""

    value: Value
    user: str


@dataclass(frozen=True, kw_only=True)
class Operation:
    """One change asked of a field: ``set`` a value, ``append`` to it, or ``replace`` text in it."""

    kind: str  # "set" | "append" | "replace"
    field: str
    value: Value = None  # set, append
    old: str = ""  # replace: the text to find (exactly, case and all)
    new: str = ""  # replace: what it becomes

    def __post_init__(self) -> None:
        check_field(self.field)
        if self.kind not in ("set", "append", "replace"):
            raise ConfigurationError(f"unknown edit {self.kind!r} (set, append or replace)")
        if self.kind == "replace" and not self.old:
            raise ConfigurationError(f"replace in {self.field}: the text to find is empty")

    def apply(self, current: Value) -> Value:
        """The field's value after this operation, from its ``current`` value."""
        if self.kind == "set":
            return normalise(self.field, self.value)
        if self.kind == "append":
            return _appended(self.field, current, self.value)
        return _replaced(self.field, current, self.old, self.new)


@dataclass(frozen=True, kw_only=True)
class Change:
    """One field changed by one save: its value before and after (what history shows)."""

    field: str
    old: Value
    new: Value
    restored: bool = False  # True: the desk's value was removed, the file's value shows again

    def to_record(self) -> dict[str, Any]:
        """``{"field", "old", "new"}`` with lists as JSON lists."""
        return {"field": self.field, "old": _plain(self.old), "new": _plain(self.new)}


@dataclass(frozen=True, kw_only=True)
class HistoryEntry:
    """One field changed by one save, as history lists it."""

    edit: int  # the asset's version this save made (``revert --to EDIT``)
    at: str  # UTC, ISO 8601
    user: str
    field: str
    old: Value
    new: Value
    restored: bool = False

    def to_record(self) -> dict[str, Any]:
        """``{"at", "user", "field", "old", "new", "edit"}`` (``photodesk history --json``)."""
        return {"at": self.at, "user": self.user, "field": self.field, "old": _plain(self.old),
                "new": _plain(self.new), "edit": self.edit}


@dataclass(frozen=True, kw_only=True)
class Saved:
    """What one save did to one asset: the asset as now shown, its version, and the changes (none: nothing saved)."""

    asset: Asset
    version: int
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True, kw_only=True)
class EditPlan:
    """A save not yet made: one asset before and after ``changes`` (a preview), on top of ``version``."""

    before: Asset
    after: Asset
    changes: Mapping[str, Value]
    version: int

    @property
    def asset_id(self) -> str:
        """The asset's id."""
        return self.before.id

    def to_record(self) -> dict[str, Any]:
        """The preview as JSON-ready values: each change, and the credit fields as they would be derived."""
        return {
            "id": self.asset_id, "version": self.version,
            "changes": [Change(field=name, old=getattr(self.before, name), new=value).to_record()
                        for name, value in self.changes.items()],
            **{name: _plain(getattr(self.after, name)) for name in DERIVED_SHOWN},
        }


# What an editor checks after changing a caption or credit: derived again, shown before saving.
DERIVED_SHOWN = ("credit_line", "agency", "photographers", "restrictions")


def layer_at(history: Iterable[HistoryEntry], *, edit: int | None = None, at: datetime | None = None
             ) -> dict[str, DeskValue]:
    """The desk's values as they stood after save number ``edit``, or at the time ``at`` (0 / before any: none)."""
    layer: dict[str, DeskValue] = {}
    for entry in sorted(history, key=lambda found: found.edit):
        if edit is not None and entry.edit > edit:
            break
        if at is not None and _instant(entry.at) > at:
            break
        if entry.restored:
            layer.pop(entry.field, None)
        else:
            layer[entry.field] = DeskValue(value=entry.new, user=entry.user)
    return layer


def parse_revert_target(text: str) -> int | datetime:
    """``revert --to``: a save's number (``3``; ``0`` is the file's values), or a time (ISO 8601; UTC unless it says)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        return _instant(text)
    except ValueError:
        raise ConfigurationError(f"--to {text!r}: expected an edit number from history or an ISO 8601 time") from None


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def check_field(name: str) -> str:
    """``name`` when it is an editable field; a ``ConfigurationError`` naming the fields otherwise."""
    if name not in EDITABLE_FIELDS:
        raise ConfigurationError(f"{name!r} cannot be edited; editable fields: {', '.join(EDITABLE_FIELDS)}")
    return name


def normalise(field: str, value: object) -> Value:
    """A value as the record keeps it: text stripped (empty → None, CRLF → LF), lists as tuples of items."""
    if field in LIST_FIELDS:
        if value is None:
            return ()
        items = value.split(LIST_SEPARATOR) if isinstance(value, str) else list(value)  # type: ignore[arg-type]
        return tuple(dict.fromkeys(text for text in (_clean(item) for item in items) if text))
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(value)
    return _clean(value)


def parse_assignment(text: str) -> tuple[str, str]:
    """``FIELD=VALUE`` (CLI ``--set`` and ``--append``) as ``(field, value)``; the value may be empty."""
    field, sign, value = text.partition("=")
    if not sign:
        raise ConfigurationError(f"{text!r}: expected FIELD=VALUE")
    return check_field(field.strip()), value


def plan(asset: Asset, operations: Iterable[Operation]) -> dict[str, Value]:
    """The fields ``operations`` change on ``asset`` (its values as shown), with their new values."""
    values = {name: getattr(asset, name) for name in EDITABLE_FIELDS}
    for operation in operations:
        values[operation.field] = operation.apply(values[operation.field])
    return {name: value for name, value in values.items() if value != getattr(asset, name)}


def apply_layer(file_asset: Asset, layer: Mapping[str, DeskValue]) -> Asset:
    """The asset as the desk shows it: the file's record, the desk's values on top, credits derived again.

    ``field_sources`` names the editor of each edited field ("edited by NAME"); the credit
    fields and restrictions are derived from the shown values exactly as at import.
    """
    if not layer:
        return file_asset
    values = {name: desk.value for name, desk in layer.items() if name in EDITABLE_FIELDS}
    sources = dict(file_asset.field_sources)
    sources.update({name: edited_by(desk.user) for name, desk in layer.items() if name in EDITABLE_FIELDS})
    return attribute_asset(dataclasses.replace(file_asset, **values, field_sources=sources))


def edited_by(user: str) -> str:
    """The ``field_sources`` entry of a field the desk edited."""
    return f"edited by {user}"


def next_layer(file_asset: Asset, layer: Mapping[str, DeskValue], changes: Mapping[str, Value],
               user: str) -> dict[str, DeskValue]:
    """The desk's values after ``changes``: a field set back to the file's own value is no longer edited."""
    result = dict(layer)
    for name, value in changes.items():
        if value == getattr(file_asset, name):
            result.pop(name, None)
        else:
            result[name] = DeskValue(value=value, user=user)
    return result


def check_user(user: str | None) -> str:
    """The editor's name, stripped; a ``ConfigurationError`` when there is none."""
    name = (user or "").strip()
    if not name or any(ord(char) < 32 for char in name):
        raise ConfigurationError("an edit needs the editor's name (--user NAME), one line of text")
    return name


def _appended(field: str, current: Value, value: Value) -> Value:
    if field in LIST_FIELDS:
        return normalise(field, (*(current or ()), *normalise(field, value)))  # type: ignore[misc]
    addition = normalise(field, value)
    if not addition:
        return current
    if not current:
        return addition
    return f"{current} {addition}"


def _replaced(field: str, current: Value, old: str, new: str) -> Value:
    if field in LIST_FIELDS:
        return normalise(field, [item.replace(old, new) for item in current or ()])
    return normalise(field, current.replace(old, new)) if current else current


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\r\n?", "\n", str(value)).replace("\x00", "").strip()
    return text or None


def _plain(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value
