"""Settings: where the data lives and the limits that guard imports."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from catalog.errors import ConfigurationError

DEFAULT_DATA_DIR = "photodesk-data"
UPLOADS_DIR = "uploads"  # in the data directory: files received from the browser, until imported
DEFAULT_MAX_PIXELS = 200_000_000
DEFAULT_MAX_FILE_BYTES = 2 * 1024**3  # 2 GiB: bigger than any press photo, smaller than a video
# Seconds for fetching an article's page and images: a long gallery on a slow site takes ~10 s.
DEFAULT_ARTICLE_DEADLINE = 30.0
# Each reading holds a web server thread until it ends; the others keep serving searches.
DEFAULT_ARTICLE_READS = 2
# Minutes a login session may stay unused before it ends (docs/accounts.md): a desk shift's lunch break.
DEFAULT_SESSION_IDLE_MINUTES = 60.0


@dataclass(frozen=True, kw_only=True)
class Settings:
    """One value built by the CLI (flag, then environment, then default) and passed down."""

    data_dir: Path
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    article_deadline: float = DEFAULT_ARTICLE_DEADLINE  # seconds for reading one article, images included
    article_reads: int = DEFAULT_ARTICLE_READS  # articles one web server process reads at once
    session_idle_minutes: float = DEFAULT_SESSION_IDLE_MINUTES  # a login session unused this long ends

    @property
    def catalog_path(self) -> Path:
        """The SQLite catalog, the system of record."""
        return self.data_dir / "catalog.sqlite"

    @property
    def index_dir(self) -> Path:
        """Where the Whoosh index generations live."""
        return self.data_dir / "index"

    @property
    def uploads_dir(self) -> Path:
        """Where files uploaded from the browser wait to be imported (the one folder of ours the import reads)."""
        return self.data_dir / UPLOADS_DIR

    @property
    def media_dir(self) -> Path:
        """The content-addressed store of originals and derivatives."""
        return self.data_dir / "media"

    @classmethod
    def from_sources(
        cls,
        data_dir: str | os.PathLike | None = None,
        environ: os._Environ | dict | None = None,
        *,
        max_megapixels: float | None = None,
        max_file_mb: float | None = None,
        article_deadline: float | None = None,
        session_idle_minutes: float | None = None,
    ) -> "Settings":
        """Each value from its argument, else its environment variable, else the default.

        ``PHOTODESK_DATA`` (default ``./photodesk-data``), ``PHOTODESK_MAX_MEGAPIXELS``
        (200), ``PHOTODESK_MAX_FILE_MB`` (2048), ``PHOTODESK_ARTICLE_DEADLINE`` (30 s),
        ``PHOTODESK_SESSION_IDLE_MINUTES`` (60).
        """
        env = os.environ if environ is None else environ
        chosen = data_dir or env.get("PHOTODESK_DATA") or DEFAULT_DATA_DIR
        megapixels = _limit(max_megapixels, env, "PHOTODESK_MAX_MEGAPIXELS", DEFAULT_MAX_PIXELS / 1e6)
        megabytes = _limit(max_file_mb, env, "PHOTODESK_MAX_FILE_MB", DEFAULT_MAX_FILE_BYTES / 2**20)
        deadline = _limit(article_deadline, env, "PHOTODESK_ARTICLE_DEADLINE", DEFAULT_ARTICLE_DEADLINE)
        idle = _limit(session_idle_minutes, env, "PHOTODESK_SESSION_IDLE_MINUTES", DEFAULT_SESSION_IDLE_MINUTES)
        return cls(
            data_dir=Path(chosen).expanduser().resolve(),
            max_pixels=int(megapixels * 1e6),
            max_file_bytes=int(megabytes * 2**20),
            article_deadline=deadline,
            session_idle_minutes=idle,
        )


def _limit(given: float | None, env: os._Environ | dict, name: str, default: float) -> float:
    """A positive limit from its flag, else the environment, else the default."""
    if given is not None:
        value = given
    elif env.get(name):
        try:
            value = float(env[name])
        except ValueError:
            raise ConfigurationError(f"{name} must be a number, not {env[name]!r}") from None
    else:
        return default
    if not (value > 0 and math.isfinite(value)):
        source = name if given is None else "the limit given"
        raise ConfigurationError(f"{source} must be a number greater than 0, not {value:g}")
    return value
