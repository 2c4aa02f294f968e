"""Automatic garbage collection paused during bulk work that builds many small objects and no cycles.

Used by ``scoring.tally`` and by the chair's verification of score files (``app.score_file``): both
build hundreds of thousands of tuples, Fractions and dicts, and the automatic collector would walk
the growing heap again and again (~0.1 s of a 1,000 × 30 tally, ~0.4 s of reading its files).
Only a collector that was on is paused, and it resumes afterwards on its own schedule; in the GUI
and the tests it is off already (collected on the GUI thread only), and this changes nothing there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
