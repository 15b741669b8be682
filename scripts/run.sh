#!/usr/bin/env bash
# The one command that runs the stack with the demo board loaded: through Docker Compose where a Docker engine
# answers, otherwise directly on this machine (scripts/run-local.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  # The pages relay their writes to the command service with tokens signed by this secret (ADR 14).
  export BCF_RELAY_SECRET="${BCF_RELAY_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}"
  docker compose up --build -d
  for _ in $(seq 1 180); do curl -sf http://localhost:8082/actuator/health >/dev/null && break; sleep 1; done
  scripts/load-demo.sh http://localhost:8081
  echo "Open http://localhost:8082/ and sign in as demo-analyst / analyst-demo-password (other demo users: README, Security) — stop with: docker compose down"
else
  exec scripts/run-local.sh
fi
