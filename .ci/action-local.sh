#!/usr/bin/env bash
# The GitHub Action's shell steps (bench-runner/github-action/arraybench-action.sh) run here as the action
# runs them, against the local runnable jar on the machine's default java (JDK 17), with stand-in
# GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files: compare of a committed results file against itself must exit 0
# and leave the verdict table in the summary and exit-code=0 in the outputs; a missing file must be exit 2.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(bin/runnable-jar)
[[ -f "$jar" ]] || ./mvnw -B -q -pl bench-runner -am package -DskipTests
work=target/ci/action-local
rm -rf "$work" && mkdir -p "$work"
fail() { echo "action-local: FAILED: $*" >&2; exit 1; }

# run NAME WANTED-EXIT INPUT=VALUE...: the action's script with these inputs and fresh summary/output files.
run() {
  local name=$1 want=$2; shift 2
  : >"$work/$name-summary.md"; : >"$work/$name-output.txt"
  local got=0
  env GITHUB_STEP_SUMMARY="$work/$name-summary.md" GITHUB_OUTPUT="$work/$name-output.txt" INPUT_JAR="$jar" \
      INPUT_OUT="$work/$name" "$@" bash bench-runner/github-action/arraybench-action.sh >"$work/$name.log" 2>&1 \
    || got=$?
  [[ $got == "$want" ]] || { cat "$work/$name.log" >&2; fail "$name: exit $got (expected $want)"; }
  grep -qx "exit-code=$want" "$work/$name-output.txt" || fail "$name: no exit-code=$want in GITHUB_OUTPUT"
}

run compare 0 INPUT_COMMAND=compare INPUT_BASELINE=docs/results/before-1M.json INPUT_CURRENT=docs/results/before-1M.json
grep -q '^### arraybench compare: ' "$work/compare-summary.md" || fail "no Markdown report in the step summary"
grep -q '^| verdict | benchmark |' "$work/compare-summary.md" || fail "no verdict table in the step summary"
[[ $(grep -c '^### arraybench compare: ' "$work/compare-summary.md") == 1 ]] || fail "the report was appended twice"
[[ -s "$work/compare/compare.md" ]] || fail "no compare.md in the results folder (the uploaded artifact)"

run missing 2 INPUT_COMMAND=compare INPUT_BASELINE="$work/missing.json" INPUT_CURRENT=docs/results/before-1M.json
run unknown 2 INPUT_COMMAND=bisect
echo "action-local: the action's steps wrote the verdict table ($(grep -c '^| ' "$work/compare-summary.md") rows)" \
     "to the step summary; bad input is exit 2"
