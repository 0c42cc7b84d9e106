# Sourced by the server benchmarks (bench/server/run.sh, bench/web/run.sh) with $assets set: builds the CLI (unless
# CLI=PATH names a copy) and the load client, and makes `netorigin sample --assets $assets --seed 42` once.
work=${BENCH_DIR:-/tmp/netorigin-bench}
mkdir -p "$work"
[ -n "${CLI:-}" ] || dotnet build src/NetOrigin.Cli -c Release -v quiet -nologo
dotnet build bench/NetOrigin.Bench.Server -c Release -v quiet -nologo
cli=${CLI:-src/NetOrigin.Cli/bin/Release/net10.0/netorigin}
client=bench/NetOrigin.Bench.Server/bin/Release/net10.0/NetOrigin.Bench.Server
inventory="$work/inv-$assets.csv"
[ -f "$inventory" ] || "$cli" sample --assets "$assets" --seed 42 --out "$inventory"
