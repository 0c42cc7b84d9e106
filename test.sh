#!/usr/bin/env bash
# Runs every check NetOrigin has: restore, build (warnings are errors), format check, all tests.
# Installs what the tests need on a fresh Debian machine first. Usage: ./test.sh
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use; installed only when missing. snmpd, snmpsim and nmap are real protocol peers
# of the connector tests (on 127.0.0.1 only); snmp (snmpget) is the benchmark's baseline; chromium and
# poppler-utils print and render the planner's reports; postgresql is the second engine of the storage and server
# tests.
packages=(snmpd snmp snmpsim nmap chromium poppler-utils postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# The official CycloneDX JSON schemas (1.6 with its SPDX and JSF references), which every BOM export is validated
# against, ship in this npm package; fetched once into .cache/ (not committed).
cdx=.cache/cyclonedx-library
if [ ! -f "$cdx/package/res/schema/bom-1.6.SNAPSHOT.schema.json" ]; then
  mkdir -p "$cdx"
  (cd "$cdx" && npm pack --silent @cyclonedx/cyclonedx-library@10.3.0 >/dev/null && tar xzf cyclonedx-cyclonedx-library-10.3.0.tgz package/res/schema && rm -f cyclonedx-cyclonedx-library-10.3.0.tgz)
fi

# axe-core, the accessibility rules the web UI tests run inside Chromium on every page; fetched once into .cache/.
axe=.cache/axe-core
if [ ! -f "$axe/package/axe.min.js" ]; then
  mkdir -p "$axe"
  (cd "$axe" && npm pack --silent axe-core@4.10.3 >/dev/null && tar xzf axe-core-4.10.3.tgz package/axe.min.js package/LICENSE && rm -f axe-core-4.10.3.tgz)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# A throwaway PostgreSQL (free port, own directory) for the storage and server tests; stopped however we exit.
source tests/postgres/cluster.sh start
# Reference data the test runs compile goes to a throwaway cache, not the user's (removed however we exit).
NETORIGIN_CACHE=$(mktemp -d)
export NETORIGIN_CACHE
trap 'tests/postgres/cluster.sh stop "$PG_TEST_ROOT"; rm -rf "$NETORIGIN_CACHE"' EXIT

dotnet restore NetOrigin.slnx -v quiet
dotnet build NetOrigin.slnx -c Release --no-restore -v quiet -nologo
dotnet format NetOrigin.slnx --verify-no-changes --no-restore

log=$(mktemp)
status=0
dotnet test NetOrigin.slnx -c Release --no-build 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit $status
