"""The arrows point inward: catalog knows no framework; only index imports whoosh; nobody imports web."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PACKAGES = ("catalog", "media", "index", "web", "scripts")

# What each package may import, of ours and of the heavy third parties.
ALLOWED_OURS = {
    "catalog": {"catalog"},
    "media": {"catalog", "media"},
    "index": {"catalog", "index"},
    "web": {"catalog", "media", "index", "web"},
    "scripts": {"catalog", "media", "index", "web", "scripts"},
}
# catalog is the standard library and itself, except the HTML parser its articles need.
CATALOG_THIRD_PARTY = {"catalog.articles": {"bs4"}}
FORBIDDEN_THIRD_PARTY = {
    "catalog": {"flask", "whoosh", "PIL", "pillow_heif", "exifread", "waitress", "click"},
    "media": {"flask", "whoosh", "waitress"},
    "index": {"flask", "PIL", "waitress"},
    "web": {"whoosh"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def package_files(package: str) -> list[Path]:
    return sorted((PROJECT / package).rglob("*.py"))


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_point_inward(package: str) -> None:
    wrong = []
    for path in package_files(package):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in PACKAGES and top not in ALLOWED_OURS[package]:
                wrong.append(f"{path.relative_to(PROJECT)} imports {module}")
            if top in FORBIDDEN_THIRD_PARTY.get(package, set()):
                wrong.append(f"{path.relative_to(PROJECT)} imports {module}")
    assert wrong == []


def test_the_check_sees_a_wrong_arrow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import whoosh.fields\nfrom web import create_app\n", encoding="utf-8")
    assert {"whoosh.fields", "web"} <= imported_modules(bad)


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PROJECT).with_suffix("").parts).removesuffix(".__init__")


def test_catalog_imports_only_the_standard_library_and_its_one_parser() -> None:
    import sys

    wrong = []
    for path in package_files("catalog"):
        module = _module_name(path)
        allowed = set().union(*(found for prefix, found in CATALOG_THIRD_PARTY.items()
                                if module == prefix or module.startswith(prefix + ".")))
        for imported in imported_modules(path):
            top = imported.split(".")[0]
            if top in sys.stdlib_module_names or top in PACKAGES or top == "__future__":
                continue
            if top not in allowed:
                wrong.append(f"{module} imports {imported}")
    assert wrong == []
