#!/usr/bin/env bash
# Accuracy of `netorigin identify` on labelled corpora (not shipped, not a test), each split into a tuning and a
# validation half by device family (NetOrigin.Bench.Accuracy/CorpusSplit.cs).
# usage: bench/identification-accuracy/run.sh [banners|snmp|models CORPUS.tsv]... [--data DIR]
#   with no corpus arguments: all three dev corpora from ../shared/corpora
# Writes the Markdown report to standard output and each corpus's tuning-half misses to $WORK/<kind>-details.tsv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$root/data"
corpora=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    banners|snmp|models) corpora+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [banners|snmp|models CORPUS.tsv]... [--data DIR]" >&2; exit 2 ;;
  esac
done
if [ ${#corpora[@]} -eq 0 ]; then
  shared="$root/../shared/corpora"
  corpora=(banners "$shared/banner-examples-dev.tsv" snmp "$shared/snmp-recordings-dev.tsv" models "$shared/device-models-dev.tsv")
fi
work="${WORK:-$(mktemp -d)}"

dotnet build "$root/src/NetOrigin.Cli/NetOrigin.Cli.csproj" -c Release -v quiet -nologo >&2
dotnet build "$here/NetOrigin.Bench.Accuracy/NetOrigin.Bench.Accuracy.csproj" -c Release -v quiet -nologo >&2
bench="$here/NetOrigin.Bench.Accuracy/bin/Release/net10.0/NetOrigin.Bench.Accuracy"
cli="$root/src/NetOrigin.Cli/bin/Release/net10.0/netorigin"

set -- "${corpora[@]}"
while [ $# -gt 0 ]; do
  kind="$1" corpus="$2"; shift 2
  "$bench" convert "$kind" "$corpus" "$work/$kind-inventory.jsonl" >&2
  "$cli" identify "$work/$kind-inventory.jsonl" --format tsv --data "$data" --out "$work/$kind-identify.tsv" >&2
  "$bench" score "$kind" "$corpus" "$work/$kind-identify.tsv" "$data" --details "$work/$kind-details.tsv"
done
echo "work files in $work" >&2
