"""A guard against a reference-counting bug of PySide6 6.12.0 on CPython older than 3.12.

In that release (the cp310-abi3 wheels) every call of a Qt method that returns nothing (``void``)
hands back Python's ``None`` without taking a reference to it: each call lowers None's reference
count by one. A reviewer's session makes thousands of such calls a minute (setText, update,
processEvents...), and when the count reaches zero the interpreter aborts with "Fatal Python error:
none_dealloc" — scores are safe in the store, but the app dies under the expert's hands. PySide6
6.11.3 does not have the bug, and CPython 3.12 made None immortal, which hides it.

``guard_none_refcount`` checks whether the running PySide6 has the bug (a few void calls, counted)
and, only then, does what CPython 3.12 does: None's count is raised once by 2**40, so it can never
reach zero. Nothing else is touched.
"""

from __future__ import annotations

import ctypes
import sys

_PROBE_CALLS = 64
_HEADROOM = 1 << 40
_state: dict[str, bool] = {}


def pyside_loses_none_references() -> bool:
    """True when void Qt calls drop a reference to None (measured, not guessed from versions)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def guard_none_refcount() -> bool:
    """Make None's reference count unreachable by the bug when this PySide6 has it; True if applied."""
    if "applied" in _state:
        return _state["applied"]
    applied = False
    immortal_none = sys.version_info >= (3, 12)
    debug_build = hasattr(sys, "gettotalrefcount")  # a different object header: leave it alone
    if sys.implementation.name == "cpython" and not immortal_none and not debug_build \
            and pyside_loses_none_references():
        # CPython < 3.12, release build: a PyObject begins with its reference count (Py_ssize_t).
        count = ctypes.c_ssize_t.from_address(id(None))
        count.value += _HEADROOM
        applied = True
    _state["applied"] = applied
    return applied


class MainThreadGarbageCollector:
    """Run Python's cyclic garbage collector on the GUI thread only.

    Left to itself the collector runs in whichever thread happens to allocate: in a worker (an
    intake, an export) it may destroy Qt objects that belong to the GUI thread, and Qt crashes
    (seen: a segfault while a PDF was laid out in the background). Automatic collection is switched
    off and a timer on the GUI thread collects, generation by generation, as the thresholds say.
    """

    def __init__(self, interval_ms: int = 500) -> None:
        import gc

        from PySide6.QtCore import QTimer

        self._gc = gc
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        counts = self._gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self.thresholds[level]:
                generation = level
        if generation >= 0:
            self._gc.collect(generation)


_collector: list[MainThreadGarbageCollector] = []


def collect_garbage_on_main_thread() -> None:
    """Install the collector once per process (call from the GUI thread, with an application)."""
    if not _collector:
        _collector.append(MainThreadGarbageCollector())
