package dev.arraybench.core.regret;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.advice.AdviceFiles;
import dev.arraybench.core.advice.AdviceReader;
import dev.arraybench.core.io.AtomicFile;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.stats.Interval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The regret document ({@value RegretReport#SCHEMA}) that {@code validate} writes and {@code report} draws:
 * the machine, the held-out sizes, a summary per policy, and per threshold every policy's choice and regret
 * at every size with its interval.
 */
public final class RegretFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RegretFiles() {
    }

    /** Whether {@code root} is a regret document. */
    public static boolean isRegret(JsonNode root) {
        return root != null && RegretReport.SCHEMA.equals(root.path("schema").asText(""));
    }

    /** Writes {@code report} to {@code file}, atomically. */
    public static void write(RegretReport report, Path file) throws IOException {
        AtomicFile.write(file, json(report));
    }

    /** The JSON form of {@code report}. */
    public static String json(RegretReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", RegretReport.SCHEMA);
        AdviceFiles.putMachine(root.putObject("machine"), report.machine());
        root.put("thresholds", report.thresholds());
        ArrayNode sizes = root.putArray("sizes");
        report.sizes().forEach(sizes::add);
        ArrayNode summary = root.putArray("summary");
        for (Policy policy : Policy.values()) {
            summary.addObject().put("policy", policy.word()).put("maxRegret", report.max(policy))
                    .put("meanRegret", report.mean(policy));
        }
        ArrayNode variants = root.putArray("variants");
        for (VariantRegret variant : report.variants()) {
            ObjectNode node = variants.addObject();
            AdviceFiles.putThreshold(node.putObject("threshold"), variant.threshold());
            ArrayNode policies = node.putArray("policies");
            for (PolicyRegret policy : variant.policies()) {
                ObjectNode p = policies.addObject().put("policy", policy.policy().word());
                if (policy.parallelFrom() == null) {
                    p.putNull("parallelFrom");
                } else {
                    p.put("parallelFrom", policy.parallelFrom());
                }
                p.put("maxRegret", policy.max()).put("meanRegret", policy.mean());
                ArrayNode points = p.putArray("points");
                for (RegretPoint point : policy.points()) {
                    points.addObject().put("size", point.size())
                            .put("choice", point.chosenParallel() ? "parallel" : "sequential")
                            .put("best", point.bestParallel() ? "parallel" : "sequential")
                            .put("regret", point.regret().estimate()).put("low", point.regret().low())
                            .put("high", point.regret().high());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("regret: cannot be written as JSON", e);
        }
    }

    /**
     * Reads a regret document.
     *
     * @throws ResultsFileException naming the file and what is wrong with it
     */
    public static RegretReport read(Path file) {
        JsonNode root = ResultsCodec.readTree(file);
        return parse(file, root);
    }

    /** The regret document {@code root}, read from {@code file}. */
    public static RegretReport parse(Path file, JsonNode root) {
        if (!isRegret(root)) {
            throw new ResultsFileException(file, "schema '" + (root == null ? "" : root.path("schema").asText(""))
                    + "' (expected " + RegretReport.SCHEMA + ")");
        }
        EnvironmentFingerprint machine;
        try {
            machine = AdviceReader.machine(root.path("machine"));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ResultsFileException(file, "machine: not a machine fingerprint", e);
        }
        List<Long> sizes = new ArrayList<>();
        root.path("sizes").forEach(size -> sizes.add(size.asLong()));
        List<VariantRegret> variants = new ArrayList<>();
        for (JsonNode node : root.path("variants")) {
            List<PolicyRegret> policies = new ArrayList<>();
            for (JsonNode p : node.path("policies")) {
                List<RegretPoint> points = new ArrayList<>();
                for (JsonNode point : p.path("points")) {
                    points.add(new RegretPoint(point.path("size").asLong(),
                            point.path("choice").asText().equals("parallel"),
                            point.path("best").asText().equals("parallel"),
                            new Interval(point.path("regret").asDouble(), number(point, "low"),
                                    number(point, "high"))));
                }
                JsonNode from = p.path("parallelFrom");
                Policy policy;
                try {
                    policy = Policy.of(p.path("policy").asText());
                } catch (IllegalArgumentException e) {
                    throw new ResultsFileException(file, e.getMessage(), e);
                }
                policies.add(new PolicyRegret(policy, from.isNumber() ? from.asLong() : null, points));
            }
            variants.add(new VariantRegret(AdviceReader.threshold(file, node.path("threshold")), policies));
        }
        return new RegretReport(machine, root.path("thresholds").asText(""), sizes, variants);
    }

    private static double number(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
