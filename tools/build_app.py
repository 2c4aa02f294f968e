"""Build the frozen one-folder app with PyInstaller from build.spec; print where it is, its size and the time taken.

    python tools/build_app.py [--dist DIR] [--work DIR]

Runs with the Python that has the project and PyInstaller installed (``.venv/bin/python`` on Linux,
the venv's ``python`` in PowerShell on Windows: ``pip install .[build]``). The app lands in
``DIST/craftsman-review/``; its executable is ``craftsman-review`` (``craftsman-review.exe`` and the
windowed ``craftsman-review-gui.exe`` on Windows).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "craftsman-review"


def executable(dist: Path) -> Path:
    """The frozen console executable inside ``dist``."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / APP_NAME / f"{APP_NAME}{suffix}"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    """Run PyInstaller on build.spec into ``dist`` (intermediate files in ``work``); the executable's path.

    Raises ``subprocess.CalledProcessError`` when PyInstaller fails (its log is on stderr).
    """
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")]
    if quiet:
        command[4:4] = ["--log-level", "WARN"]
    subprocess.run(command, cwd=ROOT, check=True)
    return executable(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build the frozen one-folder app (PyInstaller, build.spec)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default: build/)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: pip install -e .[build]", file=sys.stderr)
        return 1
    started = time.perf_counter()
    try:
        program = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as error:
        print(f"PyInstaller failed (exit {error.returncode}); see its messages above", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    size = folder_size(program.parent) / 2**20
    print(f"built {program} in {elapsed:.0f} s; the folder {program.parent} is {size:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
