#!/usr/bin/env bash
# Runs every test (unit, aggregate, integration and acceptance) with the Maven wrapper: ./mvnw -B verify.
# Tests use Testcontainers where a Docker engine answers; otherwise they create fresh databases on the local
# PostgreSQL server, which this script installs and starts first when needed. It also installs promtool.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; } && [ -z "${BCF_TEST_DATABASE_URL:-}" ]; then
  scripts/ensure-postgres.sh
fi
# promtool (Debian's prometheus package) lints both services' /actuator/prometheus output in MetricsScrapeIT.
if ! command -v promtool >/dev/null 2>&1; then
  echo "test: installing promtool (Debian package prometheus)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
fi
exec ./mvnw -B verify "$@"
