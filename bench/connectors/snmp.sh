#!/usr/bin/env bash
# SNMP discovery benchmark: 1,000 simulated agents (snmpsim, three recordings, 10 loopback endpoints) discovered by
# NetOrigin, against Net-SNMP's snmpget driven serially. Loopback only; bounded counts and timeouts.
# Usage: bench/connectors/snmp.sh [AGENTS] [ENDPOINTS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/NetOrigin.Bench.Snmp -c Release -v quiet -nologo >/dev/null
bench/NetOrigin.Bench.Snmp/bin/Release/net10.0/NetOrigin.Bench.Snmp "${1:-1000}" "${2:-10}" "${3:-64}"
