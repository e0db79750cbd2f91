package dev.arraybench.runner.jar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.runner.command.CompareCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the plain JMH JSON files of single-fork runs ({@code -f 1 -rf json}) into one JMH JSON file per
 * side, as if one run had measured every fork: each benchmark's raw data holds one array per fork, in the
 * order the forks ran, and its score is the mean of every sample. The result stays plain JMH JSON, so any
 * JMH tool reads it.
 */
public final class SingleForkFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private SingleForkFiles() {
    }

    /** Joins {@code forks} (in the order they ran) into {@code out}. */
    public static void join(List<Path> forks, Path out) {
        Map<String, ObjectNode> benchmarks = new LinkedHashMap<>();
        for (Path fork : forks) {
            for (JsonNode entry : read(fork)) {
                String key = entry.path("benchmark").asText() + "|" + entry.path("mode").asText() + "|"
                        + entry.path("params");
                ObjectNode joined = benchmarks.get(key);
                if (joined == null) {
                    benchmarks.put(key, entry.deepCopy());
                } else {
                    ArrayNode raw = (ArrayNode) joined.path("primaryMetric").path("rawData");
                    entry.path("primaryMetric").path("rawData").forEach(raw::add);
                }
            }
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (ObjectNode entry : benchmarks.values()) {
            ObjectNode metric = (ObjectNode) entry.path("primaryMetric");
            double sum = 0;
            int count = 0;
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode value : fork) {
                    sum += value.asDouble();
                    count++;
                }
            }
            entry.put("forks", metric.path("rawData").size());
            metric.put("score", sum / count);
            metric.put("scoreError", "NaN");
            metric.putArray("scoreConfidence").add(sum / count).add(sum / count);
            metric.remove("scorePercentiles");
            entry.remove("secondaryMetrics");
            array.add(entry);
        }
        try {
            CompareCommand.write("--out", out, MAPPER.writeValueAsString(array) + "\n", false);
        } catch (IOException e) {
            throw new IllegalStateException("joined results: cannot be written as JSON", e);
        }
    }

    private static JsonNode read(Path fork) {
        try {
            JsonNode root = MAPPER.readTree(Files.readString(fork));
            if (root == null || !root.isArray() || root.isEmpty()) {
                throw new ResultsFileException(fork, "JMH wrote no results (expected a JSON array of benchmarks)");
            }
            return root;
        } catch (IOException e) {
            throw new ResultsFileException(fork, "JMH wrote no readable results (" + e.getMessage() + ")", e);
        }
    }
}
