package dev.arraybench.runner.command;

import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.plan.KernelClassPath;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Labelled;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arraybench list}: every value of every dimension, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the ops, dtypes, layouts, strategies and pools that run can measure.",
            "With --classpath, also the ops of your jars, marked as user ops."})
public final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KernelClassPath kernels;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        section(out, "ops (--op)", kernels.ops().all().stream().map(ListCommand::line).toList());
        section(out, "dtypes (--dtype)", lines(DType.values()));
        section(out, "layouts (--layout)", lines(Layout.values()));
        section(out, "strategies (--strategy)", lines(Strategy.values()));
        section(out, "pools of the parallel strategies (--pool)", lines(Pool.values()));
        out.flush();
        return ExitCodes.OK;
    }

    private static List<String> lines(Labelled... values) {
        return Arrays.stream(values).map(value -> line(value.label(), value.description())).toList();
    }

    private static String line(Op op) {
        String source = KernelClassPath.source(op);
        return line(op.name(), op.description() + (source == null ? "" : " [user op, from " + source + "]"));
    }

    private static String line(String label, String description) {
        return String.format(Locale.ROOT, "  %-20s %s", label, description);
    }

    private static void section(PrintWriter out, String title, List<String> lines) {
        out.println(title);
        lines.forEach(out::println);
        out.println();
    }
}
