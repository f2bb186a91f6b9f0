"""Settings: where the data lives (catalog, index, media) and the limits that guard imports."""

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
# Days a host following a shared catalog's change feed may go unseen before it stops holding back the
# feed's pruning (docs/postgresql.md#pruning-the-feed): a week covers a host down over a long weekend.
DEFAULT_HOST_STALE_DAYS = 7.0


@dataclass(frozen=True, kw_only=True)
class Settings:
    """One value built by the CLI (flag, then environment, then default) and passed down."""

    data_dir: Path
    # A postgresql:// URL: the catalog is on that server (docs/postgresql.md); None: the SQLite file.
    catalog_url: str | None = None
    # A directory every host can read (a shared mount); None: ``media`` inside the data directory.
    media_root: Path | None = None
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    article_deadline: float = DEFAULT_ARTICLE_DEADLINE  # seconds for reading one article, images included
    article_reads: int = DEFAULT_ARTICLE_READS  # articles one web server process reads at once
    session_idle_minutes: float = DEFAULT_SESSION_IDLE_MINUTES  # a login session unused this long ends
    host_stale_days: float = DEFAULT_HOST_STALE_DAYS  # a host unseen this long no longer keeps the feed's changes

    @property
    def catalog_path(self) -> Path:
        """The SQLite catalog file of the data directory (the system of record when no URL is set)."""
        return self.data_dir / "catalog.sqlite"

    @property
    def catalog(self) -> str | Path:
        """Where the catalog is: its ``postgresql://`` URL, else the SQLite file."""
        return self.catalog_url or self.catalog_path

    def has_catalog(self) -> bool:
        """False only for a SQLite catalog file that does not exist yet (a server's is always there)."""
        return self.catalog_url is not None or self.catalog_path.exists()

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
        return self.media_root or self.data_dir / "media"

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
        host_stale_days: float | None = None,
        catalog: str | None = None,
        media: str | os.PathLike | None = None,
    ) -> "Settings":
        """Each value from its argument, else its environment variable, else the default.

        ``PHOTODESK_DATA`` (default ``./photodesk-data``), ``PHOTODESK_MAX_MEGAPIXELS``
        (200), ``PHOTODESK_MAX_FILE_MB`` (2048), ``PHOTODESK_ARTICLE_DEADLINE`` (30 s),
        ``PHOTODESK_SESSION_IDLE_MINUTES`` (60), ``PHOTODESK_HOST_STALE_DAYS`` (7),
        ``PHOTODESK_CATALOG`` (a ``postgresql://`` URL; default the SQLite file in the data
        directory), ``PHOTODESK_MEDIA`` (default ``media`` in it).
        """
        env = os.environ if environ is None else environ
        chosen = data_dir or env.get("PHOTODESK_DATA") or DEFAULT_DATA_DIR
        megapixels = _limit(max_megapixels, env, "PHOTODESK_MAX_MEGAPIXELS", DEFAULT_MAX_PIXELS / 1e6)
        megabytes = _limit(max_file_mb, env, "PHOTODESK_MAX_FILE_MB", DEFAULT_MAX_FILE_BYTES / 2**20)
        deadline = _limit(article_deadline, env, "PHOTODESK_ARTICLE_DEADLINE", DEFAULT_ARTICLE_DEADLINE)
        idle = _limit(session_idle_minutes, env, "PHOTODESK_SESSION_IDLE_MINUTES", DEFAULT_SESSION_IDLE_MINUTES)
        stale = _limit(host_stale_days, env, "PHOTODESK_HOST_STALE_DAYS", DEFAULT_HOST_STALE_DAYS)
        media_root = media or env.get("PHOTODESK_MEDIA")
        return cls(
            data_dir=Path(chosen).expanduser().resolve(),
            catalog_url=_catalog_url(catalog or env.get("PHOTODESK_CATALOG") or None),
            media_root=Path(media_root).expanduser().resolve() if media_root else None,
            max_pixels=int(megapixels * 1e6),
            max_file_bytes=int(megabytes * 2**20),
            article_deadline=deadline,
            session_idle_minutes=idle,
            host_stale_days=stale,
        )


def _catalog_url(url: str | None) -> str | None:
    """A catalog URL as given, refused unless it names PostgreSQL (the only server Photodesk speaks)."""
    if url is None:
        return None
    if url.split("://", 1)[0].lower() not in ("postgresql", "postgres") or "://" not in url:
        raise ConfigurationError(
            f"the catalog must be a postgresql:// URL (or unset for the SQLite file in the data directory), "
            f"not {url.split('@')[-1]!r}"
        )
    return url


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
