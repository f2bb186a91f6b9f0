"""The arrows point inward: catalog knows no framework; only index imports whoosh; nobody imports web.

One module assembles the parts: ``catalog/desk.py`` (the service the CLI and the web call).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import re
import sys
import textwrap
import types
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
# catalog is the standard library and itself, except the HTML parser its articles need, the
# hardened XML parser their feeds need (feeds come from strangers, as XMP does), the
# password hasher of its accounts, and the PostgreSQL driver of a server catalog (one module,
# imported only for a postgresql:// catalog: docs/postgresql.md).
CATALOG_THIRD_PARTY = {"catalog.articles": {"bs4", "defusedxml"}, "catalog.accounts": {"argon2"},
                       "catalog.store.postgres": {"psycopg", "psycopg_pool"}}
FORBIDDEN_THIRD_PARTY = {
    "catalog": {"flask", "whoosh", "PIL", "pillow_heif", "exifread", "waitress", "click", "watchdog"},
    "media": {"flask", "whoosh", "waitress", "watchdog"},
    "index": {"flask", "PIL", "waitress", "watchdog"},
    "web": {"whoosh", "watchdog"},
}
# File events for `photodesk watch` come through one small module; catalog/intake.py knows nothing of them.
WATCHDOG_USERS = {"scripts/folder_watch.py"}


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


def test_only_the_folder_watcher_imports_watchdog() -> None:
    users = {str(path.relative_to(PROJECT)) for package in PACKAGES for path in package_files(package)
             if any(module.split(".")[0] == "watchdog" for module in imported_modules(path))}
    assert users == WATCHDOG_USERS


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


# -- Whoosh: only index/ imports it; only index/whoosh_internals.py touches its private names -----

WHOOSH_INTERNALS = PROJECT / "index" / "whoosh_internals.py"
PRIVATE_NAME = re.compile(r"_(?!_)\w+")  # one leading underscore: not a dunder
# Names Whoosh keeps private that whoosh_internals.py reads or overrides (W3 blocks, columns,
# the table of contents, span matchers): each must be found there, or the check is blind.
KNOWN_PRIVATE = {"_read_data", "_next_block", "_maxid", "_lastblock", "_read_toc", "_segments",
                 "_write_block", "_postfile", "_dbfile", "_basepos", "_get_spans", "_replacement"}


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in {"self", "cls"}


def whoosh_private_names(klass: object) -> set[str]:
    """The underscore names the Whoosh classes ``klass`` derives from define or set on ``self``."""
    names: set[str] = set()
    for base in getattr(klass, "__mro__", ())[1:]:
        if base.__module__.split(".")[0] != "whoosh":
            continue
        names.update(name for name in vars(base) if PRIVATE_NAME.fullmatch(name))
        try:
            source = textwrap.dedent(inspect.getsource(base))
        except (OSError, TypeError):
            continue
        names.update(node.attr for node in ast.walk(ast.parse(source))
                     if isinstance(node, ast.Attribute) and _is_self(node.value) and PRIVATE_NAME.fullmatch(node.attr))
    return names


def _load(path: Path) -> types.ModuleType:
    if path.is_relative_to(PROJECT):
        return importlib.import_module(_module_name(path))
    spec = importlib.util.spec_from_file_location(f"_checked_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it runs
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def private_accesses(path: Path) -> list[str]:
    """Where a file touches an underscore name that is not its own.

    ``obj._name`` on anything but ``self``/``cls``; an underscore name as a string
    (``getattr(column, "_dbfile")``); and, in a class derived from a Whoosh class,
    ``self._name`` or ``def _name`` where its Whoosh bases define ``_name``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _load(path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and PRIVATE_NAME.fullmatch(node.attr) and not _is_self(node.value):
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and PRIVATE_NAME.fullmatch(node.value):
            found.append(f"{path.name}:{node.lineno} {node.value!r}")
    for klass in (node for node in tree.body if isinstance(node, ast.ClassDef)):
        inherited = whoosh_private_names(getattr(module, klass.name, None))
        for node in ast.walk(klass):
            if isinstance(node, ast.Attribute) and _is_self(node.value) and node.attr in inherited:
                found.append(f"{path.name}:{node.lineno} {klass.name}: self.{node.attr}")
            elif isinstance(node, ast.FunctionDef) and node.name in inherited:
                found.append(f"{path.name}:{node.lineno} {klass.name}: def {node.name}")
    return found


def test_only_index_imports_whoosh() -> None:
    wrong = [f"{path.relative_to(PROJECT)} imports {module}"
             for package in PACKAGES if package != "index" for path in package_files(package)
             for module in imported_modules(path) if module.split(".")[0] == "whoosh"]
    assert wrong == []


def test_only_whoosh_internals_touches_private_whoosh_names() -> None:
    wrong = [access for path in package_files("index") if path != WHOOSH_INTERNALS for access in private_accesses(path)]
    assert wrong == []


def test_the_private_name_check_sees_every_kind_of_access(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from whoosh.codec.whoosh3 import W3PostingsWriter\n"
        "def read(raw, ix, column):\n"
        "    raw._next_block()\n"
        "    return ix._read_toc(), getattr(column, '_dbfile', None)\n"
        "class Writer(W3PostingsWriter):\n"
        "    def _write_block(self, last=False):\n"
        "        self._postfile.write(b'')\n"
        "        self._mine = 1\n",  # an attribute Whoosh's class does not have is the class's own
        encoding="utf-8",
    )
    assert private_accesses(sample) == [
        "sample.py:3 ._next_block", "sample.py:4 ._read_toc", "sample.py:4 '_dbfile'",
        "sample.py:6 Writer: def _write_block", "sample.py:7 Writer: self._postfile",
    ]
    seen = " ".join(private_accesses(WHOOSH_INTERNALS))
    assert {name for name in KNOWN_PRIVATE if f".{name}" in seen or f"'{name}'" in seen or f" {name}" in seen} == KNOWN_PRIVATE
