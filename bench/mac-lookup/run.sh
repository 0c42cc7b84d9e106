#!/bin/sh
# MAC look-up speed: NetOrigin's MacRegistry beside python3-netaddr, one thread each, on the same list of MACs.
#   bench/mac-lookup/run.sh [MACS] [SEED]      (defaults: 2000000 1)
# The list is written to bench/mac-lookup/out/macs-MACS-SEED.txt (deterministic for a size and seed).
# Both programs are pinned to the same core (taskset -c ${BENCH_CORE:-0}) when taskset is there; BENCH_CORE=none
# leaves them unpinned.
# Needs the .NET SDK and Debian's python3-netaddr (apt-get install -y python3-netaddr ieee-data).
set -eu
cd "$(dirname "$0")/../.."
macs="${1:-2000000}"
seed="${2:-1}"
list="bench/mac-lookup/out/macs-$macs-$seed.txt"
mkdir -p bench/mac-lookup/out

pin=""
if [ "${BENCH_CORE:-0}" != none ] && command -v taskset >/dev/null 2>&1; then pin="taskset -c ${BENCH_CORE:-0}"; fi

dotnet build bench/NetOrigin.Bench.MacLookup/NetOrigin.Bench.MacLookup.csproj -c Release --nologo -v quiet >/dev/null
echo "== $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average $(cut -d' ' -f1-3 /proc/loadavg), ${pin:-not pinned}"
echo "== NetOrigin MacRegistry"
$pin dotnet bench/NetOrigin.Bench.MacLookup/bin/Release/net10.0/NetOrigin.Bench.MacLookup.dll --macs "$macs" --seed "$seed" --list "$list"

echo "== python3-netaddr"
# Debian's python3 (pyenv shims may hide the system's netaddr).
$pin /usr/bin/python3 bench/mac-lookup/netaddr_lookup.py "$list" --repetitions "${NETADDR_REPETITIONS:-3}"
