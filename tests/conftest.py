"""Shared test set-up: Qt runs offscreen, and the PySide6 6.12.0 reference bug is guarded for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure() -> None:
    # pytest-qt makes its own QApplication, so the guard make_application applies must run here too:
    # a long suite makes enough void Qt calls to bring None's reference count to zero.
    from ui.pyside_compat import guard_none_refcount

    guard_none_refcount()
