"""The ``photodesk`` command line: builds Settings, wires real components, owns the terminal.

Commands live in small modules by area (``commands_*.py``) and register on this group.
Exit codes (docs/contracts.md): 0 all done; 1 some inputs failed and were reported; 2 usage or
configuration error. They are mapped here, in one place.
"""

from __future__ import annotations

import functools
import logging
import sys
from typing import Any, Callable

import click

from catalog.errors import ConfigurationError, PhotodeskError
from catalog.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def data_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command ``--data DIR`` (or ``PHOTODESK_DATA``) and pass it a ``settings``."""

    @click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Data directory (catalog, index, media). Default: $PHOTODESK_DATA or ./photodesk-data.",
    )
    @functools.wraps(command)
    def wrapper(*args: Any, data_dir: str | None, **kwargs: Any) -> Any:
        return command(*args, settings=Settings.from_sources(data_dir), **kwargs)

    return wrapper


class PhotodeskGroup(click.Group):
    """A click group that turns our errors into one clear line and the right exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigurationError as error:
            click.echo(f"photodesk: {error}", err=True)
            ctx.exit(EXIT_USAGE)
        except PhotodeskError as error:
            click.echo(f"photodesk: {error}", err=True)
            ctx.exit(EXIT_FAILED)


@click.group(cls=PhotodeskGroup)
@click.option("-v", "--verbose", is_flag=True, help="Log details (tracebacks of failed files).")
@click.version_option(package_name="photodesk")
def cli(verbose: bool) -> None:
    """Photodesk: a catalog of news photos with their captions, credits and rights."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _register_commands() -> None:
    # Each area's commands live in their own module; import them for their side effect
    # of registering on ``cli``. Missing modules mean that area is not built yet.
    import importlib

    for name in ("commands_ingest", "commands_search", "commands_articles", "commands_web"):
        try:
            importlib.import_module(f"scripts.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"scripts.{name}":
                raise


_register_commands()


def main() -> None:
    """Console entry point."""
    cli(prog_name="photodesk")


if __name__ == "__main__":
    main()
