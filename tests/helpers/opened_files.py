"""The files this test process opens, seen by Python's own audit hook (not a mock): ``opened_files``."""

from __future__ import annotations

import os
import sys

import pytest


class OpenedFiles:
    """Paths this process opens while ``recording`` (Python's own audit hook, not a mock)."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.recording = False
        sys.addaudithook(self._hook)  # hooks cannot be removed: it stays, idle, for the session

    def _hook(self, event: str, args: tuple) -> None:
        if self.recording and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            self.paths.append(os.fsdecode(args[0]))


@pytest.fixture(scope="session")
def opened_files() -> OpenedFiles:
    """One audit hook for the session; set ``recording`` around what is watched, clear ``paths`` before."""
    return OpenedFiles()
