"""What gets installed: the wheel holds the product; benchmarks, stress tools and tests stay in the checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
PRODUCT_PACKAGES = ("catalog", "index", "media", "web")
# Run from a checkout (``python -m scripts.bench.search`` …), never installed.
CHECKOUT_ONLY = ("scripts/bench/", "scripts/stress/", "scripts/dev/", "tests/")

pytestmark = pytest.mark.slow  # builds a wheel: a few seconds


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The wheel ``pip wheel`` builds from a copy of the checkout, offline, with this Python's setuptools.

    A copy, because setuptools builds in the source tree and a stale ``build/`` there would
    put files of an earlier build into the wheel.
    """
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(PROJECT / name, source / name)
    for name in (*PRODUCT_PACKAGES, "scripts", "tests"):
        shutil.copytree(PROJECT / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "screenshots"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, f"building the wheel failed (needs setuptools>=70.1, the test extra):\n{done.stderr}"
    (built,) = out.glob("photodesk-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_holds_every_product_module_template_style_sheet_and_sample(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    expected = {path.relative_to(PROJECT).as_posix()
                for package in PRODUCT_PACKAGES for path in (PROJECT / package).rglob("*.py")}
    expected |= {path.relative_to(PROJECT).as_posix() for path in (PROJECT / "scripts").glob("*.py")}
    expected |= {path.relative_to(PROJECT).as_posix() for path in (PROJECT / "web" / "templates").glob("*.html")}
    expected |= {path.relative_to(PROJECT).as_posix() for path in (PROJECT / "web" / "static").iterdir()}
    expected |= {path.relative_to(PROJECT).as_posix() for path in (PROJECT / "media" / "samples").glob("*.jpg")}
    expected |= {path.relative_to(PROJECT).as_posix() for path in (PROJECT / "catalog" / "credits" / "data").glob("*.txt")}
    assert {"scripts/cli.py", "web/templates/search.html", "web/static/photodesk.css"} <= expected
    assert any(name.startswith("media/samples/") for name in expected)
    assert "catalog/credits/data/given_names.txt" in expected
    assert sorted(expected - names) == []


def test_the_wheel_holds_no_benchmark_stress_tool_or_test(wheel: zipfile.ZipFile) -> None:
    leaked = sorted(name for name in wheel.namelist() if name.startswith(CHECKOUT_ONLY))
    assert leaked == []
    top_level = {name.split("/", 1)[0] for name in wheel.namelist()}
    assert {name for name in top_level if not name.endswith(".dist-info")} == {*PRODUCT_PACKAGES, "scripts"}


def test_the_wheel_installs_the_photodesk_command(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [name for name in wheel.namelist() if name.endswith(".dist-info/entry_points.txt")]
    assert "photodesk = scripts.cli:main" in wheel.read(entry_points).decode("utf-8")
