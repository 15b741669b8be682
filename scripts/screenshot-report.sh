#!/usr/bin/env bash
# Renders a board report page in headless Chromium and saves a PNG under var/screenshots/ (kept out of git),
# installing Debian's chromium if missing. Needs the stack running (scripts/run.sh).
# Usage: scripts/screenshot-report.sh [report-url] [output.png]
set -euo pipefail
cd "$(dirname "$0")/.."

url="${1:-http://localhost:8082/api/boards/E09000006/reports/2019-20/Q2?asOf=sign-off:2019-20-Q2}"
out="${2:-var/screenshots/bromley-2019-20-Q2.png}"
mkdir -p "$(dirname "$out")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot: installing chromium (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1240,3400 \
  --screenshot="$out" "$url" 2>/dev/null
test -s "$out" || { echo "screenshot: nothing was rendered from $url" >&2; exit 1; }
echo "screenshot: $out"
