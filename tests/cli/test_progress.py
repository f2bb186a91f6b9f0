"""The import's progress bar: a width when the terminal's size is unknown, the time left only once trusted."""

from __future__ import annotations

import io
import os
import pty

import pytest

from scripts.progress import (
    ESTIMATE_AFTER_FILES,
    FALLBACK_COLUMNS,
    ImportProgress,
    terminal_columns,
)


def _shown(bar: ImportProgress) -> str:
    return bar.format_meter(**bar.format_dict)


@pytest.fixture
def no_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)


def test_a_terminal_of_size_zero_gets_the_fallback_width(no_columns: None) -> None:
    # A new pseudo-terminal reports 0 columns and 0 rows, as some containers and serial consoles do.
    leader, follower = pty.openpty()
    try:
        with os.fdopen(follower, "w", closefd=False) as stream:
            assert os.get_terminal_size(follower).columns == 0
            assert terminal_columns(stream) == FALLBACK_COLUMNS
            bar = ImportProgress(total=40, file=stream)
            bar.update(3)
            line = _shown(bar)
            bar.close()
    finally:
        os.close(leader)
        os.close(follower)
    assert 40 < len(line) < FALLBACK_COLUMNS
    assert "3/40" in line
    assert any(block in line for block in "#▏▎▍▌▋▊▉█"), line  # the bar itself is drawn


def test_no_terminal_uses_columns_then_the_fallback(no_columns: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert terminal_columns(io.StringIO()) == FALLBACK_COLUMNS
    for value in ("", "0", "-3", "wide"):
        monkeypatch.setenv("COLUMNS", value)
        assert terminal_columns(io.StringIO()) == FALLBACK_COLUMNS
    monkeypatch.setenv("COLUMNS", "132")
    assert terminal_columns(io.StringIO()) == 132
    bar = ImportProgress(total=10, file=io.StringIO())
    bar.update(1)
    assert 100 < len(_shown(bar)) <= 131
    bar.close()


def test_the_time_left_appears_once_a_few_files_are_done(no_columns: None) -> None:
    bar = ImportProgress(total=100, file=io.StringIO())
    for done in range(1, ESTIMATE_AFTER_FILES + 2):
        bar.update(1)
        line = _shown(bar)
        assert f"{done}/100" in line
        assert ("<" in line) == (done >= ESTIMATE_AFTER_FILES), line
    bar.close()
