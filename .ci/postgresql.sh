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

# The command line against the same server: two commits added, the second 30% slower (a copy of the same
# run with every sample scaled), then check, export; and the same file again is a no-op.
out=target/ci/postgresql
mkdir -p "$out"
python3 - "$out" <<'PY'
import json, sys
base = json.load(open("bench-runner/src/test/resources/jmh/setall-3forks.json"))
for commit in range(8):
    doc = json.loads(json.dumps(base))
    for b in doc:
        factor = (1.3 if commit >= 4 else 1.0) * (1 + 0.004 * ((commit * 7) % 5 - 2))
        m = b["primaryMetric"]
        m["rawData"] = [[x * factor for x in fork] for fork in m["rawData"]]
        m["score"] *= factor
    json.dump(doc, open("%s/run-%d.json" % (sys.argv[1], commit), "w"))
PY
for commit in 0 1 2 3 4 5 6 7; do
  bin/arraybench history add "$out/run-$commit.json" --db "$url" --commit "c$commit" \
    --time "2026-12-01T10:0$commit:00Z"
done
again=$(bin/arraybench history add "$out/run-0.json" --db "$url" --commit c0)
case "$again" in *"nothing added"*) ;; *) echo "postgresql: adding a file twice stored it again: $again"; exit 1;; esac
set +e
bin/arraybench history check --db "$url" --format markdown > "$out/check.md"; code=$?
set -e
cat "$out/check.md"
[ "$code" -eq 1 ] || { echo "postgresql: history check gave exit $code for a 30% slowdown (expected 1)"; exit 1; }
grep -q "c3..c4" "$out/check.md" || { echo "postgresql: the change was not placed at c3..c4"; exit 1; }
bin/arraybench history export --db "$url" --out "$out/history.csv"
echo "postgresql: history add/check/export round trip on the server passed (check exit 1 at c3..c4)"
