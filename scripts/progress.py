"""The import's progress bar on stderr: its width when the terminal's size is unknown, and a
time-left estimate only once it can be trusted.

Imported only by the commands that show a bar (tqdm costs start-up time to every command).
"""

from __future__ import annotations

import os
from typing import IO, Any

from tqdm import tqdm

# The time left is shown once this many files are done: the first files wait for the
# worker processes to start, so an estimate from them said "9 minutes" of a 5-second job.
ESTIMATE_AFTER_FILES = 5
FALLBACK_COLUMNS = 80  # no terminal, a terminal of size 0 (some containers, serial consoles), COLUMNS unset
_WITH_ESTIMATE = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}{postfix}]"
_WITHOUT_ESTIMATE = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}, {rate_fmt}{postfix}]"


def terminal_columns(stream: IO[str] | Any) -> int:
    """The width of the terminal ``stream`` writes to; else ``$COLUMNS``; else 80."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # not a file, not a terminal, closed
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    return columns if columns > 0 else FALLBACK_COLUMNS


class ImportProgress(tqdm):  # type: ignore[type-arg]
    """tqdm for an import: as wide as the terminal (read again at each refresh, so a resize is
    followed), and without the time left until ``ESTIMATE_AFTER_FILES`` files are done."""

    def __init__(self, *, total: int, file: IO[str], disable: bool = False) -> None:
        super().__init__(total=total, unit="file", file=file, disable=disable, dynamic_ncols=False,
                         ncols=terminal_columns(file) - 1, bar_format=_WITHOUT_ESTIMATE)

    @property
    def format_dict(self) -> dict[str, Any]:
        """tqdm's values for the next refresh, with the width and format decided here."""
        values = super().format_dict
        if not self.disable:
            values["ncols"] = terminal_columns(self.fp) - 1  # tqdm's own reading of a 0×0 terminal is -1
            values["bar_format"] = _WITH_ESTIMATE if self.n >= ESTIMATE_AFTER_FILES else _WITHOUT_ESTIMATE
        return values
