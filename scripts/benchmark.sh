#!/usr/bin/env bash
# The performance benchmark (issue 7) and its synthetic national dataset; see docs/performance.md.
#
#   scripts/benchmark.sh generate [--seed N] [--events N] [--out DIR] [--load URL --user NAME --password PASSWORD]
#       writes the dataset's CSV import files (default var/benchmark/dataset) and, with --load, loads them into the
#       command service at URL through its public API (bulk imports, single writes, withdrawals), signed in as a
#       user with the ADMIN and ANALYST roles for every board.
#   scripts/benchmark.sh run [--seed N] [--events N] [--profile] [--database-url JDBC_ADMIN_URL]
#       drops and recreates the database bcf_bench on the local PostgreSQL, runs both services from their jars
#       (ports 18081/18082, -Xmx2g each, administrator bench-admin; every measurement signs in as the user bench,
#       created with every role a measurement needs, for every board), loads the dataset, measures and prints the
#       results table (also written to var/benchmark/results-<time>.md); --profile also records the command service
#       during the first bulk import and the query service during the rebuild and the read-latency measurements with
#       Java Flight Recorder and summarises where the time went (var/benchmark/*-profile.txt, which always hold the CPU
#       split and PostgreSQL counters).
#   scripts/benchmark.sh query [--only rebuild|reads] [--profile] [--query-service-args "--name=value ..."] [--query-jar JAR]
#       repeats the rebuild (2, 5) and read latency (3) measurements on bcf_bench as the last run left it, with the
#       query service given those arguments (e.g. Spring properties to try) or another build of it; run also
#       takes --command-service-args and --query-service-args.
#   scripts/benchmark.sh profile-summary FILE.jfr
#       summarises any flight recording the same way.
#
# Defaults: --seed 20261123 --events 1000000. Builds the jars first (./mvnw -q -DskipTests package) unless
# BENCHMARK_SKIP_BUILD=1. The benchmark never runs as part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  generate|run|query|profile-summary) ;;
  *) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

if [ "$1" = run ] || [ "$1" = query ]; then
  scripts/ensure-postgres.sh
fi
if [ "${BENCHMARK_SKIP_BUILD:-0}" != 1 ]; then
  echo "benchmark: building the jars (./mvnw -q -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi
exec java -Xmx3g -Daxoniq.update-checker.disabled=true -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar "$@"
