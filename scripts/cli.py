"""The ``photodesk`` command line: one group, the commands of each area, our errors as exit codes.

Commands live in small modules by area (``commands_*.py``), each listing its ``COMMANDS``;
they import nothing from here. A command module imports only click and the light parts of
``catalog`` at start: what a command needs (the desk, the index, Pillow) is imported when
it runs, so ``photodesk --help`` starts in a fraction of a second. Exit codes are mapped
here, in one place (docs/contracts.md).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from catalog.errors import ConfigurationError, PhotodeskError
from scripts import (
    commands_accounts,
    commands_articles,
    commands_edit,
    commands_hosts,
    commands_ingest,
    commands_lightboxes,
    commands_rights,
    commands_saved_searches,
    commands_search,
    commands_watch,
    commands_web,
)
from scripts.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE, data_option

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "cli", "data_option", "main"]


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


for _area in (commands_ingest, commands_watch, commands_search, commands_saved_searches, commands_edit, commands_articles, commands_rights,
              commands_web, commands_accounts, commands_lightboxes, commands_hosts):
    for _command in _area.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    """Console entry point."""
    cli(prog_name="photodesk")


if __name__ == "__main__":
    main()
