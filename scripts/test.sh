#!/usr/bin/env bash
# Runs every test (unit, aggregate, integration and acceptance) with the Maven wrapper: ./mvnw -B verify.
# Tests use Testcontainers where a Docker engine answers; otherwise they create fresh databases on the local
# PostgreSQL server, which this script installs and starts first when needed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; } && [ -z "${BCF_TEST_DATABASE_URL:-}" ]; then
  scripts/ensure-postgres.sh
fi
exec ./mvnw -B verify "$@"
