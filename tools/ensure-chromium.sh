#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the browser tests.
# As root it is installed with apt-get; otherwise we say which package to install.
# Under CI=true a missing browser is a failure; elsewhere the browser tests skip.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  command -v chromium >/dev/null 2>&1 && exit 0
fi
echo "Headless Chromium is missing: install the Debian package 'chromium' (sudo apt-get install chromium)." >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
echo "The browser tests will be skipped." >&2
