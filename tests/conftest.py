"""Shared test set-up: Qt runs offscreen, and the PySide6 6.12.0 reference bug is guarded for every test."""

from __future__ import annotations

import gc
import os
import tempfile

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the real app-data folder (keys, settings such as the interface language): tests that need
# their own point CRAFTSMAN_DATA_DIR elsewhere with monkeypatch.
os.environ["CRAFTSMAN_DATA_DIR"] = tempfile.mkdtemp(prefix="craftsman-test-data-")
os.environ.pop("CRAFTSMAN_LANG", None)

# The landing gate (.ci/run sets HYPOTHESIS_PROFILE=ci) replays the same examples on every run, so a
# merge is judged on the change, not on the luck of the draw; a developer's ./test.sh draws new
# examples each run, and `python -m fuzz` explores for as long as it is given. A crash found either
# way becomes a named regression test.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "explore"))


def pytest_configure() -> None:
    # pytest-qt makes its own QApplication, so the guard make_application applies must run here too:
    # a long suite makes enough void Qt calls to bring None's reference count to zero.
    from ui.pyside_compat import guard_none_refcount

    guard_none_refcount()
    # As the app does (ui/pyside_compat.MainThreadGarbageCollector): the collector must never run in a
    # worker thread, where it may destroy Qt objects of the GUI thread. Tests collect between tests,
    # on the main thread; the app collects from a timer on its GUI thread.
    gc.disable()


def pytest_runtest_teardown() -> None:
    gc.collect()
