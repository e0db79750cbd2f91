#!/usr/bin/env bash
# The history's PostgreSQL path against a real server: installs Debian's postgresql when it is missing,
# starts a throwaway server on loopback (as the postgres user, in a temporary data folder), creates a
# database, runs the PostgreSQL tests and a command-line round trip against it, and stops the server.
# Usage: .ci/postgresql.sh [--keep-running]   (as root, as CI runs; the server's URL is printed)
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pg_bin)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(pg_bin)
[ -n "$bin" ] || { echo "postgresql: no server binaries under /usr/lib/postgresql after installing"; exit 1; }

data=$(mktemp -d /tmp/arraybench-pg.XXXXXX)
chmod 755 "$data"
chown postgres "$data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres() { runuser -u postgres -- "$@"; }
stop() {
  as_postgres "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT
as_postgres "$bin/initdb" -D "$data/db" -A trust -U postgres >/dev/null
as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null
as_postgres "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE arraybench_history"
url="jdbc:postgresql://127.0.0.1:$port/arraybench_history?user=postgres"
echo "postgresql: $("$bin/postgres" --version) on 127.0.0.1:$port, $url"

# The store's contract tests on the real server: they must run, not be skipped.
ARRAYBENCH_TEST_PG_URL="$url" ./mvnw -B -q -pl bench-core test -Dtest=PostgresqlHistoryStoreTest \
  -Dsurefire.failIfNoSpecifiedTests=false
report=bench-core/target/surefire-reports/dev.arraybench.core.history.PostgresqlHistoryStoreTest.txt
grep -q "Skipped: 0" "$report" || { echo "postgresql: the tests were skipped:"; cat "$report"; exit 1; }
echo "postgresql: $(grep 'Tests run' "$report")"
