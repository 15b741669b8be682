#!/usr/bin/env bash
# Fault experiments (issue 13) against the packaged jars on loopback; results and their meaning in docs/reliability.md.
#
#   scripts/faults.sh [EXPERIMENT ...] [--rows N]
#
# Experiments (all of them when none is named), each printing what it tried, its counts and a verdict (PASS/FAIL):
#   refused-import      a refused import of N rows (default 51,840; the last row gives a figure twice), then the
#                       corrected file; the query service runs with -Xmx512m. Counts the global positions the refused
#                       import took (must be 0) and how long the query service takes to project the corrected file
#                       (must be under 60 s, no OutOfMemoryError, processor not in error).
#   query-kill          two query instances share the segments; kill -9 of one; the other must hold every segment
#                       within the claim timeout (10 s) and a heartbeat, the read tables unchanged by checksum.
#   command-alternation 24 writes to one ledger alternating between two command instances: 0 conflicts.
#   outage              both services reach PostgreSQL through a socat proxy, which is stopped for 10 s: every write
#                       and read in that time answered 503 within 5 s, readiness DOWN on both; writes succeed again
#                       after, without a restart.
#   idle-rebuild        a rebuild on an idle store: bcf_projection_replaying back to 0 without another write.
#
# Every experiment is bounded in time and count and sends traffic only to 127.0.0.1. Uses a fresh database
# 'bcf_faults' on the local PostgreSQL (never stops the server itself), ports 28081-28084 and 25432 (the proxy),
# and builds the jars first unless FAULTS_SKIP_BUILD=1. Logs in var/faults/.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=51840
EXPERIMENTS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    refused-import|query-kill|command-alternation|outage|idle-rebuild) EXPERIMENTS+=("$1"); shift ;;
    *) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
[ ${#EXPERIMENTS[@]} -gt 0 ] || EXPERIMENTS=(refused-import query-kill command-alternation outage idle-rebuild)

DB=bcf_faults
PROXY_PORT=25432
LOG=var/faults
ADMIN=fault-admin
ADMIN_PASSWORD='Resilient-operator-passphrase-2026!'
WRITER=fault-writer
WRITER_PASSWORD='Steady-hands-write-figures-2026!'
COMMAND_JAR=command-service/target/command-service-0.1.0-SNAPSHOT-exec.jar
QUERY_JAR=query-service/target/query-service-0.1.0-SNAPSHOT-exec.jar
mkdir -p "$LOG"

declare -A PIDS=()
PROXY_PID=
FAILED=0

cleanup() {
  for name in "${!PIDS[@]}"; do kill "${PIDS[$name]}" 2>/dev/null || true; done
  [ -n "$PROXY_PID" ] && kill -- "-$PROXY_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

verdict() { # name, condition (0 = pass), counts
  if [ "$2" = 0 ]; then echo "  verdict $1: PASS ($3)"; else echo "  verdict $1: FAIL ($3)"; FAILED=1; fi
}

now_ms() { date +%s%3N; }

psql_db() { psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }

fresh_database() {
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
}

start_proxy() {
  setsid socat "TCP-LISTEN:$PROXY_PORT,fork,reuseaddr,bind=127.0.0.1" TCP:127.0.0.1:5432 &
  PROXY_PID=$!
  sleep 0.5
}

stop_proxy() { kill -- "-$PROXY_PID" 2>/dev/null || true; wait "$PROXY_PID" 2>/dev/null || true; PROXY_PID=; }

# start NAME JAR PORT DB_PORT [extra java options...]
start() {
  local name="$1" jar="$2" port="$3" db_port="$4"; shift 4
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "faults: port $port is taken by another process; stop it first" >&2
    exit 1
  fi
  BCF_DATABASE_URL="jdbc:postgresql://127.0.0.1:$db_port/$DB" BCF_ADMIN_USER="$ADMIN" BCF_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    SPRING_PROFILES_ACTIVE=default COMMAND_SERVICE_PORT="$port" QUERY_SERVICE_PORT="$port" \
    java -Daxoniq.update-checker.disabled=true "$@" -jar "$jar" > "$LOG/$name.log" 2>&1 &
  PIDS[$name]=$!
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/actuator/health/liveness" > /dev/null && return 0
    kill -0 "${PIDS[$name]}" 2>/dev/null || { echo "faults: $name failed to start, see $LOG/$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "faults: $name did not start, see $LOG/$name.log" >&2
  exit 1
}

stop() { kill "${PIDS[$1]}" 2>/dev/null || true; wait "${PIDS[$1]}" 2>/dev/null || true; unset "PIDS[$1]"; }

as_admin() { curl -s -u "$ADMIN:$ADMIN_PASSWORD" "$@"; }
as_writer() { curl -s -u "$WRITER:$WRITER_PASSWORD" "$@"; }

create_writer() { # command port
  as_admin -o /dev/null -H 'Content-Type: application/json' -X POST "http://127.0.0.1:$1/api/admin/users" \
    -d "{\"username\":\"$WRITER\",\"password\":\"$WRITER_PASSWORD\",\"roles\":[\"ADMIN\",\"ANALYST\",\"MONITOR\"],\"boards\":[\"*\"]}"
}

register_boards() { # command port, count
  for i in $(seq 1 "$2"); do
    printf '{"code":"E%08d","name":"Fault board %d"}\n' "$((6000000 + i))" "$i"
  done | xargs -d '\n' -P 6 -I{} curl -s -o /dev/null -u "$WRITER:$WRITER_PASSWORD" -H 'Content-Type: application/json' \
      -X POST "http://127.0.0.1:$1/api/boards" -d {}
}

# The import file: NEL and DTOC monthly actuals of 2018-19 and 2019-20 (48 rows a board), as many boards as rows need.
import_file() { # rows, refused(0|1), out
  python3 - "$1" "$2" "$3" <<'PY'
import sys
rows, refused, out = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3]
months = [f"{y}-{m:02d}" for fy in (2018, 2019) for y, m in [(fy + (mm > 12), (mm - 1) % 12 + 1) for mm in range(4, 16)]]
with open(out, "w") as f:
    f.write("board,metric,period,kind,value,numerator,denominator,per_day,source,reason,published_value\r\n")
    written, board = 0, 0
    while written < rows:
        board += 1
        for metric in ("NEL", "DTOC"):
            for period in months:
                if written == rows:
                    break
                f.write(f"E{6000000 + board:08d},{metric},{period},actual,{1000 + written % 977},,,,SUS,,\r\n")
                written += 1
    if refused:
        f.write(f"E{6000001:08d},NEL,2018-04,actual,1234,,,,SUS,,\r\n")
print(board)
PY
}

lag() { # query port: the projection's lag in events, or "?" while unknown
  curl -s "http://127.0.0.1:$1/actuator/prometheus" -u "$WRITER:$WRITER_PASSWORD" \
    | awk '/^bcf_projection_lag_events\{/ {print int($2); found=1} END {if (!found) print "?"}'
}

gauge() { # query port, metric name
  curl -s "http://127.0.0.1:$1/actuator/prometheus" -u "$WRITER:$WRITER_PASSWORD" | awk -v m="$2" '$0 ~ "^"m"\\{" {print $2}'
}

read_checksum() {
  psql_db "select md5(string_agg(t, '|' order by t)) from (
             select 'b' || code || name as t from read_model.board
             union all select 'f' || f::text from read_model.figure_version f) x"
}

# --- experiments -------------------------------------------------------------------------------------------------

refused_import() {
  echo "== refused-import: a refused file of $ROWS rows, then the corrected file; query service -Xmx512m"
  fresh_database
  start command-1 "$COMMAND_JAR" 28081 5432 -Xmx1g
  create_writer 28081
  start query-1 "$QUERY_JAR" 28082 5432 -Xmx512m -Dbcf.axon.node-id=query-1
  local boards; boards=$(import_file "$ROWS" 1 "$LOG/refused.csv"); import_file "$ROWS" 0 "$LOG/corrected.csv" > /dev/null
  echo "  registering $boards boards"
  register_boards 28081 "$boards"
  local before after status took start_ms deadline caught=-1
  before=$(psql_db "select last_value from event_store.domain_event_entry_global_index_seq")
  status=$(as_writer -o /dev/null -w '%{http_code}' -H 'Content-Type: text/csv' --data-binary @"$LOG/refused.csv" \
    "http://127.0.0.1:28081/api/imports")
  after=$(psql_db "select last_value from event_store.domain_event_entry_global_index_seq")
  echo "  refused import: HTTP $status, global positions taken $((after - before))"
  start_ms=$(now_ms)
  status=$(as_writer -o /dev/null -w '%{http_code}' -H 'Content-Type: text/csv' --data-binary @"$LOG/corrected.csv" \
    "http://127.0.0.1:28081/api/imports")
  echo "  corrected import: HTTP $status in $(( $(now_ms) - start_ms )) ms"
  deadline=$(( $(date +%s) + 120 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(lag 28082)" = 0 ]; then caught=$(( $(now_ms) - start_ms )); break; fi
    sleep 0.5
  done
  local oom=0 errors
  grep -q OutOfMemoryError "$LOG/query-1.log" && oom=1
  errors=$(gauge 28082 bcf_projection_stalled)
  echo "  projected within ${caught} ms of the corrected import's start; OutOfMemoryError: $oom; stalled: ${errors:-?}"
  verdict refused-import "$([ "$((after - before))" = 0 ] && [ "$caught" -ge 0 ] && [ "$caught" -lt 60000 ] && [ "$oom" = 0 ] && echo 0 || echo 1)" \
    "positions burned $((after - before)), caught up in ${caught} ms, oom $oom"
  stop query-1; stop command-1
}

query_kill() {
  echo "== query-kill: two query instances share the segments; kill -9 of one"
  fresh_database
  start command-1 "$COMMAND_JAR" 28081 5432
  create_writer 28081
  import_file 2400 0 "$LOG/small.csv" > /dev/null
  register_boards 28081 50
  as_writer -o /dev/null -H 'Content-Type: text/csv' --data-binary @"$LOG/small.csv" "http://127.0.0.1:28081/api/imports"
  start query-1 "$QUERY_JAR" 28082 5432 -Dbcf.axon.node-id=query-1
  start query-2 "$QUERY_JAR" 28083 5432 -Dbcf.axon.node-id=query-2
  local deadline; deadline=$(( $(date +%s) + 60 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(gauge 28082 bcf_projection_segments_claimed)" = 1.0 ] && [ "$(gauge 28083 bcf_projection_segments_claimed)" = 1.0 ] \
      && [ "$(lag 28082)" = 0 ] && break
    sleep 0.5
  done
  local shared1 shared2 sum_before sum_after took=-1 start_ms
  shared1=$(gauge 28082 bcf_projection_segments_claimed); shared2=$(gauge 28083 bcf_projection_segments_claimed)
  sum_before=$(read_checksum)
  echo "  segments held: query-1 $shared1, query-2 $shared2; read tables checksum $sum_before"
  kill -9 "${PIDS[query-1]}"; wait "${PIDS[query-1]}" 2>/dev/null || true; unset "PIDS[query-1]"
  start_ms=$(now_ms)
  deadline=$(( $(date +%s) + 60 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(gauge 28083 bcf_projection_segments_claimed)" = 2.0 ]; then took=$(( $(now_ms) - start_ms )); break; fi
    sleep 0.2
  done
  sum_after=$(read_checksum)
  echo "  after kill -9 of query-1: query-2 holds every segment after ${took} ms; checksum $sum_after"
  verdict query-kill "$([ "$shared1" = 1.0 ] && [ "$shared2" = 1.0 ] && [ "$took" -ge 0 ] && [ "$took" -le 12000 ] && [ "$sum_before" = "$sum_after" ] && echo 0 || echo 1)" \
    "shared 1/1: $shared1/$shared2, takeover ${took} ms, checksum unchanged: $([ "$sum_before" = "$sum_after" ] && echo yes || echo no)"
  stop query-2; stop command-1
}

command_alternation() {
  echo "== command-alternation: 24 writes to one ledger alternating between two command instances"
  fresh_database
  start command-1 "$COMMAND_JAR" 28081 5432
  create_writer 28081
  start command-2 "$COMMAND_JAR" 28084 5432
  as_writer -o /dev/null -H 'Content-Type: application/json' -X POST "http://127.0.0.1:28081/api/boards" \
    -d '{"code":"E06000099","name":"Alternating"}'
  local ok=0 conflicts=0 other=0 status port period
  for i in $(seq 0 23); do
    port=$([ $((i % 2)) = 0 ] && echo 28081 || echo 28084)
    period=$(python3 -c "m=$i; y=2018+(m+3)//12; print(f'{y}-{(m+3)%12+1:02d}')")
    status=$(as_writer -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -X POST \
      "http://127.0.0.1:$port/api/boards/E06000099/actuals" \
      -d "{\"metric\":\"NEL\",\"period\":\"$period\",\"value\":$((1500 + i)),\"source\":\"SUS\"}")
    case "$status" in 201) ok=$((ok + 1)) ;; 409) conflicts=$((conflicts + 1)) ;; *) other=$((other + 1)) ;; esac
  done
  echo "  201: $ok, 409: $conflicts, other: $other"
  verdict command-alternation "$([ "$ok" = 24 ] && echo 0 || echo 1)" "$ok of 24 accepted, $conflicts false conflicts"
  stop command-2; stop command-1
}

outage() {
  echo "== outage: PostgreSQL unreachable for 10 s (socat proxy stopped) under both services"
  fresh_database
  start_proxy
  start command-1 "$COMMAND_JAR" 28081 "$PROXY_PORT"
  create_writer 28081
  start query-1 "$QUERY_JAR" 28082 "$PROXY_PORT" -Dbcf.axon.node-id=query-1
  as_writer -o /dev/null -H 'Content-Type: application/json' -X POST "http://127.0.0.1:28081/api/boards" \
    -d '{"code":"E06000098","name":"Outage"}'
  stop_proxy
  local until_ms requests=0 unavailable=0 slow=0 worst=0 took status c_ready q_ready
  until_ms=$(( $(now_ms) + 10000 ))
  while [ "$(now_ms)" -lt "$until_ms" ]; do
    for url in "http://127.0.0.1:28081/api/boards/E06000098/actuals" "http://127.0.0.1:28082/api/boards"; do
      local start_ms; start_ms=$(now_ms)
      if [[ "$url" == *28081* ]]; then
        status=$(as_writer -o /dev/null -m 30 -w '%{http_code}' -H 'Content-Type: application/json' -X POST "$url" \
          -d '{"metric":"NEL","period":"2019-04","value":1500,"source":"SUS"}' || echo 000)
      else
        status=$(as_writer -o /dev/null -m 30 -w '%{http_code}' "$url" || echo 000)
      fi
      took=$(( $(now_ms) - start_ms ))
      requests=$((requests + 1)); [ "$status" = 503 ] && unavailable=$((unavailable + 1))
      [ "$took" -ge 5000 ] && slow=$((slow + 1)); [ "$took" -gt "$worst" ] && worst=$took
    done
  done
  c_ready=$(curl -s -o /dev/null -m 10 -w '%{http_code}' http://127.0.0.1:28081/actuator/health/readiness || echo 000)
  q_ready=$(curl -s -o /dev/null -m 10 -w '%{http_code}' http://127.0.0.1:28082/actuator/health/readiness || echo 000)
  echo "  during the outage: $requests requests, $unavailable answered 503, $slow took 5 s or more (slowest $worst ms);" \
    "readiness command $c_ready, query $q_ready"
  start_proxy
  local recovered=-1 start_ms; start_ms=$(now_ms)
  for _ in $(seq 1 60); do
    status=$(as_writer -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -X POST \
      "http://127.0.0.1:28081/api/boards/E06000098/actuals" -d '{"metric":"NEL","period":"2019-05","value":1501,"source":"SUS"}')
    if [ "$status" = 201 ]; then recovered=$(( $(now_ms) - start_ms )); break; fi
    sleep 1
  done
  echo "  after the database came back: a write accepted after ${recovered} ms"
  verdict outage "$([ "$unavailable" = "$requests" ] && [ "$slow" = 0 ] && [ "$c_ready" = 503 ] && [ "$q_ready" = 503 ] && [ "$recovered" -ge 0 ] && echo 0 || echo 1)" \
    "$unavailable of $requests 503, slowest $worst ms, readiness $c_ready/$q_ready, recovered after ${recovered} ms"
  stop query-1; stop command-1; stop_proxy
}

idle_rebuild() {
  echo "== idle-rebuild: a rebuild on an idle store ends replaying without another write"
  fresh_database
  start command-1 "$COMMAND_JAR" 28081 5432
  create_writer 28081
  register_boards 28081 20
  start query-1 "$QUERY_JAR" 28082 5432 -Dbcf.axon.node-id=query-1
  local deadline status replaying=-1 head_before head_after
  deadline=$(( $(date +%s) + 60 )); while [ "$(lag 28082)" != 0 ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.5; done
  head_before=$(psql_db "select max(global_index) from event_store.domain_event_entry")
  status=$(as_writer -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:28082/api/admin/read-models/rebuild)
  deadline=$(( $(date +%s) + 60 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    replaying=$(gauge 28082 bcf_projection_replaying)
    [ "$replaying" = 0.0 ] && [ "$(lag 28082)" = 0 ] && break
    sleep 0.5
  done
  head_after=$(psql_db "select max(global_index) from event_store.domain_event_entry")
  echo "  rebuild: HTTP $status; bcf_projection_replaying $replaying; events written meanwhile $((head_after - head_before))"
  verdict idle-rebuild "$([ "$status" = 202 ] && [ "$replaying" = 0.0 ] && [ "$head_after" = "$head_before" ] && echo 0 || echo 1)" \
    "replaying $replaying after the rebuild, no write since"
  stop query-1; stop command-1
}

scripts/ensure-postgres.sh
if [ "${FAULTS_SKIP_BUILD:-0}" != 1 ]; then
  echo "faults: building the jars (./mvnw -q -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi
for experiment in "${EXPERIMENTS[@]}"; do
  "${experiment//-/_}"
done
exit "$FAILED"
