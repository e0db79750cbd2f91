#!/usr/bin/env bash
# The runtime jar (bench-core/runtime, arraybench-runtime) as a library sees it: every class file for Java 17
# (major version <= 61), no dependencies, a few tens of KB; then the worked example
# (docs/examples/threshold-consumer) compiled with JDK 17's javac against the jar alone and run on JDK 17.
# The JDK 17 is the one bin/find-jdk (the project's one JDK finder) names; the jar is built when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk17=$(bin/find-jdk 17 17) || { echo "runtime-jdk17: no JDK 17 found (install one under /usr/lib/jvm)" >&2; exit 1; }
jar=$(ls bench-core/runtime/target/arraybench-runtime-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -pl bench-core/runtime package -DskipTests
  jar=$(ls bench-core/runtime/target/arraybench-runtime-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)
fi
echo "runtime-jdk17: $jar on $("$jdk17/bin/java" -version 2>&1 | head -n 1) ($jdk17)"

python3 - "$jar" <<'PY'
import struct, sys, zipfile, os
jar = sys.argv[1]
size = os.path.getsize(jar)
with zipfile.ZipFile(jar) as z:
    names = z.namelist()
    classes = [n for n in names if n.endswith(".class")]
    assert classes, "no classes in " + jar
    majors = {n: struct.unpack(">H", z.read(n)[6:8])[0] for n in classes}
    too_new = {n: m for n, m in majors.items() if m > 61}
    assert not too_new, "class files newer than Java 17: %s" % too_new
    foreign = [n for n in classes if not n.startswith("dev/arraybench/thresholds/")]
    assert not foreign, "classes of another package (a dependency shaded in?): %s" % foreign
    poms = [n for n in names if n.endswith("pom.xml")]
    for pom in poms:
        # The parent declares only test-scoped dependencies (JUnit, AssertJ); the module declares none.
        assert "<dependencies>" not in z.read(pom).decode(), "%s declares dependencies" % pom
assert size < 100_000, "%s is %d bytes (expected a few tens of KB)" % (jar, size)
print("runtime-jdk17: %d classes, all major <= %d, %d bytes, nothing but dev.arraybench.thresholds"
      % (len(classes), max(majors.values()), size))
PY

example=docs/examples/threshold-consumer
out=target/ci/threshold-consumer
rm -rf "$out" && mkdir -p "$out/classes"
"$jdk17/bin/javac" --release 17 -Xlint:all -Werror -cp "$jar" -d "$out/classes" $(find "$example/src" -name '*.java')
cp -r "$example/resources/." "$out/classes/"
# First start: the shipped thresholds, or calibration on this machine; second start: the same answer, from
# the shipped file or the calibration cache, in no measurable time. Every call is checked against the plain loop.
for start in first second; do
  "$jdk17/bin/java" -cp "$jar:$out/classes" example.consumer.Demo --cache "$out/cache.properties" | tee "$out/$start.txt"
  [[ $(grep -c "checked against the plain loop" "$out/$start.txt") == 3 ]] || { echo "runtime-jdk17: $start start did not check 3 sizes" >&2; exit 1; }
done
if grep -q "rounds in" "$out/first.txt" && ! grep -q "gave up" "$out/first.txt"; then
  grep -q "cached in" "$out/second.txt" || { echo "runtime-jdk17: the second start measured again instead of reading the cache" >&2; exit 1; }
fi
