#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 (user postgres, trust auth), installing and
# starting Debian's package when none is there. Used by scripts/run-local.sh; tests need the same server when
# no Docker engine is available (see test-support's TestDatabase).
set -euo pipefail

answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "ensure-postgres: installing PostgreSQL (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! answers; then
  echo "ensure-postgres: starting PostgreSQL"
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do answers && break; sleep 1; done
fi
answers || { echo "ensure-postgres: PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }
