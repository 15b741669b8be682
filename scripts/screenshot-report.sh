#!/usr/bin/env bash
# Renders a board report page in headless Chromium and saves a PNG under var/screenshots/ (kept out of git),
# installing Debian's chromium if missing. Needs the stack running (scripts/run.sh). The page is fetched signed in
# (BCF_USER/BCF_PASSWORD, by default the demo viewer) with its stylesheet, and rendered from a local copy.
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
user="${BCF_USER:-demo-viewer}:${BCF_PASSWORD:-viewer-demo-password}"
profile=$(mktemp -d)
page=$(mktemp -d)
trap 'rm -rf "$profile" "$page"' EXIT
curl -sSf -u "$user" -H 'Accept: text/html' "$url" -o "$page/report.html"
origin=$(printf '%s' "$url" | sed -E 's#^(https?://[^/]+).*#\1#')
curl -sSf "$origin/report.css" -o "$page/report.css"
sed -i -E 's#href="[^"]*report\.css"#href="report.css"#' "$page/report.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1240,3400 \
  --screenshot="$out" "file://$page/report.html" 2>/dev/null
test -s "$out" || { echo "screenshot: nothing was rendered from $url" >&2; exit 1; }
echo "screenshot: $out"
