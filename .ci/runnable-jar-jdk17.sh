#!/usr/bin/env bash
# The runnable jar (bench-runner/target/arraybench-VERSION.jar) on a plain JDK 17, as a user's CI starts it
# with `java -jar`: every analysis command on committed files (report, advise, compare, calibrate, merge,
# history add/check, validate --from-results, ab's check of its input), each with the exit code it documents;
# run, breakeven and list, and validate without --from-results, refuse in one line with exit 2 (the built-in kernels are Java 25 class files). The JDK 17 is the
# one bin/find-jdk (the project's one JDK finder) names; the jar is built when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk17=$(bin/find-jdk 17 17) || { echo "runnable-jar-jdk17: no JDK 17 found (install one under /usr/lib/jvm)" >&2; exit 1; }
jar=$(bin/runnable-jar)
[[ -f "$jar" ]] || ./mvnw -B -q -pl bench-runner -am package -DskipTests
java17="$jdk17/bin/java"
out=target/ci/runnable-jar-jdk17
rm -rf "$out" && mkdir -p "$out"
echo "runnable-jar-jdk17: $jar on $("$java17" -version 2>&1 | head -n 1)"

fail() { echo "runnable-jar-jdk17: FAILED: $*" >&2; exit 1; }
# expect CODE ARGS...: runs java -jar on JDK 17, which must exit with CODE and never print a stack trace.
expect() {
  local want=$1; shift
  local got=0
  "$java17" -jar "$jar" "$@" >"$out/stdout" 2>"$out/stderr" || got=$?
  [[ $got == "$want" ]] || { cat "$out/stdout" "$out/stderr" >&2; fail "exit $got (expected $want) from: $*"; }
  ! grep -q '^\s*at ' "$out/stderr" || { cat "$out/stderr" >&2; fail "a stack trace from: $*"; }
  echo "  exit $got: $1 $2"
}

fixture=reports/src/test/resources/fixture/fixture-results.json
expect 0 report "$fixture" --out "$out/report"
[[ -s "$out/report/index.html" && -s "$out/report/summary.md" ]] || fail "report wrote no index.html/summary.md"
expect 0 advise docs/results/sweep.json --out "$out/thresholds.json"
expect 0 compare --baseline docs/results/before-1M.json --current docs/results/before-1M.json
expect 0 calibrate docs/results/aa-scale-1M.json docs/results/aa-scale-1M.json --out "$out/calibration.json"
expect 0 merge docs/results/plain-64K.json docs/results/layouts-64K.json --keep last --out "$out/merged.json"
expect 0 history add --db "$out/history.db" --commit abc1234 docs/results/before-1M.json
expect 0 history check --db "$out/history.db"
expect 0 validate docs/results/thresholds-rounds-loaded.json --from-results docs/results/regret-loaded-results.json \
  --max-regret 1000% --out "$out/regret.json"
expect 0 report "$out/regret.json" --out "$out/regret-report"
[[ $(ls "$out/regret-report"/regret-*.png | wc -l) == 4 ]] || fail "report of the regret document drew no 4 charts"
expect 2 validate docs/results/thresholds-rounds-loaded.json --out "$out/measured.json"
grep -q "needs JDK 25" "$out/stderr" || fail "validate without --from-results did not say it needs JDK 25"
expect 2 ab --baseline-jar "$out/missing.jar" --current-jar "$out/missing.jar" --out "$out/ab"
for command in run breakeven list; do
  expect 2 "$command" --help
  grep -q "needs JDK 25" "$out/stderr" || fail "$command did not say it needs JDK 25"
  [[ $(wc -l <"$out/stderr") == 1 ]] || fail "$command said more than one line"
done
echo "runnable-jar-jdk17: the analysis commands run on JDK 17; run, breakeven, list and a measuring validate refuse in one line"
