#!/usr/bin/env bash
# Install what the browser tests (tests/test_views_browser.py) need, when it is missing: Debian's
# chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) and a CJK font so that
# the views' screenshots show Chinese labels. tests/test_formats.py prints the sample to PDF with
# Chromium and Noto CJK (fonts-noto-cjk) and typesets it with ReportLab in WenQuanYi Micro Hei
# (fonts-wqy-microhei, a TrueType CJK font) and with WeasyPrint, which needs Pango (chromium pulls
# it in, but WeasyPrint loads it by name). Runs as root (CI does); a no-op when all are there.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || packages+=(fonts-wqy-microhei)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || packages+=(fonts-noto-cjk)
compgen -G '/usr/lib/*/libpangoft2-1.0.so.0' >/dev/null || packages+=(libpango-1.0-0 libpangoft2-1.0-0)

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
