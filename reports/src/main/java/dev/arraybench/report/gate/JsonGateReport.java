package dev.arraybench.report.gate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.gate.BenchmarkComparison;
import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.gate.Estimate;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.gate.GateSettings;
import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.gate.Verdict;
import java.util.List;

/**
 * The comparison as a JSON document ({@code "schema": "arraybench-compare/2"}) for tools. Numbers that do
 * not exist (a ratio between different units, a p-value that was not computed) are {@code null}.
 */
final class JsonGateReport {

    /** The schema of the document. */
    static final String SCHEMA = "arraybench-compare/2";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonGateReport() {
    }

    static String render(Comparison comparison, ComparedFiles files) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("baselineFile", files.baseline());
        root.put("currentFile", files.current());
        root.put("passed", comparison.passed());
        root.put("outcome", Presentation.outcome(comparison));
        ArrayNode warnings = root.putArray("warnings");
        comparison.warnings().forEach(warnings::add);
        settings(root.putObject("settings"), comparison.settings());
        summary(root.putObject("summary"), comparison);
        ObjectNode environment = root.putObject("environment");
        fingerprint(environment.putObject("baseline"), comparison.baselineEnvironment());
        fingerprint(environment.putObject("current"), comparison.currentEnvironment());
        ArrayNode differences = environment.putArray("differences");
        for (EnvironmentDifference difference : comparison.environmentDifferences()) {
            differences.addObject().put("field", difference.field()).put("baseline", difference.baseline())
                    .put("current", difference.current());
        }
        ArrayNode benchmarks = root.putArray("benchmarks");
        comparison.benchmarks().forEach(b -> benchmark(benchmarks.addObject(), b));
        ids(root.putArray("onlyInBaseline"), comparison.onlyInBaseline());
        ids(root.putArray("onlyInCurrent"), comparison.onlyInCurrent());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("comparison: cannot be written as JSON", e);
        }
    }

    private static void settings(ObjectNode node, GateSettings settings) {
        node.put("threshold", settings.threshold());
        node.put("confidence", settings.confidence());
        node.put("seed", settings.seed());
        node.put("strict", settings.strict());
        node.put("paired", settings.paired());
        node.put("failOnUndecided", settings.failOnUndecided());
        node.put("resamples", settings.resamples());
    }

    private static void summary(ObjectNode node, Comparison comparison) {
        node.put("compared", comparison.benchmarks().size());
        for (Verdict verdict : Verdict.values()) {
            node.put(verdict.label(), comparison.count(verdict));
        }
        node.put("onlyInBaseline", comparison.onlyInBaseline().size());
        node.put("onlyInCurrent", comparison.onlyInCurrent().size());
    }

    private static void fingerprint(ObjectNode node, EnvironmentFingerprint environment) {
        node.put("cpuModel", environment.cpuModel());
        node.put("cores", environment.cores());
        node.put("jdkVendor", environment.jdkVendor());
        node.put("jdkVersion", environment.jdkVersion());
        ArrayNode flags = node.putArray("jvmFlags");
        environment.jvmFlags().forEach(flags::add);
        node.put("vectorBits", environment.vectorBits());
        node.put("os", environment.os());
    }

    private static void benchmark(ObjectNode node, BenchmarkComparison b) {
        id(node, b.id());
        node.put("unit", b.unit());
        node.put("lowerIsBetter", b.lowerIsBetter());
        estimate(node.putObject("baseline"), b.baseline());
        estimate(node.putObject("current"), b.current());
        number(node, "ratio", b.ratio());
        interval(node.putObject("ratioInterval"), b.ratioInterval());
        number(node, "pValue", b.pValue());
        ObjectNode test = node.putObject("test");
        test.put("method", b.evidence().method());
        number(test, "ratio", b.evidence().ratioInterval().estimate());
        interval(test.putObject("interval"), b.evidence().ratioInterval());
        number(test, "degreesOfFreedom", b.evidence().degreesOfFreedom());
        number(test, "detectableChange", b.evidence().detectable());
        test.put("forksNeeded", b.evidence().forksNeeded());
        test.put("assumption", b.evidence().assumption());
        node.put("verdict", b.verdict().label());
        node.put("reason", b.reason());
    }

    private static void estimate(ObjectNode node, Estimate estimate) {
        number(node, "mean", estimate.mean());
        interval(node.putObject("interval"), estimate.interval());
        node.put("forks", estimate.forks());
        node.put("samples", estimate.samples());
    }

    private static void interval(ObjectNode node, Interval interval) {
        number(node, "low", interval.low());
        number(node, "high", interval.high());
    }

    private static void ids(ArrayNode array, List<BenchmarkId> ids) {
        ids.forEach(id -> id(array.addObject(), id));
    }

    private static void id(ObjectNode node, BenchmarkId id) {
        node.put("benchmark", id.benchmark());
        node.put("mode", id.mode());
        ObjectNode params = node.putObject("params");
        id.params().forEach(params::put);
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
