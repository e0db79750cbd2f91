#!/usr/bin/env bash
# Ten first starts of the example on this machine, each with an empty calibration cache, under the machine
# lock: prints, per start, each calibration's line (its crossing, rounds and the time it took).
#   docs/examples/threshold-consumer/calibrate-10.sh RUNTIME.jar CLASSES_DIR
set -euo pipefail
jar=$1 classes=$2
jdk17=$(bin/find-jdk 17 17)
for try in $(seq 1 10); do
  cache=$(mktemp -u /tmp/threshold-consumer-cache.XXXXXX)
  echo "try $try:"
  bin/hold-machine "$jdk17/bin/java" -cp "$jar:$classes" example.consumer.Demo --cache "$cache" \
    | grep -e "calibration of" -e "started in"
  rm -f "$cache"
done
