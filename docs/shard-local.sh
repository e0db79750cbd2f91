#!/usr/bin/env bash
# Sharding end to end on this machine: a small matrix measured as 3 shards, merged, and checked against the
# benchmarks of the unsharded matrix (read from its --dry-run, not measured twice): none missing, none
# twice, and no case (op x dtype x layout) split across shards. About a minute with --quick.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/ci/shard}
rm -rf "$out"
mkdir -p "$out"
matrix=(--quick --op scale,sum,min --size 64K --strategy sequential,zero-copy-parallel)

bin/arraybench run "${matrix[@]}" --dry-run > "$out/unsharded.txt"
for k in 1 2 3; do
  bin/arraybench run "${matrix[@]}" --shard "$k/3" --out "$out/shard-$k.json"
done
bin/arraybench merge "$out"/shard-{1,2,3}.json --out "$out/merged.json"

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]

def key(name, params):
    return (".".join(name.split(".")[-2:]), tuple(sorted(params.items())))

expected = []
for line in open(f"{out}/unsharded.txt"):
    if line.startswith("    "):
        name, *pairs = line.split()
        expected.append(key(name, dict(p.split("=", 1) for p in pairs)))
assert expected and len(expected) == len(set(expected)), "the dry run lists no benchmark, or one twice"

merged = json.load(open(f"{out}/merged.json"))
assert merged["schema"] == "arraybench/1", merged["schema"]
got = [key(b["benchmark"], b["params"]) for b in merged["benchmarks"]]
twice = {k for k in got if got.count(k) > 1}
assert not twice, f"measured twice: {sorted(twice)}"
missing, extra = set(expected) - set(got), set(got) - set(expected)
assert not missing and not extra, f"missing {sorted(missing)}, not asked for {sorted(extra)}"

owner = {}
for k in (1, 2, 3):
    shard = json.load(open(f"{out}/shard-{k}.json"))
    cases = {(b["params"]["op"], b["params"]["dtype"], b["params"]["layout"]) for b in shard["benchmarks"]}
    assert cases, f"shard {k}/3 measured nothing"
    for case in cases:
        assert case not in owner, f"case {case} split across shards {owner[case]} and {k}"
        owner[case] = k
print("sharded run: %d benchmarks in 3 shards merged into %s; exactly the unsharded matrix, no case split (%s)"
      % (len(got), f"{out}/merged.json", ", ".join("%s in %d" % (" ".join(c), k) for c, k in sorted(owner.items()))))
PY
