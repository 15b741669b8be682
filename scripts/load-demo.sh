#!/usr/bin/env bash
# Posts a demo file's requests to the command service, one per line (METHOD PATH JSON; '#' starts a comment).
# Usage: scripts/load-demo.sh [command-service-url] [requests-file]
set -euo pipefail

base_url="${1:-http://localhost:8081}"
requests="${2:-$(dirname "$0")/../demo/bromley-2019-20.requests}"

loaded=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  method="${line%% *}"; rest="${line#* }"
  path="${rest%% *}"; body="${rest#* }"
  status=$(curl -sS -o /tmp/bcf-load-demo.out -w '%{http_code}' -X "$method" "$base_url$path" \
    -H 'Content-Type: application/json' -d "$body")
  if [ "$status" != "201" ]; then
    echo "load-demo: $method $path answered $status: $(cat /tmp/bcf-load-demo.out)" >&2
    exit 1
  fi
  loaded=$((loaded + 1))
done < "$requests"
echo "load-demo: $loaded requests accepted from $(basename "$requests")"
