package dev.arraybench.core.advice;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.arraybench.core.analysis.WinRegion;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.thresholds.CpuId;
import dev.arraybench.thresholds.MachineFingerprint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code thresholds.json} that {@link AdviceFiles} writes, of one machine or of several machine
 * classes, back into {@link Advice}: what {@code arraybench validate} checks against a later run.
 */
public final class AdviceReader {

    private static final Set<String> NOT_CASE = Set.of("strategy", "pool", "threads", "parallelFrom", "breakEven",
            "bands", "policy");

    private AdviceReader() {
    }

    /**
     * The advice of every machine class {@code file} holds, in its order.
     *
     * @throws ResultsFileException naming the file and what is wrong with it
     */
    public static List<Advice> read(Path file) {
        JsonNode root = ResultsCodec.readTree(file);
        String schema = root == null ? "" : root.path("schema").asText("");
        List<Advice> classes = new ArrayList<>();
        if (schema.equals(Advice.SCHEMA)) {
            classes.add(advice(file, root));
        } else if (schema.equals(Advice.FLEET_SCHEMA)) {
            for (JsonNode machine : root.path("machines")) {
                classes.add(advice(file, machine));
            }
        } else {
            throw new ResultsFileException(file, "schema '" + schema + "' (expected " + Advice.SCHEMA + " or "
                    + Advice.FLEET_SCHEMA + ", a thresholds file written by advise)");
        }
        return List.copyOf(classes);
    }

    private static Advice advice(Path file, JsonNode node) {
        EnvironmentFingerprint machine;
        try {
            machine = machine(node.path("machine"));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ResultsFileException(file, "machine: not a machine fingerprint (" + e.getMessage() + ")", e);
        }
        if (machine == null) {
            throw new ResultsFileException(file, "machine: missing (expected the machine the thresholds hold for)");
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (JsonNode t : node.path("thresholds")) {
            thresholds.add(threshold(file, t));
        }
        AdvicePolicy policy;
        try {
            policy = AdvicePolicy.of(node.path("policy").asText(AdvicePolicy.CONSERVATIVE.word()));
        } catch (IllegalArgumentException e) {
            throw new ResultsFileException(file, e.getMessage(), e);
        }
        return new Advice(machine, policy, thresholds);
    }

    /** The machine {@code AdviceFiles.putMachine} wrote into {@code node}, or null when there is none. */
    public static EnvironmentFingerprint machine(JsonNode node) throws JacksonException {
        if (!node.isObject()) {
            return null;
        }
        JsonNode cpu = node.path("cpuId");
        CpuId id = cpu.isObject() ? new CpuId(cpu.hasNonNull("vendor") ? cpu.get("vendor").asText() : null,
                integer(cpu, "family"), integer(cpu, "model"), integer(cpu, "stepping")) : null;
        Map<String, String> caches = new LinkedHashMap<>();
        node.path("caches").properties().forEach(e -> caches.put(e.getKey(), e.getValue().asText()));
        List<String> flags = new ArrayList<>();
        node.path("jvmFlags").forEach(flag -> flags.add(flag.asText()));
        MachineFingerprint machine = new MachineFingerprint(node.path("cpuModel").asText(), id,
                node.path("cores").asInt(), caches, node.path("vectorBits").asInt(), node.path("os").asText(),
                node.path("jdkVendor").asText(), node.path("jdkVersion").asText());
        return new EnvironmentFingerprint(machine, flags);
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() ? value.intValue() : null;
    }

    /**
     * The threshold {@link AdviceFiles#putThreshold} wrote into {@code node}.
     *
     * @throws ResultsFileException naming {@code file} when it is not one
     */
    public static Threshold threshold(Path file, JsonNode node) {
        if (!node.path("strategy").isTextual() || !node.path("threads").canConvertToInt()) {
            throw new ResultsFileException(file, "threshold " + node + ": no strategy or threads");
        }
        Map<String, String> kase = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!NOT_CASE.contains(field.getKey())) {
                kase.put(field.getKey(), field.getValue().asText());
            }
        }
        JsonNode breakEven = node.path("breakEven");
        List<WinRegion.Band> bands = new ArrayList<>();
        for (JsonNode band : node.path("bands")) {
            String word = band.path("verdict").asText("undecided");
            WinRegion.Verdict verdict;
            try {
                verdict = WinRegion.Verdict.valueOf(word.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ResultsFileException(file, "band verdict '" + word + "' (expected faster, slower or"
                        + " undecided)", e);
            }
            bands.add(new WinRegion.Band(band.path("from").asLong(), band.path("to").asLong(), verdict, List.of()));
        }
        JsonNode from = node.path("parallelFrom");
        return new Threshold(kase, node.path("strategy").asText(), node.path("pool").asText(""),
                node.path("threads").asInt(), from.isNumber() ? from.asLong() : null, number(breakEven, "estimate"),
                number(breakEven, "low"), number(breakEven, "high"), bands);
    }

    private static Double number(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? value.asDouble() : null;
    }
}
