# Sourced by scripts/pg-test and bench/throughput: a throwaway PostgreSQL
# cluster from Debian's postgresql package on a free port. Sets $pg_url
# (a superuser connection to database `postgres`) and defines pg_stop,
# which the caller runs when it exits. pg_fsync=off (default on) trades
# durability for speed, for tests only.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/postgres" ] || { echo "PostgreSQL is not installed (scripts/setup installs it)" >&2; exit 1; }
pg_tmp=$(mktemp -d)
pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# PostgreSQL refuses to run as root: use its own system user when we are root.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -ne 0 ] || chown postgres "$pg_tmp"
as_pg "$pg_bin/initdb" -D "$pg_tmp/data" -U gongdao --auth=trust -E UTF8 >"$pg_tmp/initdb.log"
as_pg "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" \
  -o "-p $pg_port -k $pg_tmp -c listen_addresses=127.0.0.1 -c fsync=${pg_fsync:-on}" -w start >/dev/null
pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pg_tmp"; }
pg_url="postgres://gongdao@127.0.0.1:$pg_port/postgres"
