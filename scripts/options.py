"""What every command shares: the exit codes and the ``--data``/``--catalog``/``--media`` options that make its
Settings.

Kept apart from ``scripts.cli`` so that command modules never import the group that
imports them.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import click

from catalog.settings import Settings

# Exit codes (docs/contracts.md): 0 all done; 1 some inputs failed and were reported;
# 2 usage or configuration error.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def data_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command ``--data DIR``, ``--catalog URL`` and ``--media DIR`` (or ``PHOTODESK_DATA``,
    ``PHOTODESK_CATALOG``, ``PHOTODESK_MEDIA``) and pass it a ``settings``."""

    @click.option(
        "--media",
        "media_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Media store (originals, previews): a directory every host reads. Default: $PHOTODESK_MEDIA "
             "or media/ in the data directory.",
    )
    @click.option(
        "--catalog",
        "catalog_url",
        metavar="URL",
        default=None,
        help="A postgresql:// URL: the catalog on a PostgreSQL server shared by several hosts. "
             "Default: $PHOTODESK_CATALOG or the SQLite file in the data directory.",
    )
    @click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Data directory (catalog, index, media). Default: $PHOTODESK_DATA or ./photodesk-data.",
    )
    @functools.wraps(command)
    def wrapper(*args: Any, data_dir: str | None, catalog_url: str | None, media_dir: str | None,
                **kwargs: Any) -> Any:
        return command(*args, settings=Settings.from_sources(data_dir, catalog=catalog_url, media=media_dir),
                       **kwargs)

    return wrapper
