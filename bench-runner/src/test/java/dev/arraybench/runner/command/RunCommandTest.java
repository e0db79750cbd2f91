package dev.arraybench.runner.command;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.options.MeasurementSettings;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.Job;
import dev.arraybench.runner.plan.JvmFlags;
import dev.arraybench.runner.plan.ScenarioJobs;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import dev.arraybench.scenarios.strategy.Threads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RunCommandTest {

    @TempDir
    Path folder;

    private static RunCommand parse(String... args) {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void shouldMeasureEveryStrategyOfScaleAtOneMillionByDefault() {
        List<Combination> combinations = parse().combinations();
        assertThat(combinations).extracting(Combination::strategy).containsExactly(
                Arrays.stream(Strategy.values()).filter(strategy -> !strategy.heapOnly()).toArray(Strategy[]::new));
        assertThat(combinations).allSatisfy(combination -> {
            assertThat(combination.op().name()).isEqualTo("scale");
            assertThat(combination.size()).isEqualTo(1_000_000);
            assertThat(combination.params()).containsEntry("dtype", "int32").containsEntry("layout", "native")
                    .containsEntry("size", "1M");
        });
        assertThat(combinations).filteredOn(combination -> combination.strategy().parallel())
                .extracting(Combination::threads).containsOnly(Threads.available());
        assertThat(combinations).filteredOn(combination -> !combination.strategy().parallel())
                .extracting(Combination::threads).containsOnly(1);
        assertThat(combinations).filteredOn(combination -> combination.strategy().parallel())
                .extracting(Combination::pool).containsOnly(Pool.SPIN);
        assertThat(combinations).filteredOn(combination -> !combination.strategy().parallel())
                .extracting(Combination::pool).containsOnly(Pool.FORKJOIN);
    }

    @Test
    void shouldRunEveryParallelStrategyOnEveryPoolAndTheOthersOnce() {
        List<Combination> combinations = parse("--pool", "forkjoin,spin", "--threads", "1,2").combinations();
        assertThat(combinations).hasSize(2 + 3 * 2 * 2);
        assertThat(combinations).extracting(combination -> combination.strategy().label() + " "
                + combination.pool().label() + " " + combination.threads()).startsWith(
                "sequential forkjoin 1", "copy-parallel forkjoin 1", "copy-parallel forkjoin 2",
                "copy-parallel spin 1", "copy-parallel spin 2", "zero-copy-parallel forkjoin 1");
    }

    @Test
    void shouldMeasurePlainBesideSequentialOnTheHeapAndLeaveItOutOfNativeLayouts() {
        List<Combination> combinations = parse("--strategy", "plain,sequential", "--layout", "heap,native").combinations();
        assertThat(combinations).extracting(combination -> combination.layout().label() + " " + combination.strategy().label())
                .containsExactly("heap sequential", "heap plain", "native sequential");
    }

    @Test
    void shouldKeepTheResultsParameterOrder() {
        assertThat(parse("--strategy", "zero-copy-parallel").combinations().getFirst().params())
                .containsExactly(entry("op", "scale"), entry("dtype", "int32"), entry("layout", "native"),
                        entry("strategy", "zero-copy-parallel"), entry("pool", "spin"),
                        entry("threads", Integer.toString(Threads.available())), entry("size", "1M"));
    }

    @Test
    void shouldPreTouchTheHeapOfEveryForkAndAppendTheUsersFlagsLast() {
        RunCommand command = parse("--jvm-arg", "-XX:+UseParallelGC", "--jvm-arg=-Xss4m", "--strategy", "sequential");
        JvmFlags flags = command.jvmFlags();
        assertThat(flags.common()).startsWith(dev.arraybench.scenarios.ForkFlags.fork().toArray(String[]::new))
                .endsWith("-XX:+AlwaysPreTouch", "-XX:+UseParallelGC", "-Xss4m");
        List<String> fork = command.combinations().getFirst().job(flags).flags();
        assertThat(fork).containsSubsequence("-XX:+AlwaysPreTouch", "-Xmx512m", "-XX:+UseParallelGC", "-Xss4m")
                .endsWith("-XX:+UseParallelGC", "-Xss4m");
        assertThat(fork.stream().filter(flag -> flag.startsWith("-Xms") || flag.startsWith("-Xmx"))).hasSize(2);
        assertThat(parse("--no-pretouch").jvmFlags().common()).isEqualTo(dev.arraybench.scenarios.ForkFlags.fork());
    }

    @Test
    void shouldMeasureAllocateCopyOutAndCopyBackOncePerShapeAndProcessOncePerPool() {
        RunCommand command = parse("--op", "scale,sum", "--pool", "forkjoin,spin", "--strategy", "copy-parallel");
        List<Job> jobs = ScenarioJobs.phases(command.combinations(), command.jvmFlags());
        assertThat(jobs).extracting(job -> job.benchmark().substring(dev.arraybench.scenarios.Scenarios.PHASES.length() + 1) + " "
                + job.params().get("op") + " " + job.params().get("pool")).containsExactly(
                "allocate scale forkjoin", "copyOut scale forkjoin", "process scale forkjoin", "process scale spin",
                "copyBack scale forkjoin",
                "allocate sum forkjoin", "copyOut sum forkjoin", "process sum forkjoin", "process sum spin");
        assertThat(jobs).allSatisfy(job -> assertThat(job.params()).doesNotContainKey("strategy"));
    }

    @Test
    void shouldExpandListsAndRangesIntoTheMatrix() {
        List<Combination> combinations = parse("--op", "scale,sum", "--dtype", "int32,float64", "--strategy",
                "sequential,zero-copy-parallel", "--threads", "1,2", "--size", "1K..4K", "--size", "1M").combinations();
        assertThat(combinations).hasSize(2 * 2 * 4 * (1 + 2));
        assertThat(combinations).extracting(combination -> combination.params().get("size")).containsOnly(
                "1K", "2K", "4K", "1M");
    }

    @Test
    void shouldUseQuickSettingsUnlessOverridden() {
        assertThat(parse("--quick").settings()).isEqualTo(MeasurementSettings.QUICK);
        MeasurementSettings settings = parse("--quick", "--forks", "3", "--time", "2s", "--profile", "gc").settings();
        assertThat(settings.forks()).isEqualTo(3);
        assertThat(settings.iterationTime().toString()).isEqualTo("2 s");
        assertThat(settings.profilers()).containsExactly("gc");
        assertThat(parse().settings()).isEqualTo(MeasurementSettings.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown op|--op=scael|op: 'scael' (expected one of scale, add,",
        "unknown dtype|--dtype=int16|dtype: 'int16' (expected one of int32",
        "unknown strategy|--strategy=turbo|strategy: 'turbo' (expected one of sequential",
        "unknown pool|--pool=omp|pool: 'omp' (expected one of forkjoin, spin)",
        "jvm-arg without a dash|--jvm-arg=Xmx2g|jvm-arg: 'Xmx2g' (expected a JVM flag starting with '-'",
        "unknown layout|--layout=gpu|layout: 'gpu' (expected one of heap, native)",
        "bad suffix|--size=1Q|size: '1Q' (expected a count of elements",
        "negative size|--size=-5|size: '-5' (expected a count of elements",
        "open range|--size=0..|size: '0..' (expected a count of elements",
        "zero size|--size=0|size: '0' (expected at least 1 element)",
        "zero threads|--threads=0|threads: 0 (expected 1..",
        "absurd threads|--threads=100000|threads: 100000 (expected 1..",
        "word threads|--threads=two|threads: 'two' (expected a whole number)",
        "zero forks|--forks=0|forks: 0 (expected >= 1)",
        "bad time|--time=soon|time: 'soon' (expected a duration",
        "unknown profiler|--profile=perf|profile: 'perf' (expected gc)",
        "huge size|--size=1000G|size: 1000G of int32 needs about",
        "plain on native|--strategy=sequential,plain|strategy: plain (needs --layout heap: it loops over a Java array)",
    })
    void shouldRefuseBadInputWithOneLineAndExitCode2(String name, String option, String message) {
        CommandRun run = CommandRun.of("run", option, "--out", folder.resolve("r.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("arraybench: " + message).doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRefuseAnOutputFileThatCannotBeWritten() throws Exception {
        Path blocked = Files.writeString(folder.resolve("a-file"), "x");
        CommandRun run = CommandRun.of("run", "--out", blocked.resolve("results.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("arraybench: out: " + blocked.resolve("results.json") + " cannot be written");
        CommandRun folderAsFile = CommandRun.of("run", "--out", folder.toString());
        assertThat(folderAsFile.err()).contains("is a folder (expected a file name such as results.json)");
    }

    @Test
    void shouldSuggestTheClosestOptionOnATypo() {
        CommandRun run = CommandRun.of("run", "--sizes=1M");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--sizes=1M'", "Possible solutions: --size",
                "Try 'arraybench run --help'.");
    }

    @ParameterizedTest
    @CsvSource({"0/3", "4/3", "a/b", "1/0"})
    void shouldRejectABadShardWithOneLineAndExitTwo(String shard) {
        CommandRun run = CommandRun.of("run", "--shard", shard, "--dry-run");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("arraybench: shard: '" + shard
                + "' (expected K/N with 1 <= K <= N, such as 3/24)");
    }

    @Test
    void shouldListWhatAShardWouldMeasureWithoutMeasuring() {
        String[] matrix = {"run", "--op", "scale,sum,min", "--dtype", "int32,float64", "--size", "1K,64K",
            "--strategy", "sequential,zero-copy-parallel", "--dry-run", "--quick"};
        List<String> listed = new java.util.ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            String[] args = java.util.Arrays.copyOf(matrix, matrix.length + 2);
            args[matrix.length] = "--shard";
            args[matrix.length + 1] = k + "/4";
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("shard " + k + "/4 would measure", "of 24 benchmark(s)",
                    "all 4 shards: about");
            run.out().lines().filter(line -> line.startsWith("    ")).forEach(line -> listed.add(line.strip()));
        }
        CommandRun whole = CommandRun.of(matrix);
        assertThat(whole.out()).startsWith("would measure 24 benchmark(s) in 6 comparison unit(s), about 1:00\n");
        assertThat(listed).hasSize(24).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                whole.out().lines().filter(line -> line.startsWith("    ")).map(String::strip).toList());
        assertThat(listed).first().asString().startsWith("KernelBenchmark.run op=");
    }
}
