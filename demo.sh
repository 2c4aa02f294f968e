#!/usr/bin/env bash
# Open craftsman-review on its built-in demo workspace (sets up .venv on first run).
source "$(dirname "$0")/tools/venv.sh"
qt_check
exec "$VENV/bin/craftsman-review" demo "$@"
