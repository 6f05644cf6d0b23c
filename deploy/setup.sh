#!/usr/bin/env bash
# Machine set-up that the tests need and a fresh machine of this kind lacks: Debian's Chromium and ChromeDriver
# for the browser tests. Java 17 and Maven come with the machine. Idempotent: does nothing when both are there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
[[ "$(id -u)" != 0 ]] && SUDO="sudo"
echo "[setup] installing chromium and chromium-driver from Debian's packages"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
