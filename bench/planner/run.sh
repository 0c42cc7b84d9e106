#!/usr/bin/env bash
# Benchmarks the replacement planner: for inventories of 300 to 150,000 assets (about 100 to 52,000 covered items at
# 16 to 7,300 sites) made with `netorigin sample`, plans the covered items under a two-year removal term with 40% of
# the cost funded per year and one crew per 40 sites, and prints per size: baseline and plan misses and exposure, the
# gap of each objective to its proven bound, the solver's status and the time of each step. Figures go to
# docs/performance.md. Items weigh their risk scores (the default model), as `netorigin plan` does by default.
# Usage: bench/planner/run.sh [--time-limit SECONDS] [--workers N]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${BENCH_DIR:-/tmp/netorigin-bench}
mkdir -p "$work"
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Planner -c Release -v quiet -nologo
cli=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
inventories=()
for assets in 300 450 600 3000 30000 150000; do
  [ -f "$work/plan-$assets.csv" ] || "$cli" sample --assets "$assets" --out "$work/plan-$assets.csv" 2>/dev/null
  inventories+=("$work/plan-$assets.csv")
done
bench/NetOrigin.Bench.Planner/bin/Release/net10.0/NetOrigin.Bench.Planner --time-limit 60 --workers 2 "$@" "${inventories[@]}"
