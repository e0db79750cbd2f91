package dev.arraybench.core.result;

import dev.arraybench.core.result.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What must be the same on both sides for their timings to be comparable: the processor, the JDK and its
 * flags, the Vector API's width and the OS. Plain JMH JSON files do not record most of these; they read as
 * {@code "unknown"} (or 0), which differs from any recorded value.
 *
 * @param cpuModel the processor's model name
 * @param cores processors available to the JVM
 * @param jdkVendor the JDK's vendor
 * @param jdkVersion the JDK's full version
 * @param jvmFlags the flags every fork ran with
 * @param vectorBits the Vector API's preferred width in bits
 * @param os operating system name, version and architecture
 */
public record EnvironmentFingerprint(String cpuModel, int cores, String jdkVendor, String jdkVersion,
        List<String> jvmFlags, int vectorBits, String os) {

    /** Copies the flags; a missing list reads as empty. */
    public EnvironmentFingerprint {
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }

    /** The fingerprint of {@code environment}. */
    public static EnvironmentFingerprint of(Environment environment) {
        return new EnvironmentFingerprint(environment.cpuModel(), environment.cores(), environment.jdkVendor(),
                environment.jdkVersion(), environment.jvmFlags(), environment.vectorBits(), environment.os());
    }

    /** The machine class's label: CPU model, cores and JDK, such as {@code Xeon, 8 cores, JDK Oracle 25.0.1}. */
    public String label() {
        return cpuModel + ", " + cores + " cores, JDK " + jdkVendor + " " + jdkVersion;
    }

    /** Every field in which {@code current} differs from this (the baseline), in the record's order. */
    public List<EnvironmentDifference> differences(EnvironmentFingerprint current) {
        List<EnvironmentDifference> differences = new ArrayList<>();
        compare(differences, "cpuModel", cpuModel, current.cpuModel);
        compare(differences, "cores", cores, current.cores);
        compare(differences, "jdkVendor", jdkVendor, current.jdkVendor);
        compare(differences, "jdkVersion", jdkVersion, current.jdkVersion);
        compare(differences, "jvmFlags", String.join(" ", jvmFlags), String.join(" ", current.jvmFlags));
        compare(differences, "vectorBits", vectorBits, current.vectorBits);
        compare(differences, "os", os, current.os);
        return differences;
    }

    private static void compare(List<EnvironmentDifference> into, String field, Object baseline, Object current) {
        if (!Objects.equals(baseline, current)) {
            into.add(new EnvironmentDifference(field, String.valueOf(baseline), String.valueOf(current)));
        }
    }
}
