"""Where the shared corpus is: ``PHOTODESK_CORPUS``, else ``../shared/corpus`` beside the project.

Parametrised tests need it at collection time, before any fixture runs.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def corpus_location() -> Path:
    """The corpus folder (it may not exist: tests that need it skip with the reason)."""
    return Path(os.environ.get("PHOTODESK_CORPUS") or PROJECT_DIR.parent / "shared" / "corpus")
