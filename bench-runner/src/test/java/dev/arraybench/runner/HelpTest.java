package dev.arraybench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, subcommands included, prints its usage and no warning: picocli reports a
 * description it cannot format (an unescaped {@code %}) on {@code System.err}, not through the command's
 * own writers, so that stream is captured too.
 */
class HelpTest {

    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, all);
            }
        });
    }

    @ParameterizedTest(name = "arraybench {0} --help")
    @MethodSource("commands")
    void shouldPrintUsageWithoutAWarning(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        CommandRun run;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            run = CommandRun.of(args.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: arraybench" + (command.isEmpty() ? "" : " " + String.join(" ", command)));
        assertThat(run.err()).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("WARN").isEmpty();
    }

    @Test
    void shouldReachEveryCommand() {
        assertThat(commands().filter(c -> c.size() == 1).map(List::getFirst))
                .contains("run", "breakeven", "report", "advise", "compare", "calibrate", "ab", "merge", "list");
    }
}
