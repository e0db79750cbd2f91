package dev.arraybench.runner.command;

import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.Fleet;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsMerge.Duplicates;
import dev.arraybench.core.result.ResultsMerge;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench merge FILE... --out FILE}: joins results files, such as the shards of one sweep. Files
 * of the same machine become one results document; files of several machines stay apart, one document per
 * machine in a {@value Fleet#SCHEMA} file that {@code report} reads. A benchmark measured twice on one
 * machine is an error unless {@code --keep} says which to keep.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join results files (such as the shards of a 'run --shard K/N' sweep) into one.",
            "Files of one machine merge into one results file; files of several machines stay apart, one group per"
                + " machine, in a multi-machine file (" + Fleet.SCHEMA + ") that 'arraybench report' reads.",
            "Example: arraybench merge shard-*.json --out all.json"})
public final class MergeCommand implements Callable<Integer> {

    /** Which of a benchmark measured twice on one machine to keep. */
    enum Keep {
        /** The one in the earlier file on the command line. */
        FIRST,
        /** The one in the later file on the command line. */
        LAST
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Results files: this tool's, plain JMH JSON or"
            + " multi-machine files.")
    private List<Path> files;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The merged file.")
    private Path out;

    @Option(names = "--keep", paramLabel = "first|last", description = {"Which to keep of a benchmark measured"
            + " twice on one machine (default: refuse to merge, naming it)."})
    private Keep keep;

    @Override
    public Integer call() {
        Map<Path, RunResults> read = new LinkedHashMap<>();
        for (Path file : files) {
            List<RunResults> machines = ResultsCodec.readMachines(file);
            for (int i = 0; i < machines.size(); i++) {
                read.put(machines.size() == 1 ? file : ResultsCodec.machine(file, i), machines.get(i));
            }
        }
        OutputFile.checkWritable(out);
        Duplicates duplicates = keep == null ? Duplicates.FAIL : keep == Keep.FIRST ? Duplicates.FIRST : Duplicates.LAST;
        List<RunResults> machines = ResultsMerge.fleet(read, duplicates);
        PrintWriter console = spec.commandLine().getOut();
        for (int i = 0; i < machines.size(); i++) {
            Environment e = machines.get(i).environment();
            console.printf(Locale.ROOT, "machine %d: %s, %d cores, %s %s: %d benchmark(s)%n", i + 1, e.cpuModel(),
                    e.cores(), e.jdkVendor(), e.jdkVersion(), machines.get(i).benchmarks().size());
        }
        try {
            if (machines.size() == 1) {
                ResultsCodec.write(machines.get(0), out);
            } else {
                ResultsCodec.write(Fleet.of(machines), out);
            }
        } catch (IOException e) {
            throw new UserError("out: " + out + " cannot be written (" + e.getMessage() + ")");
        }
        console.printf(Locale.ROOT, "merged %d file(s) into %s: %s%n", files.size(), out, machines.size() == 1
                ? "one machine (" + RunResults.SCHEMA + ")" : machines.size() + " machines (" + Fleet.SCHEMA + ")");
        console.flush();
        return ExitCodes.OK;
    }
}
