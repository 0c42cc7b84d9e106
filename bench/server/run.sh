#!/usr/bin/env bash
# Server benchmarks (loopback, bounded): import + assess N assets through the API as a ratio to CLI `assess` of
# the same file, on SQLite and on PostgreSQL; the server's peak RSS; filtered findings pages; 64 concurrent readers.
# Usage: bench/server/run.sh [ASSETS] [sqlite|postgres|both]   (default 1000000 both). Figures: docs/performance.md
set -euo pipefail
cd "$(dirname "$0")/../.."
assets=${1:-1000000}
engines=${2:-both}
work=${BENCH_DIR:-/tmp/netorigin-bench}
mkdir -p "$work"
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Server -c Release -v quiet -nologo
cli=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
client=bench/NetOrigin.Bench.Server/bin/Release/net10.0/NetOrigin.Bench.Server
inventory="$work/inv-$assets.csv"
[ -f "$inventory" ] || "$cli" sample --assets "$assets" --seed 42 --out "$inventory"

echo "== CLI assess of the same file (the baseline)"
/usr/bin/time -f "cli assess: %e s wall, %M KiB peak RSS" "$cli" assess "$inventory" --as-of 2026-06-30 --rejects "$work/rejects.csv" > /dev/null

serve() { # engine
  local data; data=$(mktemp -d "$work/server.XXXXXX")
  local port=$(( 20000 + RANDOM % 40000 ))
  local database="sqlite:$data/netorigin.db"
  if [ "$1" = postgres ]; then
    source tests/postgres/cluster.sh start >/dev/null
    database="$NETORIGIN_TEST_POSTGRES"
  fi
  "$cli" serve --data-dir "$data" --urls "http://127.0.0.1:$port" --database "$database" > "$data/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
  local token; token=$(grep -o 'nor_[A-Za-z0-9_-]*' "$data/server.log" | head -1)
  echo "== $1: import + assess $assets assets through the API"
  local out; out=$("$client" import --url "http://127.0.0.1:$port" --token "$token" --file "$inventory")
  echo "$out"
  local run; run=$(echo "$out" | grep -o 'run [0-9]*' | awk '{print $2}')
  echo "server peak RSS after the import: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
  "$client" pages --url "http://127.0.0.1:$port" --token "$token" --run "$run" --requests 300
  "$client" readers --url "http://127.0.0.1:$port" --token "$token" --run "$run" --clients 64 --seconds 30
  echo "server peak RSS at the end: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$1" = postgres ] && tests/postgres/cluster.sh stop "$PG_TEST_ROOT"
  rm -rf "$data"
}

[ "$engines" = postgres ] || serve sqlite
[ "$engines" = sqlite ] || serve postgres
