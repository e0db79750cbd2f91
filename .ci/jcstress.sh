#!/usr/bin/env bash
# The spin pool's hand-off under jcstress (scenarios/concurrency). Quick mode (CI): jcstress's "quick" preset
# in one JVM configuration (-jvmArgs turns off the flag matrix, -sc false the per-actor compilation mixes),
# 60 s of tests on 2 cores (about 75 s with the build). Longer on demand (quick over the full matrix: 9m40s):
#   JCSTRESS_MODE=default .ci/jcstress.sh      (every JVM configuration: C1/C2/interpreter, split, stress)
# Fails on any forbidden outcome (a lost wake-up shows as STALE, a missed store or a double run as a
# forbidden result) and prints the outcomes observed per test.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${JCSTRESS_MODE:-ci}
./mvnw -B -q -pl scenarios/concurrency -am package -DskipTests
java=$(bin/find-jdk 25)/bin/java
target=scenarios/concurrency/target
report=jcstress-$mode
if [ "$mode" = ci ]; then
  args=(-m quick -sc false -jvmArgs "-Xmx512m --enable-native-access=ALL-UNNAMED")
else
  args=(-m "$mode")
fi
log=$target/$report.log
start=$(date +%s)
# From target/: jcstress leaves its raw results (jcstress-results-*.bin.gz) in the working folder.
(cd "$target" && timeout 1800 "$java" -jar jcstress.jar "${args[@]}" -r "$report") >"$log" 2>&1 \
  || { tail -40 "$log"; echo "jcstress: the run failed (see $log)"; exit 1; }
python3 scenarios/concurrency/outcomes.py "$target/$report"
grep -q "Failed tests: No matches" "$log" && grep -q "Error tests: No matches" "$log" \
  || { sed -n '/RUN RESULTS/,$p' "$log"; echo "jcstress: forbidden outcomes or errors (see $target/$report/index.html)"; exit 1; }
echo "jcstress ($mode): no forbidden outcome in $(( $(date +%s) - start )) s"
