"""Kill notices: a supplier withdrew a picture; it may not be used anywhere, and its uses must be fixed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Kill:
    """One kill notice as the catalog records it."""

    asset_id: str
    reason: str
    killed_at: str  # ISO 8601, UTC
    killed_by: str | None = None  # who recorded it, once accounts exist

    def to_record(self) -> dict[str, Any]:
        """The kill as JSON shows it."""
        return {"reason": self.reason, "killed_at": self.killed_at, "killed_by": self.killed_by}
