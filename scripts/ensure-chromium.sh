#!/usr/bin/env bash
# Runs before `npm test`: the end-to-end suite drives Debian's Chromium (Playwright cannot download a browser
# here). Install it when it is missing and we are root; otherwise say exactly what to run.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "pretest: installing Debian's chromium for the end-to-end tests"
  DEBIAN_FRONTEND=noninteractive apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
else
  echo "pretest: the end-to-end tests need Chromium at /usr/bin/chromium: run  sudo apt-get install -y chromium" >&2
  exit 1
fi
