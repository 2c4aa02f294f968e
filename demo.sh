#!/usr/bin/env bash
# Open craftsman-review on its built-in demo workspace (sets up the system packages and .venv on first run).
set -euo pipefail
"$(dirname "$0")/tools/system_packages.sh" run
source "$(dirname "$0")/tools/venv.sh"
qt_check
exec "$VENV/bin/craftsman-review" demo "$@"
