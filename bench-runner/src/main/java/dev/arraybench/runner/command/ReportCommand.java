package dev.arraybench.runner.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arraybench.core.regret.RegretFiles;
import dev.arraybench.core.regret.RegretReport;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.report.FleetWriter;
import dev.arraybench.report.Report;
import dev.arraybench.report.RegretWriter;
import dev.arraybench.report.ReportWriter;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.options.DimensionOptions;
import dev.arraybench.runner.options.UserInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench report RESULTS.json [MORE.json ...] --out DIR}: renders {@code index.html},
 * {@code summary.md} and the PNG charts from one or more results files (this tool's or plain JMH JSON).
 * Several files merge when they were measured on the same machine; files (or multi-machine files) of several
 * machines give the fleet report, how break-even moves across them, with each machine's own report beside
 * it. {@link #render} is the same step for {@code run --report DIR}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Render a report from results files: index.html (one self-contained page), summary.md "
            + "and PNG charts.", "Several files merge when they were measured on the same machine (CPU, cores, "
            + "JDK, OS, vector width); files of several machines give a fleet report of break-even by machine. Plain JMH JSON files (-rf json) of any benchmark with a size parameter are "
            + "read too: name --variant and --baseline-variant (and --size-param when it is not 'size')."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTS.json", description = "Results files to report on.")
    private List<Path> files;

    @Mixin
    private DimensionOptions dimensions;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder to write index.html, summary.md and the charts into (created if missing).")
    private Path out;

    @Override
    public Integer call() {
        RegretReport regret = files.size() == 1 ? regretDocument(files.get(0)) : null;
        if (regret != null) {
            renderRegret(regret, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        List<RunResults> machines = dimensions.machines(files);
        PrintWriter stdout = spec.commandLine().getOut();
        if (machines.size() > 1) {
            renderFleet(machines, stdout);
            return ExitCodes.OK;
        }
        RunResults results = machines.get(0);
        if (files.size() > 1) {
            stdout.printf(Locale.ROOT, "merged %d files measured on the same machine: %d benchmarks%n", files.size(),
                    results.benchmarks().size());
        }
        render(results, out, stdout);
        return ExitCodes.OK;
    }

    /**
     * The regret document {@code file} holds, read from the one parse of it; {@code null} when it holds
     * something else, or no JSON at all (the reader of results files then says what is wrong).
     */
    private static RegretReport regretDocument(Path file) {
        JsonNode root;
        try {
            root = ResultsCodec.readTree(file);
        } catch (ResultsFileException e) {
            return null;
        }
        if (!RegretFiles.isRegret(root)) {
            return null;
        }
        return UserInput.fromFile(() -> RegretFiles.parse(file, root));
    }

    private void renderRegret(RegretReport regret, PrintWriter stdout) {
        requireFolder(out);
        Report report;
        try {
            report = RegretWriter.write(regret, out);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        stdout.printf(Locale.ROOT, "wrote %s and %s: the regret of %d variant(s) at %d held-out size(s), %d chart(s)%n",
                report.index(), report.summary(), regret.variants().size(), regret.sizes().size(),
                report.charts().size());
        stdout.flush();
    }

    private void renderFleet(List<RunResults> machines, PrintWriter stdout) {
        requireFolder(out);
        for (int m = 0; m < machines.size(); m++) {
            Environment e = machines.get(m).environment();
            stdout.printf(Locale.ROOT, "machine %d: %s, %d cores, JDK %s: %d benchmarks%n", m + 1, e.cpuModel(),
                    e.cores(), e.jdkVersion(), machines.get(m).benchmarks().size());
        }
        Report report;
        try {
            report = FleetWriter.write(machines, out);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        stdout.printf(Locale.ROOT, "wrote %s (the fleet: break-even of every case and variant on each of %d"
                + " machines)%n", report.index(), machines.size());
        stdout.printf(Locale.ROOT, "wrote %s and %d charts; each machine's own report is in %s%n", report.summary(),
                report.charts().size(), out.resolve("machine-N"));
        stdout.flush();
    }

    /**
     * Writes the report of {@code results} into {@code outDir} and prints where it wrote what to
     * {@code out}. For {@code run --report DIR} as much as for this command.
     *
     * @return the files written
     * @throws UserError when {@code outDir} is not a folder or cannot be written
     */
    public static Report render(RunResults results, Path outDir, PrintWriter out) {
        requireFolder(outDir);
        Report report;
        try {
            report = ReportWriter.write(results, outDir);
        } catch (IOException e) {
            throw cannotWrite(outDir, e);
        }
        out.printf(Locale.ROOT, "wrote %s (one self-contained page: open it in a browser)%n", report.index());
        out.printf(Locale.ROOT, "wrote %s (Markdown summary; its image links point at the charts beside it)%n",
                report.summary());
        if (report.charts().isEmpty()) {
            out.println("no charts: no benchmark has both a size and a variant to compare");
        } else {
            out.printf(Locale.ROOT, "wrote %d charts (PNG) into %s%n", report.charts().size(), outDir);
        }
        out.flush();
        return report;
    }

    private static void requireFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("--out: " + folder + " is a file (expected a folder)");
        }
    }

    private static UserError cannotWrite(Path folder, IOException e) {
        return new UserError("--out: cannot write the report into " + folder + " (" + e + ")");
    }
}
