#!/usr/bin/env bash
# Checks a rendered arraybench report in a real browser: opens REPORT_DIR/index.html in headless Chromium,
# fails on an image that did not load, a console error, a script element or a request leaving the page,
# and saves a full-page screenshot to SCREENSHOT_PNG.
# Installs what is missing: Debian's chromium (and nodejs/npm) via apt-get when run as root, and
# playwright-core from package-lock.json via npm ci. Set CHROMIUM to use another Chromium binary.
#
# Usage: check-report.sh REPORT_DIR SCREENSHOT_PNG
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT_DIR SCREENSHOT_PNG" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
report=$(realpath "$1")
screenshot=$(realpath -m "$2")
if [ ! -f "$report/index.html" ]; then
  echo "check-report: $report/index.html: no such file (render a report first)" >&2
  exit 2
fi
mkdir -p "$(dirname "$screenshot")"

apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "check-report: $1 is missing; install Debian's $* packages" >&2
    exit 2
  fi
  echo "check-report: installing $* with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  apt_install chromium
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi

cd "$here"
locked=$(node -e 'console.log(require("./package-lock.json").packages["node_modules/playwright-core"].version)')
installed=$(node -e 'try { console.log(require("./node_modules/playwright-core/package.json").version) } catch { console.log("none") }')
if [ "$locked" != "$installed" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node check-report.mjs "$report" "$screenshot" "$chromium"
