package dev.arraybench.core.result;

import dev.arraybench.thresholds.MachineFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What must be the same on both sides for their timings to be comparable: the machine (the runtime's
 * {@link MachineFingerprint}, the one fingerprint that thresholds are matched on too) and the JVM flags every
 * fork ran with. Plain JMH JSON files do not record most of these; they read as {@code "unknown"} (or 0),
 * which differs from any recorded value.
 *
 * @param machine the processor, its caches, cores, vector width, OS and JDK
 * @param jvmFlags the flags every fork ran with
 */
public record EnvironmentFingerprint(MachineFingerprint machine, List<String> jvmFlags) {

    /** Copies the flags; a missing list reads as empty. */
    public EnvironmentFingerprint {
        Objects.requireNonNull(machine, "machine");
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }

    /** A fingerprint without the processor's identity and caches (plain JMH files, older files, tests). */
    public EnvironmentFingerprint(String cpuModel, int cores, String jdkVendor, String jdkVersion,
            List<String> jvmFlags, int vectorBits, String os) {
        this(new MachineFingerprint(cpuModel, null, cores, null, vectorBits, os, jdkVendor, jdkVersion), jvmFlags);
    }

    /** The fingerprint of {@code environment}. */
    public static EnvironmentFingerprint of(Environment environment) {
        return new EnvironmentFingerprint(new MachineFingerprint(environment.cpuModel(), environment.cpuId(),
                environment.cores(), environment.caches(), environment.vectorBits(), environment.os(),
                environment.jdkVendor(), environment.jdkVersion()), environment.jvmFlags());
    }

    /** The processor's model name. */
    public String cpuModel() {
        return machine.cpuModel();
    }

    /** Processors available to the JVM. */
    public int cores() {
        return machine.cores();
    }

    /** The JDK's vendor. */
    public String jdkVendor() {
        return machine.jdkVendor();
    }

    /** The JDK's full version. */
    public String jdkVersion() {
        return machine.jdkVersion();
    }

    /** The Vector API's preferred width in bits. */
    public int vectorBits() {
        return machine.vectorBits();
    }

    /** Operating system name, version and architecture. */
    public String os() {
        return machine.os();
    }

    /** The machine class's label: CPU model, cores and JDK, such as {@code Xeon, 8 cores, JDK Oracle 25.0.1}. */
    public String label() {
        return cpuModel() + ", " + cores() + " cores, JDK " + jdkVendor() + " " + jdkVersion();
    }

    /**
     * Every field in which {@code current} differs from this (the baseline): the processor's name, cores and
     * the JDK always; vendor, family, model, stepping and caches where both record them; then the flags, the
     * vector width and the OS (with its kernel build: two runs compared for a gate should share it).
     */
    public List<EnvironmentDifference> differences(EnvironmentFingerprint current) {
        List<EnvironmentDifference> differences = new ArrayList<>();
        Map<String, String> mine = machine.fields();
        Map<String, String> theirs = current.machine.fields();
        compare(differences, "cpuModel", cpuModel(), current.cpuModel());
        compare(differences, "cores", cores(), current.cores());
        compare(differences, "jdkVendor", jdkVendor(), current.jdkVendor());
        compare(differences, "jdkVersion", jdkVersion(), current.jdkVersion());
        for (Map.Entry<String, String> entry : mine.entrySet()) {
            String field = entry.getKey();
            boolean recordedLater = field.startsWith("cache.") || field.startsWith("cpu") && !field.equals("cpuModel");
            if (recordedLater && theirs.containsKey(field)) {
                compare(differences, field, entry.getValue(), theirs.get(field));
            }
        }
        compare(differences, "jvmFlags", String.join(" ", jvmFlags), String.join(" ", current.jvmFlags));
        compare(differences, "vectorBits", vectorBits(), current.vectorBits());
        compare(differences, "os", os(), current.os());
        return differences;
    }

    private static void compare(List<EnvironmentDifference> into, String field, Object baseline, Object current) {
        if (!Objects.equals(String.valueOf(baseline), String.valueOf(current))) {
            into.add(new EnvironmentDifference(field, String.valueOf(baseline), String.valueOf(current)));
        }
    }
}
