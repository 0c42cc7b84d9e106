#!/usr/bin/env bash
# Benchmarks risk and exposure against assess on a generated 1,000,000-asset inventory (same process, alternating,
# medians), and peak memory of the netorigin CLI's risk and exposure commands on 1M and 10M assets
# (/usr/bin/time -v). Figures go to docs/performance.md.
# Usage: bench/risk/run.sh [REPETITIONS] [--skip-10m]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${BENCH_DIR:-/tmp/netorigin-bench}
runs=${1:-5}
mkdir -p "$work"
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Risk -c Release -v quiet -nologo
cli=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
[ -f "$work/inv-1m.csv" ] || "$cli" sample --assets 1000000 --seed 42 --out "$work/inv-1m.csv"

echo "== assess vs risk vs exposure, 1,000,000 assets ($runs alternating runs, medians)"
bench/NetOrigin.Bench.Risk/bin/Release/net10.0/NetOrigin.Bench.Risk "$work/inv-1m.csv" "$runs"

peak() {
  /usr/bin/time -v "$cli" "$@" --as-of 2026-06-30 2>&1 >/dev/null \
    | awk -F': ' '/Maximum resident set size/ {rss = $2} /Elapsed \(wall clock\)/ {wall = $2} END {printf "%.0f MiB peak RSS, %s wall\n", rss / 1024, wall}'
}
for size in 1m 10m; do
  if [ "$size" = 10m ]; then
    [ "${2:-}" = "--skip-10m" ] && break
    [ -f "$work/inv-10m.csv" ] || "$cli" sample --assets 10000000 --seed 42 --out "$work/inv-10m.csv"
  fi
  echo "== peak memory, $size assets"
  echo "assess:                   $(peak assess "$work/inv-$size.csv")"
  echo "risk (table):             $(peak risk "$work/inv-$size.csv")"
  echo "risk (JSON to a file):    $(peak risk "$work/inv-$size.csv" --format json --out "$work/risk.json")"
  rm -f "$work/risk.json"
  echo "exposure --cut country:CN: $(peak exposure "$work/inv-$size.csv" --cut country:CN)"
done
