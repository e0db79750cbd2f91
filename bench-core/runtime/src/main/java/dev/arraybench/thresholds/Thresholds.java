package dev.arraybench.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Thresholds measured by {@code arraybench advise}, loaded from its {@code .properties} file: from which size
 * each parallel strategy pays off on the machine that measured it. A library asks
 * {@link #shouldParallelize(Map, String, String, int, long)} before choosing a parallel path; a variant the
 * file does not know, or one that never paid, stays sequential. Loading a file made on another machine warns
 * once, naming the fields that differ, because thresholds do not travel between machines.
 */
public final class Thresholds {

    /** The schema of a file of one machine. */
    public static final String SCHEMA = "arraybench-thresholds/1";

    /** The schema of a file of several machine classes. */
    public static final String FLEET_SCHEMA = "arraybench-thresholds/2";

    /** The machine fields a class is matched on: those the JDK alone can read. */
    private static final List<String> MATCHED = List.of("cpuModel", "cores", "jdkVendor", "jdkVersion", "os");

    private final String label;
    private final Map<String, String> machine;
    private final List<Entry> entries;

    private record Entry(Map<String, String> kase, String strategy, String pool, int threads, long parallelFrom) {
    }

    private record MachineClass(String label, Map<String, String> machine, List<Entry> entries) {
    }

    private Thresholds(MachineClass chosen) {
        this.label = chosen.label;
        this.machine = Map.copyOf(chosen.machine);
        this.entries = List.copyOf(chosen.entries);
    }

    /**
     * Loads {@code file}, picking the machine class this JVM runs on, and warning through {@link System.Logger}
     * when none matches.
     */
    public static Thresholds load(Path file) {
        System.Logger logger = System.getLogger(Thresholds.class.getName());
        return load(file, thisMachine(), message -> logger.log(System.Logger.Level.WARNING, message));
    }

    /**
     * Loads {@code file} for the machine {@code current} (fields as {@link #thisMachine()} names them). Of a
     * file of several machine classes it picks the class that matches {@code current} in every field both
     * name; else the closest, with the same CPU model and cores, then the same cores, then the first. When the
     * chosen class differs from {@code current}, passes one message to {@code warn} naming the class and every
     * differing field.
     *
     * @throws IllegalArgumentException when the file is not a thresholds file of a schema this class reads
     * @throws UncheckedIOException when it cannot be read
     */
    public static Thresholds load(Path file, Map<String, String> current, Consumer<String> warn) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("thresholds: cannot read " + file, e);
        }
        String schema = properties.getProperty("schema");
        if (SCHEMA.equals(schema)) {
            MachineClass only = machineClass(properties, "", null);
            List<String> differing = differing(only.machine, current);
            if (!differing.isEmpty()) {
                warn.accept("thresholds " + file + " were measured on another machine; they may not hold here: "
                        + String.join(", ", differing));
            }
            return new Thresholds(only);
        }
        if (!FLEET_SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("thresholds: " + file + " has schema '" + schema + "' (expected "
                    + SCHEMA + " or " + FLEET_SCHEMA + ")");
        }
        int count;
        try {
            count = Integer.parseInt(properties.getProperty("classes", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("thresholds: " + file + " has no valid 'classes' count", e);
        }
        if (count < 1) {
            throw new IllegalArgumentException("thresholds: " + file + " has no machine classes");
        }
        List<MachineClass> classes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String prefix = "class." + k + ".";
            classes.add(machineClass(properties, prefix, properties.getProperty(prefix + "label", "class " + k)));
        }
        for (MachineClass candidate : classes) {
            if (differing(candidate.machine, current).isEmpty()) {
                return new Thresholds(candidate);
            }
        }
        MachineClass chosen = classes.stream().filter(c -> same(c, current, "cpuModel") && same(c, current, "cores"))
                .findFirst().or(() -> classes.stream().filter(c -> same(c, current, "cores")).findFirst())
                .orElse(classes.get(0));
        warn.accept("thresholds " + file + " have no machine class for this machine; falling back to '"
                + chosen.label + "', which may not hold here: " + String.join(", ", differing(chosen.machine, current)));
        return new Thresholds(chosen);
    }

    private static MachineClass machineClass(Properties properties, String classPrefix, String label) {
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; properties.getProperty(classPrefix + "threshold." + index + ".strategy") != null; index++) {
            String prefix = classPrefix + "threshold." + index + ".";
            Map<String, String> kase = new LinkedHashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith(prefix + "case.")) {
                    kase.put(name.substring((prefix + "case.").length()), properties.getProperty(name));
                }
            }
            String from = properties.getProperty(prefix + "parallelFrom", "never");
            entries.add(new Entry(kase, properties.getProperty(prefix + "strategy"),
                    properties.getProperty(prefix + "pool", ""),
                    Integer.parseInt(properties.getProperty(prefix + "threads", "1")),
                    from.equals("never") ? -1 : Long.parseLong(from)));
        }
        Map<String, String> machine = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            if (name.startsWith(classPrefix + "machine.")) {
                machine.put(name.substring((classPrefix + "machine.").length()), properties.getProperty(name));
            }
        }
        return new MachineClass(label == null ? "" : label, machine, entries);
    }

    /** Every matched field both name in which {@code current} differs from {@code machine}, as a phrase. */
    private static List<String> differing(Map<String, String> machine, Map<String, String> current) {
        List<String> differing = new ArrayList<>();
        for (String field : MATCHED) {
            String value = machine.get(field);
            String now = current.get(field);
            if (value != null && now != null && !now.equals(value)) {
                differing.add(field + " (file: " + value + ", here: " + now + ")");
            }
        }
        return differing;
    }

    private static boolean same(MachineClass candidate, Map<String, String> current, String field) {
        String now = current.get(field);
        return now != null && now.equals(candidate.machine.get(field));
    }

    /**
     * The machine this JVM runs on, by the fields a thresholds file records that the JDK alone can read:
     * {@code cpuModel} (Linux), {@code cores}, {@code jdkVendor}, {@code jdkVersion} and {@code os}.
     */
    public static Map<String, String> thisMachine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("jdkVendor", System.getProperty("java.vm.vendor"));
        machine.put("jdkVersion", System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            lines.filter(line -> line.startsWith("model name")).findFirst()
                    .ifPresent(line -> machine.put("cpuModel", line.substring(line.indexOf(':') + 1).trim()));
        } catch (IOException | UncheckedIOException e) {
            machine.remove("cpuModel");
        }
        return machine;
    }

    /** The label of the machine class chosen; empty for a file of one machine. */
    public String machineClass() {
        return label;
    }

    /** The machine the chosen thresholds were measured on, field by field as the file names them. */
    public Map<String, String> machine() {
        return machine;
    }

    /**
     * The size from which {@code strategy} on {@code pool} with {@code threads} threads pays off for the case
     * {@code kase} (its parameters by name, such as {@code op=scale, dtype=int32, layout=native}); empty when
     * the file does not know it or it never paid within the measured sizes.
     */
    public OptionalLong parallelFrom(Map<String, String> kase, String strategy, String pool, int threads) {
        for (Entry entry : entries) {
            if (entry.kase.equals(kase) && entry.strategy.equals(strategy)
                    && entry.pool.equals(Objects.requireNonNullElse(pool, "")) && entry.threads == threads) {
                return entry.parallelFrom < 0 ? OptionalLong.empty() : OptionalLong.of(entry.parallelFrom);
            }
        }
        return OptionalLong.empty();
    }

    /** {@link #parallelFrom(Map, String, String, int)} for arraybench's own cases: op, dtype and layout. */
    public OptionalLong parallelFrom(String op, String dtype, String layout, String strategy, String pool,
            int threads) {
        return parallelFrom(ownCase(op, dtype, layout), strategy, pool, threads);
    }

    /** Whether {@code n} elements are at least the size from which the variant pays off. */
    public boolean shouldParallelize(Map<String, String> kase, String strategy, String pool, int threads, long n) {
        OptionalLong from = parallelFrom(kase, strategy, pool, threads);
        return from.isPresent() && n >= from.getAsLong();
    }

    /** {@link #shouldParallelize(Map, String, String, int, long)} for arraybench's own cases. */
    public boolean shouldParallelize(String op, String dtype, String layout, String strategy, String pool,
            int threads, long n) {
        return shouldParallelize(ownCase(op, dtype, layout), strategy, pool, threads, n);
    }

    private static Map<String, String> ownCase(String op, String dtype, String layout) {
        Map<String, String> kase = new LinkedHashMap<>();
        kase.put("op", op);
        kase.put("dtype", dtype);
        kase.put("layout", layout);
        return kase;
    }
}
