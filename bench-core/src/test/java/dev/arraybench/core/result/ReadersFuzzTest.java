package dev.arraybench.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceFiles;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.gate.Calibration;
import dev.arraybench.core.gate.CalibrationCodec;
import dev.arraybench.thresholds.Thresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every file reader, fed damaged copies of real files (the committed results in docs/results, the golden
 * and fixture files, a plain JMH file, and fleet, calibration and thresholds files written from them): each
 * input gives a result or the one-line user error the CLI turns into exit 2, never another exception.
 * The number of tries is jqwik's default ({@code -Dfuzz.tries=N} on the Maven command line; 100 in the build).
 */
class ReadersFuzzTest {

    private static final Path REPO = Path.of("..");
    private static final Path SCRATCH = scratch();

    private static Path scratch() {
        try {
            return Files.createTempDirectory("arraybench-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each try feeds every JSON reader a damaged file of its own kind, so each reader gets every try. */
    @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void jsonFilesGiveWhatTheyHoldOrOneLineErrors(@ForAll("results") byte[] results, @ForAll("jmh") byte[] jmh,
            @ForAll("fleet") byte[] fleet, @ForAll("calibration") byte[] calibration) throws IOException {
        readsOrRefuses(write("results.json", results), ResultsCodec::read);
        readsOrRefuses(write("jmh.json", jmh), ResultsCodec::read);
        readsOrRefuses(write("fleet.json", fleet), ResultsCodec::readMachines);
        readsOrRefuses(write("calibration.json", calibration), CalibrationCodec::read);
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void thresholdsFilesGiveThresholdsOrOneLineErrors(@ForAll("thresholds") byte[] input) throws IOException {
        Path file = write("thresholds.properties", input);
        List<String> warnings = new ArrayList<>();
        Consumer<String> warn = warnings::add;
        try {
            Thresholds loaded = Thresholds.load(file, Map.of("cores", "2"), warn);
            assertThat(loaded).isNotNull();
        } catch (IllegalArgumentException | UncheckedIOException refused) {
            assertThat(refused.getClass()).as("the runtime's documented errors only")
                    .isIn(IllegalArgumentException.class, UncheckedIOException.class);
            oneLineNaming(file, refused);
        }
    }

    private static void readsOrRefuses(Path file, Consumer<Path> read) {
        try {
            read.accept(file);
        } catch (ResultsFileException refused) {
            oneLineNaming(file, refused);
        }
    }

    private static void oneLineNaming(Path file, RuntimeException refused) {
        assertThat(refused.getMessage()).as("message of %s", refused).contains(file.toString())
                .doesNotContain("\n", "\r", "com.fasterxml", "Exception", "DeserializationFeature", "creator property",
                        "(index ");
    }

    private static Path write(String name, byte[] input) throws IOException {
        Path file = SCRATCH.resolve(Thread.currentThread().threadId() + "-" + name);
        Files.write(file, input);
        return file;
    }

    @Provide
    Arbitrary<byte[]> results() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPO.resolve("docs/results"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        seeds.add(Files.readAllBytes(REPO.resolve("bench-core/src/test/resources/golden/results.json")));
        seeds.add(Files.readAllBytes(REPO.resolve("reports/src/test/resources/fixture/fixture-results.json")));
        return damaged(seeds);
    }

    @Provide
    Arbitrary<byte[]> jmh() throws IOException {
        return damaged(List.of(Files.readAllBytes(REPO.resolve("bench-runner/src/test/resources/jmh/setall-3forks.json"))));
    }

    @Provide
    Arbitrary<byte[]> fleet() {
        RunResults one = docs("scale-1M.json");
        RunResults two = docs("xeon-phases.json");
        return damaged(List.of(utf8(ResultsCodec.toJson(Fleet.of(List.of(one, two))))));
    }

    @Provide
    Arbitrary<byte[]> calibration() {
        RunResults aa = docs("aa-scale-1M.json");
        return damaged(List.of(utf8(CalibrationCodec.toJson(Calibration.measure(List.of(aa, aa), 0.05, 0.99)))));
    }

    @Provide
    Arbitrary<byte[]> thresholds() {
        List<Advice> classes = new ArrayList<>();
        for (String name : List.of("breakeven.json", "breakeven-retest.json")) {
            RunResults results = docs(name);
            classes.add(Advice.of(Analysis.of(results), EnvironmentFingerprint.of(results.environment())));
        }
        return damaged(List.of(utf8(AdviceFiles.properties(classes.getFirst())), utf8(AdviceFiles.properties(classes))));
    }

    private static RunResults docs(String name) {
        return ResultsCodec.read(REPO.resolve("docs/results").resolve(name));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A seed damaged by one to three mutations. */
    private static Arbitrary<byte[]> damaged(List<byte[]> seeds) {
        Arbitrary<Mutation> mutation = Arbitraries.of(Mutation.class);
        return Combinators.combine(Arbitraries.of(seeds), mutation.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.longs()).as((seed, mutations, random) -> {
                    SplittableRandom source = new SplittableRandom(random);
                    byte[] input = seed;
                    for (Mutation step : mutations) {
                        input = step.apply(input, source);
                    }
                    return input;
                });
    }
}
