"""The arrows point inward: catalog knows no framework; only index imports whoosh; nobody imports web.

One module assembles the parts: ``catalog/desk.py`` (the service the CLI and the web call).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
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


# The service builds the real parts, so it alone in catalog may import index and media.
SERVICE = PROJECT / "catalog" / "desk.py"
SERVICE_MAY_IMPORT = {"index", "media"}
PARTS = {"CatalogStore", "SearchIndex", "MediaStore"}


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_point_inward(package: str) -> None:
    wrong = []
    for path in package_files(package):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if path == SERVICE and top in SERVICE_MAY_IMPORT:
                continue
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


def constructed_parts(path: Path) -> set[str]:
    """The catalog store, index and media store classes this file calls to make one."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {node.func.id for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in PARTS}


def test_only_the_service_assembles_the_parts() -> None:
    builders = {str(path.relative_to(PROJECT)) for package in PACKAGES for path in package_files(package)
                if constructed_parts(path) and "bench" not in path.parts}
    assert builders == {"catalog/desk.py"}


def test_command_modules_do_not_import_the_group_that_imports_them() -> None:
    wrong = [str(path.relative_to(PROJECT)) for path in sorted((PROJECT / "scripts").glob("commands_*.py"))
             if "scripts.cli" in imported_modules(path)]
    assert wrong == []


def test_the_parts_check_sees_a_store_made_outside_the_service(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.py"
    elsewhere.write_text("from catalog.store import CatalogStore\nstore = CatalogStore(path)\n", encoding="utf-8")
    assert constructed_parts(elsewhere) == {"CatalogStore"}
