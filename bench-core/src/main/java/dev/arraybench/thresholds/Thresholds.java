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

    /** The schema this class reads. */
    public static final String SCHEMA = "arraybench-thresholds/1";

    private final Map<String, String> machine;
    private final List<Entry> entries;

    private record Entry(Map<String, String> kase, String strategy, String pool, int threads, long parallelFrom) {
    }

    private Thresholds(Map<String, String> machine, List<Entry> entries) {
        this.machine = machine;
        this.entries = entries;
    }

    /** Loads {@code file}, warning through {@link System.Logger} when it was made on another machine. */
    public static Thresholds load(Path file) {
        System.Logger logger = System.getLogger(Thresholds.class.getName());
        return load(file, thisMachine(), message -> logger.log(System.Logger.Level.WARNING, message));
    }

    /**
     * Loads {@code file}; when its machine differs from {@code current} in any field both name, passes one
     * message naming every differing field to {@code warn}.
     *
     * @throws IllegalArgumentException when the file is not a thresholds file of this schema
     * @throws UncheckedIOException when it cannot be read
     */
    public static Thresholds load(Path file, Map<String, String> current, Consumer<String> warn) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("thresholds: cannot read " + file, e);
        }
        if (!SCHEMA.equals(properties.getProperty("schema"))) {
            throw new IllegalArgumentException("thresholds: " + file + " has schema '" + properties.getProperty("schema")
                    + "' (expected " + SCHEMA + ")");
        }
        Map<String, String> machine = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; properties.getProperty("threshold." + index + ".strategy") != null; index++) {
            String prefix = "threshold." + index + ".";
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
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            if (name.startsWith("machine.")) {
                machine.put(name.substring("machine.".length()), properties.getProperty(name));
            }
        }
        List<String> differing = new ArrayList<>();
        machine.forEach((field, value) -> {
            String now = current.get(field);
            if (now != null && !now.equals(value)) {
                differing.add(field + " (file: " + value + ", here: " + now + ")");
            }
        });
        if (!differing.isEmpty()) {
            warn.accept("thresholds " + file + " were measured on another machine; they may not hold here: "
                    + String.join(", ", differing));
        }
        return new Thresholds(Map.copyOf(machine), List.copyOf(entries));
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

    /** The machine the file was measured on, field by field as the file names them. */
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
