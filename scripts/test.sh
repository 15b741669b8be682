#!/usr/bin/env bash
# Runs every test (unit, aggregate, integration and acceptance) with the Maven wrapper: ./mvnw -B verify.
# Tests use Testcontainers where a Docker engine answers; otherwise they create fresh databases on the local
# PostgreSQL server, which this script installs and starts first when needed. It also installs promtool and
# pdftotext, Debian's chromium and chromedriver for the browser tests, and fetches axe-core from npm (var/tools/).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; } && [ -z "${BCF_TEST_DATABASE_URL:-}" ]; then
  scripts/ensure-postgres.sh
fi
# Real readers of what the services produce: promtool (Debian's prometheus package) lints the Prometheus scrape
# output in MetricsScrapeIT; pdftotext (poppler-utils) reads the board report's PDF in BoardReportIT; the browser
# journeys drive headless Chromium through chromedriver (never a browser a test tool downloads itself).
missing=()
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test: installing ${missing[*]} (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
scripts/fetch-axe-core.sh
exec ./mvnw -B verify "$@"
