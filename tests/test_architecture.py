"""The layout's rules, checked: the core never imports Qt, and nothing below ui/ imports ui/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module, at module level) for every import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, id(node) in top_level) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) in top_level))
    return found


def test_the_core_never_imports_qt() -> None:
    for package in ("app", "scoring", "exports"):
        for path in (ROOT / package).rglob("*.py"):
            for module, _ in _imports(path):
                assert not module.startswith(("PySide6", "PyQt", "shiboken")), f"{path} imports {module}"


def test_nothing_below_ui_imports_ui() -> None:
    for package in ("app", "scoring", "exports"):
        for path in (ROOT / package).rglob("*.py"):
            for module, top in _imports(path):
                if module == "ui" or module.startswith("ui."):
                    # Only the command's entry point may start the GUI, lazily, when asked to.
                    assert path.name == "cli.py" and not top, f"{path} imports {module}"


def test_scoring_does_no_io() -> None:
    forbidden = ("os", "io", "pathlib", "sqlite3", "sqlite_utils", "openpyxl", "reportlab", "shutil")
    for path in (ROOT / "scoring").rglob("*.py"):
        for module, _ in _imports(path):
            assert module.split(".")[0] not in forbidden, f"{path} imports {module}"


def test_heavy_libraries_stay_off_the_start_up_path() -> None:
    import subprocess
    import sys

    code = ("import sys, app.cli, app.intake, app.storage, exports.templates; "
            "print(','.join(m for m in ('openpyxl', 'reportlab') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == ""
