#!/usr/bin/env bash
# Renders every page of the workbench in headless Chromium at 1280 and 375 px, each as the person who uses it, into
# var/screenshots/pages/ (kept out of git), and the board paper's pages as PNG beside them, for people to review.
# Starts its own services on a fresh database with the demo board (as the browser tests do): nothing else needs to
# run. Installs what it needs as scripts/test.sh does.
# Usage: scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "screenshots: installing ${missing[*]} (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; } && [ -z "${BCF_TEST_DATABASE_URL:-}" ]; then
  scripts/ensure-postgres.sh
fi
scripts/fetch-axe-core.sh

out="$PWD/var/screenshots/pages"
rm -rf "$out" && mkdir -p "$out"
./mvnw -B -q -pl acceptance-tests -am verify -DskipTests=false -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=PageScreenshots -Dfailsafe.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dbcf.screenshots="$out"
pdftoppm -png -r 80 "$out/19-board-paper.pdf" "$out/19-board-paper-page"
echo "screenshots: $(ls "$out" | wc -l) files in $out"
