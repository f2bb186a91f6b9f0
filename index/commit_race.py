"""Opening what a concurrent commit may be replacing.

A Whoosh commit writes its new table of contents and then deletes the previous one and
the segment files no longer used. A reader that listed the folder just before may find a
file gone when it opens it; opening again reads the newer commit (the retry Whoosh's own
``FileIndex.reader`` does).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_ATTEMPTS = 10
_PAUSE_SECONDS = 0.05


def open_despite_commits(opener: Callable[[], T]) -> T:
    """``opener()``, tried again when a file it was opening was deleted by a commit."""
    for attempt in range(_ATTEMPTS):
        try:
            return opener()
        except OSError:  # FileNotFoundError, or a read cut short by the deletion
            if attempt == _ATTEMPTS - 1:
                raise
            time.sleep(_PAUSE_SECONDS)
    raise AssertionError("unreachable")
