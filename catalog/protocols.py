"""The collaborators the ingest driver receives, described as small Protocols.

The CLI and tests pass the real objects (``media`` reader and store, ``index``
search index), so ``catalog`` never imports ``media`` or ``index``.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Protocol

from catalog.asset import Asset


class Indexer(Protocol):
    """The search index as the ingest driver and ``check`` see it."""

    def index(self, assets: Iterable[Asset]) -> None:
        """Add or replace these assets' documents in one batch (one writer, one commit)."""

    def remove(self, ids: Iterable[str]) -> None:
        """Delete these asset ids' documents in one batch."""

    def stamps(self) -> Mapping[str, str]:
        """Every indexed asset id with the ``record_stamp`` it was indexed at (drift checks)."""
