#!/usr/bin/env bash
# Install what the kiosk needs on Debian/Ubuntu: system packages (Qt's X11 libraries, poppler for PDF
# previews, CUPS with a PDF printer, PostgreSQL for the multi-station hub tests) and the Python package
# into a virtualenv, .venv (Debian's own python3 refuses `pip install` outside one).
#   bash scripts/install-debian.sh          # the app:                then .venv/bin/python main.py --demo
#   bash scripts/install-debian.sh --test   # the app and test tools: then .venv/bin/python -m pytest -q
# PYTHON=python3.12 picks another interpreter; KIOSK_VENV=path another virtualenv folder.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  # Qt's xcb platform plugin on a real desktop or Xvfb
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  # verdict sounds (QtMultimedia needs libpulse even when no sound server runs)
  libpulse0
  # printing: CUPS with a PDF printer, and PDF rendering for previews and tests
  cups cups-client cups-pdf poppler-utils
  # a virtualenv for Debian's python3
  python3-venv
)
if [ "${1:-}" = "--test" ]; then
  # the end-to-end tests drive a real window: an X server, a window manager, xdotool, xprop and xmessage
  APT_PACKAGES+=(postgresql xvfb openbox xdotool x11-utils)
fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PY=${PYTHON:-python3}
VENV=${KIOSK_VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
if [ "${1:-}" = "--test" ]; then
  "$VENV/bin/python" -m pip install -q -e ".[test]"
else
  "$VENV/bin/python" -m pip install -q -e .
fi
echo "Installed into $VENV: run the app with $VENV/bin/python main.py --demo"
