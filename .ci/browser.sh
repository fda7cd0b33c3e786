#!/usr/bin/env bash
# Install what the browser tests (tests/test_views_browser.py) need, when it is missing: Debian's
# chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) and a CJK font so that
# the views' screenshots show Chinese labels. Runs as root (CI does); a no-op when all are there.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk' || packages+=(fonts-wqy-microhei)

if [ "${#packages[@]}" -eq 0 ]; then
    echo "browser.sh: chromium, chromedriver and a CJK font are installed"
    exit 0
fi
echo "browser.sh: installing ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${packages[@]}" >/dev/null
chromium --version
chromedriver --version
