#!/usr/bin/env bash
# NetBox import benchmark: `netorigin import netbox` reads DEVICES devices (default 100,000) from a loopback server
# answering in NetBox's REST format, 1,000 objects a page; reports devices per second and the importer's peak RSS
# (/usr/bin/time -v). Loopback only; the server stops when the import ends.
# Usage: bench/connectors/netbox.sh [DEVICES]
set -euo pipefail
cd "$(dirname "$0")/../.."
devices=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/NetOrigin.Bench.NetBox -c Release -v quiet -nologo >/dev/null
cli=src/NetOrigin.Cli/bin/Release/net10.0/netorigin
mkfifo "$work/in"
bench/NetOrigin.Bench.NetBox/bin/Release/net10.0/NetOrigin.Bench.NetBox "$devices" < "$work/in" > "$work/url" &
server=$!
exec 3> "$work/in"
for _ in $(seq 1 600); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")
echo 0123456789abcdef0123456789abcdef01234567 > "$work/token"
/usr/bin/time -v "$cli" import netbox --url "$url" --token-file "$work/token" --out "$work/netbox.jsonl" 2> "$work/time" || { cat "$work/time"; exit 1; }
exec 3>&-
wait "$server" || true
grep -E "^import netbox|User time|System time|Percent of CPU" "$work/time"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time")
lines=$(wc -l < "$work/netbox.jsonl")
echo "devices: $devices; assets written: $lines; wall: ${seconds} s; $(awk -v d="$devices" -v s="$seconds" 'BEGIN {printf "%.0f", d/s}') devices/s; peak RSS: ${rss} MiB"
