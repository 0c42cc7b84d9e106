#!/usr/bin/env bash
# Benchmarks the main job: assess vs read-and-parse on a generated 1,000,000-asset inventory (same process, medians),
# and peak memory of the netorigin CLI on 1M and 10M assets (/usr/bin/time -v). Figures go to docs/performance.md.
# Usage: bench/assess/run.sh [--skip-10m]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${BENCH_DIR:-/tmp/netorigin-bench}
mkdir -p "$work"
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Assess -c Release -v quiet -nologo
cli=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
[ -f "$work/inv-1m.csv" ] || "$cli" sample --assets 1000000 --seed 42 --out "$work/inv-1m.csv"

echo "== assess vs parse, 1,000,000 assets (3 alternating runs, medians)"
bench/NetOrigin.Bench.Assess/bin/Release/net10.0/NetOrigin.Bench.Assess "$work/inv-1m.csv" 3

peak() {
  /usr/bin/time -v "$cli" assess "$1" --format json --out "$work/out.json" --rejects "$work/rejects.csv" --as-of 2026-06-30 2>&1 \
    | awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024} /Elapsed \(wall clock\)/ {printf " peak RSS, %s wall\n", $2}'
  rm -f "$work/out.json"
}
echo "== peak memory of 'netorigin assess --format json --out FILE'"
echo "1,000,000 assets: $(peak "$work/inv-1m.csv")"
if [ "${1:-}" != "--skip-10m" ]; then
  [ -f "$work/inv-10m.csv" ] || "$cli" sample --assets 10000000 --seed 42 --out "$work/inv-10m.csv"
  echo "10,000,000 assets: $(peak "$work/inv-10m.csv")"
fi
