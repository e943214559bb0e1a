#!/usr/bin/env bash
# The e2e suite needs Chromium. Playwright cannot download its own here, so use Debian's:
# install it when neither it nor Playwright's own browser is present and we may use apt.
set -euo pipefail
if [[ -x /usr/bin/chromium ]] || compgen -G "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/chromium*" >/dev/null; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "[ensure-browser] installing Debian's chromium for the end-to-end tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji fonts-wqy-zenhei >/dev/null
  exit 0
fi
echo "[ensure-browser] no Chromium found: install Debian's 'chromium' (apt-get install chromium) or run 'npx playwright install chromium'" >&2
exit 1
