#!/usr/bin/env bash
# Fetches the pinned axe-core release (Deque's accessibility engine, MPL-2.0) from npm into var/tools/ (kept out of
# git), where the browser tests load axe.min.js from. Installs Debian's npm if missing. Does nothing when present.
set -euo pipefail
cd "$(dirname "$0")/.."

version=4.14.1
target="var/tools/axe-core-$version"
if [ -f "$target/package/axe.min.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "axe-core: installing npm (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi
mkdir -p "$target"
tarball=$(cd "$target" && npm pack --silent "axe-core@$version")
tar -xzf "$target/$tarball" -C "$target" package/axe.min.js package/LICENSE package/package.json
rm -f "$target/$tarball"
echo "axe-core: $target/package/axe.min.js"
