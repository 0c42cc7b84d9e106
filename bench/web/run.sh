#!/usr/bin/env bash
# The web pages' server time with ASSETS stored assets (loopback, bounded): a SQLite server imports and assesses
# `netorigin sample --assets ASSETS --seed 42` once, a plan of a 40-asset sample is made beside it (for the plan
# pages; planning the whole sample is the planner bench's), then every page is fetched REQUESTS times by a signed-in
# browser session and the Server-Timing header gives the server's own time (p50/p95/max), the first request apart.
# Usage: bench/web/run.sh [ASSETS] [REQUESTS]   (default 1000000 50). Figures: docs/performance.md
# CLI=PATH benchmarks that netorigin build instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
assets=${1:-1000000}
requests=${2:-50}
source bench/server/prepare.sh

data=$(mktemp -d "$work/web.XXXXXX")
port=$(( 20000 + RANDOM % 40000 ))
base="http://127.0.0.1:$port"
"$cli" serve --data-dir "$data" --urls "$base" --database "sqlite:$data/netorigin.db" > "$data/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do curl -sf "$base/health/ready" >/dev/null && break; sleep 0.2; done
token=$(grep -o 'nor_[A-Za-z0-9_-]*' "$data/server.log" | head -1)

echo "== import + assess $assets assets"
out=$("$client" import --url "$base" --token "$token" --file "$inventory")
echo "$out"
run=$(echo "$out" | grep -o 'run [0-9]*' | awk '{print $2}')

# A small sample to plan (its covered items), so the plan pages have a plan to show.
"$cli" sample --assets 40 --seed 42 --out "$data/small.csv"
small=$("$client" import --url "$base" --token "$token" --file "$data/small.csv" --as-of 2026-07-01 | grep -o 'run [0-9]*' | awk '{print $2}')
budget='currency: USD\nperiods:\n  - {from: 2026-07-01, to: 2027-07-01, amount: 3000000, label: FY2026}\n'
plan=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"run_id\": $small, \"start\": \"2026-07-01\", \"crews\": 1, \"budget\": \"$budget\", \"work\": 1.0, \"workers\": 1, \"fixes\": false}" \
  "$base/api/v1/plans" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
for _ in $(seq 1 600); do curl -sf -H "Authorization: Bearer $token" "$base/api/v1/plans/$plan/status" | grep -q '"state":"complete"' && break; sleep 0.5; done

echo "== pages (load average $(cut -d' ' -f1-3 /proc/loadavg))"
"$client" web --url "$base" --token "$token" --run "$run" --plan "$plan" --requests "$requests"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status); load average $(cut -d' ' -f1-3 /proc/loadavg)"
