#!/usr/bin/env bash
# Start-up time and peak memory of a one-row `netorigin assess` (Release build): hyperfine for the time,
# /usr/bin/time -v for the peak resident set. Usage: bench/startup/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 2; }
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo >/dev/null
program=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'id,manufacturer,model,mac\nr1,Huawei,S5720,30:FB:B8:01:02:03\n' > "$work/one-row.csv"
hyperfine -N -w 3 -r "$runs" "$program assess $work/one-row.csv --as-of 2026-06-30" "$program --help"
for i in 1 2 3; do
  /usr/bin/time -v "$program" assess "$work/one-row.csv" --as-of 2026-06-30 2>&1 >/dev/null | grep -E 'Maximum resident'
done
