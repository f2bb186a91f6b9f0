"""What every command shares: ``--data`` (flag, then environment, then default) and the exit codes."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from catalog.settings import Settings
from scripts.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE, data_option


@click.command()
@data_option
def where(settings: Settings) -> None:
    """Print the data directory a command would use."""
    click.echo(str(settings.data_dir))


def test_the_exit_codes_of_the_contract() -> None:
    assert (EXIT_OK, EXIT_FAILED, EXIT_USAGE) == (0, 1, 2)


def test_the_flag_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTODESK_DATA", str(tmp_path / "from-env"))
    shown = CliRunner().invoke(where, ["--data", str(tmp_path / "from-flag")])
    assert shown.output == f"{tmp_path / 'from-flag'}\n"


def test_the_environment_wins_over_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTODESK_DATA", str(tmp_path / "from-env"))
    assert CliRunner().invoke(where, []).output == f"{tmp_path / 'from-env'}\n"


def test_the_default_is_photodesk_data_in_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOTODESK_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(where, []).output == f"{tmp_path / 'photodesk-data'}\n"


def test_a_relative_flag_is_made_absolute_and_a_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(where, ["--data", "desk"]).output == f"{tmp_path / 'desk'}\n"
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    refused = CliRunner().invoke(where, ["--data", "a-file"])
    assert refused.exit_code == EXIT_USAGE and "is a file" in refused.output
    assert "--data DIRECTORY" in CliRunner().invoke(where, ["--help"]).output
