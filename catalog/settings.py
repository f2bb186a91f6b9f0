"""Settings: where the data lives and the limits that guard imports."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = "photodesk-data"
DEFAULT_MAX_PIXELS = 200_000_000
DEFAULT_MAX_FILE_BYTES = 2 * 1024**3  # 2 GiB: bigger than any press photo, smaller than a video


@dataclass(frozen=True, kw_only=True)
class Settings:
    """One value built by the CLI (flag, then environment, then default) and passed down."""

    data_dir: Path
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES

    @property
    def catalog_path(self) -> Path:
        """The SQLite catalog, the system of record."""
        return self.data_dir / "catalog.sqlite"

    @property
    def index_dir(self) -> Path:
        """Where the Whoosh index generations live."""
        return self.data_dir / "index"

    @property
    def media_dir(self) -> Path:
        """The content-addressed store of originals and derivatives."""
        return self.data_dir / "media"

    @classmethod
    def from_sources(
        cls,
        data_dir: str | os.PathLike | None = None,
        environ: os._Environ | dict | None = None,
        **limits: int,
    ) -> "Settings":
        """Settings from an explicit value, else ``PHOTODESK_DATA``, else ``./photodesk-data``."""
        env = os.environ if environ is None else environ
        chosen = data_dir or env.get("PHOTODESK_DATA") or DEFAULT_DATA_DIR
        return cls(data_dir=Path(chosen).expanduser().resolve(), **limits)
