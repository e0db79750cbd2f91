#!/usr/bin/env bash
# First starts of the runtime's calibration (Calibration.measure) over arraybench's own kernels, sequential
# against zero-copy-parallel, each start a fresh JVM with the benchmark forks' flags, under the machine lock;
# then per op how many crossings fall in a thresholds file's 95% interval and what following them costs on a
# validate run's held-out measurements (see docs/runtime.md). With --judge it only judges a saved console
# (this script's, or a library's that prints the calibrations' messages), without the lock.
#   docs/first-use.sh TRIES OP[,OP...] DTYPE POOL BUDGET_MS [THRESHOLDS.json [HELD-OUT-RESULTS.json]]
#   docs/first-use.sh --judge POOL CONSOLE THRESHOLDS.json HELD-OUT-RESULTS.json
# For example: docs/first-use.sh 10 scale,sum int32 spin 200 thresholds.json regret-results.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$("$root/bin/runnable-jar")"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package >&2)
java="$("$root/bin/find-jdk" 25)/bin/java"
run=("$java" @"$root/bin/jvm.args" -cp "$jar" dev.arraybench.scenarios.FirstUseTrials "$@")
if [ "${1:-}" = --judge ]; then
  exec "${run[@]}"
fi
exec "$root/bin/hold-machine" "${run[@]}"
