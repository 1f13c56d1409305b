#!/bin/sh
# Installs Debian's Chromium for the e2e tests and the browser benchmark. Idempotent: does nothing
# when /usr/bin/chromium is already there. npm packages that download their own browser cannot
# reach their CDN here, so the distribution package is the one source.
set -eu
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-liberation
/usr/bin/chromium --version
