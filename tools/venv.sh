# Sourced by demo.sh and test.sh: make .venv with a Python >= 3.11 and install the project into it
# (again only when pyproject.toml changed). Sets $PY to the environment's python.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CRAFTSMAN_VENV:-$ROOT/.venv}"

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "craftsman-review needs Python 3.11 or newer (e.g. sudo apt-get install python3 python3-venv)" >&2
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  BASE_PY="$(find_python)"
  echo "Creating the virtual environment in $VENV ..." >&2
  "$BASE_PY" -m venv "$VENV" || {
    echo "Could not create a virtual environment: install python3-venv (sudo apt-get install python3-venv)" >&2
    exit 1
  }
fi
PY="$VENV/bin/python"
STAMP="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
  echo "Installing craftsman-review and its packages (first run only) ..." >&2
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet -e "$ROOT[dev]"
  rm -f "$VENV"/.installed-*
  touch "$STAMP"
fi

qt_check() {
  if ! "$PY" -c 'from PySide6 import QtWidgets' 2>/dev/null; then
    echo "Qt cannot load its system libraries. On Debian/Ubuntu install them with:" >&2
    echo "  sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \\" >&2
    echo "       libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 fonts-noto-cjk fonts-wqy-microhei" >&2
    exit 1
  fi
}
