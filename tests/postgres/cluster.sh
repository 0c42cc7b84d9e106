#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: a free loopback port and a data directory of its own (several test
# runs may share the machine), installed from Debian's postgresql package when missing.
#   source tests/postgres/cluster.sh start   # exports NETORIGIN_TEST_POSTGRES (and PG_TEST_ROOT)
#   tests/postgres/cluster.sh stop           # stops it and removes its directory
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  echo "$dir"
}

pg_start() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    echo "installing postgresql"
    local sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin=$(pg_bin)
  PG_TEST_ROOT=$(mktemp -d /tmp/netorigin-pg.XXXXXX)
  local port=""
  for _ in $(seq 1 50); do
    local candidate=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; return 1; }
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_TEST_ROOT"      # initdb refuses to run as root
    run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$PG_TEST_ROOT/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TEST_ROOT/data" -l "$PG_TEST_ROOT/pg.log" -w start \
    -o "-p $port -k $PG_TEST_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
  export PG_TEST_ROOT
  export NETORIGIN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL for tests: $NETORIGIN_TEST_POSTGRES ($PG_TEST_ROOT)"
}

pg_stop() {
  local root=${1:-${PG_TEST_ROOT:-}}
  [ -n "$root" ] && [ -d "$root/data" ] || return 0
  local run_as=()
  [ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
  "${run_as[@]}" "$(pg_bin)/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$root"
}

case "${1:-}" in
  start) pg_start ;;
  stop) pg_stop "${2:-}" ;;
  *) echo "usage: cluster.sh start|stop [ROOT]" >&2; return 2 2>/dev/null || exit 2 ;;
esac
