package dev.arraybench.runner.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arraybench.core.analysis.TestDimensions;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.thresholds.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdviseCommandTest {

    @TempDir
    Path folder;

    private static BenchmarkResult kernel(String strategy, String threads, String size, double micros) {
        Map<String, String> params = TestDimensions.kernelParams("sum", "int32", "native", strategy, "spin", threads,
                size);
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run", params, "avgt", "us/op", micros,
                Double.NaN, Double.NaN, Double.NaN, List.of(List.of(micros, micros * 1.01), List.of(micros * 0.99)),
                DerivedFigures.of(params, "size", micros, "us/op", null, 4.0));
    }

    private Path write(String baseline) throws IOException {
        return write(baseline, "Test CPU", 2, new double[] {0.2, 0.5, 1.6, 1.9}, "results.json");
    }

    private Path write(String baseline, String cpu, int cores, double[] speedups, String name) throws IOException {
        Environment machine = new Environment("0.1.0", "Vendor", "25.0.1", "vm", List.of(), "Linux", cpu, cores,
                Map.of("L2", "1024K"), 0, 256, null, "2026-01-01T00:00:00Z", "2026-01-01T00:10:00Z");
        List<BenchmarkResult> results = new ArrayList<>();
        String[] sizes = {"1K", "10K", "100K", "1M"};
        for (int i = 0; i < sizes.length; i++) {
            double micros = Math.pow(10, i);
            results.add(kernel(baseline, "1", sizes[i], micros));
            results.add(kernel("zero-copy-parallel", "2", sizes[i], micros / speedups[i]));
        }
        Path file = folder.resolve(name);
        ResultsCodec.write(new RunResults(RunResults.SCHEMA, machine, new Settings(2, 1, "1 s", 2, "1 s", List.of()),
                null, Scenarios.dimensions(), results), file);
        return file;
    }

    @Test
    void shouldWriteAJavaClassOfConstantsForOneMachineAndRefuseSeveral() throws IOException {
        Path java = folder.resolve("Limits.java");
        CommandRun run = CommandRun.of("advise", write("sequential").toString(), "--format", "java", "--class",
                "com.example.Limits", "--out", java.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote " + java, "class com.example.Limits");
        assertThat(java).content().contains("package com.example;", "public final class Limits",
                "public static final long SUM_INT32_NATIVE_ZERO_COPY_PARALLEL_SPIN_2_THREADS = ", "Test CPU, 2 cores");
        Path other = write("sequential", "Server CPU", 8, new double[] {0.5, 1.5, 1.9, 1.9}, "server.json");
        CommandRun fleet = CommandRun.of("advise", write("sequential").toString(), other.toString(), "--format",
                "java", "--out", java.toString());
        assertThat(fleet.exitCode()).isEqualTo(2);
        assertThat(fleet.err()).contains("--format java: the files hold 2 machines");
    }

    @Test
    void shouldWriteThresholdsThatTheRuntimeClassLoads() throws IOException {
        Path out = folder.resolve("thresholds.json");
        CommandRun run = CommandRun.of("advise", write("sequential").toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sum int32 native zero-copy-parallel spin (2 threads): parallel from ",
                "wrote " + out + " and " + folder.resolve("thresholds.properties"));
        assertThat(out).content().contains("\"schema\" : \"arraybench-thresholds/1\"", "\"cpuModel\" : \"Test CPU\"");
        List<String> warnings = new ArrayList<>();
        Thresholds thresholds = Thresholds.load(folder.resolve("thresholds.properties"), Map.of("cores", "2"),
                warnings::add);
        assertThat(warnings).isEmpty();
        long from = thresholds.parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2).orElseThrow();
        assertThat(from).isBetween(10_000L, 100_000L);
        assertThat(thresholds.shouldParallelize("sum", "int32", "native", "zero-copy-parallel", "spin", 2, 1_000_000))
                .isTrue();
    }

    @Test
    void shouldKeepTodaysUpperEndRuleUnderTheConservativePolicyAndRefuseAnUnknownOne() throws IOException {
        Path results = write("sequential");
        Path regret = folder.resolve("regret.json");
        Path conservative = folder.resolve("conservative.json");
        assertThat(CommandRun.of("advise", results.toString(), "--out", regret.toString()).exitCode()).isZero();
        CommandRun run = CommandRun.of("advise", results.toString(), "--policy", "conservative", "--out",
                conservative.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode safe = new ObjectMapper().readTree(conservative.toFile());
        JsonNode least = new ObjectMapper().readTree(regret.toFile());
        assertThat(safe.get("policy").asText()).isEqualTo("conservative");
        assertThat(least.get("policy").asText()).isEqualTo("regret");
        JsonNode threshold = safe.get("thresholds").get(0);
        // the file rounds the interval's ends; parallelFrom is the upper end rounded up
        assertThat(threshold.get("parallelFrom").asLong())
                .isCloseTo(threshold.get("breakEven").get("high").asLong(), within(1L));
        assertThat(least.get("thresholds").get(0).get("breakEven")).isEqualTo(threshold.get("breakEven"));
        CommandRun wrong = CommandRun.of("advise", results.toString(), "--policy", "bold", "--out",
                folder.resolve("x.json").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("policy: 'bold' (expected regret or conservative)");
    }

    @Test
    void shouldWriteOneSetPerMachineClassForAFleetAndLoadTheOneOfTheCurrentMachine() throws IOException {
        Path laptop = write("sequential", "Test CPU", 2, new double[] {0.2, 0.5, 1.6, 1.9}, "laptop.json");
        Path server = write("sequential", "Server CPU", 8, new double[] {0.9, 1.5, 1.8, 1.9}, "server.json");
        Path fleet = folder.resolve("fleet.json");
        assertThat(CommandRun.of("merge", laptop.toString(), server.toString(), "--out", fleet.toString()).exitCode())
                .isZero();
        Path out = folder.resolve("thresholds.json");
        CommandRun run = CommandRun.of("advise", fleet.toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("machine class 1: Test CPU, 2 cores, JDK Vendor 25.0.1",
                "machine class 2: Server CPU, 8 cores, JDK Vendor 25.0.1", "for 2 machine classes");
        assertThat(out).content().contains("\"schema\" : \"arraybench-thresholds/2\"", "\"machines\"");
        Path properties = folder.resolve("thresholds.properties");
        List<String> warnings = new ArrayList<>();
        Map<String, String> onServer = Map.of("cpuModel", "Server CPU", "cores", "8", "jdkVersion", "25.0.1");
        long serverFrom = Thresholds.load(properties, onServer, warnings::add)
                .parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2).orElseThrow();
        long laptopFrom = Thresholds.load(properties, Map.of("cpuModel", "Test CPU", "cores", "2"), warnings::add)
                .parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2).orElseThrow();
        assertThat(warnings).isEmpty();
        assertThat(serverFrom).isBetween(1_000L, 10_000L);
        assertThat(laptopFrom).isBetween(10_000L, 100_000L);
        Thresholds fallback = Thresholds.load(properties, Map.of("cpuModel", "Other CPU", "cores", "8"),
                warnings::add);
        assertThat(fallback.machineClass()).startsWith("Server CPU");
        assertThat(warnings).singleElement().asString().contains("falling back to the nearest, 'Server CPU, 8 cores",
                "cpuModel (file: Server CPU, here: Other CPU)");
        assertThat(CommandRun.of("advise", laptop.toString(), server.toString(), "--out", out.toString()).out())
                .contains("for 2 machine classes");
    }

    @Test
    void shouldFailWithExitCodeTwoListingTheVariantsWhenTheBaselineIsMissing() throws IOException {
        CommandRun run = CommandRun.of("advise", write("loop").toString(), "--out",
                folder.resolve("t.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no baseline variant 'sequential'", "loop", "zero-copy-parallel")
                .doesNotContain("\tat ");
        assertThat(folder.resolve("t.json")).doesNotExist();
    }

    /**
     * The break-even search committed in docs/results (README's tour), turned into thresholds and loaded the way a
     * library does: every answer of the runtime class is the file's parallelFrom, and it flips exactly there.
     */
    @Test
    void shouldShipTheCommittedBreakEvenSearchAsThresholdsTheRuntimeClassAnswersFrom() throws IOException {
        Path out = folder.resolve("thresholds.json");
        CommandRun run = CommandRun.of("advise", "../docs/results/breakeven.json", "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode written = new ObjectMapper().readTree(out.toFile());
        Map<String, String> machine = new HashMap<>();
        written.get("machine").properties().forEach(field -> machine.put(field.getKey(), field.getValue().asText()));
        List<String> warnings = new ArrayList<>();
        Thresholds thresholds = Thresholds.load(folder.resolve("thresholds.properties"), machine, warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(written.get("thresholds")).hasSize(4);
        for (JsonNode t : written.get("thresholds")) {
            String op = t.get("op").asText();
            String pool = t.get("pool").asText();
            int threads = t.get("threads").asInt();
            OptionalLong from = thresholds.parallelFrom(op, "int32", "native", "zero-copy-parallel", pool, threads);
            if (t.get("parallelFrom").isNull()) {
                assertThat(from).isEmpty();
                continue;
            }
            long expected = t.get("parallelFrom").asLong();
            assertThat(from).as("%s %s", op, pool).hasValue(expected);
            // the size of least expected regret lies among the resamples' crossings (to the regret grid's step)
            assertThat(expected).isGreaterThanOrEqualTo((long) (t.get("breakEven").get("low").asDouble() / 1.05));
            if (t.get("breakEven").get("high").isNumber()) {
                assertThat(expected).isLessThanOrEqualTo((long) (t.get("breakEven").get("high").asDouble() * 1.05));
            }
            assertThat(thresholds.shouldParallelize(op, "int32", "native", "zero-copy-parallel", pool, threads,
                    expected - 1)).isFalse();
            assertThat(thresholds.shouldParallelize(op, "int32", "native", "zero-copy-parallel", pool, threads,
                    expected)).isTrue();
        }
        machine.put("cores", "64");
        Thresholds.load(folder.resolve("thresholds.properties"), machine, warnings::add);
        assertThat(warnings).singleElement().asString().contains("cores (file: 2, here: 64)");
    }
}
