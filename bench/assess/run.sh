#!/usr/bin/env bash
# Benchmarks the main jobs on a generated 1,000,000-asset inventory, in one run: parse only, Python's csv module,
# assess with the table, JSON and CSV reports, identify, and the table and JSON reports against all shipped packs
# (same process, alternating, medians; ratios to parse, to Python and to one pack), then the peak memory of each as
# a netorigin CLI run on 1M and 10M assets (/usr/bin/time -v). Figures go to docs/performance.md.
# Usage: bench/assess/run.sh [REPETITIONS] [--skip-10m]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${BENCH_DIR:-/tmp/netorigin-bench}
repetitions=${1:-3}
mkdir -p "$work"
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Assess -c Release -v quiet -nologo
cli=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
[ -f "$work/inv-1m.csv" ] || "$cli" sample --assets 1000000 --seed 42 --out "$work/inv-1m.csv"
all=$("$cli" policy list | awk 'NR > 1 {print $1}' | paste -sd,)

echo "== 1,000,000 assets, in one process ($repetitions alternating runs, medians)"
bench/NetOrigin.Bench.Assess/bin/Release/net10.0/NetOrigin.Bench.Assess "$work/inv-1m.csv" "$repetitions"

# Peak resident memory and wall time of one CLI run: NAME INPUT COMMAND-ARGUMENTS...
peak() {
  local name=$1 inv=$2
  shift 2
  /usr/bin/time -v "$cli" "$@" "$inv" --as-of 2026-06-30 2>&1 >/dev/null \
    | awk -F': ' -v name="$name" '/Maximum resident set size/ {rss=$2/1024} /Elapsed \(wall clock\)/ {wall=$2} END {printf "| %s | %.0f MiB | %s |\n", name, rss, wall}'
  rm -f "$work/out"
}
runs() {
  local inv=$1
  peak "assess, table" "$inv" assess --rejects "$work/rejects.csv"
  peak "assess, JSON" "$inv" assess --format json --out "$work/out" --rejects "$work/rejects.csv"
  peak "assess, CSV" "$inv" assess --format csv --out "$work/out" --rejects "$work/rejects.csv"
  peak "identify" "$inv" identify --out "$work/out"
  peak "assess, all packs, table" "$inv" assess --policy "$all" --rejects "$work/rejects.csv"
  peak "assess, all packs, JSON" "$inv" assess --policy "$all" --format json --out "$work/out" --rejects "$work/rejects.csv"
}
echo "== peak memory of the netorigin CLI, 1,000,000 assets"
echo "| run | peak RSS | wall |"
echo "|---|---:|---:|"
runs "$work/inv-1m.csv"
if [ "${2:-}" != "--skip-10m" ]; then
  [ -f "$work/inv-10m.csv" ] || "$cli" sample --assets 10000000 --seed 42 --out "$work/inv-10m.csv"
  echo "== peak memory of the netorigin CLI, 10,000,000 assets"
  echo "| run | peak RSS | wall |"
  echo "|---|---:|---:|"
  runs "$work/inv-10m.csv"
fi
