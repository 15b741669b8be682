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
#   one-address         docker-compose.yml's topology without Docker: two instances of each service behind nginx
#                       running deploy/nginx.conf (its host names mapped to local ports). Writes through the one
#                       command address reach both instances with 0 conflicts; a browser signs in and records a figure
#                       through the one query address (relayed through the command address, authored by the user);
#                       after kill -9 of a command instance every write is still accepted; after kill -9 of the
#                       query instance serving the browser, reads answer 200 from the other with every figure.
#                       Installs Debian's nginx if it is missing.
#
# Every experiment is bounded in time and count and sends traffic only to 127.0.0.1. Uses a fresh database
# 'bcf_faults' on the local PostgreSQL (never stops the server itself), ports 28081-28084, 25432 (the proxy) and
# 28091-28092 (nginx),
# and builds the jars first unless FAULTS_SKIP_BUILD=1. Logs in var/faults/.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=51840
EXPERIMENTS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    refused-import|query-kill|command-alternation|outage|idle-rebuild|one-address) EXPERIMENTS+=("$1"); shift ;;
    *) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
[ ${#EXPERIMENTS[@]} -gt 0 ] || EXPERIMENTS=(refused-import query-kill command-alternation outage idle-rebuild one-address)

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
NGINX_PID=
FAILED=0

cleanup() {
  for name in "${!PIDS[@]}"; do kill "${PIDS[$name]}" 2>/dev/null || true; done
  [ -n "$PROXY_PID" ] && kill -- "-$PROXY_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
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

# --- one address: the compose topology on loopback ----------------------------------------------------------------

start_nginx() { # deploy/nginx.conf with compose's host names mapped to the local instances' ports
  command -v nginx > /dev/null || { echo "  installing Debian's nginx"; apt-get install -y -qq nginx > /dev/null; }
  local dir; dir="$(pwd)/$LOG/nginx"; mkdir -p "$dir/logs"; : > "$dir/logs/access.log"
  sed -e 's/command-service-1:8081/127.0.0.1:28081/; s/command-service-2:8081/127.0.0.1:28083/' \
      -e 's/query-service-1:8082/127.0.0.1:28082/; s/query-service-2:8082/127.0.0.1:28084/' \
      -e 's/listen 8081;/listen 127.0.0.1:28091;/; s/listen 8082;/listen 127.0.0.1:28092;/' \
      -e "s|^http {|http {\n    log_format upstreams '\$request_method \$uri \$status \$upstream_addr';\n    access_log $dir/logs/access.log upstreams;|" \
      deploy/nginx.conf > "$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf" -g "daemon off; pid $dir/nginx.pid; error_log $dir/logs/error.log;" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:28091/ && return 0; sleep 0.1; done
  echo "faults: nginx did not start, see $dir/logs/error.log" >&2; exit 1
}

upstream_log() { cat "$LOG/nginx/logs/access.log"; }

signed_in() { [[ "$1" == "302 http://127.0.0.1:28092/"* && "$1" != *login* ]]; } # a sign-in leading on, at the one address

post_actuals() { # address, first month index, count: prints the HTTP codes
  local i period
  for i in $(seq "$2" $(($2 + $3 - 1))); do
    period=$(python3 -c "m=$i; y=2018+(m+3)//12; print(f'{y}-{(m+3)%12+1:02d}')")
    as_writer -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' -X POST \
      "http://$1/api/boards/E06000097/actuals" -d "{\"metric\":\"NEL\",\"period\":\"$period\",\"value\":$((1500 + i)),\"source\":\"SUS\"}"
  done
}

browser_sign_in() { # cookie jar: signs the writer in through the one query address; prints the code and where it leads
  local csrf
  rm -f "$1"
  csrf=$(curl -s -c "$1" -b "$1" http://127.0.0.1:28092/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" http://127.0.0.1:28092/login \
    --data-urlencode "username=$WRITER" --data-urlencode "password=$WRITER_PASSWORD" --data-urlencode "_csrf=$csrf"
}

browser_record() { # cookie jar, period, value: records a DTOC actual through the page form; prints the code and where it leads
  local csrf
  csrf=$(curl -s -c "$1" -b "$1" "http://127.0.0.1:28092/boards/E06000097/figures/new?metric=DTOC&kind=actual" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" http://127.0.0.1:28092/boards/E06000097/figures \
    --data-urlencode "metric=DTOC" --data-urlencode "kind=actual" --data-urlencode "period=$2" \
    --data-urlencode "value=$3" --data-urlencode "_csrf=$csrf"
}

one_address() {
  echo "== one-address: two instances of each service behind nginx (deploy/nginx.conf), as docker-compose.yml runs them"
  fresh_database
  export BCF_RELAY_SECRET; BCF_RELAY_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
  export BCF_COMMAND_SERVICE_URL=http://127.0.0.1:28091 BCF_FORWARD_HEADERS_STRATEGY=native
  start command-1 "$COMMAND_JAR" 28081 5432
  start command-2 "$COMMAND_JAR" 28083 5432
  start query-1 "$QUERY_JAR" 28082 5432 -Dbcf.axon.node-id=query-1
  start query-2 "$QUERY_JAR" 28084 5432 -Dbcf.axon.node-id=query-2
  start_nginx
  create_writer 28091
  as_writer -o /dev/null -H 'Content-Type: application/json' -X POST "http://127.0.0.1:28091/api/boards" \
    -d '{"code":"E06000097","name":"One address"}'
  local codes accepted used jar=$LOG/browser.cookies signed recorded author
  codes=$(post_actuals 127.0.0.1:28091 0 12)
  accepted=$(grep -c '^201$' <<< "$codes" || true)
  used=$(upstream_log | awk '$1 == "POST" && $2 ~ /actuals$/ {print $4}' | sort -u | wc -l)
  echo "  12 writes through 127.0.0.1:28091: $accepted accepted (201), $(grep -c '^409$' <<< "$codes" || true) conflicts; command instances used: $used"
  signed=$(browser_sign_in "$jar")
  recorded=$(browser_record "$jar" 2019-04 1612)
  author=$(psql_db "select count(*) from event_store.domain_event_entry where aggregate_identifier = 'E06000097/DTOC/2019-20'
                     and convert_from(payload, 'UTF8') like '%2019-04%' and convert_from(payload, 'UTF8') like '%$WRITER%'")
  echo "  browser through 127.0.0.1:28092: sign-in HTTP $signed, page write HTTP $recorded, DTOC April 2019 events naming the user: $author"
  local killed_cmd=command-1
  kill -9 "${PIDS[$killed_cmd]}"; wait "${PIDS[$killed_cmd]}" 2>/dev/null || true; unset "PIDS[$killed_cmd]"
  local after_kill; after_kill=$(post_actuals 127.0.0.1:28091 12 12)
  local after_ok; after_ok=$(grep -c '^201$' <<< "$after_kill" || true)
  local page_after; page_after=$(browser_record "$jar" 2019-05 1613)
  echo "  after kill -9 of $killed_cmd: $after_ok of 12 writes accepted through the one address; page write HTTP $page_after"
  local serving victim victim_port other_port
  serving=$(upstream_log | awk '$2 ~ /^\/boards\/E06000097\/figures$/ {print $4}' | tail -1)
  victim=$([ "$serving" = 127.0.0.1:28082 ] && echo query-1 || echo query-2)
  other_port=$([ "$victim" = query-1 ] && echo 28084 || echo 28082)
  local deadline; deadline=$(( $(date +%s) + 60 ))
  while [ "$(lag "$other_port")" != 0 ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.5; done
  kill -9 "${PIDS[$victim]}"; wait "${PIDS[$victim]}" 2>/dev/null || true; unset "PIDS[$victim]"
  local reads=0 read_ok=0 status figures=-1
  deadline=$(( $(date +%s) + 30 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    status=$(as_writer -o "$LOG/view.json" -w '%{http_code}' "http://127.0.0.1:28092/api/boards/E06000097/performance/2019-20" || echo 000)
    reads=$((reads + 1)); [ "$status" = 200 ] && read_ok=$((read_ok + 1))
    figures=$(psql_db "select count(distinct metric || period) from read_model.figure_version where board_code = 'E06000097'")
    [ "$reads" -ge 10 ] && break
  done
  local again; again=$(browser_sign_in "$jar")
  echo "  after kill -9 of $victim (served the browser at $serving): $read_ok of $reads reads 200 through 127.0.0.1:28092;" \
    "figures in the read table $figures of 26; the browser signs in again: HTTP $again"
  verdict one-address "$([ "$accepted" = 12 ] && [ "$used" = 2 ] && signed_in "$signed" && [[ "$recorded" == "302 http://127.0.0.1:28092/"*/history* ]] && [ "$author" -ge 1 ] \
      && [ "$after_ok" = 12 ] && [[ "$page_after" == "302 http://127.0.0.1:28092/"*/history* ]] && [ "$read_ok" = "$reads" ] && [ "$figures" = 26 ] && signed_in "$again" && echo 0 || echo 1)" \
    "writes $accepted+$after_ok of 24 over both command instances, page writes $recorded/$page_after, reads $read_ok/$reads after a query instance died"
  kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=
  for name in query-1 query-2; do [ -z "${PIDS[$name]:-}" ] || stop "$name"; done
  stop command-2
  unset BCF_COMMAND_SERVICE_URL BCF_FORWARD_HEADERS_STRATEGY
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
