#!/usr/bin/env bash
# The history's speed goals, measured and printed (no pass/fail on the figures: the machine is shared):
#   history add of a plain JMH file of 5,000 benchmarks (3 forks x 5 iterations each) into a new SQLite file;
#   history check over 100,000 stored results: 500 benchmarks x 200 commits, 2 forks each, with a 10% step
#   in 50 benchmarks at commit 150 (the rows written straight into the same schema by sqlite3, since 200
#   JVM starts would measure the JVM, not the history).
# The check must still find the step, in exactly those 50 benchmarks, and nothing else.
# Usage: .ci/history-speed.sh [OUT]   (default OUT: target/ci/history-speed)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/ci/history-speed}
rm -rf "$out"
mkdir -p "$out"

python3 - "$out" <<'PY'
import json, random, sys
rng = random.Random(20)
def benchmark(i, forks):
    raw = [[rng.gauss(100.0, 1.0) for _ in range(5)] for _ in range(forks)]
    flat = [x for f in raw for x in f]
    return {"jmhVersion": "1.37", "benchmark": "com.example.Speed.run", "mode": "avgt", "threads": 1,
            "forks": forks, "jdkVersion": "25", "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "25",
            "warmupIterations": 1, "warmupTime": "100 ms", "measurementIterations": 5,
            "measurementTime": "100 ms", "params": {"n": str(i)},
            "primaryMetric": {"score": sum(flat) / len(flat), "scoreError": 1.0, "scoreUnit": "us/op",
                              "rawData": raw}, "secondaryMetrics": {}}
json.dump([benchmark(i, 3) for i in range(5000)], open(sys.argv[1] + "/5000.json", "w"))
json.dump([benchmark(i, 2) for i in range(500)], open(sys.argv[1] + "/500.json", "w"))
PY

seconds() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[2]) - float(sys.argv[1])))' "$@"; }
bin/arraybench --version >/dev/null  # builds the jar first if it is stale, outside the timings

t0=$(date +%s.%N)
bin/arraybench history add "$out/5000.json" --db "$out/add.db" --commit c0 --time 2026-12-01T00:00:00Z
t1=$(date +%s.%N)
echo "history-speed: history add of 5,000 benchmarks (15,000 forks): $(seconds "$t0" "$t1") s (goal 10 s)"

bin/arraybench history add "$out/500.json" --db "$out/check.db" --commit c000 --time 2026-12-01T00:00:00Z \
  >/dev/null
python3 - "$out/check.db" <<'PY'
import random, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rng = random.Random(21)
machine, = db.execute("SELECT machine_key FROM machine").fetchone()
keys = [k for k, in db.execute("SELECT benchmark_key FROM benchmark ORDER BY benchmark_key")]
moved = set(keys[:50])
for c in range(1, 200):
    run = "speed-run-%03d" % c
    db.execute("INSERT INTO run VALUES (?, 'speed', ?, ?, 'main', ?, ?)",
               (run, machine, "c%03d" % c, "2026-12-01T00:%02d:%02d.000Z" % (c // 60, c % 60), "now"))
    results, forks = [], []
    for key in keys:
        level = 110.0 if key in moved and c >= 150 else 100.0
        means = [rng.gauss(level, 1.0) for _ in range(2)]
        results.append((run, key, "us/op", sum(means) / 2))
        forks += [(run, key, f, m, repr(m)) for f, m in enumerate(means)]
    db.executemany("INSERT INTO result VALUES (?, ?, ?, ?)", results)
    db.executemany("INSERT INTO fork VALUES (?, ?, ?, ?, ?)", forks)
db.commit()
print("history-speed: %d results, %d forks stored" % (db.execute("SELECT count(*) FROM result").fetchone()[0],
                                                      db.execute("SELECT count(*) FROM fork").fetchone()[0]))
PY

set +e
t0=$(date +%s.%N)
bin/arraybench history check --db "$out/check.db" --format json >"$out/check.json"
code=$?
t1=$(date +%s.%N)
set -e
echo "history-speed: history check over 100,000 results (500 series x 200 commits): $(seconds "$t0" "$t1") s" \
  "(goal 5 s), exit $code"
python3 - "$out/check.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
text = json.dumps(doc)
groups = doc["changes"]
assert len(groups) == 1, "expected one change group (the step at c149..c150), got %d" % len(groups)
g = groups[0]
assert (g["lastBefore"], g["firstAfter"]) == ("c149", "c150"), g
assert len(g["benchmarks"]) == 50, "expected the 50 stepped benchmarks, got %d" % len(g["benchmarks"])
print("history-speed: the check found the step at c149..c150 in its 50 benchmarks and nothing else")
PY
