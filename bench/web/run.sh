#!/usr/bin/env bash
# The web pages' server time with ASSETS stored assets (loopback, bounded): a SQLite server imports and assesses
# `netorigin sample --assets ASSETS --seed 42` once, a small plan is made beside it (the plan pages; a plan of the
# whole sample is the planner bench's), then every page is fetched REQUESTS times by a signed-in browser session
# and the Server-Timing header gives the server's own time (p50/p95/max), the first request apart.
# Usage: bench/web/run.sh [ASSETS] [REQUESTS]   (default 1000000 50). Figures: docs/performance.md
# CLI=PATH benchmarks that netorigin build instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
assets=${1:-1000000}
requests=${2:-50}
work=${BENCH_DIR:-/tmp/netorigin-bench}
mkdir -p "$work"
[ -n "${CLI:-}" ] || dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Server -c Release -v quiet -nologo
cli=${CLI:-src/NetOrigin.Cli/bin/Release/net10.0/netorigin}
client=bench/NetOrigin.Bench.Server/bin/Release/net10.0/NetOrigin.Bench.Server
inventory="$work/inv-$assets.csv"
[ -f "$inventory" ] || "$cli" sample --assets "$assets" --seed 42 --out "$inventory"

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

# A small carrier to plan (six items), so the plan pages have a plan to show.
cat > "$data/small.csv" <<'CSV'
Asset ID,Kind,Role,Site,Country,Operator,Vendor,Model,Acquired
P-1,device,core,CO-1,US,Prairie Valley Telecom,Huawei,NE40E-X8,2019-04-01
P-2,device,core,CO-1,US,Prairie Valley Telecom,ZTE,ZXR10 T8000,2018-01-30
P-3,device,ran,CELL-1,US,Prairie Valley Telecom,Huawei,BBU3900,2019-06-01
P-4,device,ran,CELL-1,US,Prairie Valley Telecom,Huawei,RRU3959,2019-06-01
P-5,device,ran,CELL-2,US,Prairie Valley Telecom,ZTE,ZXSDR B8200,2018-09-01
P-6,device,core,CO-1,US,Prairie Valley Telecom,Cisco,ASR-9010,2021-03-30
CSV
small=$("$client" import --url "$base" --token "$token" --file "$data/small.csv" --as-of 2026-07-01 | grep -o 'run [0-9]*' | awk '{print $2}')
budget='currency: USD\nperiods:\n  - {from: 2026-07-01, to: 2027-07-01, amount: 3000000, label: FY2026}\n'
plan=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"run_id\": $small, \"start\": \"2026-07-01\", \"crews\": 1, \"budget\": \"$budget\", \"work\": 1.0, \"workers\": 1, \"fixes\": false}" \
  "$base/api/v1/plans" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
for _ in $(seq 1 600); do curl -sf -H "Authorization: Bearer $token" "$base/api/v1/plans/$plan/status" | grep -q '"state":"complete"' && break; sleep 0.5; done

echo "== pages (load average $(cut -d' ' -f1-3 /proc/loadavg))"
"$client" web --url "$base" --token "$token" --run "$run" --plan "$plan" --requests "$requests"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status); load average $(cut -d' ' -f1-3 /proc/loadavg)"
