package dev.arraybench.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Thresholds measured by {@code arraybench advise}, loaded from its {@code .properties} file: from which size
 * each parallel strategy pays off on the machine class that measured it. A library asks
 * {@link #shouldParallelize(Map, String, String, int, long)} before choosing a parallel path; a variant the
 * file does not know, or one that never paid, stays sequential. Of a file of several machine classes it
 * picks the one nearest this machine by {@link MachineFingerprint#similarity}: family, model, caches and cores
 * first, the JDK last, the OS kernel build never. When the class is not this machine's, it warns once naming
 * the fields that differ, and {@link #matchesThisMachine()} says so, so a library can calibrate instead.
 */
public final class Thresholds {

    /** The schema of a file of one machine. */
    public static final String SCHEMA = "arraybench-thresholds/1";

    /** The schema of a file of several machine classes. */
    public static final String FLEET_SCHEMA = "arraybench-thresholds/2";

    private final MachineClass chosen;
    private final MachineMatch match;

    private Thresholds(MachineClass chosen, MachineMatch match) {
        this.chosen = chosen;
        this.match = match;
    }

    /** Thresholds that know no variant: every question is answered "stay sequential". */
    public static Thresholds sequential() {
        return new Thresholds(new MachineClass("", new MachineFingerprint(null, null, 0, null, 0, null, null, null),
                List.of()), MachineMatch.NONE);
    }

    /** Loads {@code file} for this machine, warning through {@link System.Logger} when it is not its class. */
    public static Thresholds load(Path file) {
        return load(file, MachineFingerprint.probe(), Thresholds::log);
    }

    /**
     * Loads {@code file} for the machine whose fields ({@link MachineFingerprint#fields()}) are {@code current}.
     *
     * @throws IllegalArgumentException when the file is not a complete thresholds file of a schema this reads
     * @throws UncheckedIOException when it cannot be read
     */
    public static Thresholds load(Path file, Map<String, String> current, Consumer<String> warn) {
        return load(file, MachineFingerprint.fromFields(current), warn);
    }

    /**
     * Loads {@code file} for the machine {@code here}, picking its nearest class and passing one message to
     * {@code warn} when that class is not this machine's, naming every field that differs.
     *
     * @throws IllegalArgumentException when the file is not a complete thresholds file of a schema this reads
     * @throws UncheckedIOException when it cannot be read
     */
    public static Thresholds load(Path file, MachineFingerprint here, Consumer<String> warn) {
        try (InputStream in = Files.newInputStream(file)) {
            return choose(file.toString(), ThresholdsFile.read(file.toString(), in), here, warn);
        } catch (IOException e) {
            throw new UncheckedIOException("thresholds: cannot read " + file, e);
        }
    }

    /**
     * Loads the thresholds a library ships as a resource beside {@code owner} (see {@link Class#getResource}),
     * for this machine. Never throws: a missing, unreadable, truncated or unknown file is one message to
     * {@code warn} and {@link #sequential()} thresholds.
     */
    public static Thresholds loadResourceOrSequential(Class<?> owner, String resource, Consumer<String> warn) {
        return loadResourceOrSequential(owner, resource, MachineFingerprint.probe(), warn);
    }

    /** {@link #loadResourceOrSequential(Class, String, Consumer)} for the machine {@code here}. */
    public static Thresholds loadResourceOrSequential(Class<?> owner, String resource, MachineFingerprint here,
            Consumer<String> warn) {
        String source = owner.getName() + " resource " + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                warn.accept("thresholds " + source + ": not found; staying sequential");
                return sequential();
            }
            return choose(source, ThresholdsFile.read(source, in), here, warn);
        } catch (IOException | RuntimeException e) {
            warn.accept(e.getMessage() + "; staying sequential");
            return sequential();
        }
    }

    /**
     * Loads {@code file} for the machine {@code here}. Never throws: a missing, unreadable, truncated or
     * unknown file is one message to {@code warn} and {@link #sequential()} thresholds.
     */
    public static Thresholds loadOrSequential(Path file, MachineFingerprint here, Consumer<String> warn) {
        try {
            return load(file, here, warn);
        } catch (RuntimeException e) {
            warn.accept(e.getMessage() + "; staying sequential");
            return sequential();
        }
    }

    private static Thresholds choose(String source, List<MachineClass> classes, MachineFingerprint here,
            Consumer<String> warn) {
        MachineClass best = classes.get(0);
        for (MachineClass candidate : classes) {
            if (candidate.machine().similarity(here) > best.machine().similarity(here)) {
                best = candidate;
            }
        }
        MachineMatch match = MachineMatch.of(best.machine(), here);
        match.warning(source, classes.size() > 1 ? best.label() : null).ifPresent(warn);
        return new Thresholds(best, match);
    }

    private static void log(String message) {
        System.getLogger(Thresholds.class.getName()).log(System.Logger.Level.WARNING, message);
    }

    /** The machine this JVM runs on, as {@link MachineFingerprint#probe()} reads it, field by field. */
    public static Map<String, String> thisMachine() {
        return MachineFingerprint.probe().fields();
    }

    /** The label of the machine class chosen; empty for a file of one machine. */
    public String machineClass() {
        return chosen.label();
    }

    /** The machine the chosen thresholds were measured on, field by field as the file names them. */
    public Map<String, String> machine() {
        return chosen.machine().fields();
    }

    /**
     * Whether the chosen class is this machine's: the same processor family, model, caches, cores and vector
     * width wherever both know them, and the file records them. A JDK or OS difference alone keeps the class
     * (with a warning); {@link #sequential()} thresholds match nothing.
     */
    public boolean matchesThisMachine() {
        return match.sameClass();
    }

    /** The fields in which the chosen class differs from this machine, most telling first; empty when none. */
    public List<MachineFingerprint.Difference> differences() {
        return match.differences();
    }

    /**
     * The size from which {@code strategy} on {@code pool} with {@code threads} threads pays off for the case
     * {@code kase} (its parameters by name, such as {@code op=scale, dtype=int32, layout=native}); empty when
     * the file does not know it or it never paid within the measured sizes.
     */
    public OptionalLong parallelFrom(Map<String, String> kase, String strategy, String pool, int threads) {
        for (MachineClass.Entry entry : chosen.entries()) {
            if (entry.kase().equals(kase) && entry.strategy().equals(strategy)
                    && entry.pool().equals(Objects.requireNonNullElse(pool, "")) && entry.threads() == threads) {
                return entry.parallelFrom() < 0 ? OptionalLong.empty() : OptionalLong.of(entry.parallelFrom());
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
