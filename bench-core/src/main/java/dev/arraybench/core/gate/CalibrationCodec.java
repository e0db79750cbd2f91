package dev.arraybench.core.gate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes calibration files ({@code "schema": "arraybench-calibration/1"}). */
public final class CalibrationCodec {

    /** The schema this version reads and writes. */
    public static final String SCHEMA = "arraybench-calibration/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private CalibrationCodec() {
    }

    /** The calibration as JSON text, ending with a newline. */
    public static String toJson(Calibration calibration) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        EnvironmentFingerprint env = calibration.environment();
        ObjectNode environment = root.putObject("environment");
        environment.put("cpuModel", env.cpuModel()).put("cores", env.cores()).put("jdkVendor", env.jdkVendor())
                .put("jdkVersion", env.jdkVersion()).put("vectorBits", env.vectorBits()).put("os", env.os());
        ArrayNode flags = environment.putArray("jvmFlags");
        env.jvmFlags().forEach(flags::add);
        root.put("threshold", calibration.threshold());
        root.put("confidence", calibration.confidence());
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (Calibration.Entry entry : calibration.benchmarks()) {
            ObjectNode node = benchmarks.addObject();
            node.put("benchmark", entry.id().benchmark());
            node.put("mode", entry.id().mode());
            ObjectNode params = node.putObject("params");
            entry.id().params().forEach(params::put);
            node.put("files", entry.files());
            node.put("forks", entry.forks());
            node.put("iterations", entry.iterations());
            node.put("betweenForkNoise", entry.noise().betweenForks());
            node.put("withinForkNoise", entry.noise().withinFork());
            node.put("forksNeeded", entry.forksNeeded());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("calibration: cannot be written as JSON", e);
        }
    }

    /**
     * Reads a calibration file.
     *
     * @throws ResultsFileException naming the file and what is wrong with it
     */
    public static Calibration read(Path file) {
        JsonNode root = ResultsCodec.readTree(file);
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new ResultsFileException(file, "not a calibration file (expected \"schema\": \"" + SCHEMA
                    + "\"; write one with arraybench calibrate)");
        }
        JsonNode env = root.path("environment");
        List<String> flags = new ArrayList<>();
        env.path("jvmFlags").forEach(flag -> flags.add(flag.asText()));
        EnvironmentFingerprint fingerprint = new EnvironmentFingerprint(env.path("cpuModel").asText("unknown"),
                env.path("cores").asInt(), env.path("jdkVendor").asText("unknown"),
                env.path("jdkVersion").asText("unknown"), flags, env.path("vectorBits").asInt(),
                env.path("os").asText("unknown"));
        List<Calibration.Entry> entries = new ArrayList<>();
        for (JsonNode node : root.path("benchmarks")) {
            Map<String, String> params = new LinkedHashMap<>();
            node.path("params").properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
            BenchmarkId id = new BenchmarkId(node.path("benchmark").asText(), node.path("mode").asText(), params);
            try {
                entries.add(new Calibration.Entry(id, node.path("files").asInt(), node.path("forks").asInt(),
                        node.path("iterations").asInt(), new Noise(node.path("betweenForkNoise").asDouble(-1),
                        node.path("withinForkNoise").asDouble(-1)), node.path("forksNeeded").asInt()));
            } catch (IllegalArgumentException e) {
                throw new ResultsFileException(file, "benchmark " + id + ": " + e.getMessage(), e);
            }
        }
        return new Calibration(fingerprint, root.path("threshold").asDouble(), root.path("confidence").asDouble(),
                entries);
    }
}
