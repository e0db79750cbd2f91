package dev.arraybench.core.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.analysis.WinRegion;
import dev.arraybench.core.io.AtomicFile;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.thresholds.CpuId;
import dev.arraybench.thresholds.MachineFingerprint;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Writes {@link Advice} as {@code thresholds.json} and, beside it, {@code thresholds.properties}, the form
 * {@link dev.arraybench.thresholds.Thresholds} loads with the JDK alone. Both are written atomically. One
 * machine's advice is written as {@value Advice#SCHEMA}; the advice of several machine classes as
 * {@value Advice#FLEET_SCHEMA}, one labelled set of thresholds per class.
 */
public final class AdviceFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AdviceFiles() {
    }

    /** The {@code .properties} file beside {@code json}: its name with {@code .json} replaced. */
    public static Path propertiesBeside(Path json) {
        String name = json.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return json.resolveSibling(stem + ".properties");
    }

    /** Writes {@code advice} to {@code json} and its properties form beside it. */
    public static void write(Advice advice, Path json) throws IOException {
        write(List.of(advice), json);
    }

    /** Writes the advice of one or more machine classes to {@code json} and its properties form beside it. */
    public static void write(List<Advice> classes, Path json) throws IOException {
        AtomicFile.write(json, json(classes));
        AtomicFile.write(propertiesBeside(json), properties(classes));
    }

    /** Each class's label, made unique by a {@code #N} suffix when two classes share one. */
    public static List<String> labels(List<Advice> classes) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Advice advice : classes) {
            int count = seen.merge(advice.label(), 1, Integer::sum);
            labels.add(count == 1 ? advice.label() : advice.label() + " #" + count);
        }
        return labels;
    }

    /** The JSON form of one machine's advice. */
    public static String json(Advice advice) {
        return json(List.of(advice));
    }

    /** The JSON form: {@value Advice#SCHEMA} for one class, else {@value Advice#FLEET_SCHEMA}. */
    public static String json(List<Advice> classes) {
        ObjectNode root = MAPPER.createObjectNode();
        if (classes.size() == 1) {
            root.put("schema", Advice.SCHEMA);
            putAdvice(root, classes.get(0));
        } else {
            root.put("schema", Advice.FLEET_SCHEMA);
            ArrayNode machines = root.putArray("machines");
            List<String> labels = labels(classes);
            for (int i = 0; i < classes.size(); i++) {
                putAdvice(machines.addObject().put("class", labels.get(i)), classes.get(i));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("thresholds: cannot be written as JSON", e);
        }
    }

    private static void putAdvice(ObjectNode root, Advice advice) {
        putMachine(root.putObject("machine"), advice.machine());
        root.put("policy", advice.policy().word());
        ArrayNode thresholds = root.putArray("thresholds");
        for (Threshold t : advice.thresholds()) {
            putThreshold(thresholds.addObject(), t);
        }
    }

    /** Writes {@code t} into {@code node} as the thresholds file holds it; {@link AdviceReader} reads it back. */
    public static void putThreshold(ObjectNode node, Threshold t) {
        t.kase().forEach(node::put);
        node.put("strategy", t.strategy());
        node.put("pool", t.pool());
        node.put("threads", t.threads());
        if (t.parallelFrom() == null) {
            node.putNull("parallelFrom");
        } else {
            node.put("parallelFrom", t.parallelFrom());
        }
        ObjectNode breakEven = node.putObject("breakEven");
        putNumber(breakEven, "estimate", t.estimate());
        putNumber(breakEven, "low", t.low());
        putNumber(breakEven, "high", t.high());
        ArrayNode bands = node.putArray("bands");
        for (WinRegion.Band band : t.bands()) {
            bands.addObject().put("from", band.from()).put("to", band.to()).put("verdict", band.verdict().word());
        }
    }

    /** Writes the machine into {@code node}: numbers as numbers, the caches as one object, as results files do. */
    public static void putMachine(ObjectNode node, EnvironmentFingerprint fingerprint) {
        MachineFingerprint machine = fingerprint.machine();
        CpuId id = machine.cpuId();
        node.put("cpuModel", machine.cpuModel()).put("cores", machine.cores()).put("jdkVendor", machine.jdkVendor())
                .put("jdkVersion", machine.jdkVersion());
        fingerprint.jvmFlags().forEach(node.putArray("jvmFlags")::add);
        node.put("vectorBits", machine.vectorBits()).put("os", machine.os());
        if (id.known()) {
            ObjectNode cpu = node.putObject("cpuId");
            cpu.put("vendor", id.vendor()).put("family", id.family()).put("model", id.model())
                    .put("stepping", id.stepping());
        }
        if (!machine.caches().isEmpty()) {
            machine.caches().forEach(node.putObject("caches")::put);
        }
    }

    /** The properties form of one machine's advice, keys sorted. */
    public static String properties(Advice advice) {
        return properties(List.of(advice));
    }

    /**
     * The properties form, keys sorted: for one class, {@code machine.*} and {@code threshold.N.*}; for
     * several, {@code classes} and the same keys under {@code class.K.}, with the class's label as
     * {@code class.K.label}.
     */
    public static String properties(List<Advice> classes) {
        Map<String, String> entries = new TreeMap<>();
        String schema = classes.size() == 1 ? Advice.SCHEMA : Advice.FLEET_SCHEMA;
        entries.put("schema", schema);
        if (classes.size() == 1) {
            putAdvice(entries, "", classes.get(0));
        } else {
            entries.put("classes", Integer.toString(classes.size()));
            List<String> labels = labels(classes);
            for (int k = 0; k < classes.size(); k++) {
                entries.put("class." + k + ".label", labels.get(k));
                putAdvice(entries, "class." + k + ".", classes.get(k));
            }
        }
        Properties properties = new Properties();
        StringWriter out = new StringWriter();
        try {
            properties.putAll(entries);
            properties.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException("thresholds: cannot be written as properties", e);
        }
        StringBuilder sorted = new StringBuilder("# " + schema + ", written by arraybench advise\n");
        out.toString().lines().filter(line -> !line.startsWith("#")).sorted().forEach(l -> sorted.append(l).append('\n'));
        return sorted.toString();
    }

    private static void putAdvice(Map<String, String> entries, String classPrefix, Advice advice) {
        advice.machine().machine().fields().forEach((name, value) -> entries.put(classPrefix + "machine." + name,
                value));
        entries.put(classPrefix + "machine.jvmFlags", String.join(" ", advice.machine().jvmFlags()));
        entries.put(classPrefix + "thresholds", Integer.toString(advice.thresholds().size()));
        for (int i = 0; i < advice.thresholds().size(); i++) {
            Threshold t = advice.thresholds().get(i);
            String prefix = classPrefix + "threshold." + i + ".";
            t.kase().forEach((name, value) -> entries.put(prefix + "case." + name, value));
            entries.put(prefix + "strategy", t.strategy());
            entries.put(prefix + "pool", t.pool());
            entries.put(prefix + "threads", Integer.toString(t.threads()));
            entries.put(prefix + "parallelFrom", t.parallelFrom() == null ? "never" : Long.toString(t.parallelFrom()));
            if (t.estimate() != null) {
                entries.put(prefix + "breakEven.estimate", number(t.estimate()));
                entries.put(prefix + "breakEven.low", number(t.low()));
            }
            if (t.high() != null) {
                entries.put(prefix + "breakEven.high", number(t.high()));
            }
        }
    }

    private static void putNumber(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%d", Math.round(value));
    }
}
