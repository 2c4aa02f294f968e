"""``python -m app``: the same command as ``craftsman-review``."""

import sys

from app.cli import main

sys.exit(main())
