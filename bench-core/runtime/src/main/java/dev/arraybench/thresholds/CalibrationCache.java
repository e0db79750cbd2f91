package dev.arraybench.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Where {@link Calibration} keeps its answers: one {@code .properties} file per library, recording the machine
 * it was measured on and one stable crossing per kernel, so later starts on the same machine read the answer
 * instead of measuring. An answer is used only on the machine that measured it (every field of the
 * fingerprint but the OS kernel build the same); a file of another machine, of an unknown schema or cut short
 * is one message and no answer, never an exception.
 */
public final class CalibrationCache {

    /** The schema of a cache file. */
    public static final String SCHEMA = "arraybench-calibration/1";

    private final Path file;
    private final MachineFingerprint here;
    private final Consumer<String> warn;

    /** A cache in {@code file} for the machine {@code here}, telling {@code warn} what it cannot use. */
    public CalibrationCache(Path file, MachineFingerprint here, Consumer<String> warn) {
        this.file = file;
        this.here = here;
        this.warn = warn;
    }

    /**
     * The cache of {@code library} for this machine, in {@link #defaultFolder()}: a file named after the
     * library and a hash of the machine's fingerprint, so machines that share a home folder keep theirs apart.
     */
    public static CalibrationCache forLibrary(String library, Consumer<String> warn) {
        MachineFingerprint here = MachineFingerprint.probe();
        String hash = String.format(Locale.ROOT, "%08x", new TreeMap<>(here.fields()).toString().hashCode());
        return new CalibrationCache(defaultFolder().resolve(library + "-" + hash + ".properties"), here, warn);
    }

    /**
     * The user's cache folder for arraybench: {@code $XDG_CACHE_HOME/arraybench}, else
     * {@code ~/Library/Caches/arraybench} on macOS, {@code %LOCALAPPDATA%\arraybench} on Windows,
     * {@code ~/.cache/arraybench} elsewhere.
     */
    public static Path defaultFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "arraybench");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        String local = System.getenv("LOCALAPPDATA");
        if (os.startsWith("windows") && local != null) {
            return Path.of(local, "arraybench");
        }
        return os.contains("mac") ? home.resolve("Library/Caches/arraybench") : home.resolve(".cache/arraybench");
    }

    /** The file this cache reads and writes. */
    public Path file() {
        return file;
    }

    /** The stable crossing stored for {@code kernel} on this machine; empty (with a message) when unusable. */
    public Optional<Crossing> load(String kernel) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            warn.accept("calibration cache " + file + ": cannot be read (" + e + "); measuring again");
            return Optional.empty();
        }
        if (!SCHEMA.equals(properties.getProperty("schema"))) {
            warn.accept("calibration cache " + file + ": schema '" + properties.getProperty("schema") + "' (expected "
                    + SCHEMA + "; a truncated file or another tool's?); measuring again");
            return Optional.empty();
        }
        if (!Integer.toString(properties.size()).equals(properties.getProperty("entries"))) {
            warn.accept("calibration cache " + file + ": holds " + properties.size() + " entries, not the "
                    + properties.getProperty("entries") + " it records (a truncated file?); measuring again");
            return Optional.empty();
        }
        MachineMatch match = MachineMatch.of(MachineFingerprint.fromFields(machineFields(properties)), here);
        if (!match.differences().isEmpty() || !match.unrecorded().isEmpty()) {
            warn.accept("calibration cache " + file + ": written by another machine ("
                    + (match.differences().isEmpty() ? "it does not record " + match.unrecorded()
                            : match.differences().toString()) + "); measuring again");
            return Optional.empty();
        }
        String prefix = "kernel." + kernel + ".";
        String from = properties.getProperty(prefix + "parallelFrom");
        if (from == null) {
            return Optional.empty();
        }
        try {
            long parallelFrom = from.equals("never") ? Long.MAX_VALUE : Long.parseLong(from);
            int rounds = Integer.parseInt(properties.getProperty(prefix + "rounds", ""));
            return Optional.of(new Crossing(kernel, parallelFrom, true, rounds, 0, "calibration of " + kernel
                    + ": parallel " + (from.equals("never") ? "never" : "from " + from + " elements")
                    + " (cached in " + file + ")"));
        } catch (NumberFormatException e) {
            warn.accept("calibration cache " + file + ": '" + prefix + "' is not complete (a truncated file?);"
                    + " measuring again");
            return Optional.empty();
        }
    }

    /** Stores a stable crossing beside the others of this machine, atomically; a failure is one message. */
    public void store(Crossing crossing) {
        if (!crossing.stable()) {
            throw new IllegalArgumentException("crossing of " + crossing.kernel() + ": not stable, not cached");
        }
        Map<String, String> entries = new TreeMap<>();
        Properties old = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            old.load(in);
            if (SCHEMA.equals(old.getProperty("schema")) && machineFields(old).equals(here.fields())) {
                old.stringPropertyNames().forEach(name -> entries.put(name, old.getProperty(name)));
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
        entries.put("schema", SCHEMA);
        here.fields().forEach((name, value) -> entries.put("machine." + name, value));
        String prefix = "kernel." + crossing.kernel() + ".";
        entries.put(prefix + "parallelFrom", crossing.neverPays() ? "never" : Long.toString(crossing.parallelFrom()));
        entries.put(prefix + "rounds", Integer.toString(crossing.rounds()));
        entries.put("entries", Integer.toString(entries.size() + (entries.containsKey("entries") ? 0 : 1)));
        try {
            write(entries);
        } catch (IOException | RuntimeException e) {
            warn.accept("calibration cache " + file + ": cannot be written (" + e + "); the answer holds for this run");
        }
    }

    private static Map<String, String> machineFields(Properties properties) {
        Map<String, String> fields = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("machine.")) {
                fields.put(name.substring("machine.".length()), properties.getProperty(name));
            }
        }
        return fields;
    }

    private void write(Map<String, String> entries) throws IOException {
        Properties properties = new Properties();
        properties.putAll(entries);
        StringWriter text = new StringWriter();
        properties.store(text, SCHEMA + ", written by dev.arraybench.thresholds.Calibration");
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // Files.createFile, not createTempFile: the cache is created like any other file (0644 under umask 022).
        Path temporary = Files.createFile(absolute.resolveSibling(absolute.getFileName() + "."
                + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp"));
        try {
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
