#!/usr/bin/env bash
# Prepares a fresh machine: a virtualenv with the package and its test tools, and a Chromium.
# Idempotent: a second run only checks. Usage: scripts/setup.sh  (VENV=path to choose the venv)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating virtualenv $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing ParallelSessions and its test tools into $VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e '.[test]'
  touch "$stamp"
fi

# A Chromium the library can find (see ParallelSessions/browser/chromium.py for the order), and
# ffmpeg, which Playwright encodes session videos with (record_video).
as_root() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if ! "$VENV/bin/python" -m ParallelSessions.browser.chromium >/dev/null 2>&1; then
  if as_root; then
    echo "setup: installing Debian's chromium package"
    apt_install chromium
  else
    echo "setup: installing Playwright's Chromium"
    "$VENV/bin/python" -m playwright install chromium
  fi
fi
# Headless runs use the system's Chromium headless shell when there is one, as Playwright does
# with its own: a third of the full browser's CPU time (ParallelSessions/browser/chromium.py).
case "$("$VENV/bin/python" -m ParallelSessions.browser.chromium)" in
  /usr/lib/chromium/chromium|/usr/bin/chromium)
    if as_root; then
      echo "setup: installing Debian's chromium-headless-shell package"
      apt_install chromium-headless-shell || echo "setup: no chromium-headless-shell package here; headless runs use chromium"
    fi ;;
esac
echo "setup: Chromium found: $("$VENV/bin/python" -m ParallelSessions.browser.chromium)"
if ! command -v ffmpeg >/dev/null && ! "$VENV/bin/python" -c \
    'import sys; from ParallelSessions.evidence.video import playwright_ffmpeg; sys.exit(not playwright_ffmpeg().exists())'; then
  if as_root; then
    echo "setup: installing Debian's ffmpeg package (session videos)"
    apt_install ffmpeg
  else
    echo "setup: installing Playwright's ffmpeg (session videos)"
    "$VENV/bin/python" -m playwright install ffmpeg
  fi
fi
