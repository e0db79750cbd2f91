#!/usr/bin/env bash
# Fault injection with real processes (issue 21): each case checks that nothing finished is lost, the results
# file stays valid JSON, and the message is one line. Cases: SIGKILL of a benchmark fork mid-measurement,
# SIGKILL and SIGINT of `run` between benchmarks, SIGINT of `breakeven` and its resume, a full disk on --out
# (a 16 KiB tmpfs, else skipped with a line), an out-of-memory fork, a fork still running at --timeout, and
# SIGKILL of `history add` inside its transaction (the database stays as it was).
# Run on demand or from .ci/run; the table it prints is the issue's table of faults.
# Every JMH run holds the machine lock. About two minutes on 2 cores; prints one table line per case.
set -euo pipefail
# Job control: background runs get their own process group and keep SIGINT (a script's background jobs
# otherwise start with SIGINT ignored, and the JVM then never sees a Ctrl-C).
set -m
cd "$(dirname "$0")/.."
lock=/tmp/arraybench-machine.lock
work=$(mktemp -d /tmp/arraybench-faults.XXXXXX)
trap 'umount "$work/full" 2>/dev/null || true; rm -rf "$work"' EXIT
bin/arraybench list >/dev/null # builds the jar first, outside the timed cases
quick=(--op scale --dtype int32 --layout heap --size 64K --quick)
failures=0

# The pid of the first process under $1 whose command line matches $2 (a descendant, any depth).
descendant() {
  python3 - "$1" "$2" <<'PY'
import os, re, sys
root, pattern = int(sys.argv[1]), re.compile(sys.argv[2])
children = {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        ppid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
        cmd = open(f"/proc/{pid}/cmdline").read().replace("\0", " ")
    except OSError:
        continue
    children.setdefault(ppid, []).append((int(pid), cmd))
todo = [root]
while todo:
    for pid, cmd in children.get(todo.pop(), []):
        if pattern.search(cmd):
            print(pid); sys.exit(0)
        todo.append(pid)
PY
}
# The launcher's JVM, found by the runnable jar's name (bin/runnable-jar names it), dots escaped.
jar_name=$(basename "$(bin/runnable-jar)")
jar_pattern="-jar [^ ]*${jar_name//./\\.}"

# Waits until results file $1 holds at least $2 benchmarks (or 120 s pass).
await_benchmarks() {
  for _ in $(seq 1200); do
    if python3 -c 'import json,sys; sys.exit(0 if len(json.load(open(sys.argv[1]))["benchmarks"]) >= int(sys.argv[2]) else 1)' "$1" "$2" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# The number of benchmarks in results file $1, or "invalid".
count() {
  python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["benchmarks"]))' "$1" 2>/dev/null || echo invalid
}

# One table line: case, command, exit code, expected exit, benchmarks kept, expected kept, message lines.
report() {
  local name=$1 command=$2 code=$3 want=$4 kept=$5 least=$6 lines=$7 ok=yes
  [ "$code" = "$want" ] || ok=no
  { [ "$kept" != invalid ] && [ "$kept" -ge "$least" ]; } || ok=no
  [ "$lines" -le 1 ] || ok=no
  [ "$ok" = yes ] || failures=$((failures + 1))
  printf '%-28s %-10s exit %-3s (want %-3s) kept %-7s (want >= %s) error lines %s  %s\n' \
    "$name" "$command" "$code" "$want" "$kept" "$least" "$lines" "$([ $ok = yes ] && echo ok || echo FAILED)"
}

# The lines the command printed about a failure (stderr, and stdout lines that say failed or interrupted).
error_lines() {
  { cat "$1.err"; grep -E "failed:|interrupted:" "$1.out" || true; } | grep -vc '^\s*$' || true
}

# 1. SIGKILL of a benchmark's fork while it measures: that benchmark fails (exit 3), the first is kept.
out=$work/fork-kill.json
flock "$lock" bin/arraybench run "${quick[@]}" --strategy sequential,simd --out "$out" >"$out.out" 2>"$out.err" &
runner=$!
await_benchmarks "$out" 1
fork=""
for _ in $(seq 600); do fork=$(descendant "$runner" 'jmh\.runner\.ForkedMain') && [ -n "$fork" ] && break; sleep 0.05; done
sleep 1
kill -9 "$fork"
set +e; wait "$runner"; code=$?; set -e
report "SIGKILL of a fork" run "$code" 3 "$(count "$out")" 1 "$(grep -c 'failed:' "$out.out")"

# 2. SIGKILL of run between benchmarks: the file keeps every finished benchmark.
out=$work/run-kill.json
flock "$lock" bin/arraybench run "${quick[@]}" --strategy sequential,simd,zero-copy-parallel --out "$out" \
  >"$out.out" 2>"$out.err" &
runner=$!
await_benchmarks "$out" 1
kill -9 "$(descendant "$runner" "$jar_pattern")"
set +e; wait "$runner"; code=$?; set -e
report "SIGKILL of run" run "$code" 137 "$(count "$out")" 1 "$(error_lines "$out")"

# 3. SIGINT (Ctrl-C) of run between benchmarks: one line says what was kept.
out=$work/run-int.json
flock "$lock" bin/arraybench run "${quick[@]}" --strategy sequential,simd,zero-copy-parallel --out "$out" \
  >"$out.out" 2>"$out.err" &
runner=$!
await_benchmarks "$out" 1
kill -INT "$(descendant "$runner" "$jar_pattern")"
set +e; wait "$runner"; code=$?; set -e
report "SIGINT of run" run "$code" 130 "$(count "$out")" 1 "$(error_lines "$out")"

# 4. SIGINT of breakeven after its first benchmark, then the same command again resumes from the file.
out=$work/breakeven.json
search=(--op scale --dtype int32 --layout heap --strategy zero-copy-parallel --size 1K,64K --budget 20s)
flock "$lock" bin/arraybench breakeven "${search[@]}" --out "$out" >"$out.out" 2>"$out.err" &
runner=$!
await_benchmarks "$out" 1
kill -INT "$(descendant "$runner" "$jar_pattern")"
set +e; wait "$runner"; code=$?; set -e
before=$(count "$out")
report "SIGINT of breakeven" breakeven "$code" 130 "$before" 1 "$(error_lines "$out")"
set +e; flock "$lock" bin/arraybench breakeven "${search[@]}" --out "$out" >"$out.out" 2>"$out.err"; code=$?; set -e
report "breakeven resumed" breakeven "$code" 0 "$(count "$out")" "$before" "$(wc -l <"$out.err")"

# 5. A full disk on --out: the rewrite after the second benchmark fails; the first stays, one line, exit 2.
mkdir -p "$work/full"
if mount -t tmpfs -o size=16k tmpfs "$work/full" 2>/dev/null; then
  out=$work/full/results.json
  set +e
  flock "$lock" bin/arraybench run "${quick[@]}" --strategy sequential,simd,zero-copy-parallel,copy-parallel \
    --out "$out" >"$out.out.log" 2>"$work/full.err" &
  runner=$!
  await_benchmarks "$out" 1
  head -c $(( $(stat -f -c '%a*%S' "$work/full") - 2048 )) /dev/zero > "$work/full/filler" 2>/dev/null
  wait "$runner"; code=$?
  set -e
  cp "$work/full.err" "$work/full-case.err"; : >"$work/full-case.out"
  report "full disk on --out" run "$code" 2 "$(count "$out")" 1 "$(error_lines "$work/full-case")"
  grep -q "No space left on device" "$work/full.err" || { echo "full disk: no 'No space left' line"; failures=$((failures + 1)); }
  umount "$work/full"
else
  echo "full disk on --out: skipped (no tmpfs here: mount needs root); AtomicFileTest covers a failed write"
fi

# 6. An out-of-memory fork (8 MiB of heap for 16 MB of data at 4M): that benchmark fails, exit 3, 1K is kept.
out=$work/oom.json
set +e
flock "$lock" bin/arraybench run --op scale --dtype int32 --layout heap --size 1K,4M --quick --strategy sequential \
  --jvm-arg -Xms8m --jvm-arg -Xmx8m --out "$out" >"$out.out" 2>"$out.err"; code=$?
set -e
report "out-of-memory fork" run "$code" 3 "$(count "$out")" 1 "$(grep -c 'failed:' "$out.out")"
grep -q "failed: Java heap space" "$out.out" || { echo "oom: the failure does not say Java heap space"; failures=$((failures + 1)); }

# 7. A fork still running at --timeout: its forks are killed and it is reported failed, exit 3.
out=$work/timeout.json
set +e
flock "$lock" bin/arraybench run "${quick[@]}" --strategy sequential --timeout 1s --out "$out" \
  >"$out.out" 2>"$out.err"; code=$?
set -e
report "fork past --timeout" run "$code" 3 "$(count "$out")" 0 "$(grep -c 'failed:' "$out.out")"
grep -q "did not finish within" "$out.out" || { echo "timeout: no 'did not finish within' line"; failures=$((failures + 1)); }

# 8. SIGKILL of `history add` inside its transaction (its SQLite journal exists): the database is as it was,
# and the same file added again is stored whole. No JMH run, so no machine lock.
db=$work/history.db
python3 - "$work" <<'PY'
import json, sys
def file(count, level):
    return [{"benchmark": "com.example.Kill.run", "mode": "avgt", "threads": 1, "forks": 2, "jdkVersion": "25",
             "params": {"n": str(i)}, "primaryMetric": {"score": level, "scoreError": 1.0, "scoreUnit": "us/op",
             "rawData": [[level + 0.25 * k for k in range(5)] for _ in range(2)]}, "secondaryMetrics": {}}
            for i in range(count)]
json.dump(file(10, 100.0), open(sys.argv[1] + "/small.json", "w"))
json.dump(file(20000, 101.0), open(sys.argv[1] + "/large.json", "w"))
PY
dump() { python3 -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); assert d.execute("PRAGMA integrity_check").fetchone()[0] == "ok"; print("\n".join(d.iterdump()))' "$1"; }
bin/arraybench history add "$work/small.json" --db "$db" --commit c0 >/dev/null
dump "$db" >"$work/before.sql"
set +e
bin/arraybench history add "$work/large.json" --db "$db" --commit c1 >"$work/kill.out" 2>"$work/kill.err" &
adder=$!
caught=no
for _ in $(seq 3000); do
  if [ -e "$db-journal" ]; then
    java_pid=$(descendant "$adder" 'history add')
    [ -n "$java_pid" ] && kill -KILL "$java_pid" && caught=yes
    break
  fi
  kill -0 "$adder" 2>/dev/null || break
  sleep 0.01
done
wait "$adder"; code=$?
set -e
after=$(dump "$db" 2>&1 | cmp -s - "$work/before.sql" && echo same || echo changed)
again=$(bin/arraybench history add "$work/large.json" --db "$db" --commit c1)
case "$code/$caught/$after/$again" in
  137/yes/same/*"20000 benchmarks added"*) ok=ok ;;
  *) ok=FAILED; failures=$((failures + 1)) ;;
esac
printf '%-28s %-10s exit %-3s (want 137) killed in its transaction: %s, database %s, added again: %s  %s\n' \
  "SIGKILL of history add" history "$code" "$caught" "$after" "${again:0:60}" "$ok"

[ "$failures" -eq 0 ] || { echo "faults: $failures case(s) failed (logs in $work)"; trap - EXIT; exit 1; }
echo "faults: every case kept its finished benchmarks in a valid file, with one-line messages"
