#!/usr/bin/env bash
# Server benchmarks (loopback, bounded): import + assess N assets through the API as a ratio to CLI `assess` of
# the same file, on SQLite and on PostgreSQL; the server's peak RSS; filtered findings pages; 64 concurrent readers.
# Usage: bench/server/run.sh [ASSETS] [sqlite|postgres|both] [all|ratio|import]   (default 1000000 both all)
# "ratio" runs the CLI baseline and the import, without the reading phases; "import" the import alone (the peak-RSS
# run at 10M). Figures: docs/performance.md
# CLI=PATH benchmarks that netorigin build (a copy, so that builds in the checkout do not replace it mid-run) instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
assets=${1:-1000000}
engines=${2:-both}
phases=${3:-all}
source bench/server/prepare.sh

# CPU seconds (user + system) a process has used so far, from /proc.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

if [ "$phases" != import ]; then
  echo "== CLI assess of the same file (the baseline)"
  /usr/bin/time -o "$work/cli.time" -f "cli assess: %e s wall, %U+%S s CPU, %M KiB peak RSS" \
    "$cli" assess "$inventory" --as-of 2026-06-30 --rejects "$work/rejects.csv" > /dev/null 2> "$work/cli.err"
  cat "$work/cli.time"
fi

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
  local before; before=$(cpu "$pid")
  if [ "$phases" = import ]; then # a long run may be stopped: the peak so far at the records reached, every minute
    ( while kill -0 "$pid" 2>/dev/null; do sleep 60
        echo "$(date -u +%T) peak RSS $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status 2>/dev/null) at $(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/jobs" | grep -o '"records_done":[0-9]*' | head -1)"
      done ) &
  fi
  local out; out=$("$client" import --url "http://127.0.0.1:$port" --token "$token" --file "$inventory")
  echo "$out"
  echo "server CPU for the import: $(awk -v a="$before" -v b="$(cpu "$pid")" 'BEGIN {printf "%.1f", b - a}') s"
  [ "$1" = postgres ] && echo "(PostgreSQL's own processes are not in that figure)"
  local run; run=$(echo "$out" | grep -o 'run [0-9]*' | awk '{print $2}')
  echo "server peak RSS after the import: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
  if [ "$phases" = all ]; then
    "$client" pages --url "http://127.0.0.1:$port" --token "$token" --run "$run" --requests 300
    "$client" readers --url "http://127.0.0.1:$port" --token "$token" --run "$run" --clients 64 --seconds 30
    echo "server peak RSS at the end: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$1" = postgres ] && tests/postgres/cluster.sh stop "$PG_TEST_ROOT"
  rm -rf "$data"
}

[ "$engines" = postgres ] || serve sqlite
[ "$engines" = sqlite ] || serve postgres
