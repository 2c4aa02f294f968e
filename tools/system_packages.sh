#!/usr/bin/env bash
# The system packages craftsman-review needs, installed when missing (Debian/Ubuntu, apt-get).
#   tools/system_packages.sh run    # what the app needs: Python, Qt's system libraries, Chinese fonts
#   tools/system_packages.sh test   # plus what the tests use (PDF, QR and workbook checks, Xvfb, PyInstaller, faketime)
# Called by demo.sh, test.sh and .ci/run: one list, kept here. Installs only what is missing (sudo when not
# root); prints the list and carries on where apt-get is not available. CRAFTSMAN_SKIP_SYSTEM_PACKAGES=1 skips it.
set -euo pipefail

RUN_PACKAGES=(
  python3 python3-venv
  # Qt offscreen and on a real screen (xcb); Qt names the wrong library when one is missing.
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxkbcommon-x11-0
  # Chinese for the interface (Noto CJK), and a TrueType CJK font with Latin digits that reportlab can
  # embed in PDFs (WenQuanYi Micro Hei; reportlab refuses Noto's CFF outlines).
  fonts-noto-cjk fonts-wqy-microhei
)
TEST_PACKAGES=(
  xvfb xauth            # screenshots under a virtual screen
  poppler-utils         # pdfsig, pdffonts, pdftotext: the PDFs as readers see them
  zbar-tools            # zbarimg reads back the QR codes printed on sheets
  libreoffice-calc      # opens the result workbooks as the office will
  binutils              # objdump and objcopy, which PyInstaller needs (tests/test_frozen_app.py)
  faketime              # runs the app under a wrong system clock (tests/test_clock.py)
)

wanted=("${RUN_PACKAGES[@]}")
if [ "${1:-run}" = "test" ]; then wanted+=("${TEST_PACKAGES[@]}"); fi
# Comments inside the arrays are not elements; nothing to strip.

if [ "${CRAFTSMAN_SKIP_SYSTEM_PACKAGES:-0}" = "1" ] || ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0
fi
missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
if ! command -v apt-get >/dev/null 2>&1 || { [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; }; then
  echo "Please install these system packages: ${missing[*]}" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
