#!/usr/bin/env bash
# Long fuzz run over every parser: tens of thousands of mutated inputs per parser, in-process, each case bounded
# in time and memory. Figures go to docs/robustness.md. Failing inputs are minimised into $FUZZ_SAVE (default
# /tmp/netorigin-fuzz-findings) for the regression corpus (tests/NetOrigin.Fuzzing/Corpus/).
# Usage: bench/fuzz/run.sh [--cases N] [--seconds S] [--seed S] [--target NAME]...
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/fuzz/NetOrigin.Bench.Fuzz -c Release -v quiet -nologo
times=$(mktemp)
trap 'rm -f "$times"' EXIT
status=0
/usr/bin/time -v -o "$times" bench/fuzz/NetOrigin.Bench.Fuzz/bin/Release/net10.0/NetOrigin.Bench.Fuzz --save "${FUZZ_SAVE:-/tmp/netorigin-fuzz-findings}" "$@" || status=$?
grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$times" >&2
exit $status
