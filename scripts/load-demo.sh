#!/usr/bin/env bash
# Posts a demo file's requests to the command service, one per line (METHOD PATH JSON; '#' starts a comment),
# signed in with HTTP Basic: registering boards and population figures as an administrator, everything else (plans,
# actuals, commentary, sign-offs) as the board's analyst. The defaults are the demo profile's users; set
# BCF_LOAD_ADMIN and BCF_LOAD_ANALYST (each 'user:password') to load as others.
# Without a requests file, loads Bromley's 2019-20 figures and then its 2019-20 pooled budget.
# Usage: scripts/load-demo.sh [command-service-url] [requests-file]
set -euo pipefail

base_url="${1:-http://localhost:8081}"
demo="$(dirname "$0")/../demo"
if [ $# -ge 2 ]; then
  files=("$2")
else
  files=("$demo/bromley-2019-20.requests" "$demo/bromley-2019-20-pool.requests")
fi
admin="${BCF_LOAD_ADMIN:-demo-admin:admin-demo-password}"
analyst="${BCF_LOAD_ANALYST:-demo-analyst:analyst-demo-password}"
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT

# Who sends a request: boards and populations are an administrator's, the rest the board analyst's.
user_for() {
  case "$1 $2" in
    "POST /api/boards" | *" /api/boards/"*"/populations") echo "$admin" ;;
    *) echo "$analyst" ;;
  esac
}

for requests in "${files[@]}"; do
loaded=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  method="${line%% *}"; rest="${line#* }"
  path="${rest%% *}"; body="${rest#* }"
  user=$(user_for "$method" "$path")
  status=$(curl -sS -o "$answer" -w '%{http_code}' -X "$method" "$base_url$path" -u "$user" \
    -H 'Content-Type: application/json' -d "$body")
  if [ "$status" != "201" ]; then
    echo "load-demo: $method $path as ${user%%:*} answered $status: $(cat "$answer")" >&2
    exit 1
  fi
  loaded=$((loaded + 1))
done < "$requests"
echo "load-demo: $loaded requests accepted from $(basename "$requests")"
done
