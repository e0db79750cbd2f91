package dev.arraybench.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Parses the {@code .properties} form {@code arraybench advise} writes: {@value Thresholds#SCHEMA} (one machine)
 * or {@value Thresholds#FLEET_SCHEMA} (several machine classes). Every problem is one
 * {@link IllegalArgumentException} naming the file and what is wrong: an unknown schema, a count of
 * thresholds or classes that the entries do not reach (a truncated file), a number that does not parse.
 */
final class ThresholdsFile {

    private final String source;
    private final Properties properties;

    private ThresholdsFile(String source, Properties properties) {
        this.source = source;
        this.properties = properties;
    }

    /**
     * The machine classes of the file read from {@code in}; {@code source} names it in messages.
     *
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not a complete thresholds file of a known schema
     */
    static List<MachineClass> read(String source, InputStream in) throws IOException {
        Properties properties = new Properties();
        try {
            properties.load(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("thresholds " + source + ": not a valid .properties file ("
                    + printable(e.getMessage()) + ")", e);
        }
        return new ThresholdsFile(source, properties).classes();
    }

    private List<MachineClass> classes() {
        String schema = properties.getProperty("schema");
        if (Thresholds.SCHEMA.equals(schema)) {
            return List.of(machineClass("", ""));
        }
        if (!Thresholds.FLEET_SCHEMA.equals(schema)) {
            throw invalid(schema == null ? "no schema (an empty or truncated file, or not a thresholds file)"
                    : "schema '" + printable(schema) + "' (expected " + Thresholds.SCHEMA + " or " + Thresholds.FLEET_SCHEMA
                            + "; written by a newer arraybench?)");
        }
        int count = count("classes");
        if (count < 1) {
            throw invalid("no machine classes");
        }
        List<MachineClass> classes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String prefix = "class." + k + ".";
            if (properties.getProperty(prefix + "label") == null) {
                throw invalid("'classes' is " + count + " but class " + k + " is missing (a truncated file?)");
            }
            classes.add(machineClass(prefix, properties.getProperty(prefix + "label")));
        }
        return classes;
    }

    private MachineClass machineClass(String classPrefix, String label) {
        List<MachineClass.Entry> entries = new ArrayList<>();
        for (int index = 0; properties.getProperty(classPrefix + "threshold." + index + ".strategy") != null; index++) {
            String prefix = classPrefix + "threshold." + index + ".";
            Map<String, String> kase = new LinkedHashMap<>();
            for (String name : new TreeSet<>(properties.stringPropertyNames())) {
                if (name.startsWith(prefix + "case.")) {
                    kase.put(name.substring((prefix + "case.").length()), properties.getProperty(name));
                }
            }
            String from = properties.getProperty(prefix + "parallelFrom");
            if (from == null || properties.getProperty(prefix + "threads") == null) {
                throw invalid("threshold " + prefix + " has no parallelFrom or threads (a truncated file?)");
            }
            entries.add(new MachineClass.Entry(kase, properties.getProperty(prefix + "strategy"),
                    properties.getProperty(prefix + "pool", ""), count(prefix + "threads"),
                    from.equals("never") ? -1 : longNumber(prefix + "parallelFrom")));
        }
        String count = properties.getProperty(classPrefix + "thresholds");
        if (count != null && count(classPrefix + "thresholds") != entries.size()) {
            throw invalid("'" + classPrefix + "thresholds' is " + count + " but " + entries.size()
                    + " thresholds are complete (a truncated file?)");
        }
        Map<String, String> machine = new LinkedHashMap<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (name.startsWith(classPrefix + "machine.")) {
                machine.put(name.substring((classPrefix + "machine.").length()), properties.getProperty(name));
            }
        }
        return new MachineClass(label, MachineFingerprint.fromFields(machine), entries);
    }

    /** The count under {@code key}: a whole number from 0 to {@link Integer#MAX_VALUE}. */
    private int count(String key) {
        long value = longNumber(key);
        if (value > Integer.MAX_VALUE || value < 0) {
            throw invalid("'" + key + "' is " + value + " (expected 0 to " + Integer.MAX_VALUE + ")");
        }
        return (int) value;
    }

    private long longNumber(String key) {
        String text = properties.getProperty(key, "");
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw invalid("'" + printable(key) + "' is '" + printable(text)
                    + "' (expected a whole number; a truncated file?)");
        }
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("thresholds " + source + ": " + problem);
    }

    /** {@code text} with line breaks and other control characters escaped, so that a message stays one line. */
    private static String printable(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            line.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                    : String.valueOf(c));
        }
        return line.toString();
    }
}
