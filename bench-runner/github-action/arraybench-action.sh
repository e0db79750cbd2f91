#!/usr/bin/env bash
# The shell steps of the arraybench GitHub Action (action.yml beside this file), also run by
# .ci/action-local.sh against a local jar: fetch the runnable jar (unless INPUT_JAR names one), run
# `ab` or `compare`, append the Markdown verdict table to $GITHUB_STEP_SUMMARY, write exit-code to
# $GITHUB_OUTPUT and exit with the command's code (0 no regression, 1 regression, 2 bad input, 3 a failed fork).
# Inputs come as INPUT_* variables (see action.yml); java is the one on the PATH (actions/setup-java).
set -uo pipefail

fail() { echo "arraybench-action: $*" >&2; echo "exit-code=2" >>"${GITHUB_OUTPUT:-/dev/null}"; exit 2; }

out=${INPUT_OUT:-arraybench-results}
mkdir -p "$out" || fail "cannot create $out"
jar=${INPUT_JAR:-}
if [[ -z "$jar" ]]; then
  [[ -n "${INPUT_VERSION:-}" ]] || fail "version is required (or jar: a runnable jar on the runner)"
  url=${INPUT_JAR_URL//\{version\}/$INPUT_VERSION}
  url=${url//\{repository\}/${INPUT_REPOSITORY:-}}
  jar="${RUNNER_TEMP:-$out}/arraybench-$INPUT_VERSION.jar"
  echo "arraybench-action: fetching $url"
  curl -fsSL --retry 3 -o "$jar" "$url" || fail "cannot fetch the runnable jar from $url (set jar-url)"
fi
[[ -f "$jar" ]] || fail "jar: $jar does not exist"

read -r -a extra <<<"${INPUT_ARGS:-}"
case "${INPUT_COMMAND:-ab}" in
  ab)
    [[ -n "${INPUT_BASE_JAR:-}" && -n "${INPUT_HEAD_JAR:-}" ]] || fail "ab needs base-jar and head-jar"
    arguments=(ab --baseline-jar "$INPUT_BASE_JAR" --current-jar "$INPUT_HEAD_JAR" --out "$out" "${extra[@]}")
    report="$out/compare.md" ;;
  compare)
    [[ -n "${INPUT_BASELINE:-}" && -n "${INPUT_CURRENT:-}" ]] || fail "compare needs baseline and current"
    arguments=(compare --baseline "$INPUT_BASELINE" --current "$INPUT_CURRENT" --format markdown
               --out "$out/compare.md" --step-summary "$out/step-summary.md" "${extra[@]}")
    report="$out/compare.md" ;;
  *) fail "command: ${INPUT_COMMAND} (expected ab or compare)" ;;
esac

echo "arraybench-action: java -jar $jar ${arguments[*]}"
java -jar "$jar" "${arguments[@]}"
code=$?
if [[ -f "$report" && -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  cat "$report" >>"$GITHUB_STEP_SUMMARY"
fi
echo "exit-code=$code" >>"${GITHUB_OUTPUT:-/dev/null}"
exit "$code"
