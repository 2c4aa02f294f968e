"""scoring/ is pure: plain data in and out, no app.*, no I/O, no Qt, a docstring per module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted((ROOT / "scoring").rglob("*.py"))
FORBIDDEN = {"app", "ui", "exports", "os", "io", "pathlib", "sqlite3", "sqlite_utils", "openpyxl", "reportlab",
             "shutil", "tempfile", "socket", "subprocess", "PySide6", "logging"}


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_scoring_imports_nothing_but_the_standard_library_and_itself() -> None:
    assert MODULES
    for path in MODULES:
        bad = _imported(path) & FORBIDDEN
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_every_scoring_module_has_a_docstring() -> None:
    for path in MODULES:
        assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), path.name


def test_importing_scoring_loads_no_app_code() -> None:
    code = "import sys, scoring; print(sorted(m for m in sys.modules if m.split('.')[0] in ('app', 'ui', 'exports')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
