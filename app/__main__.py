"""``python -m app``: the same command as ``craftsman-review``."""

import multiprocessing
import sys

from app.cli import main

# The frozen app is its own Python: a helper process (the chair's verification, app/score_file.py)
# starts this executable again, and freeze_support runs the helper's task instead of the app.
multiprocessing.freeze_support()
sys.exit(main())
