#!/usr/bin/env bash
# Start-up time and peak memory of a one-row `netorigin assess`: the Release build, a framework-dependent ReadyToRun
# publish (dotnet publish -r linux-x64 --self-contained false) and a self-contained publish (--self-contained, which
# the CLI project compiles as one composite ReadyToRun image of the engine and the framework), each with the compiled
# reference-data images (registries, fingerprints, every YAML file) in a fresh cache directory (the first, untimed
# run compiles them). hyperfine for the time (min, median, mean), /usr/bin/time -v for CPU and the peak resident set.
# Usage: bench/startup/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo >/dev/null
dotnet publish src/NetOrigin.Cli -c Release -r linux-x64 --self-contained false -o "$work/r2r" -v quiet -nologo >/dev/null
dotnet publish src/NetOrigin.Cli -c Release -r linux-x64 --self-contained -o "$work/composite" -v quiet -nologo >/dev/null
export NETORIGIN_CACHE="$work/cache"
printf 'id,manufacturer,model,mac\nr1,Huawei,S5720,30:FB:B8:01:02:03\n' > "$work/one-row.csv"
built=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
published=$work/r2r/netorigin
composite=$work/composite/netorigin
hyperfine -N -w 3 -r "$runs" --export-json "$work/times.json" \
  -n "assess (build)" "$built assess $work/one-row.csv --as-of 2026-06-30" \
  -n "assess (ReadyToRun publish)" "$published assess $work/one-row.csv --as-of 2026-06-30" \
  -n "assess (self-contained composite)" "$composite assess $work/one-row.csv --as-of 2026-06-30" \
  -n "help (self-contained composite)" "$composite --help"
python3 - "$work/times.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:36} min {r["min"]:.3f} s  median {r["median"]:.3f} s  mean {r["mean"]:.3f} s  user {r["user"]:.3f} s')
PY
for program in "$built" "$published" "$composite"; do
  for i in 1 2 3; do
    /usr/bin/time -v "$program" assess "$work/one-row.csv" --as-of 2026-06-30 2>&1 >/dev/null | grep -E 'User time|Maximum resident' | tr '\n' ' '
    echo "($program)"
  done
done
uptime
