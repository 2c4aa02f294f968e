#!/usr/bin/env bash
# Run the whole test suite, with the linters and type checks CI runs (sets up the system packages and
# .venv on first run).
set -euo pipefail
"$(dirname "$0")/tools/system_packages.sh" test
source "$(dirname "$0")/tools/venv.sh"
qt_check
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff" && "$VENV/bin/ruff" check .
echo "== mypy" && "$VENV/bin/mypy" app scoring exports ui
echo "== pytest" && exec "$PY" -m pytest "$@"
