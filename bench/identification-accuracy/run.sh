#!/usr/bin/env bash
# Accuracy of `netorigin identify` on the labelled banner corpus (rapid7/recog's examples; not shipped, not a test).
# usage: bench/identification-accuracy/run.sh [CORPUS.tsv] [DATA_DIR]   (default corpus: ../shared/corpora/banner-examples-dev.tsv)
# Writes the Markdown report to standard output and the row-by-row misses to $WORK/details.tsv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/../shared/corpora/banner-examples-dev.tsv}"
data="${2:-$root/data}"
work="${WORK:-$(mktemp -d)}"

dotnet build "$root/src/NetOrigin.Cli/NetOrigin.Cli.csproj" -c Release -v quiet -nologo >&2
dotnet build "$here/NetOrigin.Bench.Accuracy/NetOrigin.Bench.Accuracy.csproj" -c Release -v quiet -nologo >&2
bench="$here/NetOrigin.Bench.Accuracy/bin/Release/net10.0/NetOrigin.Bench.Accuracy"
cli="$root/src/NetOrigin.Cli/bin/Release/net10.0/netorigin"

"$bench" convert "$corpus" "$work/inventory.jsonl" >&2
"$cli" identify "$work/inventory.jsonl" --format tsv --data "$data" --out "$work/identify.tsv" >&2
"$bench" score "$corpus" "$work/identify.tsv" "$data" --details "$work/details.tsv"
echo "work files in $work" >&2
