#!/usr/bin/env bash
# Runs the whole stack on this machine without Docker: PostgreSQL (local server), the command service on :8081
# and the query service on :8082, with the Bromley demo board loaded into a fresh database 'bcf_demo'. Both run with
# the 'demo' Spring profile, which creates the demo users (README, "Security"); the board is loaded as demo-admin
# (registration, populations) and demo-analyst (figures, commentary, sign-off).
# Stops both services on Ctrl-C. Logs go to var/log/.
set -euo pipefail
cd "$(dirname "$0")/.."

database="${BCF_DEMO_DATABASE:-bcf_demo}"
export BCF_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$database"
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-demo}"
# The pages relay their writes to the command service with tokens signed by this secret (ADR 14): one per run.
export BCF_RELAY_SECRET="${BCF_RELAY_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}"
mkdir -p var/log

scripts/ensure-postgres.sh
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $database with (force)" -c "create database $database"

echo "run-local: building (tests are not run here; use ./mvnw -B verify)"
./mvnw -q -B -DskipTests package

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

start() {
  local name="$1" port="$2"
  java -jar "$name/target/$name-0.1.0-SNAPSHOT-exec.jar" > "var/log/$name.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health" >/dev/null && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "run-local: $name failed to start, see var/log/$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "run-local: $name did not become healthy, see var/log/$name.log" >&2
  exit 1
}

start command-service 8081
start query-service 8082
scripts/load-demo.sh http://localhost:8081

echo
echo "BCF performance ledger is running at one address: http://localhost:8082/ (sign in there; every page, reads"
echo "  and writes alike, is served from it)"
echo "  Bromley overview: http://localhost:8082/boards/E09000006/performance/2019-20"
echo "  board report:     http://localhost:8082/boards/E09000006/reports/2019-20/Q2"
echo "  API for scripts:  reads http://localhost:8082/api/boards, writes http://localhost:8081/api/boards (JSON, HTTP Basic)"
echo "Demo users (password: <name without demo->-demo-password): demo-admin, demo-analyst and demo-viewer (Bromley), demo-auditor,"
echo "  demo-analyst-barnet. Sign in at http://localhost:8082/login; the API takes HTTP Basic."
echo "Press Ctrl-C to stop."
wait
