package dev.arraybench.thresholds;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The machine a threshold was measured on, by the fields that move a break-even: the processor (name, vendor,
 * family, model, stepping), its caches, the vector width, the cores available, the OS and the JDK. The one
 * fingerprint of arraybench: the CLI records it in every results file, {@code advise} writes it beside the
 * thresholds, and {@link Thresholds} and the calibration cache match this JVM's against it. Unknown parts are
 * {@code null}, 0 or empty (old files, other platforms) and are never compared.
 *
 * @param cpuModel the processor's model name, such as {@code AMD EPYC}; {@code null} when unknown
 * @param cpuId vendor, family, model number and stepping, each {@code null} when unknown
 * @param cores processors available to the JVM, 0 when unknown
 * @param caches cache sizes by level ({@code L1d}, {@code L1i}, {@code L2}, {@code L3}) as the OS writes them,
 *     such as {@code 48K}; empty when unknown
 * @param vectorBits the Vector API's preferred width in bits, 0 when unknown (a JVM without
 *     {@code jdk.incubator.vector} cannot tell)
 * @param os operating system name, kernel version and architecture, such as {@code Linux 6.18.44-fc-v782 amd64}
 * @param jdkVendor {@code java.vm.vendor}
 * @param jdkVersion {@code java.runtime.version}
 */
public record MachineFingerprint(String cpuModel, CpuId cpuId, int cores, Map<String, String> caches,
        int vectorBits, String os, String jdkVendor, String jdkVersion) {

    /** Missing parts read as unknown; the caches are copied and sorted by level. */
    public MachineFingerprint {
        cpuId = cpuId == null ? CpuId.UNKNOWN : cpuId;
        caches = caches == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(caches));
    }

    /**
     * This JVM's machine, read with the JDK alone (see {@link #probe(int)}); the vector width when readable.
     * Probed once per JVM: the processor, its caches and the JDK do not change while it runs, and a library
     * that loads thresholds and then a calibration cache should not read {@code /proc} and {@code /sys} twice.
     */
    public static MachineFingerprint probe() {
        return Probed.THIS_JVM;
    }

    /** Holds the one probe of this JVM, made on first use (the holder idiom: lazy, thread-safe, no lock). */
    private static final class Probed {
        static final MachineFingerprint THIS_JVM = probe(preferredVectorBits());
    }

    /**
     * This JVM's machine with the vector width a caller knows (the CLI reads it from the Vector API); 0 for
     * unknown. Never throws: what the OS does not say stays unknown. Reads the OS anew at every call.
     */
    public static MachineFingerprint probe(int vectorBits) {
        MachineProbe probe = new MachineProbe(Path.of("/"));
        Map<String, String> cpuinfo = probe.cpuinfo();
        return new MachineFingerprint(probe.cpuModel(cpuinfo), probe.cpuId(cpuinfo),
                Runtime.getRuntime().availableProcessors(), probe.caches(), vectorBits,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"));
    }

    /**
     * The Vector API's preferred width where this JVM was started with {@code jdk.incubator.vector}, else 0.
     * Read by reflection so this class needs nothing but {@code java.base}.
     */
    static int preferredVectorBits() {
        try {
            Class<?> vector = Class.forName("jdk.incubator.vector.IntVector");
            Object species = vector.getField("SPECIES_PREFERRED").get(null);
            Method bits = Class.forName("jdk.incubator.vector.VectorSpecies").getMethod("vectorBitSize");
            return ((Number) bits.invoke(species)).intValue();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The fingerprint written as {@code fields()} writes it: {@code cpuModel}, {@code cpuVendor},
     * {@code cpuFamily}, {@code cpuModelNumber}, {@code cpuStepping}, {@code cores}, {@code cache.L1d} ...,
     * {@code vectorBits}, {@code os}, {@code jdkVendor}, {@code jdkVersion}. Absent or unreadable fields are
     * unknown, so files written before a field existed still read.
     */
    public static MachineFingerprint fromFields(Map<String, String> fields) {
        Map<String, String> caches = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("cache.") && value != null && !value.isBlank()) {
                caches.put(name.substring("cache.".length()), value);
            }
        });
        Integer cores = MachineProbe.integer(fields.get("cores"));
        Integer bits = MachineProbe.integer(fields.get("vectorBits"));
        return new MachineFingerprint(fields.get("cpuModel"), new CpuId(fields.get("cpuVendor"),
                MachineProbe.integer(fields.get("cpuFamily")), MachineProbe.integer(fields.get("cpuModelNumber")),
                MachineProbe.integer(fields.get("cpuStepping"))), cores == null ? 0 : cores, caches,
                bits == null ? 0 : bits, fields.get("os"), fields.get("jdkVendor"), fields.get("jdkVersion"));
    }

    /** The known fields by name, in the order {@link #fromFields(Map)} documents; the OS in full. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "cpuModel", cpuModel);
        put(fields, "cpuVendor", cpuId.vendor());
        put(fields, "cpuFamily", cpuId.family());
        put(fields, "cpuModelNumber", cpuId.model());
        put(fields, "cpuStepping", cpuId.stepping());
        put(fields, "cores", cores > 0 ? cores : null);
        caches.forEach((level, size) -> put(fields, "cache." + level, size));
        put(fields, "vectorBits", vectorBits > 0 ? vectorBits : null);
        put(fields, "os", os);
        put(fields, "jdkVendor", jdkVendor);
        put(fields, "jdkVersion", jdkVersion);
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }

    /** The OS name and architecture without the kernel build: {@code Linux amd64}. */
    public String osFamily() {
        if (os == null) {
            return null;
        }
        String[] words = os.trim().split("\\s+");
        if (words.length < 3) {
            return os.trim();
        }
        return String.join(" ", List.of(words).subList(0, words.length - 2)) + " " + words[words.length - 1];
    }

    /** Whether the fields that tell processors apart (family, model, caches, cores) are recorded. */
    public boolean identifiesTheProcessor() {
        return cpuId.family() != null && cpuId.model() != null && !caches.isEmpty() && cores > 0;
    }

    /**
     * Every field both fingerprints know in which {@code here} differs from this one, the fields that move
     * break-evens most first (family, model, caches, cores, vector width before the JDK); the OS kernel build is
     * never one of them.
     */
    public List<Difference> differences(MachineFingerprint here) {
        List<Difference> differences = new ArrayList<>();
        for (MachineField field : MachineField.values()) {
            Map<String, String> mine = field.values(this);
            Map<String, String> theirs = field.values(here);
            for (Map.Entry<String, String> entry : mine.entrySet()) {
                String other = theirs.get(entry.getKey());
                if (entry.getValue() != null && other != null && !Objects.equals(entry.getValue(), other)) {
                    differences.add(new Difference(entry.getKey(), entry.getValue(), other, field.weight()));
                }
            }
        }
        differences.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        return differences;
    }

    /**
     * How close {@code here} is to this machine: the weights of the fields both know that agree, less those
     * that differ. Family, model, caches and cores weigh most; the JDK little; the kernel build nothing.
     */
    public int similarity(MachineFingerprint here) {
        int score = 0;
        for (MachineField field : MachineField.values()) {
            Map<String, String> mine = field.values(this);
            Map<String, String> theirs = field.values(here);
            for (Map.Entry<String, String> entry : mine.entrySet()) {
                String other = theirs.get(entry.getKey());
                if (entry.getValue() != null && other != null) {
                    score += entry.getValue().equals(other) ? field.weight() : -field.weight();
                }
            }
        }
        return score;
    }

    /**
     * One field in which two machines differ.
     *
     * @param field the field's name as {@link #fields()} writes it
     * @param recorded the value recorded (in the file)
     * @param here the value of the machine compared with it
     * @param weight how much the field moves a break-even (higher first)
     */
    public record Difference(String field, String recorded, String here, int weight) {

        /** As a warning names it: {@code cpuFamily (file: 25, here: 26)}. */
        @Override
        public String toString() {
            return field + " (file: " + recorded + ", here: " + here + ")";
        }
    }
}
