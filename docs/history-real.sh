#!/usr/bin/env bash
# A real history from this project's own git history: for each of the commits of `git log --first-parent
# main` around 76726b3 ("Integer min/max: four accumulators", about 2x faster min/max int32), check the
# commit out in a temporary worktree under /tmp, build its runnable jar offline (or reuse the jar built for
# the previous commit when `git rev-parse <commit>:scenarios` is unchanged: the benchmarks are the same
# code; the builds run beside the measurements), run min and max int32 at one size on the sequential
# strategy under the machine-wide lock, and
# `history add` the results with the commit and its time into one SQLite file. Then `history check`,
# `history export` (CSV) and `history report` of that file.
#
# Usage: docs/history-real.sh [OUT]   (default OUT: target/history-real)
#   BEFORE=15 AFTER=15 (commits either side of the anchor), ANCHOR=76726b3, OPS=min,max, SIZE=64K, FORKS=3
#   tune it; JARS (default OUT/jars) keeps the jars between runs, one per scenarios tree.
# Commits that share a commit time (merges and rebased series do) get one second more than the commit
# before them, so the history keeps git's order. A commit that does not build is skipped and counted.
# Prints the wall time of each phase; the figures in docs/history.md came from one run of this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$(mkdir -p "${1:-target/history-real}" && cd "${1:-target/history-real}" && pwd)"
anchor=$(git rev-parse --short "${ANCHOR:-76726b3}")
before=${BEFORE:-15}
after=${AFTER:-15}
size=${SIZE:-64K}
forks=${FORKS:-3}
ops=${OPS:-min,max}
lock=/tmp/arraybench-machine.lock
work=$(mktemp -d /tmp/arraybench-history-real.XXXXXX)
jars=${JARS:-$out/jars}
mkdir -p "$jars" "$out/results"
db="$out/history.db"
rm -f "$db"
cleanup() {
  [ -z "${builder:-}" ] || kill "$builder" 2>/dev/null || true
  git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true
  git -C "$root" worktree remove --force "$work/build" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s)

# git's first-parent order, oldest first: BEFORE commits, the anchor, AFTER commits.
mapfile -t all < <(git log --first-parent --format=%h main | tac)
at=-1
for i in "${!all[@]}"; do [ "${all[$i]}" = "$anchor" ] && at=$i; done
[ "$at" -ge 0 ] || { echo "history-real: $anchor is not on main's first-parent history"; exit 2; }
from=$((at - before < 0 ? 0 : at - before))
commits=("${all[@]:$from:$((at - from + after + 1))}")
echo "history-real: ${#commits[@]} commits ${commits[0]}..${commits[-1]} around $anchor, into $db"

java_bin="$("$root/bin/find-jdk" 25)/bin/java"
# This tree's command line, frozen for the whole run (bin/arraybench would rebuild it if the sources change).
bin/arraybench --version >/dev/null # builds the jar when it is missing or stale
cp "$(bin/runnable-jar)" "$work/arraybench.jar"
history() { "$java_bin" @"$root/bin/jvm.args" -jar "$work/arraybench.jar" history "$@"; }
# The builds run beside the measurements, one commit ahead or more: a builder walks the commits in its own
# worktree and leaves each distinct scenarios tree's jar (or a .failed mark) in $jars.
build_all() {
  git worktree add --detach "$work/build" "${commits[0]}" >/dev/null 2>&1
  for commit in "${commits[@]}"; do
    local tree jar t0
    tree=$(git rev-parse "$commit:scenarios")
    jar="$jars/$tree.jar"
    [ -f "$jar" ] || [ -f "$jar.failed" ] && continue
    git -C "$work/build" checkout -q --detach "$commit"
    t0=$(date +%s)
    if (cd "$work/build" && ./mvnw -B -o -q -DskipTests package -pl bench-runner -am >"$work/build-$commit.log" 2>&1); then
      # arraybench.jar in older commits, arraybench-VERSION.jar (bin/runnable-jar) in newer ones.
      cp "$(ls "$work/build"/bench-runner/target/arraybench*.jar | head -n 1)" "$jar.tmp" && mv "$jar.tmp" "$jar"
      echo "history-real: $commit built in $(( $(date +%s) - t0 )) s"
    else
      grep -m1 ERROR "$work/build-$commit.log" >"$jar.failed" || tail -1 "$work/build-$commit.log" >"$jar.failed"
    fi
  done
  git -C "$root" worktree remove --force "$work/build" >/dev/null 2>&1 || true
}
build_all &
builder=$!

git worktree add --detach "$work/tree" "${commits[0]}" >/dev/null 2>&1
declare -A used
measured=0 skipped=0 last_time=0
for commit in "${commits[@]}"; do
  scenarios=$(git rev-parse "$commit:scenarios")
  jar="$jars/$scenarios.jar"
  while [ ! -f "$jar" ] && [ ! -f "$jar.failed" ]; do sleep 2; done
  if [ -f "$jar.failed" ]; then
    skipped=$((skipped + 1))
    echo "history-real: $commit skipped: it does not build offline ($(cat "$jar.failed"))"
    continue
  fi
  used[$scenarios]=1
  git -C "$work/tree" checkout -q --detach "$commit"
  result="$out/results/$(printf %02d "$measured")-$commit.json"
  if ! flock "$lock" "$java_bin" @"$work/tree/bin/jvm.args" -jar "$jar" run --op "$ops" --dtype int32 \
      --layout heap --strategy sequential --size "$size" --forks "$forks" --warmup 2 --iterations 3 --time 200ms \
      --out "$result" >"$work/run.log" 2>&1; then
    skipped=$((skipped + 1))
    echo "history-real: $commit skipped: its run failed ($(tail -1 "$work/run.log"))"
    continue
  fi
  seconds=$(git log -1 --format=%ct "$commit")
  [ "$seconds" -gt "$last_time" ] || seconds=$((last_time + 1))
  last_time=$seconds
  history add "$result" --db "$db" --commit "$commit" \
    --time "$(date -u -d "@$seconds" +%Y-%m-%dT%H:%M:%SZ)" >/dev/null
  measured=$((measured + 1))
  echo "history-real: $commit measured ($measured of ${#commits[@]}, $(( $(date +%s) - started )) s so far)"
done
wait "$builder"
echo "history-real: $measured commits measured, ${#used[@]} jars built and reused, $skipped skipped," \
  "$(( $(date +%s) - started )) s"

set +e
history check --db "$db" --recent 1 >"$out/check.txt"
echo "history-real: history check exit $?"
set -e
cat "$out/check.txt"
history export --db "$db" --out "$out/history.csv"
history report --db "$db" --out "$out/report"
