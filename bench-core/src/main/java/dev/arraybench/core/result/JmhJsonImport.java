package dev.arraybench.core.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a plain JMH JSON file ({@code -rf json}: an array of benchmark objects) into a {@link RunResults},
 * so reports and the gate work on results of any JMH run of these scenarios. JMH records only the JVM, so
 * the other environment fields are {@code "unknown"}.
 */
final class JmhJsonImport {

    private static final String UNKNOWN = "unknown";

    private JmhJsonImport() {
    }

    static RunResults convert(Path file, JsonNode array) {
        if (array.isEmpty()) {
            throw new ResultsFileException(file, "a JMH JSON array with no benchmarks");
        }
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (JsonNode entry : array) {
            benchmarks.add(benchmark(file, entry));
        }
        JsonNode first = array.get(0);
        List<String> flags = new ArrayList<>();
        first.path("jvmArgs").forEach(flag -> flags.add(flag.asText()));
        Environment environment = new Environment("jmh-json", UNKNOWN, first.path("jdkVersion").asText(UNKNOWN),
                first.path("vmName").asText(UNKNOWN), flags, UNKNOWN, UNKNOWN, 0, Map.of(), 0, 0, null, null, null);
        Settings settings = new Settings(first.path("forks").asInt(), first.path("warmupIterations").asInt(),
                first.path("warmupTime").asText(), first.path("measurementIterations").asInt(),
                first.path("measurementTime").asText(), List.of());
        return new RunResults(RunResults.SCHEMA, environment, settings, null, benchmarks);
    }

    private static BenchmarkResult benchmark(Path file, JsonNode entry) {
        JsonNode metric = entry.get("primaryMetric");
        if (!entry.hasNonNull("benchmark") || metric == null) {
            throw new ResultsFileException(file, "a JMH entry without \"benchmark\" or \"primaryMetric\"");
        }
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").properties().forEach(param -> params.put(param.getKey(), param.getValue().asText()));
        List<List<Double>> samples = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> iterations = new ArrayList<>();
            fork.forEach(value -> iterations.add(value.isNumber() ? value.asDouble() : Double.NaN));
            samples.add(iterations);
        }
        double score = number(metric.get("score"));
        String unit = metric.path("scoreUnit").asText(null);
        JsonNode interval = metric.path("scoreConfidence");
        JsonNode allocation = entry.path("secondaryMetrics").path("gc.alloc.rate.norm").get("score");
        Double allocated = allocation == null ? null : number(allocation);
        return new BenchmarkResult(entry.get("benchmark").asText(), params, entry.path("mode").asText(null), unit,
                score, number(metric.get("scoreError")), number(interval.get(0)), number(interval.get(1)), samples,
                DerivedFigures.of(params, DerivedFigures.SIZE, score, unit, allocated, null));
    }

    private static double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        return node.isNumber() ? node.asDouble() : parse(node.asText());
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
