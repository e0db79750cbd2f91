#!/usr/bin/env bash
# Runs, on this machine, every command of the GitHub Actions workflow in docs/ci.md that does not need
# GitHub (the cache and the test-report action do): fingerprint the machine, measure twice, gate the
# second run against the first (must pass, exit 0), then gate a copy made 20% slower (must fail, exit 1),
# check the JUnit XML and the Markdown step summary, check that a missing file is exit 2, and run the
# workflow's interleaved gate (ab) of the jar against itself with 2 forks a side (must not regress).
#
# The three A/A gates (two of them on the same pair of runs) ask 99.9% confidence, not the workflow's
# 99%: at 99% noise alone fails an A/A gate about 1% of the time by design (see "On real forks" in
# docs/ci.md), and this script runs in every build of this project, where a false alarm is a red build.
# The two that compare separate runs also take a 10% threshold: the machine drifts between runs, which
# no test on fork means can tell from a change (two runs of this benchmark one after the other once
# differed by 6.7%, p = 7e-4). The interleaved A/A keeps the 5% threshold; the slowed-down copy is gated
# with the workflow's defaults.
#
#   docs/ci-local.sh            quick scenario (about a minute of measuring on 2 cores)
#   CI_LOCAL_FULL=1 docs/ci-local.sh    the workflow's exact scenario and settings (about 5 minutes)
#
# Environment: ARRAYBENCH (default bin/arraybench), CI_LOCAL_DIR (default target/ci-local).
set -euo pipefail
cd "$(dirname "$0")/.."

arraybench=${ARRAYBENCH:-bin/arraybench}
work=${CI_LOCAL_DIR:-target/ci-local}

# The workflow's scenario and settings (keep in step with BENCH in docs/ci.md).
full=(--op scale,sum --dtype int32 --layout native --strategy sequential,zero-copy-parallel --size 1M
      --forks 15 --warmup 3 --iterations 10 --time 100ms)
# A quicker run of the same shape for every local build: one benchmark, 15 forks x 5 iterations. On a
# 2-vCPU VM the forks of this benchmark differ by about 12% (far more than the 2% of the simulations in
# docs/ci.md), and 5 forks a side once left the 20% slower copy undecided (p = 0.026 against 0.01).
quick=(--op scale --dtype int32 --layout native --strategy sequential --size 1M
       --forks 15 --warmup 2 --iterations 5 --time 100ms)
if [[ "${CI_LOCAL_FULL:-}" == 1 ]]; then bench=("${full[@]}"); else bench=("${quick[@]}"); fi

fail() { echo "ci-local: FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

# Runs a command that must exit with the given code; shows its output.
expect() {
  local want=$1; shift
  local got=0
  "$@" || got=$?
  [[ $got == "$want" ]] || fail "expected exit $want, got $got from: $*"
  echo "(exit $got, as expected)"
}

[[ -x "$arraybench" ]] || fail "$arraybench not found or not executable (set ARRAYBENCH to the arraybench launcher)"
command -v python3 >/dev/null || fail "python3 is needed to make the slowed-down copy and to check the XML"
rm -rf "$work" && mkdir -p "$work"

step "Fingerprint the machine (the workflow's cache key)"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | xargs || true)
echo "CPU: ${cpu:-unknown}, $(nproc) cores"

step "Measure the baseline: $arraybench run ${bench[*]}"
"$arraybench" run "${bench[@]}" --out "$work/baseline.json"

step "Measure again, as a pull request would"
"$arraybench" run "${bench[@]}" --out "$work/current.json"

step "Gate the second run against the first: no regression expected"
expect 0 "$arraybench" compare --confidence 99.9% --threshold 10% --baseline "$work/baseline.json" --current "$work/current.json"

step "Gate as the workflow does: JUnit XML to a file, Markdown to \$GITHUB_STEP_SUMMARY"
expect 0 env GITHUB_STEP_SUMMARY="$work/step-summary.md" "$arraybench" compare --confidence 99.9% \
  --threshold 10% --baseline "$work/baseline.json" --current "$work/current.json" --format junit --out "$work/compare.xml"
python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$work/compare.xml" \
  || fail "$work/compare.xml is not well-formed XML"
grep -q '^### arraybench compare: ' "$work/step-summary.md" || fail "no Markdown summary in $work/step-summary.md"
echo "compare.xml is well-formed; step-summary.md starts with: $(head -1 "$work/step-summary.md")"

step "Make a copy of the current run 20% slower (every sample, score and interval)"
python3 - "$work/current.json" "$work/slower.json" <<'PY'
import json, sys

FACTOR = 1.2

def slower(value, time_per_op):
    if value is None:
        return None
    return value * FACTOR if time_per_op else value / FACTOR

def adjust(entry, mode, unit, metric):
    time_per_op = mode != "thrpt" and "/op" in unit
    for key in ("score", "error", "scoreError", "confidenceLow", "confidenceHigh"):
        if isinstance(metric.get(key), (int, float)):
            metric[key] = slower(metric[key], time_per_op)
    if "scoreConfidence" in metric:
        metric["scoreConfidence"] = sorted(slower(v, time_per_op) for v in metric["scoreConfidence"])
    key = "samples" if "samples" in metric else "rawData"
    metric[key] = [[slower(v, time_per_op) for v in fork] for fork in metric[key]]

data = json.load(open(sys.argv[1]))
if isinstance(data, list):  # plain JMH JSON
    for entry in data:
        metric = entry["primaryMetric"]
        adjust(entry, entry["mode"], metric["scoreUnit"], metric)
else:
    for entry in data["benchmarks"]:
        adjust(entry, entry["mode"], entry["unit"], entry)
json.dump(data, open(sys.argv[2], "w"), indent=2)
PY

step "Gate the slowed-down copy: a regression expected (exit 1)"
expect 1 "$arraybench" compare --baseline "$work/current.json" --current "$work/slower.json"

step "Gate a missing file: bad input expected (exit 2)"
expect 2 "$arraybench" compare --baseline "$work/no-such-file.json" --current "$work/current.json"

step "Interleaved A/B of the jar against itself, as the workflow runs it: no regression expected"
jar=$(bin/runnable-jar)
[[ -f "$jar" ]] || fail "$jar not found (bin/arraybench builds it)"
expect 0 "$arraybench" ab --baseline-jar "$jar" --current-jar "$jar" --confidence 99.9% --forks 2 \
  --warmup 2 --iterations 5 --time 100ms \
  --jmh-args "-p op=scale -p dtype=int32 -p layout=native -p strategy=sequential -p size=1M" \
  'KernelBenchmark.run' --out "$work/ab"
grep -q '^### arraybench compare: ' "$work/ab/compare.md" || fail "no Markdown report in $work/ab/compare.md"

step "ab with a regex that matches no benchmark: bad input expected (exit 2)"
expect 2 "$arraybench" ab --baseline-jar "$jar" --current-jar "$jar" 'NoSuchBenchmark' --out "$work/ab-none"

echo
echo "ci-local: OK (files in $work)"
