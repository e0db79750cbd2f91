#!/usr/bin/env bash
# The Maven plugin as a user's build runs it: the invoker tests (bench-runner/maven-plugin/src/it) install the
# plugin and its dependencies into an isolated repository (bench-runner/maven-plugin/target/it-repo, never
# ~/.m2) and build three sample projects with it: a JMH project whose git HEAD has a fast kernel and whose
# working tree a slow one (ab builds the base in a worktree; the build fails naming the benchmark), an A/A
# (passes or is undecided, never fails) and a misconfiguration (one clear error). Their JMH forks are tiny and
# run under the machine-wide lock.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
flock /tmp/arraybench-machine.lock ./mvnw -B -q -pl bench-runner/maven-plugin -am verify -DskipTests \
  -Dinvoker.skip=false
echo "maven-plugin-it: the invoker tests passed in $((SECONDS - start)) s"
