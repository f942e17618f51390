#!/usr/bin/env bash
# Installs the Debian packages the test suites need, only those missing (a machine that has them
# is not slowed down): Chromium for every browser test, Firefox ESR (component and end-to-end
# tests, driven over WebDriver BiDi), WebKitGTK's WebKitWebDriver and MiniBrowser with Xvfb for
# its display (end-to-end tests), the fonts every test browser renders with
# (config/fonts.conf; listed in config/chrome.js), and WordPress, MariaDB and PHP for the WordPress
# plugin's tests. Needs root (or sudo) only when something is missing. Run by `.ci/run` and by the
# README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  for b in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    [ -n "$b" ] && [ -x "$b" ] && return 0
  done
  return 1
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

FONT_PACKAGES=$(node --input-type=module -e "console.log((await import('./config/chrome.js')).FONT_PACKAGES.join(' '))")
ENGINE_PACKAGES="firefox-esr webkit2gtk-driver xvfb"
WORDPRESS_PACKAGES="wordpress mariadb-server php-cli php-mysql wordpress-theme-twentytwentythree"

missing=()
have_browser || missing+=(chromium)
for pkg in $ENGINE_PACKAGES $FONT_PACKAGES $WORDPRESS_PACKAGES; do
  installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing from Debian: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
